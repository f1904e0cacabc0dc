/**
 * The hall on a phone, upright (390 × 844) and turned (844 × 390): the top bar fits with a menu
 * for what does not, a booth's view shows its edges and every figure label, and a visitor who
 * asks for reduced motion is cut between places instead of flown. Screenshots go to
 * test-results/phone/ for looking at.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { glyphsLaidOut, openHall, settle } from './hall';

const SHOTS = 'test-results/phone';
mkdirSync(SHOTS, { recursive: true });

/** The top bar's buttons, in the bar's order (enter-vr only shows where a headset could enter). */
const BAR = ['open-directory', 'overview', 'present', 'follow', 'help', 'lang'];

type Point = { x: number; y: number } | null;

/** The part of the page the hall shows through: below the bar, inside the viewport. */
async function openArea(page: Page) {
  const bar = (await page.locator('header.topbar').boundingBox())!;
  const size = page.viewportSize()!;
  return { left: 0, right: size.width, top: bar.y + bar.height, bottom: size.height };
}

function inside(p: Point, a: { left: number; right: number; top: number; bottom: number }): boolean {
  return !!p && p.x >= a.left && p.x <= a.right && p.y >= a.top && p.y <= a.bottom;
}

/** Camera positions on each of the next `frames` frames after `move` runs in the page. */
function cameraPath(page: Page, move: string, frames = 24): Promise<number[][]> {
  return page.evaluate(async ({ move, frames }) => {
    const e = window.__expo!;
    new Function('e', move)(e);
    const out: number[][] = [];
    for (let i = 0; i < frames; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      out.push(e.view.camera.map((v: number) => Math.round(v * 1000) / 1000));
    }
    return out;
  }, { move, frames });
}

const distinct = (path: number[][]) => new Set(path.map((p) => p.join(','))).size;

