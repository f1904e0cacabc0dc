/**
 * Moves the camera from the rig each frame: flights between viewpoints, click-to-walk, and
 * keyboard / joystick walking that slides along walls and booths instead of passing through.
 */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { resolveMove } from '../layout/collide';
import type { Collider } from '../layout';
import { rig } from './rig';

/** Keys held down right now (KeyboardEvent.code). */
const held = new Set<string>();

const WALK_SPEED = 2.2;

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

function angleLerp(a: number, b: number, t: number): number {
  const d = Math.atan2(Math.sin(b - a), Math.cos(b - a));
  return a + d * t;
}

/** Props of CameraRig. */
export interface CameraRigProps {
  colliders: Collider[];
  /** When true (overview), walking pans freely above the hall. */
  flying: boolean;
}

/** Applies the rig to the default camera. */
export function CameraRig({ colliders, flying }: CameraRigProps) {
  const camera = useThree((s) => s.camera);
  const xr = useThree((s) => s.gl.xr);
  useEffect(() => {
    const typing = (e: KeyboardEvent) => e.target instanceof HTMLElement && /INPUT|TEXTAREA|SELECT/.test(e.target.tagName);
    const down = (e: KeyboardEvent) => { if (!typing(e)) held.add(e.code); };
    const up = (e: KeyboardEvent) => held.delete(e.code);
    const clear = () => held.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', clear);
    return () => { window.removeEventListener('keydown', down); window.removeEventListener('keyup', up); window.removeEventListener('blur', clear); };
  }, []);
  useFrame((_, delta) => {
    // In a headset the head is tracked; the XR rig moves the origin instead.
    if (xr.isPresenting) return;
    // Real time, so walking speed holds on slow frames; resolveMove sub-steps so nothing tunnels.
    const dt = Math.min(delta, 0.5);
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
      const forward = rig.move.forward + (held.has('KeyW') || held.has('ArrowUp') ? 1 : 0) - (held.has('KeyS') || held.has('ArrowDown') ? 1 : 0);
      const right = rig.move.right + (held.has('KeyD') || held.has('ArrowRight') ? 1 : 0) - (held.has('KeyA') || held.has('ArrowLeft') ? 1 : 0);
      const speed = (held.has('ShiftLeft') || held.has('ShiftRight') ? 2 : 1) * WALK_SPEED * (flying ? 6 : 1);
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
  });
  return null;
}
