import { expect, test, type Page } from '@playwright/test';
import { canvasShot, glyphsLaidOut, openHall, pixelsDiffering } from './hall';

/** A booth as diagnostics lists it. */
interface Booth { id: string; x: number; z: number; facing: 1 | -1; width: number; depth: number }

/** A spine as diagnostics lists it. */
interface Spine { x: number; z: number; width: number; depth: number; height: number }

/** Where to stand (floor point) and look (yaw: 0 towards -z). */
interface Pose { name: string; x: number; z: number; yaw: number }

/** Stands at `pose`, waits until the detail and its glyphs have caught up, and shoots the canvas. */
async function lookFrom(page: Page, pose: Pose): Promise<{ shot: Buffer; triangles: number }> {
  await page.evaluate((p) => window.__expo!.standAt(p.x, p.z, p.yaw), pose);
  await glyphsLaidOut(page);
  const triangles = await page.evaluate(() => window.__expo!.stats()!.triangles);
  return { shot: await canvasShot(page), triangles };
}

// The same view at fewer pixels: the software renderer fills them, and the check is a share of them.
test.use({ viewport: { width: 800, height: 500 } });

test('what back walls and spines hide is left out without changing a pixel of the view', async ({ page }) => {
  test.setTimeout(300_000);
  await openHall(page, '/?diagnostics&synthetic=300');
  const booths = (await page.evaluate(() => window.__expo!.booths)) as Booth[];
  const spines = (await page.evaluate(() => window.__expo!.spines)) as Spine[];
  // A booth in the middle of the hall, and the one standing back to back with it across a spine.
  const b = booths[150];
  const partner = booths.find((q) => q.facing !== b.facing && Math.abs(q.x - b.x) < 0.01 && Math.abs(q.z - b.z) < b.depth + 2)!;
  expect(partner).toBeTruthy();
  const spine = spines.find((s) => Math.abs(s.z - (b.z + partner.z) / 2) < 0.01 && Math.abs(s.x - b.x) < s.width / 2)!;
  expect(spine).toBeTruthy();
  const front = b.z + b.facing * (b.depth / 2 + 3.2);
  const towardsB = b.facing === 1 ? 0 : Math.PI;
  // The cross aisle at the spine's east end, and the middle of the aisle in front of the booth.
  const crossX = spine.x + spine.width / 2 + 2;
  const aisle = b.z + b.facing * (b.depth / 2 + 2);
  const poses: Pose[] = [
    { name: 'at the booth, the one behind it hidden', x: b.x, z: front, yaw: towardsB },
    { name: 'at the booth, turned aside', x: b.x + 1, z: front, yaw: towardsB + 0.5 },
    { name: 'in the aisle, looking along it', x: b.x, z: aisle, yaw: Math.PI / 2 },
    { name: 'in the aisle, looking across it at the row opposite', x: b.x, z: aisle, yaw: towardsB + Math.PI },
    { name: 'aside of the wall, between two booths', x: b.x + b.width / 2 + 0.75, z: front, yaw: towardsB - 0.6 },
    { name: 'in the cross aisle at the spine\'s end, looking along it', x: crossX, z: aisle, yaw: towardsB },
    { name: 'in the cross aisle, looking across the islands diagonally', x: crossX, z: aisle, yaw: towardsB + 0.7 },
  ];
  const hiding: { shot: Buffer; triangles: number }[] = [];
  for (const p of poses) hiding.push(await lookFrom(page, p));
  await openHall(page, '/?diagnostics&synthetic=300&drawHidden');
  for (const [i, p] of poses.entries()) {
    const all = await lookFrom(page, p);
    // Hiding too much (a booth that shows past a spine's end, an interior past a wall's) changes thousands of pixels.
    const diff = await pixelsDiffering(page, hiding[i].shot, all.shot);
    expect(diff.differing, p.name).toBeLessThan(diff.total * 0.0002);
    expect(hiding[i].triangles, p.name).toBeLessThanOrEqual(all.triangles);
    // At the booth, the one behind it is not drawn, nor are the rows behind the spines; across
    // the aisle, less than 60 % of what the rows behind the opposite spine would cost.
    if (i === 0) expect(hiding[i].triangles, p.name).toBeLessThan(all.triangles - 5000);
    if (i === 3) expect(hiding[i].triangles, p.name).toBeLessThan(all.triangles * 0.6);
  }
});
