import { expect, test, type Page } from '@playwright/test';
import { canvasShot, glyphsLaidOut, openHall, pixelsDiffering } from './hall';

/** A booth as diagnostics lists it. */
interface Booth { id: string; x: number; z: number; facing: 1 | -1; width: number; depth: number }

/** Where to stand (floor point) and look (yaw: 0 towards -z). */
interface Pose { name: string; x: number; z: number; yaw: number }

/** Stands at `pose`, waits until the detail and its glyphs have caught up, and shoots the canvas. */
async function lookFrom(page: Page, pose: Pose): Promise<{ shot: Buffer; triangles: number }> {
  await page.evaluate((p) => (window as any).__expo.standAt(p.x, p.z, p.yaw), pose);
  await glyphsLaidOut(page);
  const triangles = await page.evaluate(() => (window as any).__expo.stats().triangles as number);
  return { shot: await canvasShot(page), triangles };
}

test('what back walls hide is left out without changing a pixel of the view', async ({ page }) => {
  test.setTimeout(240_000);
  await openHall(page, '/?diagnostics&synthetic=300');
  const booths = (await page.evaluate(() => (window as any).__expo.booths)) as Booth[];
  // A booth in the middle of the hall, and the one standing back to back with it.
  const b = booths[150];
  const partner = booths.find((q) => q.facing !== b.facing && Math.abs(q.x - b.x) < 0.01 && Math.abs(q.z - b.z) < b.depth + 2)!;
  expect(partner).toBeTruthy();
  const front = b.z + b.facing * (b.depth / 2 + 3.2);
  const towardsB = b.facing === 1 ? 0 : Math.PI;
  const between = (b.z + partner.z) / 2; // the gap between the two back walls
  const poses: Pose[] = [
    { name: 'at the booth, the one behind it hidden', x: b.x, z: front, yaw: towardsB },
    { name: 'at the booth, turned aside', x: b.x + 1, z: front, yaw: towardsB + 0.5 },
    { name: 'between two back walls, looking along them', x: b.x, z: between, yaw: Math.PI / 2 },
    { name: 'behind the pair, aside of the wall', x: b.x + b.width / 2 + 0.75, z: front, yaw: towardsB - 0.6 },
  ];
  const hiding: { shot: Buffer; triangles: number }[] = [];
  for (const p of poses) hiding.push(await lookFrom(page, p));
  await openHall(page, '/?diagnostics&synthetic=300&drawHidden');
  for (const [i, p] of poses.entries()) {
    const all = await lookFrom(page, p);
    // Hiding too much (an interior that shows past a wall's end) changes thousands of pixels.
    const diff = await pixelsDiffering(page, hiding[i].shot, all.shot);
    expect(diff.differing, p.name).toBeLessThan(diff.total * 0.0002);
    expect(hiding[i].triangles, p.name).toBeLessThanOrEqual(all.triangles);
    // At the booth, the one behind it is not drawn: its interior, tiles and panels.
    if (i === 0) expect(hiding[i].triangles, p.name).toBeLessThan(all.triangles - 1000);
  }
});
