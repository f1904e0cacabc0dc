/**
 * Moves the camera from the rig each frame: flights between viewpoints, click-to-walk, and
 * keyboard / joystick walking that slides along walls and booths instead of passing through.
 */
import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { resolveMove, walkEnd } from '../layout/collide';
import { EYE, type Collider } from '../layout';
import { noteMove, reducedMotion } from '../state/motion';
import { rig, type Rig } from '../state/rig';
import { FRAME_ORDER } from './frameOrder';

const WALK_SPEED = 2.2;

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

function angleLerp(a: number, b: number, t: number): number {
  const d = Math.atan2(Math.sin(b - a), Math.cos(b - a));
  return a + d * t;
}

/** A walk to a floor point made at once, behind the fade, for a visitor who asks for less motion (walking there ends the overview). */
function cutWalk(colliders: Collider[]): void {
  const to = rig.walkTo!;
  [rig.x, rig.z] = walkEnd(rig.x, rig.z, to, colliders);
  rig.y = EYE;
  rig.walkTo = null;
  noteMove('cut');
}

/** Props of CameraRig. */
export interface CameraRigProps {
  colliders: Collider[];
  /** When true (overview), walking pans freely above the hall. */
  flying: boolean;
}

/** Applies the rig to the default camera (mounted on a screen only: in a headset the XR rig moves the origin). */
export function CameraRig({ colliders, flying }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const begun = useRef<Rig['flight']>(null);
  const walkBegun = useRef<Rig['walkTo']>(null);
  useFrame((_, delta) => {
    // Real time, so walking speed holds on slow frames; resolveMove sub-steps so nothing tunnels.
    const dt = Math.min(delta, 0.5);
    // Whoever asked for the flight, a visitor who wants less motion is cut there behind a fade.
    if (rig.flight && rig.flight !== begun.current) {
      begun.current = rig.flight;
      const cut = reducedMotion();
      noteMove(cut ? 'cut' : 'flight');
      if (cut) {
        Object.assign(rig, rig.flight.to);
        rig.flight = null;
      }
    }
    // A tap on the floor walks there; with less motion asked for, the visitor is cut there too.
    if (rig.walkTo && rig.walkTo !== walkBegun.current) {
      walkBegun.current = rig.walkTo;
      if (reducedMotion() && !rig.flight) cutWalk(colliders);
    }
    if (rig.flight) {
      const f = rig.flight;
      // Flights keep wall-clock time even when frames are slow (software rendering, busy phone).
      f.t = Math.min(1, f.t + Math.min(delta, 0.5) / f.duration);
      const k = ease(f.t);
      rig.x = f.from.x + (f.to.x - f.from.x) * k;
      rig.y = f.from.y + (f.to.y - f.from.y) * k;
      rig.z = f.from.z + (f.to.z - f.from.z) * k;
      rig.yaw = angleLerp(f.from.yaw, f.to.yaw, k);
      rig.pitch = f.from.pitch + (f.to.pitch - f.from.pitch) * k;
      if (f.t >= 1) rig.flight = null;
    } else {
      const k = rig.keys;
      const forward = rig.move.forward + (k.forward ? 1 : 0) - (k.back ? 1 : 0);
      const right = rig.move.right + (k.right ? 1 : 0) - (k.left ? 1 : 0);
      const speed = (k.hurry ? 2 : 1) * WALK_SPEED * (flying ? 6 : 1);
      let dx = (-Math.sin(rig.yaw) * forward + Math.cos(rig.yaw) * right) * speed * dt;
      let dz = (-Math.cos(rig.yaw) * forward - Math.sin(rig.yaw) * right) * speed * dt;
      if (forward || right) rig.walkTo = null;
      else if (rig.walkTo) {
        const ex = rig.walkTo.x - rig.x;
        const ez = rig.walkTo.z - rig.z;
        const dist = Math.hypot(ex, ez);
        const stepLen = Math.min(dist, WALK_SPEED * 1.5 * dt);
        if (dist < 0.05) rig.walkTo = null;
        else { dx = (ex / dist) * stepLen; dz = (ez / dist) * stepLen; }
      }
      if (dx || dz) {
        if (flying) { rig.x += dx; rig.z += dz; }
        else {
          // A view risen to frame a booth on a narrow screen comes back down to the eye as one walks.
          rig.y += (EYE - rig.y) * Math.min(1, dt * 3);
          const [nx, nz] = resolveMove(rig.x, rig.z, dx, dz, colliders);
          // Blocked while walking to a point: stop rather than push against the wall.
          if (rig.walkTo && Math.hypot(nx - rig.x, nz - rig.z) < Math.hypot(dx, dz) * 0.2) rig.walkTo = null;
          rig.x = nx;
          rig.z = nz;
        }
      }
    }
    camera.position.set(rig.x, rig.y, rig.z);
    camera.rotation.set(rig.pitch, rig.yaw, 0, 'YXZ');
  }, FRAME_ORDER.move);
  return null;
}