for (const size of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
  const name = `${size.width}x${size.height}`;
  test.describe(`a phone at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true });

    test('the top bar shows the title whole and every control, in the bar or its menu, reachable by keyboard', async ({ page }) => {
      await openHall(page);
      const area = { left: 0, right: size.width, top: 0, bottom: size.height };
      const title = page.locator('.topbar h1 span').first();
      await expect(title).toBeVisible();
      const t = (await title.boundingBox())!;
      const h1 = (await page.locator('.topbar h1').boundingBox())!;
      // The hall's name is not cut: its text ends inside the heading's box, inside the screen.
      expect(t.width).toBeGreaterThan(40);
      expect(t.x + t.width).toBeLessThanOrEqual(h1.x + h1.width + 0.5);
      expect(inside({ x: t.x, y: t.y }, area) && inside({ x: t.x + t.width, y: t.y + t.height }, area)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${name}-bar.png` });

      const toggle = page.getByTestId('bar-menu');
      const inBar: string[] = [];
      for (const id of BAR) if (await page.getByTestId(id).isVisible()) inBar.push(id);
      const inMenu = BAR.filter((id) => !inBar.includes(id));
      for (const id of inBar) {
        const b = (await page.getByTestId(id).boundingBox())!;
        expect(b.x >= 0 && b.x + b.width <= size.width && b.y >= 0, `${id} in view`).toBe(true);
      }
      // The bar keeps its buttons in order: those it has no room for are the last ones.
      expect(inBar).toEqual(BAR.slice(0, inBar.length));
      if (size.width < 500) expect(inMenu.length, 'an upright phone has no room for every button').toBeGreaterThan(0);
      if (!inMenu.length) {
        await expect(toggle).toHaveCount(0);
        return;
      }
      // A disclosure button: in view, says whether it is open, opens from the keyboard.
      const tb = (await toggle.boundingBox())!;
      expect(tb.x + tb.width).toBeLessThanOrEqual(size.width);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const menu = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
      await expect(menu).toBeVisible();
      for (const id of inMenu) {
        const b = (await page.getByTestId(id).boundingBox())!;
        expect(inside({ x: b.x, y: b.y }, area) && inside({ x: b.x + b.width, y: b.y + b.height }, area), `${id} in the menu, in view`).toBe(true);
      }
      await page.screenshot({ path: `${SHOTS}/${name}-menu.png` });
      // Tab walks into the menu, item by item, in the bar's order.
      for (const id of inMenu) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(id);
      }
      // Escape closes it and gives the focus back to the toggle.
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toHaveCount(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('bar-menu');
      // A choice in the menu does its work and closes the menu: the language switch, if it is there.
      if (inMenu.includes('lang')) {
        const before = await page.getByTestId('open-directory').textContent();
        await toggle.click();
        await page.getByTestId('lang').click();
        await expect(page.getByTestId('open-directory')).not.toHaveText(before!);
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        // Measured again in the new language, the title is still whole.
        const again = (await title.boundingBox())!;
        const box = (await page.locator('.topbar h1').boundingBox())!;
        expect(again.x + again.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
        for (const id of BAR) {
          if (!(await page.getByTestId(id).isVisible())) continue;
          const b = (await page.getByTestId(id).boundingBox())!;
          expect(b.x + b.width, `${id} in view after the switch`).toBeLessThanOrEqual(size.width);
        }
      }
    });

    test('at each booth the view shows the booth edge to edge and every figure label, below the bar', async ({ page }) => {
      await openHall(page);
      const lens = await page.evaluate(() => window.__expo!.lens);
      // An upright phone sees wider than the hall's landscape lens.
      if (size.width < size.height) expect(lens.fovY).toBeGreaterThan(62);
      else expect(lens.fovY).toBe(62);
      const ids: string[] = await page.evaluate(() => window.__expo!.booths.map((b: { id: string }) => b.id));
      for (const id of ids) {
        await page.evaluate((b) => window.__expo!.goToBooth(b), id);
        await settle(page);
        const area = await openArea(page);
        const seen = await page.evaluate((b) => window.__expo!.boothOnScreen(b), id);
        if (!seen) throw new Error(`${id}: the hall does not know this booth`);
        expect(seen.edges).toHaveLength(4);
        for (const p of seen.edges) expect(inside(p, area), `${id}: edge ${JSON.stringify(p)} inside ${JSON.stringify(area)}`).toBe(true);
        expect(seen.labels.length).toBeGreaterThan(0);
        for (const l of seen.labels) {
          for (const p of l.corners) expect(inside(p, area), `${id}: label ${l.text} corner ${JSON.stringify(p)}`).toBe(true);
        }
        if (id === 'sichuan' || id === ids[ids.length - 1]) {
          await glyphsLaidOut(page);
          await page.screenshot({ path: `${SHOTS}/${name}-booth-${id}.png` });
        }
      }
      // The clause panel, read with the reader open.
      await page.evaluate(() => window.__expo!.openClause('sichuan', 2));
      await settle(page);
      await expect(page.getByTestId('reader')).toBeVisible();
      await glyphsLaidOut(page);
      await page.screenshot({ path: `${SHOTS}/${name}-reader.png` });
    });
  });
}

test.describe('reduced motion', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a visitor who asks for less motion is cut between places behind a fade; others fly', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHall(page);
    expect((await page.evaluate(() => window.__expo!.motion)).reduced).toBe(true);
    // Going to a booth: the camera is there on the first frame and stays; no position in between.
    let path = await cameraPath(page, "e.goToBooth('sichuan')");
    expect(distinct(path), JSON.stringify(path.slice(0, 4))).toBe(1);
    expect((await page.evaluate(() => window.__expo!.view)).moving).toBe(false);
    await expect(page.getByTestId('cut-fade')).toBeAttached();
    await page.screenshot({ path: `${SHOTS}/reduced-cut.png` });
    // The overview and back, and opening a clause: cuts too.
    for (const move of ['e.setOverview(true)', 'e.setOverview(false)', "e.openClause('xiamen', 1)"]) {
      path = await cameraPath(page, move);
      expect(distinct(path), move).toBe(1);
    }
    const motion = await page.evaluate(() => window.__expo!.motion);
    expect(motion).toMatchObject({ reduced: true, last: 'cut', cuts: 4, flights: 0 });

    // The system setting changes while the page is open: the next move is a flight again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    path = await cameraPath(page, "e.goToBooth('chengdu')");
    expect(distinct(path)).toBeGreaterThan(3);
    expect(await page.evaluate(() => window.__expo!.motion)).toMatchObject({ reduced: false, last: 'flight', flights: 1 });
  });
});
