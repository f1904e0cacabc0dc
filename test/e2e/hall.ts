/** Browser-test helpers for the hall: wait for the diagnostics contract, read the view, measure pixels. */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Expo diagnostics as the tests read them. */
export interface View {
  booth: string | null;
  article: number | null;
  page: number | null;
  clause: number | null;
  camera: [number, number, number];
  yaw: number;
  pitch: number;
  moving: boolean;
  overview: boolean;
  readerOpen: boolean;
  figure: { boothId: string; targetId: string } | null;
}

/**
 * `path`, kept out of other pages' presence (`?alone`) in the project whose specs run two at once
 * (playwright.config.ts): a spec about one visitor must not see the visitor of the spec beside it.
 */
function oneVisitor(path: string): string {
  // The flag goes into the query, before a deep link's #fragment.
  const cut = path.includes('#') ? path.indexOf('#') : path.length;
  const [address, fragment] = [path.slice(0, cut), path.slice(cut)];
  if (test.info().project.name !== 'alone' || /[?&]alone(=|&|$)/.test(address)) return path;
  return `${address}${address.includes('?') ? '&' : '?'}alone${fragment}`;
}

/** Opens `path` and waits until the first frame with every booth is drawn. */
export async function openHall(page: Page, path = '/?diagnostics'): Promise<void> {
  await page.goto(oneVisitor(path));
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
}

/** The current view. */
export function view(page: Page): Promise<View> {
  return page.evaluate(() => window.__expo!.view);
}

/** Waits until no flight or walk is under way. */
export async function settle(page: Page): Promise<View> {
  await page.waitForFunction(() => !window.__expo!.view.moving, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  return view(page);
}

/** renderer.info of the last frame. */
export function stats(page: Page): Promise<{ calls: number; triangles: number; geometries: number; textures: number }> {
  return page.evaluate(() => window.__expo!.stats()!);
}

/**
 * Pixel statistics of a screenshot of the canvas area (decoded without fetch: the CSP allows
 * fetching this origin only, not data: URLs): how many distinct colours (quantised), how many
 * pixels lie near each of the given colours, and the mean channel value (0–255: how bright).
 */
export async function pixels(page: Page, near: string[] = []): Promise<{ distinct: number; counts: number[]; total: number; mean: number }> {
  const png = await canvasShot(page);
  return page.evaluate(async ({ b64, near }) => {
    const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' }));
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const targets = near.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const counts = targets.map(() => 0);
    const seen = new Set<number>();
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) {
      sum += d[i] + d[i + 1] + d[i + 2];
      seen.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
      targets.forEach((t, k) => {
        if (Math.abs(d[i] - t[0]) + Math.abs(d[i + 1] - t[1]) + Math.abs(d[i + 2] - t[2]) < 24) counts[k]++;
      });
    }
    return { distinct: seen.size, counts, total: d.length / 4, mean: sum / (3 * (d.length / 4)) };
  }, { b64: png.toString('base64'), near });
}

/** A screenshot of the canvas area (below the top bar). */
export function canvasShot(page: Page): Promise<Buffer> {
  return page.screenshot({ clip: { x: 0, y: 60, width: page.viewportSize()!.width, height: page.viewportSize()!.height - 60 } });
}

/** How many pixels of two same-sized screenshots differ by more than `by` in some channel. */
export async function pixelsDiffering(page: Page, a: Buffer, b: Buffer, by = 48): Promise<{ differing: number; total: number }> {
  return page.evaluate(async ({ shots, by }) => {
    const data = await Promise.all(shots.map(async (b64) => {
      const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' }));
      const g = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    }));
    let differing = 0;
    for (let i = 0; i < data[0].length; i += 4) {
      if ([0, 1, 2].some((c) => Math.abs(data[0][i + c] - data[1][i + c]) > by)) differing++;
    }
    return { differing, total: data[0].length / 4 };
  }, { shots: [a, b].map((x) => x.toString('base64')), by });
}

/** Asserts nothing left the origin and nothing went to the console as an error. */
export function expectClean(w: { consoleErrors: string[]; outside: string[] }): void {
  expect(w.outside).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
}

/**
 * Waits until troika has made no glyph for 1.5 s (30 s at most): at a newly reached place its
 * workers make the glyphs of the text there, and a render or screenshot taken meanwhile shows
 * text still missing (and is timed with the glyphs' work on the same cores).
 */
export async function glyphsLaidOut(page: Page): Promise<void> {
  let last = -1;
  for (let same = 0, i = 0; same < 3 && i < 60; i++) {
    await page.waitForTimeout(500);
    const made = await page.evaluate(() => (window.__expo!.glyphFields()?.generated ?? 0) as number);
    same = made === last ? same + 1 : 0;
    last = made;
  }
}

/** A top-bar button, opening the bar's menu first when the bar had no room for it (a narrow screen). */
export async function barButton(page: Page, testId: string): Promise<Locator> {
  const button = page.getByTestId(testId);
  if (!(await button.isVisible())) await page.getByTestId('bar-menu').click();
  return button;
}
