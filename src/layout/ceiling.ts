/**
 * The ceiling and its light: a dark soffit with bright strips across the hall at a steady rhythm,
 * and a cove of light along the top of each wall. All drawn unlit (their colours are the light),
 * in one batch, and never from above, where they would hide the hall.
 */
import type { HallLayout } from './hallLayout';
import { PALETTE, shade } from './palette';
import type { Block } from './primitives';
import { CEILING } from './wayfinding';

/** Distance (m) between light strips, and their width. */
export const STRIP_PITCH = 6;
const STRIP_W = 0.4;

/** Boxes of the ceiling over `bounds`: soffit, strips and coves. */
export function ceilingBlocks(bounds: HallLayout['bounds']): Block[] {
  const { minX, maxX, minZ, maxZ } = bounds;
  const w = maxX - minX;
  const d = maxZ - minZ;
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  const blocks: Block[] = [{ x: cx, y: CEILING + 0.1, z: cz, sx: w + 1, sy: 0.2, sz: d + 1, color: PALETTE.ceiling }];
  // Strips run east–west, so walking north a visitor passes under one every few steps.
  for (let z = maxZ - STRIP_PITCH / 2; z > minZ + 1; z -= STRIP_PITCH) {
    blocks.push({ x: cx, y: CEILING - 0.02, z, sx: w - 3, sy: 0.04, sz: STRIP_W, color: PALETTE.lightStrip });
    // A soft halo either side of the strip: the ceiling lit by it.
    blocks.push({ x: cx, y: CEILING + 0.005, z, sx: w - 2, sy: 0.01, sz: STRIP_W * 3, color: shade(PALETTE.lightStrip, 0.72) });
  }
  // Coves: light washing down the walls from their tops.
  const cove = { y: CEILING - 0.15, sy: 0.3, color: shade(PALETTE.lightStrip, 0.9) };
  blocks.push({ x: cx, z: minZ + 0.05, sx: w, sz: 0.1, ...cove }, { x: cx, z: maxZ - 0.05, sx: w, sz: 0.1, ...cove });
  blocks.push({ x: minX + 0.05, z: cz, sx: 0.1, sz: d, ...cove }, { x: maxX - 0.05, z: cz, sx: 0.1, sz: d, ...cove });
  return blocks;
}
