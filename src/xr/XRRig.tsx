/**
 * The visitor's body in a headset. The XR origin (their floor) is moved, never the tracked head:
 * teleport (thumbstick arc, or any ray selecting the floor), snap turns about the head, optional smooth movement that slides along
 * walls, and jumps between booths that fade through black instead of flying. The desktop rig
 * follows the head, so the rest of the app — and the screen after leaving VR — sees where they are.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXRControllerLocomotion, type XRStore } from '@react-three/xr';
import { BackSide, BufferGeometry, Euler, Float32BufferAttribute, Group, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, Quaternion, RingGeometry, SphereGeometry, Vector3 } from 'three';
import { EYE, type HallScene } from '../layout';
import { canStand, resolveMove } from '../layout/collide';
import { setOverview } from '../state/actions';
import { setXR, useExpo } from '../state/store';
import { rig } from '../world/rig';
import { runCardAction } from './cardActions';
import { ARC, arcLanding, headInHall, originFor, rotateY, turnAboutHead, type FloorPose } from './placement';
import { xrPose } from './xrPose';

/** Seconds to fade out (and again in) on a jump. */
const FADE_SECONDS = 0.2;
/** Smooth movement speed (m/s): slower than desktop walking, for comfort. */
const SMOOTH_SPEED = 1.4;
/** Controller buttons that open and close the menu. */
const MENU_BUTTONS = ['y-button', 'b-button'];

const q = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');
const aimDir = new Vector3();

/** Props of XRRig. */
export interface XRRigProps {
  store: XRStore;
  scene: HallScene;
}

const ARC_OK = '#2f9e6f';
const ARC_REFUSED = '#d64545';

