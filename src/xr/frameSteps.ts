/**
 * The headset's per-frame steps, one job each, run by XRSteps at their FRAME_ORDER priorities:
 * read the bound controller buttons, track the head and the hands, arrive, turn flights into fading jumps, teleport to
 * walked-to points, and settle the origin, the rig and the fade. Mounted only in the XR mode (the
 * store's, through InMode), so none of them asks whether a headset is presenting.
 */
import type { WebGLRenderer } from 'three';
import { Euler, Quaternion } from 'three';
import type { XRStore } from '@react-three/xr';
import type { HallScene } from '../layout';
import { BOUND_BUTTONS, intentForButton } from '../input/buttonMap';
import { dispatch } from '../input/dispatch';
import { pressedIntent } from '../input/intents';
import { modesOf } from '../input/modes';
import { useExpo } from '../state/store';
import { rig } from '../state/rig';
import { headInHall, originFor, type FloorPose } from './placement';
import { teleportTo } from './teleport';
import { xrPose, type LocalPoint } from './xrPose';

/** Seconds to fade out (and again in) on a jump. */
export const FADE_SECONDS = 0.2;

/**
 * How dark a follower's headset goes while the presenter has blanked the view: nearly black, yet
 * not quite, so a visitor who cannot see the room around them keeps the floor and their bearings.
 */
export const BLANKED_OPACITY = 0.9;

const q = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');

/** What the steps share within one headset session. */
export interface XRSteps {
  /** True once the head has been read this session (nothing is placed before). */
  tracked: boolean;
  /** True once the visitor has been placed where the screen's camera stood. */
  arrived: boolean;
  /** A jump under way: out to black, move, back in. */
  jump: { to: FloorPose; t: number; moved: boolean } | null;
  /** The fade's opacity this frame. */
  opacity: number;
  /** Bound buttons held down (by hand and button), so a press means its intent once. */
  held: Set<string>;
}

/** Steps at the start of a session. */
export function newSteps(): XRSteps {
  return { tracked: false, arrived: false, jump: null, opacity: 0, held: new Set() };
}

/**
 * input: a bound button pressed on a controller becomes the intent the button map gives it in the
 * modes in force (src/input/buttonMap.ts: the menu for everyone, a presenter's next, previous, blank).
 */
export function pollButtons(store: XRStore, steps: XRSteps): void {
  for (const s of store.getState().inputSourceStates) {
    if (s.type !== 'controller') continue;
    const side = s.inputSource.handedness;
    for (const id of BOUND_BUTTONS) {
      const key = `${side}:${id}`;
      const down = s.gamepad[id]?.state === 'pressed';
      const was = steps.held.has(key);
      if (down) steps.held.add(key);
      else steps.held.delete(key);
      if (!down || was) continue;
      const type = intentForButton(side, id, modesOf(useExpo.getState()));
      const intent = type && pressedIntent(type);
      if (intent) dispatch(intent);
    }
  }
}

/** track: where each hand is (a controller's grip, a tracked hand's wrist), for presence to send. */
export function trackHands(gl: WebGLRenderer, store: XRStore, frame: XRFrame | undefined): void {
  const space = gl.xr.getReferenceSpace();
  const hands: [LocalPoint | null, LocalPoint | null] = [null, null];
  for (const s of store.getState().inputSourceStates) {
    if (s.type !== 'controller' && s.type !== 'hand') continue;
    const side = s.inputSource.handedness;
    if (side !== 'left' && side !== 'right') continue;
    const pose = frame && space ? frame.getPose(s.inputSource.gripSpace ?? s.inputSource.targetRaySpace, space) : undefined;
    if (pose) hands[side === 'left' ? 0 : 1] = { x: pose.transform.position.x, y: pose.transform.position.y, z: pose.transform.position.z };
  }
  xrPose.hands = hands;
}

/** track: the head's pose on the origin and the eyes drawn, from the headset's frame. */
export function trackHead(gl: WebGLRenderer, frame: XRFrame | undefined, steps: XRSteps): void {
  const space = gl.xr.getReferenceSpace();
  const viewer = frame && space ? frame.getViewerPose(space) : undefined;
  if (viewer) {
    const { position: p, orientation: o } = viewer.transform;
    euler.setFromQuaternion(q.set(o.x, o.y, o.z, o.w));
    xrPose.head = { x: p.x, y: p.y, z: p.z, yaw: euler.y };
    xrPose.views = viewer.views.length;
    steps.tracked = true;
  }
  xrPose.calls = gl.info.render.calls;
  xrPose.triangles = gl.info.render.triangles;
}

/** move: once the head is known, arrive where the screen's camera stood (or was flying to). */
export function arrive(steps: XRSteps): void {
  if (steps.arrived || !steps.tracked) return;
  xrPose.origin = originFor(rig.flight ? rig.flight.to : rig, xrPose.head);
  rig.flight = null;
  steps.arrived = true;
}

/** move: actions (directory, menu, deep links) ask for flights; in a headset they fade instead. */
export function flightsBecomeJumps(steps: XRSteps): void {
  if (!steps.arrived || !rig.flight || steps.jump) return;
  steps.jump = { to: rig.flight.to, t: 0, moved: false };
  rig.flight = null;
}

/** move: pointing the ray at a booth's carpet asks to walk there; in a headset that is a teleport. */
export function walksBecomeTeleports(scene: HallScene, steps: XRSteps): void {
  if (!steps.arrived || !rig.walkTo) return;
  teleportTo(rig.walkTo.x, rig.walkTo.z, scene);
  rig.walkTo = null;
}

/** move: a jump fades out, moves the origin while black, and fades back in. */
export function advanceJump(delta: number, steps: XRSteps): void {
  const j = steps.jump;
  steps.opacity = 0;
  if (!j) return;
  j.t += Math.min(delta, 0.1);
  const k = j.t / FADE_SECONDS;
  if (!j.moved && k >= 1) {
    xrPose.origin = originFor(j.to, xrPose.head);
    j.moved = true;
  }
  steps.opacity = k < 1 ? k : Math.max(0, 2 - k);
  if (k >= 2) steps.jump = null;
}

/** move: a follower's view dims while the presenter has blanked it (a presenter's own stays open). */
export function dimWhileBlanked(steps: XRSteps): void {
  const p = useExpo.getState().present;
  if (p.role === 'follower' && p.blank) steps.opacity = Math.max(steps.opacity, BLANKED_OPACITY);
}

/** What settle writes into the scene. */
export interface SettleTargets {
  origin: { position: { set(x: number, y: number, z: number): unknown }; rotation: { set(x: number, y: number, z: number): unknown } } | null;
  fade: { visible: boolean; material: { opacity: number }; position: { set(x: number, y: number, z: number): unknown } };
}

/** settle: the origin object where the origin is, the rig where the head is (for the rest of the app), the fade around the head. */
export function settle(steps: XRSteps, into: SettleTargets): void {
  if (!steps.arrived) return;
  const o = xrPose.origin;
  into.origin?.position.set(o.x, 0, o.z);
  into.origin?.rotation.set(0, o.yaw, 0);
  const h = headInHall(o, xrPose.head);
  Object.assign(rig, { x: h.x, y: xrPose.head.y, z: h.z, yaw: h.yaw });
  into.fade.visible = steps.opacity > 0;
  into.fade.material.opacity = steps.opacity;
  into.fade.position.set(h.x, xrPose.head.y, h.z);
}
