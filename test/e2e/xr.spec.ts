import { expect, test } from '@playwright/test';
import { expectClean, openHall, pixels, settle, view } from './hall';
import { watchOffline } from './offline';
import { aim, enterVR, expectAngle, frames, installQuest3, press, pull, stick, xr } from './xr';

test.describe('the hall in an emulated Quest 3', () => {
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

    // Teleport: point at open floor ahead (the entrance aisle), pull the trigger.
    await aim(page, { pitch: 0.6 });
    await pull(page);
    d = await xr(page);
    expect(d.teleport?.accepted).toBe(true);
    // The head now stands on the pointed spot, ahead of where it was (looking towards -z).
    expect(d.head![0]).toBeCloseTo(d.teleport!.x, 1);
    expect(d.head![2]).toBeCloseTo(d.teleport!.z, 1);
    expect(before.camera[2] - d.head![2]).toBeGreaterThan(1);
    expect(d.origin![1]).toBe(0);

    // Jumps between booths fade; then sweep the arc across the booth, as a visitor would, to a spot
    // inside its counter or walls: the trigger there is refused and the origin stays.
    await page.evaluate(() => (window as any).__expo.goToBooth('sichuan'));
    await frames(page, 8);
    d = await xr(page);
    const atBooth = d.origin!;
    const booth: { x: number; z: number } = await page.evaluate(() => (window as any).__expo.booths.find((b: { id: string }) => b.id === 'sichuan'));
    expect(Math.hypot(d.head![0] - booth.x, d.head![2] - booth.z)).toBeLessThan(8);
    let blocked = false;
    for (let pitch = -0.3; pitch < 0.9 && !blocked; pitch += 0.1) {
      await aim(page, { pitch });
      const a = (await xr(page)).aim;
      blocked = !!a && !(await page.evaluate(([x, z]) => (window as any).__expo.standable(x, z), [a.x, a.z]));
    }
    expect(blocked).toBe(true);
    await pull(page);
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
    await page.evaluate(() => (window as any).__expo.xr.exit());
    await page.waitForFunction(() => !(window as any).__expo.xr.presenting);
    await page.waitForTimeout(500);
    const back = await view(page);
    expect(back.camera[0]).toBeCloseTo(last.head![0], 1);
    expect(back.camera[2]).toBeCloseTo(last.head![2], 1);
    expect(back.pitch).toBe(0);
    await expect(page.getByTestId('enter-vr')).toBeVisible();
    expect((await pixels(page)).distinct).toBeGreaterThan(100);
    expectClean(w);
  });
});
