/** Browser-test helpers for presence: read __expo.presence, open visitors on other devices, wait for peers. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { openHall } from './hall';
import { enterVR, installQuest3 } from './xr';

/** A peer as __expo.presence reports it. */
export interface PeerDiag {
  id: string;
  name: string;
  mode: 'desktop' | 'phone' | 'xr';
  hand: boolean;
  position: [number, number, number] | null;
  /** A headset visitor's left and right hands, as drawn. */
  hands: ([number, number, number] | null)[];
}

/** What __expo.presence reports (without its functions). */
export interface PresenceDiag {
  link: string;
  instance: string | null;
  self: { id: string; name: string } | null;
  peers: PeerDiag[];
  hands: { id: string; name: string; text: string; about: { boothId: string; targetId?: string } | null }[];
  question: { id: string; text: string } | null;
  hand: boolean;
}

/** The presence diagnostics. */
export function presence(page: Page): Promise<PresenceDiag> {
  return page.evaluate(() => {
    const p = window.__expo!.presence;
    return p && Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v !== 'function'));
  }) as Promise<PresenceDiag>;
}

/** Waits until the page is present (has its id from the relay) and returns its id. */
export async function presentSelf(page: Page): Promise<string> {
  const h = await page.waitForFunction(() => window.__expo!.presence?.self?.id, null, { timeout: 20_000 });
  return (await h.jsonValue()) as string;
}

/** Waits until `page` sees peers matching `want` (id → mode; null: must be absent). */
export async function seesPeers(page: Page, want: Record<string, string | null>, timeout = 15_000): Promise<void> {
  await page.waitForFunction((w) => {
    const peers = window.__expo!.presence?.peers ?? [];
    return Object.entries(w).every(([id, mode]) => {
      const p = peers.find((x: { id: string }) => x.id === id);
      return mode === null ? !p : !!p && p.mode === mode && !!p.position;
    });
  }, want, { timeout, polling: 50 });
}

/** Contexts the helpers opened: closed after each test, passed or failed, so a failure leaves no page drawing. */
const opened = new Set<BrowserContext>();

/** Closes every context the helpers opened. */
export async function closeVisitors(): Promise<void> {
  await Promise.all([...opened].map((c) => c.close().catch(() => undefined)));
  opened.clear();
}

/** A phone: a fresh context at 390×844 with touch. */
export async function phonePage(browser: Browser, baseURL: string, path = '/?diagnostics'): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  opened.add(context);
  const page = await context.newPage();
  await openHall(page, path);
  return page;
}

/** An emulated Quest 3 in VR: a fresh context with iwer's runtime, in an immersive session. */
export async function headsetPage(browser: Browser, baseURL: string, path = '/?diagnostics'): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 640, height: 480 } });
  opened.add(context);
  const page = await context.newPage();
  await installQuest3(page);
  await openHall(page, path);
  await enterVR(page);
  return page;
}
