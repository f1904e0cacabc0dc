/** Teleporting in a headset: where a visitor may land, and the jump that puts them there. */
import type { HallScene } from '../layout';
import { canStand } from '../layout/collide';
import { headInHall, originFor } from './placement';
import { xrPose } from './xrPose';

/** Whether a teleport may land at a floor point: inside the hall and clear of walls, counters, boards. */
export function canTeleport(x: number, z: number, scene: HallScene): boolean {
  const { minX, maxX, minZ, maxZ } = scene.layout.bounds;
  return x > minX && x < maxX && z > minZ && z < maxZ && canStand(x, z, scene.colliders);
}

/** Takes the visitor to a floor point if they can stand there; reports the attempt either way. */
export function teleportTo(x: number, z: number, scene: HallScene): boolean {
  const ok = canTeleport(x, z, scene);
  xrPose.teleport = { x, z, accepted: ok };
  if (!ok) return false;
  const h = headInHall(xrPose.origin, xrPose.head);
  xrPose.origin = originFor({ x, z, yaw: h.yaw }, xrPose.head);
  return true;
}
