/**
 * Level of detail, by distance: which booths draw their close-up detail (figure labels, tiles,
 * panels) and which draw their signage. Past these distances text is a few pixels high and
 * unreadable, so a hall of any size draws about as much text as a small one.
 */
import type { BoothStatic } from '../layout';

/** Most booths drawn in detail at once; the seed hall fits entirely. */
export const NEAR_MAX = 8;
/** Beyond this distance (metres) a booth shows only its structure and signage. */
export const NEAR_RADIUS = 30;
/** Beyond this distance a booth's fascia signs are not drawn (0.3 m letters are about 6 px high at 40 m, in the haze). */
export const SIGN_RADIUS = 40;

/** How far to look for booths from a floor point. */
export interface NearOptions {
  radius: number;
  max?: number;
  /** A booth always included (the one the visitor is at). */
  keep?: string | null;
}

/** Ids of the booths within `radius` of (x, z), at most `max` of the nearest; sorted by id. */
export function boothsNear(booths: BoothStatic[], x: number, z: number, { radius, max = Infinity, keep = null }: NearOptions): string[] {
  const ranked = booths
    .map((b) => ({ id: b.id, d: Math.hypot(b.frame.x - x, b.frame.z - z) }))
    .filter((b) => b.d < radius || b.id === keep)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((b) => b.id);
  if (keep && !ranked.includes(keep) && booths.some((b) => b.id === keep)) ranked[ranked.length - 1] = keep;
  return ranked.sort();
}

/** The floor point detail follows: under a walking visitor; from above, where the gaze meets the floor. */
export function focusPoint(r: { x: number; y: number; z: number; yaw: number; pitch: number }): { x: number; z: number } {
  const ahead = r.y > 5 ? Math.tan(Math.PI / 2 + r.pitch) * r.y : 0;
  return { x: r.x - Math.sin(r.yaw) * ahead, z: r.z - Math.cos(r.yaw) * ahead };
}
