/**
 * Reach: a visitor's walk reaches the studio's numbers; the report is behind the studio key; the
 * database keeps no address or user agent; Do Not Track, Global Privacy Control and
 * EXPO_ANALYTICS=off mean nothing is sent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { settle } from './hall';
import { reachReport, simulateVisitors, startServer, type ReachServer } from './reach';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const SHOTS = process.env.REACH_SHOTS ?? 'test-results/reach';

/** Hides the page as a visitor switching tabs would: the collector sends what it has by beacon. */
const hide = (page: Page) => page.evaluate(() => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
});
const ready = (page: Page, base: string) => page.goto(`${base}/?diagnostics`).then(() => page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 }));

test.describe('Reach', () => {
  let server: ReachServer;
  test.beforeAll(async () => { server = await startServer(PORT); });
  test.afterAll(async () => { await server?.stop(); });

  test('a walk through two booths and a clause read show in the numbers and on the Reach page', async ({ page, browser }) => {
    const posts: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/events')) posts.push(r.method()); });
    await ready(page, server.base);
    test.setTimeout(300_000);
    const [first, second] = await page.evaluate(() => window.__expo!.booths.filter((b: { articles: number }) => b.articles > 0).map((b: { id: string }) => b.id).slice(0, 2));
    await page.evaluate((id) => window.__expo!.goToBooth(id), first);
    await settle(page);
    await page.waitForTimeout(3000);
    await page.evaluate((id) => window.__expo!.goToBooth(id), second);
    await settle(page);
    await page.evaluate((id) => window.__expo!.openClause(id, 0), second);
    await expect(page.getByTestId('reader')).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(3000);
    await hide(page);
    await expect.poll(async () => (await reachReport(server)).body?.clauses ?? [], { timeout: 15_000 }).toContainEqual({ booth: second, clause: 0, reads: 1 });
    const { body } = await reachReport(server);
    const booth = (id: string) => body.booths.find((b: { id: string }) => b.id === id);
    expect(booth(first).visits).toBe(1);
    expect(booth(first).dwellSeconds).toBeGreaterThanOrEqual(3);
    expect(booth(second).visits).toBe(1);
    expect(body.totals.visitors).toBe(1);
    expect(body.devices).toEqual([{ device: 'desktop', visitors: 1 }]);
    expect(posts.length).toBeGreaterThan(0);

    // No address, no user agent anywhere in the database's bytes.
    const userAgent = await page.evaluate(() => navigator.userAgent);
    const file = join(server.stateDir, 'analytics.sqlite');
    const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
    expect(bytes).toContain(first);
    for (const secret of [userAgent, 'HeadlessChrome', 'Mozilla/5.0', '127.0.0.1']) expect(bytes).not.toContain(secret);

    // The Reach page, with the key typed in once (kept for this tab only).
    const studio = await browser.newPage({ viewport: { width: 1280, height: 2900 } });
    await studio.goto(`${server.base}/#/studio/reach`);
    await studio.getByTestId('studio-key').fill(server.key);
    await studio.getByRole('button', { name: 'Open' }).click();
    await expect(studio.getByTestId('booths').getByRole('img')).toBeVisible();
    await expect(studio.getByTestId('totals')).toContainText('1 visitors');
    await expect(studio.getByTestId('clauses')).not.toContainText('—');
    expect(await studio.evaluate(() => sessionStorage.getItem('policy-expo.studio-key'))).toBe(server.key);
    mkdirSync(SHOTS, { recursive: true });
    await studio.screenshot({ path: join(SHOTS, 'reach-one-walk.png'), fullPage: true });
    // With forty more visitors (simulated through the same endpoint), for a page worth looking at;
    // a reload keeps the key.
    await simulateVisitors(server, 40);
    await studio.reload();
    await expect(studio.getByTestId('totals')).toContainText('41 visitors', { timeout: 15_000 });
    await expect(studio.getByTestId('sessions')).toContainText('K7M2Q');
    await studio.waitForTimeout(500);
    await studio.screenshot({ path: join(SHOTS, 'reach-41-visitors.png'), fullPage: true });
    await studio.close();
  });

  test('the report is refused without the studio key, and the page asks for it', async ({ page }) => {
    expect((await reachReport(server, null)).status).toBe(401);
    expect((await reachReport(server, 'not-the-key')).status).toBe(401);
    const csv = await fetch(`${server.base}/api/studio/analytics/booths.csv`);
    expect(csv.status).toBe(401);
    await page.goto(`${server.base}/#/studio/reach`);
    await page.getByTestId('studio-key').fill('not-the-key');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toContainText('refused');
    await expect(page.getByTestId('studio-key')).toBeVisible();
  });

  test('with Global Privacy Control the page sends nothing', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const sent: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/events') || r.url().includes('/api/analytics')) sent.push(r.url()); });
    await ready(page, server.base);
    await page.evaluate(() => window.__expo!.goToBooth(window.__expo!.booths[0].id));
    await page.waitForTimeout(2000);
    await hide(page);
    await page.waitForTimeout(500);
    expect(sent).toEqual([]);
  });
});

test.describe('Reach with EXPO_ANALYTICS=off', () => {
  let server: ReachServer;
  test.beforeAll(async () => { server = await startServer(PORT + 1, { EXPO_ANALYTICS: 'off' }); });
  test.afterAll(async () => { await server?.stop(); });

  test('the page learns collection is off and sends no event', async ({ page }) => {
    const posts: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/events')) posts.push(r.method()); });
    const config = page.waitForResponse((r) => r.url().endsWith('/api/analytics/config'));
    await ready(page, server.base);
    expect(await (await config).json()).toMatchObject({ collect: false });
    await page.evaluate(() => window.__expo!.goToBooth(window.__expo!.booths[0].id));
    await settle(page);
    await page.waitForTimeout(1500);
    await hide(page);
    await page.waitForTimeout(500);
    expect(posts).toEqual([]);
    expect((await reachReport(server)).body).toMatchObject({ collecting: false, booths: [], totals: { visitors: 0 } });
  });
});
