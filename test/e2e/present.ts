/** Browser-test helpers for presenting: read __expo.present, wait for a stop, open follower pages. */
import type { Browser, Page } from '@playwright/test';
import { openHall } from './hall';

/** What __expo.present reports (without its functions). */
export interface PresentDiag {
  role: 'none' | 'presenter' | 'follower';
  code: string | null;
  stop: { index: number; id: string; title: string } | null;
  followers: number;
  count: number;
  tourId: string | null;
  blank: boolean;
  link: string;
  away: boolean;
  kiosk: string;
  joinUrl: string | null;
  error: string | null;
}

/** The presenting diagnostics. */
export function present(page: Page): Promise<PresentDiag> {
  return page.evaluate(() => {
    const p = window.__expo!.present;
    return Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(p)).filter(([, d]) => typeof d.value !== 'function').map(([k, d]) => [k, d.value]));
  }) as Promise<PresentDiag>;
}

/** Waits until the page is at stop `index`. */
export async function atStop(page: Page, index: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction((i) => window.__expo!.present.stop?.index === i, index, { timeout, polling: 20 });
}

/**
 * Starts watching for stop `index` inside the page itself, so the moment it arrives is taken by
 * the page's clock and not by the test's polling; `arrivedAt` reads it.
 */
export async function watchFor(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const w = window as any;
    w.__arrived = new Promise<number>((resolve) => {
      const tick = () => (window.__expo!.present.stop?.index === i ? resolve(Date.now()) : setTimeout(tick, 2));
      tick();
    });
  }, index);
}

/** When the watched stop arrived (ms since the epoch; the pages share one machine clock). */
export function arrivedAt(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__arrived);
}

/** A follower on its own device: a fresh browser context at a phone-sized viewport. */
export async function followerPage(browser: Browser, baseURL: string, path = '/?diagnostics'): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 480, height: 360 } });
  const page = await context.newPage();
  await openHall(page, path);
  return page;
}

/** A stop's viewpoint, from the page's tours. */
export async function stopView(page: Page, tourId: string, index: number): Promise<{ position: number[]; target: number[] }> {
  return page.evaluate(async ({ tourId, index }) => {
    const tours = await window.__expo!.present.tours();
    return tours.find((t: { id: string }) => t.id === tourId)!.stops[index].view;
  }, { tourId, index });
}
