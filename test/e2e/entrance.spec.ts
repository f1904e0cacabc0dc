import { expect, test } from '@playwright/test';
import { expectClean, openHall, pixels, settle, view } from './hall';
import { watchOffline } from './offline';

test.describe('the entrance', () => {
  test('clicking a booth on the hall map takes the visitor to that booth', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const booths = (await page.evaluate(() => window.__expo!.booths)) as { id: string; x: number; z: number }[];
    // The booth furthest from the entrance: the map saves the longest walk.
    const far = booths.reduce((a, b) => (b.z < a.z ? b : a));
    const cell = await page.evaluate((id) => window.__expo!.mapCellOnScreen(id), far.id);
    expect(cell, 'the map cell is in the first view').not.toBeNull();
    const at = cell!;
    const size = page.viewportSize()!;
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(size.width);
    expect(at.y).toBeGreaterThan(60);
    expect(at.y).toBeLessThan(size.height);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((id) => window.__expo!.view.booth === id, far.id, { timeout: 15_000 });
    const v = await settle(page);
    expect(Math.hypot(v.camera[0] - far.x, v.camera[2] - far.z)).toBeLessThan(10);
    expect(page.url()).toContain(`#/booth/${far.id}`);
    expectClean(w);
  });

  test('the first view is framed, not blank: the portal\'s red and the carpet fill real pixels', async ({ page }) => {
    await openHall(page);
    // The national red of the portal, its lintel and the path in.
    const p = await pixels(page, ['#b3261e', '#a4433a']);
    expect(p.distinct).toBeGreaterThan(150);
    expect(p.counts[0] + p.counts[1]).toBeGreaterThan(p.total * 0.05);
    expect((await view(page)).booth).toBeNull();
  });
});
