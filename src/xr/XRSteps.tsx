/**
 * A headset session's per-frame steps (src/xr/frameSteps.ts), each at its place in FRAME_ORDER,
 * and the locomotion of the thumbsticks. Mounted for one session: unmounting ends any jump and fade.
 */
import { useMemo, useState, type RefObject } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXRControllerLocomotion, type XRStore } from '@react-three/xr';
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry, type Group } from 'three';
import type { HallScene } from '../layout';
import { resolveMove } from '../layout/collide';
import { useExpo } from '../state/store';
import { FRAME_ORDER } from '../world/frameOrder';
import { advanceJump, arrive, dimWhileBlanked, flightsBecomeJumps, newSteps, pollButtons, settle, trackHands, trackHead, walksBecomeTeleports } from './frameSteps';
import { headInHall, turnAboutHead } from './placement';
import { xrPose } from './xrPose';

/** Smooth movement speed (m/s): slower than desktop walking, for comfort. */
const SMOOTH_SPEED = 1.4;

/** Props of XRSteps. */
export interface XRStepsProps {
  store: XRStore;
  scene: HallScene;
  /** The XR origin object the steps move. */
  origin: RefObject<Group | null>;
}

/** A black sphere around the head that a jump fades in and out. */
function makeFade(): Mesh<SphereGeometry, MeshBasicMaterial> {
  const m = new Mesh(new SphereGeometry(0.35, 16, 12), new MeshBasicMaterial({ color: 0x000000, transparent: true, opacity: 0, side: BackSide, depthTest: false, depthWrite: false }));
  m.renderOrder = 3000;
  m.visible = false;
  return m;
}

/** Thumbstick snap turns about the head and optional smooth movement that slides along walls (not during a jump). */
function useStickLocomotion(scene: HallScene, jumping: () => boolean): void {
  const smooth = useExpo((s) => s.xr.smooth);
  const snapDegrees = useExpo((s) => s.xr.snapDegrees);
  useXRControllerLocomotion((velocity, turn, delta) => {
    if (jumping()) return;
    let o = xrPose.origin;
    if (turn) o = turnAboutHead(o, xrPose.head, turn);
    if (velocity.x || velocity.z) {
      const h = headInHall(o, xrPose.head);
      const [nx, nz] = resolveMove(h.x, h.z, velocity.x * delta, velocity.z * delta, scene.colliders);
      o = { ...o, x: o.x + nx - h.x, z: o.z + nz - h.z };
    }
    xrPose.origin = o;
  }, smooth ? { speed: SMOOTH_SPEED } : false, { type: 'snap', degrees: snapDegrees }, 'left');
}

/** The session's steps, in frame order. */
export function XRSteps({ store, scene, origin }: XRStepsProps) {
  const gl = useThree((s) => s.gl);
  const [steps] = useState(newSteps);
  const fade = useMemo(makeFade, []);
  useStickLocomotion(scene, () => !!steps.jump);
  useFrame(() => pollButtons(store, steps), FRAME_ORDER.input);
  useFrame((_, __, frame?: XRFrame) => trackHead(gl, frame, steps), FRAME_ORDER.track);
  useFrame((_, __, frame?: XRFrame) => trackHands(gl, store, frame), FRAME_ORDER.track);
  useFrame(() => arrive(steps), FRAME_ORDER.move);
  useFrame(() => flightsBecomeJumps(steps), FRAME_ORDER.move);
  useFrame(() => walksBecomeTeleports(scene, steps), FRAME_ORDER.move);
  useFrame((_, delta) => advanceJump(delta, steps), FRAME_ORDER.move);
  useFrame(() => dimWhileBlanked(steps), FRAME_ORDER.move);
  useFrame(() => settle(steps, { origin: origin.current, fade }), FRAME_ORDER.settle);
  return <primitive object={fade} />;
}
