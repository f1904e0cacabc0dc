/**
 * Where to put the XR origin (the visitor's floor) so their head lands on a spot, and where the
 * head is in the hall given the origin. Plain numbers, no three.js, so it is tested on its own.
 * Yaw is rotation about +y in radians, 0 looking towards -z, as in the desktop rig.
 */

/** A position on the floor plan with a heading. */
export interface FloorPose {
  x: number;
  z: number;
  yaw: number;
}

/** The head's pose inside the origin's frame, as the headset reports it. */
export interface HeadLocal {
  x: number;
  z: number;
  yaw: number;
}

/** Rotates (x, z) by `yaw` about +y. */
export function rotateY(x: number, z: number, yaw: number): [number, number] {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  return [x * c + z * s, -x * s + z * c];
}

/** The origin that puts a head at `head` (local) onto `target` (hall), facing target.yaw. */
export function originFor(target: FloorPose, head: HeadLocal): FloorPose {
  const yaw = target.yaw - head.yaw;
  const [dx, dz] = rotateY(head.x, head.z, yaw);
  return { x: target.x - dx, z: target.z - dz, yaw };
}

/** Where the head stands in the hall for a given origin. */
export function headInHall(origin: FloorPose, head: HeadLocal): FloorPose {
  const [dx, dz] = rotateY(head.x, head.z, origin.yaw);
  return { x: origin.x + dx, z: origin.z + dz, yaw: origin.yaw + head.yaw };
}

/** The origin after turning the visitor by `delta` about their head, so the head stays put. */
export function turnAboutHead(origin: FloorPose, head: HeadLocal, delta: number): FloorPose {
  const h = headInHall(origin, head);
  return originFor({ x: h.x, z: h.z, yaw: h.yaw + delta }, head);
}

/** Launch speed (m/s) and gravity of the teleport arc: reaches about 9 m from hand height at 45°. */
export const ARC = { speed: 9, gravity: 9.8, steps: 24 } as const;

/**
 * Where a teleport arc thrown from `from` along `dir` (unit vector) meets the floor (y = 0), and
 * points along it to draw. Null when it never comes down within reach.
 */
export function arcLanding(from: [number, number, number], dir: [number, number, number]): { x: number; z: number; points: [number, number, number][] } | null {
  const [vx, vy, vz] = dir.map((d) => d * ARC.speed);
  // y(t) = y0 + vy t - g t² / 2 = 0, the later root.
  const g = ARC.gravity;
  const disc = vy * vy + 2 * g * from[1];
  if (disc < 0) return null;
  const t = (vy + Math.sqrt(disc)) / g;
  if (!(t > 0) || t > 4) return null;
  const points: [number, number, number][] = [];
  for (let i = 0; i <= ARC.steps; i++) {
    const s = (t * i) / ARC.steps;
    points.push([from[0] + vx * s, Math.max(0, from[1] + vy * s - (g * s * s) / 2), from[2] + vz * s]);
  }
  return { x: from[0] + vx * t, z: from[2] + vz * t, points };
}
