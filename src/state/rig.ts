/**
 * The camera rig: where the visitor stands and looks. Per-frame values live here, in a plain
 * object outside React (as @react-three/xr keeps its store): input and actions write it, the
 * world's CameraRig (or the XR rig in a headset) moves it in useFrame, and everything else reads it.
 */
import { poseOf, type Pose, type Viewpoint } from '../layout';

export type { Pose };

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
  /** Analog movement in -1..1 (the touch joystick). */
  move: { forward: number; right: number };
  /** Walking keys held down right now. */
  keys: HeldKeys;
  /** The pose to return to when the overview is switched off. */
  beforeOverview: Pose | null;
}

/** Which walking directions keys hold, and whether the visitor hurries. */
export interface HeldKeys {
  forward: boolean;
  back: boolean;
  left: boolean;
  right: boolean;
  hurry: boolean;
}

/** No key held. */
export const NO_KEYS: HeldKeys = { forward: false, back: false, left: false, right: false, hurry: false };

export const rig: Rig = { x: 0, y: 1.6, z: 0, yaw: 0, pitch: 0, flight: null, walkTo: null, move: { forward: 0, right: 0 }, keys: { ...NO_KEYS }, beforeOverview: null };

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

/** Radians a pixel of pointer movement turns the view. */
const LOOK_SENSITIVITY = 0.0045;

/** Turns the view by a pointer's movement in pixels (not during a flight, which sets the view itself). */
export function turnBy(dx: number, dy: number): void {
  if (rig.flight) return;
  rig.yaw -= dx * LOOK_SENSITIVITY;
  rig.pitch = Math.max(-1.35, Math.min(1.35, rig.pitch - dy * LOOK_SENSITIVITY));
}