/** Whether a teleport may land at a floor point: inside the hall and clear of walls, counters, boards. */
function canTeleport(x: number, z: number, scene: HallScene): boolean {
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

/** The XR origin, locomotion, the teleport arc and the fade. */
export function XRRig({ store, scene }: XRRigProps) {
  const origin = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const smooth = useExpo((s) => s.xr.smooth);
  const snapDegrees = useExpo((s) => s.xr.snapDegrees);
  const place = useRef(false);
  const jump = useRef<{ to: FloorPose; t: number; moved: boolean } | null>(null);
  const held = useRef(new Set<string>());
  const fade = useMemo(() => {
    const m = new Mesh(new SphereGeometry(0.35, 16, 12), new MeshBasicMaterial({ color: 0x000000, transparent: true, opacity: 0, side: BackSide, depthTest: false, depthWrite: false }));
    m.renderOrder = 3000;
    m.visible = false;
    return m;
  }, []);

  useEffect(() => store.subscribe((state, prev) => {
    if (state.session === prev.session) return;
    if (state.session) {
      // Arrive where the screen's camera stood (or was going), on foot even if the overview was on.
      if (useExpo.getState().overview) setOverview(false);
      place.current = true;
      setXR({ presenting: true, card: null });
    } else {
      // Back on the screen where the head was, looking level: never a black or lost view.
      jump.current = null;
      fade.visible = false;
      Object.assign(rig, { flight: null, walkTo: null, y: EYE, pitch: 0 });
      setXR({ presenting: false, card: null });
    }
  }), [store, fade]);

  useXRControllerLocomotion((velocity, turn, delta) => {
    if (jump.current) return;
    let o = xrPose.origin;
    if (turn) o = turnAboutHead(o, xrPose.head, turn);
    if (velocity.x || velocity.z) {
      const h = headInHall(o, xrPose.head);
      const [nx, nz] = resolveMove(h.x, h.z, velocity.x * delta, velocity.z * delta, scene.colliders);
      o = { ...o, x: o.x + nx - h.x, z: o.z + nz - h.z };
    }
    xrPose.origin = o;
  }, smooth ? { speed: SMOOTH_SPEED } : false, { type: 'snap', degrees: snapDegrees }, 'left');

  useFrame((_, delta, frame?: XRFrame) => {
    if (!gl.xr.isPresenting || !frame) return;
    const space = gl.xr.getReferenceSpace();
    const viewer = space ? frame.getViewerPose(space) : undefined;
    if (viewer) {
      const { position: p, orientation: o } = viewer.transform;
      euler.setFromQuaternion(q.set(o.x, o.y, o.z, o.w));
      xrPose.head = { x: p.x, y: p.y, z: p.z, yaw: euler.y };
      xrPose.views = viewer.views.length;
    }
    xrPose.calls = gl.info.render.calls;
    xrPose.triangles = gl.info.render.triangles;
    const head = xrPose.head;
    if (place.current) {
      const f = rig.flight;
      xrPose.origin = originFor(f ? f.to : rig, head);
      rig.flight = null;
      place.current = false;
    }
    // Actions (directory, menu, deep links) ask for flights; in a headset they fade instead.
    if (rig.flight && !jump.current) {
      jump.current = { to: rig.flight.to, t: 0, moved: false };
      rig.flight = null;
    }
    // Pointing the ray at a booth's carpet asks to walk there: in a headset that is a teleport.
    if (rig.walkTo) {
      teleportTo(rig.walkTo.x, rig.walkTo.z, scene);
      rig.walkTo = null;
    }
    let opacity = 0;
    if (jump.current) {
      const j = jump.current;
      j.t += Math.min(delta, 0.1);
      const k = j.t / FADE_SECONDS;
      if (!j.moved && k >= 1) {
        xrPose.origin = originFor(j.to, head);
        j.moved = true;
      }
      opacity = k < 1 ? k : Math.max(0, 2 - k);
      if (k >= 2) jump.current = null;
    }
    // Menu buttons on either controller.
    for (const s of store.getState().inputSourceStates) {
      if (s.type !== 'controller') continue;
      for (const id of MENU_BUTTONS) {
        const key = `${s.inputSource.handedness}:${id}`;
        const down = s.gamepad[id]?.state === 'pressed';
        if (down && !held.current.has(key)) runCardAction({ do: 'menu' });
        if (down) held.current.add(key);
        else held.current.delete(key);
      }
    }
    const o = xrPose.origin;
    origin.current?.position.set(o.x, 0, o.z);
    origin.current?.rotation.set(0, o.yaw, 0);
    const h = headInHall(o, head);
    Object.assign(rig, { x: h.x, y: head.y, z: h.z, yaw: h.yaw });
    fade.visible = opacity > 0;
    (fade.material as MeshBasicMaterial).opacity = opacity;
    fade.position.set(h.x, head.y, h.z);
  });

  return (
    <>
      <XROrigin ref={origin} />
      <primitive object={fade} />
      <TeleportArc store={store} scene={scene} />
    </>
  );
}

/**
 * The teleport arc: push a controller's thumbstick forward to throw it, point where to land,
 * let go to jump there. Green where a visitor can stand, red on walls and counters (refused).
 */
function TeleportArc({ store, scene }: XRRigProps) {
  const gl = useThree((s) => s.gl);
  const aiming = useRef<string | null>(null);
  const { line, ring } = useMemo(() => {
    const geometry = new BufferGeometry().setAttribute('position', new Float32BufferAttribute(new Float32Array((ARC.steps + 1) * 3), 3));
    const line = new Line(geometry, new LineBasicMaterial({ color: ARC_OK }));
    const ring = new Mesh(new RingGeometry(0.22, 0.3, 32).rotateX(-Math.PI / 2), new MeshBasicMaterial({ color: ARC_OK }));
    line.visible = ring.visible = false;
    line.frustumCulled = false;
    return { line, ring };
  }, []);
  useFrame((_, __, frame?: XRFrame) => {
    const space = gl.xr.getReferenceSpace();
    let thrown: ReturnType<typeof arcLanding> = null;
    let hand: string | null = null;
    for (const s of store.getState().inputSourceStates) {
      if (s.type !== 'controller' || !frame || !space) continue;
      const y = s.gamepad['xr-standard-thumbstick']?.yAxis ?? 0;
      const held = aiming.current === s.inputSource.handedness ? y < -0.3 : !aiming.current && y < -0.6;
      if (!held) continue;
      const pose = frame.getPose(s.inputSource.targetRaySpace, space);
      if (!pose) continue;
      const { position: p, orientation: o } = pose.transform;
      const d = aimDir.set(0, 0, -1).applyQuaternion(q.set(o.x, o.y, o.z, o.w));
      const oy = xrPose.origin;
      const [wx, wz] = rotateY(p.x, p.z, oy.yaw);
      const [dx, dz] = rotateY(d.x, d.z, oy.yaw);
      thrown = arcLanding([oy.x + wx, p.y, oy.z + wz], [dx, d.y, dz]);
      hand = s.inputSource.handedness;
      break;
    }
    if (thrown && hand) {
      aiming.current = hand;
      xrPose.aim = { x: thrown.x, z: thrown.z };
      const ok = canTeleport(thrown.x, thrown.z, scene);
      const color = ok ? ARC_OK : ARC_REFUSED;
      (line.material as LineBasicMaterial).color.set(color);
      (ring.material as MeshBasicMaterial).color.set(color);
      const pos = line.geometry.getAttribute('position') as Float32BufferAttribute;
      thrown.points.forEach(([x, y, z], i) => pos.setXYZ(i, x, y, z));
      pos.needsUpdate = true;
      ring.position.set(thrown.x, 0.02, thrown.z);
      line.visible = ring.visible = true;
    } else {
      // Let go: land where the arc pointed (if a visitor can stand there).
      if (aiming.current && xrPose.aim) teleportTo(xrPose.aim.x, xrPose.aim.z, scene);
      aiming.current = null;
      xrPose.aim = null;
      line.visible = ring.visible = false;
    }
  });
  return (
    <>
      <primitive object={line} />
      <primitive object={ring} />
    </>
  );
}
