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
