/**
 * The studio's booth preview: reviewing a document draws its booth with the hall's own world
 * pieces in a canvas beside the text, and a rejected figure leaves the preview at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { startStudioServer, stopStudioServer, studioFolders } from './studio';

const server = studioFolders(Number(process.env.E2E_PORT ?? 4173) + 2);
const DOC = 'test/fixtures/corpus/weifang_metaverse_news.txt';

test.beforeAll(async () => { await startStudioServer(server); });
test.afterAll(async () => { await stopStudioServer(server); rmSync(server.dir, { recursive: true, force: true }); });

/** What the preview reports (src/studio/BoothPreview.tsx). */
interface Report { plan: string; title: string; figures: number; labels: string[]; synced: number }
const report = (page: Page) => page.evaluate(() => (window as unknown as { __studioPreview?: Report }).__studioPreview ?? null);

/** The preview canvas's pixels: how many distinct colours, and a digest to tell two frames apart. */
function pixels(page: Page): Promise<{ colours: number; digest: number }> {
  return page.evaluate(() => {
    const src = document.querySelector<HTMLCanvasElement>('.booth-preview canvas')!;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let digest = 0;
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      colours.add(v >> 3);
      digest = (digest * 31 + v) | 0;
    }
    return { colours: colours.size, digest };
  });
}

test('the review draws the booth as the hall will, and a rejection changes it', async ({ page }) => {
  test.setTimeout(300_000);
  mkdirSync('/work/wt/shots/studio', { recursive: true });
  await page.setViewportSize({ width: 1400, height: 900 });
  // Nothing of the preview leaves the origin.
  const outside: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(`${server.base}/studio#key=${server.key}`);
  await expect(page.getByText('Everything is published')).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Choose documents').setInputFiles(DOC);
  await expect(page.getByTestId('document-text')).toBeVisible({ timeout: 120_000 });

  // Drawn: the booth's labels laid out in the hall's font, and a picture, not a blank canvas.
  await page.waitForFunction(() => ((window as any).__studioPreview?.synced ?? 0) > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const first = (await report(page))!;
  const rows = page.locator('tr.fig-row:not(.rejected)');
  expect(first.figures).toBe(await rows.count());
  expect(first.figures).toBeGreaterThan(1);
  expect(first.labels.join(' ')).toContain(first.title.slice(0, 6));
  const drawn = await pixels(page);
  expect(drawn.colours).toBeGreaterThan(20);
  await page.locator('.booth-preview').screenshot({ path: '/work/wt/shots/studio/preview.png' });
  await page.screenshot({ path: '/work/wt/shots/studio/review-with-preview.png' });

  // Reject a figure: the preview loses it.
  await rows.first().getByRole('button', { name: 'Reject' }).click();
  await expect(page.locator('tr.rejected')).toHaveCount(1, { timeout: 60_000 });
  await page.waitForFunction((n) => (window as any).__studioPreview?.figures === n - 1, first.figures, { timeout: 60_000 });
  await page.waitForFunction((s) => ((window as any).__studioPreview?.synced ?? 0) > s, first.synced, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const after = (await report(page))!;
  expect(after.labels).not.toEqual(first.labels);
  expect((await pixels(page)).digest).not.toBe(drawn.digest);
  await page.locator('.booth-preview').screenshot({ path: '/work/wt/shots/studio/preview-after-reject.png' });
  expect(outside).toEqual([]);
});
