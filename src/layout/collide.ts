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

/** Step (m) of a walk taken at once. */
const WALK_STEP = 0.1;

/**
 * Where walking straight from (x, z) towards `to` ends, as a walk frame by frame ends it: at the
 * point, or where a wall or counter stops the body (it slides along them, and stops once it barely
 * moves). A visitor who asks for less motion is cut there instead of gliding.
 */
export function walkEnd(x: number, z: number, to: { x: number; z: number }, colliders: Collider[]): [number, number] {
  for (let i = 0; i < 10_000; i++) {
    const ex = to.x - x;
    const ez = to.z - z;
    const dist = Math.hypot(ex, ez);
    if (dist < 0.05) break;
    const step = Math.min(dist, WALK_STEP);
    const [nx, nz] = resolveMove(x, z, (ex / dist) * step, (ez / dist) * step, colliders);
    const moved = Math.hypot(nx - x, nz - z);
    x = nx;
    z = nz;
    if (moved < step * 0.2) break;
  }
  return [x, z];
}
