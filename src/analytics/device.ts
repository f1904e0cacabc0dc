/**
 * The visitor's device class from what the screen and pointer say — never the user-agent string,
 * which identifies far more than a class.
 */
import type { DeviceClass } from './events';

/** What the page can see about the device. */
export interface DeviceHints {
  /** An immersive session is running (a headset). */
  xr: boolean;
  /** The primary pointer is coarse (a finger). */
  coarse: boolean;
  /** The shorter side of the screen, in CSS pixels. */
  shortSide: number;
}

/** Headset when in XR; a touch screen narrower than 600 px is a phone, wider a tablet; else a desktop. */
export function deviceClass(h: DeviceHints): DeviceClass {
  if (h.xr) return 'headset';
  if (!h.coarse) return 'desktop';
  return h.shortSide < 600 ? 'phone' : 'tablet';
}
