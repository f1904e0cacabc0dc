import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectClean, openHall, pixels, settle, stats, view } from './hall';
import { watchOffline } from './offline';

const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8')) as {
  plans: { region: string; targets: unknown[]; structure?: { numbered_clauses?: number } }[];
};

test.describe('the seed hall on a desktop', () => {
  test('renders every booth: real pixels, every gold plan with its targets and clauses, no request off the origin', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const booths = await page.evaluate(() => window.__expo!.booths);
    for (const g of gold.plans) {
      const b = booths.find((x: { region: string }) => x.region === g.region);
      expect(b, g.region).toBeDefined();
      expect(b!.targets, g.region).toBe(g.targets.length);
      expect(b!.clauses, g.region).toBe(g.structure?.numbered_clauses ?? 0);
    }
    // The entrance view: the plaza boards and the hall behind them, not a blank canvas.
    const entrance = await pixels(page);
    expect(entrance.distinct).toBeGreaterThan(150);
    await page.screenshot({ path: 'test-results/hall-entrance.png' });
    // At Sichuan's booth: the unit grid of 200 scenarios (teal tiles) and the blue fascia fill real pixels.
    await page.evaluate(() => window.__expo!.goToBooth('sichuan'));
    await settle(page);
    const booth = await pixels(page, ['#2aa198']);
    expect(booth.counts[0]).toBeGreaterThan(5000);
    await page.screenshot({ path: 'test-results/hall-booth.png' });
    const s = await stats(page);
    expect(s.calls).toBeGreaterThan(2);
    expect(s.calls).toBeLessThan(100);
    expect(s.triangles).toBeGreaterThan(1000);
    // This browser draws WebGL in software (SwiftShader): the hall's context skips multisampling there.
    expect(await page.evaluate(() => (document.querySelector('.world canvas') as HTMLCanvasElement).getContext('webgl2')!.getContextAttributes()!.antialias)).toBe(false);
    expectClean(w);
  });

  test('clicking a figure shows its source quote and highlights it in its clause', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const plan = await page.evaluate(async () => (await (await fetch('/generated/hall.json')).json()).plans.find((p: { id: string }) => p.id === 'hangzhou-yuhang'));
    const target = plan.targets[0];
    await page.evaluate(() => window.__expo!.goToBooth('hangzhou-yuhang'));
    await settle(page);
    const at = await page.evaluate(([b, t]) => window.__expo!.figureOnScreen(b, t), ['hangzhou-yuhang', target.id]);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect(page.getByTestId('quote')).toHaveText(target.quote);
    expect((await view(page)).figure).toEqual({ boothId: 'hangzhou-yuhang', targetId: target.id });
    await page.getByRole('button', { name: /Show in clause|在条款中查看/ }).click();
    await expect(page.getByTestId('quote-mark')).toBeVisible();
    expect(target.quote).toContain(await page.getByTestId('quote-mark').textContent());
    await settle(page);
    await page.screenshot({ path: 'test-results/hall-quote.png' });
    expectClean(w);
  });

  test('search over clause text leads to the clause, and the URL says where', async ({ page }) => {
    await openHall(page);
    await page.getByTestId('open-directory').click();
    await page.getByTestId('search').fill('揭榜挂帅');
    const hit = page.locator('.hit').first();
    await expect(hit).toContainText('揭榜挂帅');
    await hit.click();
    await expect(page.getByTestId('reader')).toContainText('揭榜挂帅');
    const v = await settle(page);
    expect(v.booth).toBe('sichuan');
    expect(page.url()).toMatch(new RegExp(`#/booth/sichuan/clause/${v.clause}$`));
  });

  test('the reader, presenting and XR code stay off the first load and come when asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    const fetched = (name: string) => scripts.some((p) => p.startsWith(`/assets/${name}-`));
    await openHall(page);
    expect(fetched('World'), 'the world itself').toBe(true);
    for (const name of ['Reader', 'PresentUI', 'XRShell']) expect(fetched(name), name).toBe(false);
    // Opening a clause in the page's reader brings its code.
    await page.evaluate(() => window.__expo!.openClause('xiamen', 2));
    await expect(page.getByTestId('reader')).toContainText('厦门市');
    expect(fetched('Reader')).toBe(true);
    expect(fetched('PresentUI')).toBe(false);
  });

  test('a deep link opens its booth and clause', async ({ page }) => {
    await openHall(page, '/?diagnostics#/booth/xiamen/clause/2');
    const v = await settle(page);
    expect(v).toMatchObject({ booth: 'xiamen', clause: 2, readerOpen: true });
    await expect(page.getByTestId('reader')).toContainText('厦门市');
    // Arriving means standing within a few metres of the booth.
    const xiamen = (await page.evaluate(() => window.__expo!.booths.find((x: { id: string }) => x.id === 'xiamen'))) as { x: number; z: number };
    expect(Math.hypot(v.camera[0] - xiamen.x, v.camera[2] - xiamen.z)).toBeLessThan(6);
  });

  test('a still hall rests: a few frames a second while nothing changes, every frame while the visitor walks', async ({ page }) => {
    await openHall(page);
    await settle(page);
    // Renders (renderer.info) against the page's animation frames, over the same three seconds.
    const count = () => page.evaluate(async () => {
      const rendered = window.__expo!.stats()!.frames;
      let ticks = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < 3000) await new Promise((r) => requestAnimationFrame(() => r(ticks++)));
      return { renders: window.__expo!.stats()!.frames - rendered, ticks };
    });
    await page.waitForTimeout(2000);
    const still = await count();
    // At rest: the idle pace's 4 a second at most. (Where a frame takes longer than the idle
    // interval, as in a busy software renderer, the idle pace is every frame the machine can make.)
    expect(still.renders, JSON.stringify(still)).toBeLessThanOrEqual(3 * 4 + 3);
    await page.keyboard.down('KeyA');
    const walking = await count();
    await page.keyboard.up('KeyA');
    expect(walking.renders, JSON.stringify(walking)).toBeGreaterThanOrEqual(0.8 * walking.ticks);
  });

  test('keyboard walking moves the camera and a booth stops it', async ({ page }) => {
    await openHall(page);
    await page.evaluate(() => window.__expo!.goToBooth('sichuan'));
    const start = await settle(page);
    const sichuan = (await page.evaluate(() => window.__expo!.booths.find((x: { id: string }) => x.id === 'sichuan')))!;
    // A walking key with Ctrl or Alt is a shortcut of the browser's or the system's, not a step.
    for (const [modifier, key] of [['Control', 'KeyW'], ['Alt', 'KeyS']]) {
      await page.keyboard.down(modifier);
      await page.keyboard.down(key);
      await page.waitForTimeout(800);
      await page.keyboard.up(key);
      await page.keyboard.up(modifier);
      expect((await view(page)).camera, `${modifier}+${key}`).toEqual(start.camera);
    }
    await page.keyboard.down('KeyW');
    // Frames are slow in software rendering: wait for movement rather than a fixed time.
    await page.waitForFunction((z) => window.__expo!.view.camera[2] < z - 0.3, start.camera[2], { timeout: 30_000 });
    // Keep walking into the booth's counter until the visitor no longer moves.
    let last = await view(page);
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(1000);
      const now = await view(page);
      if (Math.abs(now.camera[2] - last.camera[2]) < 0.005) break;
      last = now;
    }
    await page.keyboard.up('KeyW');
    // Sichuan faces south (+z); its counter's front face is 2.65 m south of the booth centre.
    expect(last.camera[2]).toBeLessThan(start.camera[2] - 1);
    expect(last.camera[2]).toBeGreaterThan(sichuan.z + 2.65 + 0.25);
  });

  test('clicking the floor walks there; the overview looks down on the whole hall', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const before = await settle(page);
    const size = page.viewportSize()!;
    await page.mouse.click(size.width / 2, size.height - 80);
    await page.waitForFunction((z) => window.__expo!.view.camera[2] < z - 0.3, before.camera[2], { timeout: 20_000 });
    await page.getByTestId('overview').click();
    const top = await settle(page);
    expect(top.overview).toBe(true);
    expect(top.camera[1]).toBeGreaterThan(20);
    const s = await stats(page);
    expect(s.calls).toBeLessThan(60);
    await page.screenshot({ path: 'test-results/hall-overview.png' });
    await page.getByTestId('overview').click();
    const back = await settle(page);
    expect(back.camera[1]).toBeCloseTo(1.6, 1);
    expectClean(w);
  });

  test('help and the zh/en switch', async ({ page }) => {
    await openHall(page);
    await page.getByTestId('help').click();
    // The keys come from the key map: a row per intent, the presenter's apart.
    await expect(page.getByTestId('keys').locator('tr').first()).toContainText(/W.*↑.*(walk forward|向前走)/);
    await expect(page.getByTestId('present-keys')).toContainText(/PageDown/);
    const lang = page.getByTestId('lang');
    const before = await lang.textContent();
    await lang.click();
    await expect(lang).not.toHaveText(before!);
    await expect(page.getByTestId('open-directory')).toHaveText(/展位目录|Directory/);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the joystick walks and panels stay readable', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const stick = page.getByTestId('joystick');
    await expect(stick).toBeVisible();
    const before = await settle(page);
    const box = (await stick.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await stick.dispatchEvent('pointerdown', { clientX: cx, clientY: cy, pointerId: 7, isPrimary: true, pointerType: 'touch' });
    await stick.dispatchEvent('pointermove', { clientX: cx, clientY: cy - 45, pointerId: 7, isPrimary: true, pointerType: 'touch' });
    await page.waitForFunction((z) => window.__expo!.view.camera[2] < z - 0.3, before.camera[2], { timeout: 30_000 });
    await stick.dispatchEvent('pointerup', { clientX: cx, clientY: cy - 45, pointerId: 7, isPrimary: true, pointerType: 'touch' });
    const after = await view(page);
    expect(before.camera[2] - after.camera[2]).toBeGreaterThan(0.3);
    await page.evaluate(() => window.__expo!.openClause('sichuan', 0));
    await expect(page.getByTestId('reader')).toBeVisible();
    await page.screenshot({ path: 'test-results/hall-phone.png' });
    expectClean(w);
  });
});

test('a generated hall of 300 booths renders within the draw-call budget', async ({ page }) => {
  await openHall(page, '/?diagnostics&synthetic=300');
  const n = await page.evaluate(() => window.__expo!.booths.length);
  expect(n).toBeGreaterThanOrEqual(300);
  await page.evaluate(() => window.__expo!.setOverview(true));
  await settle(page);
  const calls = (await stats(page)).calls;
  expect(calls).toBeLessThan(100);
  // From above, every group of boxes is drawn again, also those skipped as too far while walking.
  expect(calls).toBeGreaterThan(await page.evaluate(() => window.__expo!.chunks));
  // Drawn, not blank: a blank or fogged canvas has a handful of colours; 300 booths' walls, zone
  // tints, fascias and text have dozens even without multisampling's blended edges.
  expect((await pixels(page)).distinct).toBeGreaterThan(30);
});
