import { expect, test } from '@playwright/test';
import { expectClean, openHall, pixels, settle, view } from './hall';
import { watchOffline } from './offline';
import { aim, transientPinch, pinch, useHands, enterVR, expectAngle, frames, holdForward, installQuest3, press, pull, release, stick, xr } from './xr';

test.describe('the hall in an emulated Quest 3', () => {
  // The emulated headset draws both eyes into the page's canvas: a smaller window is fewer pixels
  // for the software renderer to fill, and nothing here depends on the window's size.
  test.use({ viewport: { width: 800, height: 500 } });
  test.beforeEach(async ({ page }) => {
    await installQuest3(page);
  });

  test('enter VR: frames render; teleport lands on the pointed floor and never in a booth; snap turn; exit returns to the same place', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    const before = await view(page);
    let d = await enterVR(page);
    expect(d.views).toBe(2);
    // The visitor's head arrives where the screen's camera stood.
    expect(d.head![0]).toBeCloseTo(before.camera[0], 1);
    expect(d.head![2]).toBeCloseTo(before.camera[2], 1);
    expect(d.perEye!.calls).toBeGreaterThan(1);
    expect(d.perEye!.triangles).toBeGreaterThan(500);
    const sessionView = await pixels(page);
    expect(sessionView.distinct).toBeGreaterThan(100);

    // Teleport: thumbstick forward throws the arc; pointed at the open floor ahead, letting go lands there.
    await aim(page, { pitch: 0.3 });
    await holdForward(page);
    const aimed = (await xr(page)).aim!;
    expect(aimed).not.toBeNull();
    await release(page);
    d = await xr(page);
    expect(d.teleport).toEqual({ ...aimed, accepted: true });
    // The head now stands on the pointed spot, ahead of where it was (looking towards -z).
    expect(d.head![0]).toBeCloseTo(d.teleport!.x, 1);
    expect(d.head![2]).toBeCloseTo(d.teleport!.z, 1);
    expect(before.camera[2] - d.head![2]).toBeGreaterThan(1);
    expect(d.origin![1]).toBe(0);

    // Jumps between booths fade; then sweep the arc across the booth, as a visitor would, to a spot
    // inside its counter or walls: letting go there is refused and the origin stays.
    await page.evaluate(() => window.__expo!.goToBooth('sichuan'));
    await frames(page, 8);
    d = await xr(page);
    const atBooth = d.origin!;
    const booth: { x: number; z: number } = (await page.evaluate(() => window.__expo!.booths.find((b: { id: string }) => b.id === 'sichuan')))!;
    expect(Math.hypot(d.head![0] - booth.x, d.head![2] - booth.z)).toBeLessThan(8);
    let blocked = false;
    await holdForward(page);
    for (let pitch = 0.9; pitch > -0.4 && !blocked; pitch -= 0.1) {
      await aim(page, { pitch });
      const a = (await xr(page)).aim;
      blocked = !!a && !(await page.evaluate(([x, z]) => window.__expo!.standable(x, z), [a.x, a.z]));
    }
    expect(blocked).toBe(true);
    await release(page);
    d = await xr(page);
    expect(d.teleport?.accepted).toBe(false);
    expect(d.origin).toEqual(atBooth);

    // Snap turn: right stick to the right turns 30° clockwise about the head, which stays put.
    const headBefore = d.head!;
    const yawBefore = d.originYaw;
    await stick(page, 'right', 1, 0);
    const turned = await xr(page);
    expectAngle(turned.originYaw, yawBefore - Math.PI / 6);
    expect(turned.head![0]).toBeCloseTo(headBefore[0], 2);
    expect(turned.head![2]).toBeCloseTo(headBefore[2], 2);

    // Leaving VR: the desktop camera is where the head was, level, and the canvas is not black.
    const last = await xr(page);
    await page.evaluate(() => window.__expo!.xr.exit());
    await page.waitForFunction(() => !window.__expo!.xr.presenting);
    await page.waitForTimeout(500);
    const back = await view(page);
    expect(back.camera[0]).toBeCloseTo(last.head![0], 1);
    expect(back.camera[2]).toBeCloseTo(last.head![2], 1);
    expect(back.pitch).toBe(0);
    await expect(page.getByTestId('enter-vr')).toBeVisible();
    expect((await pixels(page)).distinct).toBeGreaterThan(100);
    expectClean(w);
  });

  test('the trigger pages a clause panel, shows a figure\'s quote on a card, and 近看 brings the clause close', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    await enterVR(page);
    // At Sichuan's reading spot (the jump fades), the trigger on the clause panel turns its page.
    await page.evaluate(() => window.__expo!.openClause('sichuan', 0));
    await frames(page, 8);
    const before = await view(page);
    await aim(page, await page.evaluate(() => window.__expo!.panelPosition('sichuan')!));
    await pull(page);
    const after = await view(page);
    expect([after.article, after.page]).not.toEqual([before.article, before.page]);
    expect(after.booth).toBe('sichuan');

    // The trigger on a figure: its quote on a card before the eyes, and highlighted in the clause.
    const plan = await page.evaluate(async () => (await (await fetch('/generated/hall.json')).json()).plans.find((p: { id: string }) => p.id === 'hangzhou-yuhang'));
    const target = plan.targets[0];
    await page.evaluate(() => window.__expo!.goToBooth('hangzhou-yuhang'));
    await frames(page, 8);
    await aim(page, await page.evaluate(([b, t]) => window.__expo!.figurePosition(b, t)!, ['hangzhou-yuhang', target.id]));
    await pull(page);
    expect((await view(page)).figure).toEqual({ boothId: 'hangzhou-yuhang', targetId: target.id });
    let d = await xr(page);
    expect(d.card).toEqual({ kind: 'quote', boothId: 'hangzhou-yuhang', targetId: target.id });
    await frames(page, 4);
    await page.screenshot({ path: 'test-results/xr-quote.png' });

    // 近看 on the card brings the clause with the quote to the reader.
    const closer = d.cardTargets.find((t) => t.action.do === 'closer');
    expect(closer).toBeDefined();
    await aim(page, closer!.at);
    await pull(page);
    d = await xr(page);
    expect(d.card).toEqual({ kind: 'closer', boothId: 'hangzhou-yuhang' });
    await frames(page, 4);
    await page.screenshot({ path: 'test-results/xr-closer.png' });

    // Controllers put down: a tracked hand's ray and a pinch page a panel and open a figure's quote.
    // (B opens the menu in place of the brought panel; its close button clears the view.)
    await press(page, 'right', 'b-button');
    const close = (await xr(page)).cardTargets.find((t) => t.action.do === 'close');
    expect(close).toBeDefined();
    await aim(page, close!.at);
    await pull(page);
    expect((await xr(page)).card).toBeNull();
    await useHands(page, true);
    const byHand = await view(page);
    await aim(page, await page.evaluate(() => window.__expo!.panelPosition('hangzhou-yuhang')!), 'right', 'hands');
    await pinch(page);
    const paged = await view(page);
    expect([paged.article, paged.page]).not.toEqual([byHand.article, byHand.page]);
    const second = plan.targets[1];
    await aim(page, await page.evaluate(([b, t]) => window.__expo!.figurePosition(b, t)!, ['hangzhou-yuhang', second.id]), 'right', 'hands');
    await pinch(page);
    expect((await view(page)).figure).toEqual({ boothId: 'hangzhou-yuhang', targetId: second.id });
    await useHands(page, false);

    // Vision Pro: look and pinch. The transient pointer exists only for the pinch, and it pages a
    // panel and opens a figure's quote like a controller's trigger. (The quote card is cleared
    // first, through the menu, so the panel behind it can be pointed at.)
    await press(page, 'right', 'b-button');
    await aim(page, (await xr(page)).cardTargets.find((t) => t.action.do === 'close')!.at);
    await pull(page);
    expect((await xr(page)).card).toBeNull();
    const beforePinch = await view(page);
    const inputs = await transientPinch(page, await page.evaluate(() => window.__expo!.panelPosition('hangzhou-yuhang')!));
    expect(inputs).toContain('transientPointer');
    const pinched = await view(page);
    expect([pinched.article, pinched.page]).not.toEqual([beforePinch.article, beforePinch.page]);
    const third = plan.targets[2] ?? plan.targets[0];
    await transientPinch(page, await page.evaluate(([b, t]) => window.__expo!.figurePosition(b, t)!, ['hangzhou-yuhang', third.id]));
    expect((await view(page)).figure).toEqual({ boothId: 'hangzhou-yuhang', targetId: third.id });
    expect((await xr(page)).inputs).not.toContain('transientPointer');
    expectClean(w);
  });

  test('the menu: Y/B opens it, the directory fades to a booth, snap angle is a setting, exit leaves VR', async ({ page, baseURL }) => {
    const w = await watchOffline(page, baseURL!);
    await openHall(page);
    await enterVR(page);
    await press(page, 'right', 'b-button');
    let d = await xr(page);
    expect(d.card?.kind).toBe('menu');
    await frames(page, 3);
    await page.screenshot({ path: 'test-results/xr-menu.png' });
    const go = d.cardTargets.find((t) => t.action.do === 'go' && t.action.boothId === 'xiamen');
    expect(go).toBeDefined();
    await aim(page, go!.at);
    await pull(page);
    await frames(page, 8);
    expect((await view(page)).booth).toBe('xiamen');
    d = await xr(page);
    expect(d.card).toBeNull();
    const xiamen: { x: number; z: number } = (await page.evaluate(() => window.__expo!.booths.find((b: { id: string }) => b.id === 'xiamen')))!;
    expect(Math.hypot(d.head![0] - xiamen.x, d.head![2] - xiamen.z)).toBeLessThan(8);

    // Settings: 45° snap turns, from the menu opened by its button below the gaze.
    const button = d.cardTargets.find((t) => t.action.do === 'menu');
    expect(button).toBeDefined();
    await aim(page, button!.at);
    await pull(page);
    d = await xr(page);
    expect(d.card?.kind).toBe('menu');
    await aim(page, d.cardTargets.find((t) => t.action.do === 'snap' && (t.action as { degrees?: number }).degrees === 45)!.at);
    await pull(page);
    d = await xr(page);
    expect(d.snapDegrees).toBe(45);
    const yaw = d.originYaw;
    await stick(page, 'right', -1, 0);
    expectAngle((await xr(page)).originYaw, yaw + Math.PI / 4);

    // Exit from the menu: back on the screen, at the same place. (First let the menu button glide
    // back below the gaze after the turn, or it may pass through the ray on its way.)
    await frames(page, 8);
    const last = await xr(page);
    await aim(page, last.cardTargets.find((t) => t.action.do === 'exit')!.at);
    await pull(page);
    await page.waitForFunction(() => !window.__expo!.xr.presenting);
    const back = await view(page);
    expect(back.camera[0]).toBeCloseTo(last.head![0], 1);
    expect(back.camera[2]).toBeCloseTo(last.head![2], 1);
    expectClean(w);
  });

  test('a session the browser refuses leaves the hall on screen and says why', async ({ page }) => {
    await page.addInitScript(() => {
      const xrSystem = (navigator as any).xr;
      xrSystem.requestSession = () => Promise.reject(new DOMException('The headset is not connected', 'NotSupportedError'));
    });
    await openHall(page);
    await page.getByTestId('enter-vr').click();
    await expect(page.getByTestId('xr-error')).toContainText('The headset is not connected');
    expect((await xr(page)).presenting).toBe(false);
    await settle(page);
    expect((await pixels(page)).distinct).toBeGreaterThan(100);
  });
});

