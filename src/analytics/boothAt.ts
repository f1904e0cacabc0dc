/**
 * Which booth a visitor is at, from where they stand: on its carpet, or in the strip of aisle in
 * front of it where people stop to look (a booth's own front viewpoint is 3.2 m out). Across an
 * aisle two fronts face each other, so a point may be in front of both: the booth the visitor last
 * went to (the store's booth) wins, otherwise the nearer front.
 */
import type { BoothPlacement } from '../layout';

/** How far in front of a booth a visitor still counts as at it (m), and the slack around its carpet. */
export const FRONT_METRES = 4;
const SLACK = 0.5;

/** The booth at (x, z), or null in an aisle, the plaza or beyond. */
export function boothAt(booths: readonly BoothPlacement[], x: number, z: number, preferred: string | null = null): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const b of booths) {
    if (Math.abs(x - b.x) > b.width / 2 + SLACK) continue;
    // Depth out of the booth's front (negative: on the carpet or behind it).
    const out = (z - b.z) * b.facing - b.depth / 2;
    if (out > FRONT_METRES || out < -b.depth - SLACK) continue;
    if (b.id === preferred) return b.id;
    const distance = Math.max(0, out);
    if (!best || distance < best.distance) best = { id: b.id, distance };
  }
  return best?.id ?? null;
}
