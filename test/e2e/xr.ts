/**
 * Driving an emulated Meta Quest 3 (iwer) from browser tests: the runtime is installed before the
 * app's scripts run, then the test moves controllers, pulls triggers and pushes thumbsticks the
 * way a visitor's hands would, and reads what the app did through window.__expo.xr.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { XRDiagnostics } from '../../src/state/diagnostics';

const iwerScript = readFileSync(createRequire(import.meta.url).resolve('iwer/build/iwer.min.js'), 'utf8');

/** What __expo.xr reports, without the functions. */
export type XRDiag = Omit<XRDiagnostics, 'enter' | 'exit'>;

/** Installs iwer's Quest 3 over the browser's own navigator.xr before the page loads. */
export async function installQuest3(page: Page): Promise<void> {
  await page.addInitScript({
    content: `${iwerScript}\n;window.__xrDevice = new IWER.XRDevice(IWER.metaQuest3);\nwindow.__xrDevice.installRuntime({ forceInstall: true });`,
  });
}

/** The XR diagnostics, without the functions. */
export function xr(page: Page): Promise<XRDiag> {
  return page.evaluate(() => {
    const { enter, exit, ...rest } = window.__expo!.xr;
    return rest;
  });
}

/** Clicks Enter VR and waits for frames of the session. */
export async function enterVR(page: Page): Promise<XRDiag> {
  await page.getByTestId('enter-vr').click();
  await page.waitForFunction(() => window.__expo!.xr.presenting && window.__expo!.xr.views === 2, null, { timeout: 30_000 });
  await frames(page, 3);
  return xr(page);
}

/**
 * Waits for `n` more XR frames (the session's own frame loop, slow under software rendering), or
 * page frames once the session has ended: a frame asked of a session that ends (the visitor chose
 * exit) never comes.
 */
export async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate(async (count) => {
    const session = (window as any).__xrDevice.activeSession as XRSession | undefined;
    let ended = !session;
    session?.addEventListener('end', () => { ended = true; }, { once: true });
    for (let i = 0; i < count; i++) {
      await new Promise<void>((resolve) => {
        if (ended || !session) return requestAnimationFrame(() => resolve());
        session.requestAnimationFrame(() => resolve());
        session.addEventListener('end', () => resolve(), { once: true });
      });
    }
  }, n);
}

/**
 * Holds the right controller beside the head and points it at a hall position (or, with
 * `pitch`, ahead tilted down by that many radians and turned left by `yaw`).
 */
export async function aim(page: Page, target: [number, number, number] | { pitch: number; yaw?: number }, hand: 'left' | 'right' = 'right', input: 'controllers' | 'hands' = 'controllers'): Promise<void> {
  await page.evaluate(({ target, hand, input }) => {
    const d = (window as any).__xrDevice;
    const diag = window.__expo!.xr;
    const [ox, , oz] = diag.origin as number[];
    const oyaw = diag.originYaw as number;
    const c = d[input][hand];
    // Local to the origin: beside and below the head.
    const head = { x: d.position.x, y: d.position.y, z: d.position.z };
    const local = { x: head.x + (hand === 'right' ? 0.15 : -0.15), y: head.y - 0.15, z: head.z - 0.1 };
    c.position.set(local.x, local.y, local.z);
    let yaw: number;
    let pitch: number;
    if ('pitch' in target) {
      yaw = target.yaw ?? 0;
      pitch = -target.pitch;
    } else {
      // The controller in the hall, then the direction to the target back in the origin's frame.
      const cos = Math.cos(oyaw);
      const sin = Math.sin(oyaw);
      const wx = ox + local.x * cos + local.z * sin;
      const wz = oz - local.x * sin + local.z * cos;
      const dx = target[0] - wx;
      const dy = target[1] - local.y;
      const dz = target[2] - wz;
      const lx = dx * cos - dz * sin;
      const lz = dx * sin + dz * cos;
      yaw = Math.atan2(-lx, -lz);
      pitch = Math.atan2(dy, Math.hypot(lx, lz));
    }
    // Yaw about +y, then pitch about the turned x axis: q = qy * qx.
    const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)];
    c.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
  }, { target, hand, input });
  await frames(page, 3);
}

/** Switches the headset between controllers and tracked hands (as putting the controllers down does). */
export async function useHands(page: Page, on: boolean): Promise<void> {
  await page.evaluate((mode) => { (window as any).__xrDevice.primaryInputMode = mode; }, on ? 'hand' : 'controller');
  await frames(page, 20);
}

