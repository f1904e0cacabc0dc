/** Level of detail: which booths are close enough to draw their figures' labels, tiles and panels. */
import type { BoothStatic } from '../layout';

/** Most booths drawn in detail at once; the seed hall fits entirely. */
export const NEAR_MAX = 8;
/** Beyond this distance (metres) a booth shows only its structure and signage. */
export const NEAR_RADIUS = 30;

/** Ids of the booths to draw in detail from (x, z), nearest first; `keep` is always included. */
export function nearBooths(booths: BoothStatic[], x: number, z: number, keep: string | null): string[] {
  const ranked = booths
    .map((b) => ({ id: b.id, d: Math.hypot(b.frame.x - x, b.frame.z - z) }))
    .filter((b) => b.d < NEAR_RADIUS || b.id === keep)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, NEAR_MAX)
    .map((b) => b.id);
  if (keep && !ranked.includes(keep) && booths.some((b) => b.id === keep)) ranked[ranked.length - 1] = keep;
  return ranked.sort();
}
