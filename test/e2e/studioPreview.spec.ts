/**
 * The studio's booth preview: reviewing a document draws its booth with the hall's own world
 * pieces in a canvas beside the text, and a rejected figure leaves the preview at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { Blob as HbBlob, Face, Font } from 'harfbuzzjs';
import { fullFontPath } from '../../src/cli/fontSubset';
import { startStudioServer, stopStudioServer, studioFolders } from './studio';

const server = studioFolders(Number(process.env.E2E_PORT ?? 4173) + 2);
const DOC = 'test/fixtures/corpus/weifang_metaverse_news.txt';

test.beforeAll(async () => { await startStudioServer(server); });
test.afterAll(async () => { await stopStudioServer(server); rmSync(server.dir, { recursive: true, force: true }); });

/** What the preview reports (src/studio/BoothPreview.tsx). */
interface Report { plan: string; title: string; figures: number; labels: string[]; synced: number; font: 'document' | 'hall' | null; inFont: boolean; missing: string }
const report = (page: Page) => page.evaluate(() => (window as unknown as { __studioPreview?: Report }).__studioPreview ?? null);

/** The preview canvas's RGBA pixels, and its width. */
async function rgba(page: Page): Promise<{ width: number; data: Buffer }> {
  const { width, b64 } = await page.evaluate(() => {
    const src = document.querySelector<HTMLCanvasElement>('.booth-preview canvas')!;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const g = c.getContext('2d')!;
    g.drawImage(src, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let s = '';
    for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode(...d.subarray(i, i + 0x8000));
    return { width: c.width, b64: btoa(s) };
  });
  return { width, data: Buffer.from(b64, 'base64') };
}

/** The preview canvas's pixels: how many distinct colours, and a digest to tell two frames apart. */
async function pixels(page: Page): Promise<{ colours: number; digest: number }> {
  const d = (await rgba(page)).data;
  const colours = new Set<number>();
  let digest = 0;
  for (let i = 0; i < d.length; i += 4) {
    const v = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    colours.add(v >> 3);
    digest = (digest * 31 + v) | 0;
  }
  return { colours: colours.size, digest };
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

/** Opens the studio on `page`, signed in, collecting CSP violations in window.__violations. */
async function openStudio(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.base}/studio#key=${server.key}`);
  await expect(page.locator('.studio-status')).toHaveText(/Everything is published|not yet public/, { timeout: 60_000 });
}

/** Waits until the preview's labels are laid out in the font it has; its report then. */
async function drawn(page: Page): Promise<Report> {
  await page.waitForFunction(() => (window as any).__studioPreview?.inFont, null, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  return (await report(page))!;
}

/**
 * Waits until the canvas shows text: at least half the colours of `like`, a picture of the same
 * booth with its labels (a frame may come before a new font's glyphs show).
 */
async function textShown(page: Page, like: number): Promise<void> {
  for (let i = 0; i < 30 && (await pixels(page)).colours < like / 2; i++) await page.waitForTimeout(500);
  expect((await pixels(page)).colours).toBeGreaterThanOrEqual(like / 2);
}

test('a character only the staged document has is drawn in the preview, not □; without its font the hall\'s is used and said', async ({ page, context }) => {
  test.setTimeout(300_000);
  mkdirSync('/work/wt/shots/studio', { recursive: true });
  // Characters the full font has, but neither the published hall nor the document: one written
  // into the document's title (small, on the fascia), one into its region by a decision (large).
  const hall: string = (await (await fetch(`${server.base}/generated/hall.json`)).json()).font.chars;
  const text = readFileSync(DOC, 'utf8');
  const full = new Font(new Face(new HbBlob(readFileSync(fullFontPath()))));
  const novel: string[] = [];
  for (let cp = 0x4e00; novel.length < 2 && cp < 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    if (!hall.includes(ch) && !text.includes(ch) && full.nominalGlyph(cp)) novel.push(ch);
  }
  expect(novel).toHaveLength(2);
  const [inTitle, inRegion] = novel;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('潍坊'));
  lines[at] = lines[at].replace('潍坊', `潍坊${inTitle}`);

  await openStudio(page);
  await page.getByLabel('Choose documents').setInputFiles({ name: 'novel.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('document-text')).toBeVisible({ timeout: 120_000 });
  const first = await drawn(page);
  const firstColours = (await pixels(page)).colours;
  expect(first.title).toContain(inTitle);
  expect(first.labels.join('')).toContain(inTitle);
  expect(first.font).toBe('document');
  expect(first.missing).toBe('');

  // A decision brings a character the preview's font lacks: the preview asks for a font with it.
  const region = page.locator('.fm-region input');
  await region.fill(`${await region.inputValue()}${inRegion}`);
  await region.press('Enter');
  await page.waitForFunction(({ ch, s }) => {
    const r = (window as any).__studioPreview;
    return r.labels.join('').includes(ch) && r.synced > s && r.font === 'document' && r.inFont && r.missing === '';
  }, { ch: inRegion, s: first.synced }, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const own = (await report(page))!;
  await textShown(page, firstColours);
  expect(own.missing).toBe('');
  await expect(page.locator('.preview-fallback')).toHaveCount(0);
  const ownPixels = await rgba(page);
  await page.locator('.booth-preview').screenshot({ path: '/work/wt/shots/studio/preview-own-font.png' });
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);

  // The same booth when the preview's font cannot be had: the hall's served font, which lacks the character.
  const other = await context.newPage();
  await other.route('**/api/studio/preview-font**', (r) => r.abort());
  await openStudio(other);
  await other.locator('.doc-name', { hasText: 'novel.txt' }).click();
  const served = await drawn(other);
  await textShown(other, firstColours);
  expect(served.font).toBe('hall');
  expect([...served.missing].sort()).toEqual([...novel].sort());
  expect(served.labels).toEqual(own.labels);
  await expect(other.locator('.preview-fallback')).toContainText('□');
  const servedPixels = await rgba(other);
  await other.locator('.booth-preview').screenshot({ path: '/work/wt/shots/studio/preview-served-font.png' });

  // The two pictures differ where the characters are: a few glyphs' worth of pixels, not the whole booth.
  const [a, b] = [ownPixels.data, servedPixels.data];
  expect(servedPixels.width).toBe(ownPixels.width);
  expect(b.length).toBe(a.length);
  let differ = 0;
  const box = [Infinity, Infinity, -1, -1];
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) <= 24) continue;
    differ++;
    const x = (i / 4) % ownPixels.width;
    const y = Math.floor(i / 4 / ownPixels.width);
    box.splice(0, 4, Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y));
  }
  const share = differ / (a.length / 4);
  console.log(`preview with its own font vs the served one: ${differ} pixels differ (${(share * 100).toFixed(2)}%), within x ${box[0]}–${box[2]}, y ${box[1]}–${box[3]} of ${ownPixels.width}×${a.length / 4 / ownPixels.width}`);
  expect(differ).toBeGreaterThan(0);
  expect(share).toBeLessThan(0.02);
  await other.close();
});