/** Pinches and lets go with a tracked hand: a hand ray's select. */
export async function pinch(page: Page, hand: 'left' | 'right' = 'right'): Promise<void> {
  await page.evaluate((h) => (window as any).__xrDevice.hands[h].updatePinchValue(1), hand);
  await frames(page, 3);
  await page.evaluate((h) => (window as any).__xrDevice.hands[h].updatePinchValue(0), hand);
  await frames(page, 4);
}

/** Pulls and releases a controller's trigger. */
export async function pull(page: Page, hand: 'left' | 'right' = 'right'): Promise<void> {
  await page.evaluate((h) => (window as any).__xrDevice.controllers[h].updateButtonValue('trigger', 1), hand);
  await frames(page, 1);
  await page.evaluate((h) => (window as any).__xrDevice.controllers[h].updateButtonValue('trigger', 0), hand);
  await frames(page, 3);
}

/** Presses and releases a controller button (a-button, b-button, x-button, y-button). */
export async function press(page: Page, hand: 'left' | 'right', button: string): Promise<void> {
  await page.evaluate(({ hand, button }) => (window as any).__xrDevice.controllers[hand].updateButtonValue(button, 1), { hand, button });
  await frames(page, 2);
  await page.evaluate(({ hand, button }) => (window as any).__xrDevice.controllers[hand].updateButtonValue(button, 0), { hand, button });
  await frames(page, 2);
}

/** Pushes a thumbstick to (x, y) for a few frames and lets it spring back. */
export async function stick(page: Page, hand: 'left' | 'right', x: number, y: number, hold = 3): Promise<void> {
  await page.evaluate(({ hand, x, y }) => (window as any).__xrDevice.controllers[hand].updateAxes('thumbstick', x, y), { hand, x, y });
  await frames(page, hold);
  await page.evaluate((h) => (window as any).__xrDevice.controllers[h].updateAxes('thumbstick', 0, 0), hand);
  await frames(page, 2);
}

/** Asserts two angles are equal modulo a full turn. */
export function expectAngle(actual: number, expected: number, tolerance = 0.02): void {
  const d = Math.atan2(Math.sin(actual - expected), Math.cos(actual - expected));
  expect(Math.abs(d)).toBeLessThan(tolerance);
}

/** Pushes a thumbstick forward and keeps it there (the teleport arc is out) until `release`. */
export async function holdForward(page: Page, hand: 'left' | 'right' = 'right'): Promise<void> {
  await page.evaluate((h) => (window as any).__xrDevice.controllers[h].updateAxes('thumbstick', 0, -1), hand);
  await frames(page, 3);
}

/** Lets a thumbstick spring back to the centre. */
export async function release(page: Page, hand: 'left' | 'right' = 'right'): Promise<void> {
  await page.evaluate((h) => (window as any).__xrDevice.controllers[h].updateAxes('thumbstick', 0, 0), hand);
  await frames(page, 3);
}

/**
 * A Vision Pro look-and-pinch at `target`: an input source with targetRayMode 'transient-pointer'
 * appears along the gaze when the fingers meet, selects, and is gone when they part. iwer has no
 * such device, so the emulated right controller stands in: disconnected, re-declared as a
 * transient pointer aimed at the target, connected for the pinch only, then put back. (Its gamepad
 * stays inside iwer, which derives select events from the trigger; the app never reads it for a
 * transient pointer.) Returns the input types the app saw during the pinch.
 */
export async function transientPinch(page: Page, target: [number, number, number]): Promise<string[]> {
  const declare = (mode: string) => page.evaluate((m) => {
    const source = (window as any).__xrDevice.controllers.right.inputSource;
    // iwer keeps an input source's fields in one record under a private symbol.
    const record = source[Object.getOwnPropertySymbols(source)[0]];
    record.targetRayMode = m;
  }, mode);
  const connect = async (on: boolean) => {
    await page.evaluate((c) => { (window as any).__xrDevice.controllers.right.connected = c; }, on);
    await frames(page, 4);
  };
  await connect(false);
  await declare('transient-pointer');
  await aim(page, target);
  await connect(true);
  const during = (await xr(page)).inputs;
  await pull(page);
  await connect(false);
  await declare('tracked-pointer');
  await connect(true);
  return during;
}
