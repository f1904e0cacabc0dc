/**
 * The camera rig: where the visitor stands and looks. Per-frame values live here, outside React;
 * actions set a destination and the world's CameraRig moves towards it in useFrame.
 */
import type { Viewpoint } from '../layout';

/** The visitor's pose and any movement under way. */
export interface Rig {
  x: number;
  y: number;
  z: number;
  /** Heading (radians, 0 looks towards -z) and pitch (radians, up positive). */
  yaw: number;
  pitch: number;
  /** A flight to a viewpoint: interpolated over `duration` seconds from where it began. */
  flight: { from: Pose; to: Pose; t: number; duration: number } | null;
  /** A floor point the visitor is walking to (click-to-walk, tap-to-walk). */
  walkTo: { x: number; z: number } | null;
  /** Movement input this frame: forward/right in -1..1 (keys, joystick, thumbstick). */
  move: { forward: number; right: number };
  /** The pose to return to when the overview is switched off. */
  beforeOverview: Pose | null;
}

/** A position with a heading. */
export interface Pose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
}

export const rig: Rig = { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0, flight: null, walkTo: null, move: { forward: 0, right: 0 }, beforeOverview: null };

/** The pose of standing at a viewpoint's position and looking at its target. */
export function poseOf(v: Viewpoint): Pose {
  const [x, y, z] = v.position;
  const [tx, ty, tz] = v.target;
  const dx = tx - x;
  const dz = tz - z;
  return { x, y, z, yaw: Math.atan2(-dx, -dz), pitch: Math.atan2(ty - y, Math.hypot(dx, dz)) };
}

/** Starts a flight to `v` (instant when `duration` is 0). */
export function flyTo(v: Viewpoint, duration = 1.2): void {
  const to = poseOf(v);
  rig.walkTo = null;
  if (duration <= 0) {
    Object.assign(rig, to);
    rig.flight = null;
    return;
  }
  rig.flight = { from: { x: rig.x, y: rig.y, z: rig.z, yaw: rig.yaw, pitch: rig.pitch }, to, t: 0, duration };
}

/** The current pose. */
export function currentPose(): Pose {
  return { x: rig.x, y: rig.y, z: rig.z, yaw: rig.yaw, pitch: rig.pitch };
}
