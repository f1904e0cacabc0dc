/** Walking with collisions: a visitor is a circle that slides along walls and booths. Pure. */
import type { Collider } from './primitives';

/** Radius of a visitor's body (metres). */
export const BODY_RADIUS = 0.3;

function blocked(x: number, z: number, cs: Collider[], r: number): boolean {
  return cs.some((c) => x > c.minX - r && x < c.maxX + r && z > c.minZ - r && z < c.maxZ + r);
}

/** Moves from (x, z) by (dx, dz) as far as the colliders allow, sliding along them axis by axis. */
export function resolveMove(x: number, z: number, dx: number, dz: number, colliders: Collider[], r = BODY_RADIUS): [number, number] {
  // Sub-steps so a fast step cannot tunnel through a thin wall.
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dz) / (r * 0.5)));
  for (let i = 0; i < steps; i++) {
    if (!blocked(x + dx / steps, z, colliders, r)) x += dx / steps;
    if (!blocked(x, z + dz / steps, colliders, r)) z += dz / steps;
  }
  return [x, z];
}

/** True when a visitor could stand at (x, z). */
export function canStand(x: number, z: number, colliders: Collider[], r = BODY_RADIUS): boolean {
  return !blocked(x, z, colliders, r);
}
