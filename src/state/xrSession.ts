/**
 * The page's side of WebXR, kept in the initial bundle: is immersive VR available, and the
 * enter / exit calls the on-demand XR module registers once it is mounted.
 */
import { setXR, useExpo } from './store';

/** What the XR module provides once loaded. */
export interface XRControls {
  enter: () => Promise<unknown>;
  exit: () => Promise<unknown>;
}

let controls: XRControls | null = null;

/** Called by the XR module when it mounts (null when it unmounts). */
export function registerXR(c: XRControls | null): void {
  controls = c;
}

/** Whether this browser can start an immersive VR session (false on any error). */
export async function detectImmersiveVR(): Promise<boolean> {
  const xr = (navigator as Navigator & { xr?: { isSessionSupported(mode: string): Promise<boolean> } }).xr;
  if (!xr) return false;
  try {
    return await xr.isSessionSupported('immersive-vr');
  } catch {
    return false;
  }
}

/** Enters VR; a refusal or failure leaves the desktop view as it was and says why. */
export async function enterVR(): Promise<boolean> {
  if (!controls || useExpo.getState().xr.presenting) return false;
  setXR({ error: undefined });
  try {
    await controls.enter();
    return true;
  } catch (e) {
    setXR({ presenting: false, error: (e as Error).message || String(e) });
    return false;
  }
}

/** Leaves VR (the world returns the desktop camera to where the headset was). */
export async function exitVR(): Promise<void> {
  await controls?.exit();
}
