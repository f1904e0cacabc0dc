/**
 * Looking around: drag with mouse or finger anywhere on the canvas, or press L for pointer-lock
 * mouse-look (Esc leaves it). A short press without a drag is left to clicks (walk, pick).
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { rig } from './rig';

const SENSITIVITY = 0.0045;

function turn(dx: number, dy: number): void {
  if (rig.flight) return;
  rig.yaw -= dx * SENSITIVITY;
  rig.pitch = Math.max(-1.35, Math.min(1.35, rig.pitch - dy * SENSITIVITY));
}

/** Listens on the canvas for drag-look and pointer-lock look. */
export function LookInput() {
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => { if (e.isPrimary) last = { x: e.clientX, y: e.clientY, id: e.pointerId }; };
    const move = (e: PointerEvent) => {
      if (document.pointerLockElement === canvas) { turn(e.movementX, e.movementY); return; }
      if (!last || e.pointerId !== last.id) return;
      turn(e.clientX - last.x, e.clientY - last.y);
      last = { ...last, x: e.clientX, y: e.clientY };
    };
    const up = () => { last = null; };
    const key = (e: KeyboardEvent) => {
      if (e.code === 'KeyL' && !(e.target instanceof HTMLInputElement)) {
        if (document.pointerLockElement) document.exitPointerLock();
        else canvas.requestPointerLock?.();
      }
    };
    canvas.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    window.addEventListener('keydown', key);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      window.removeEventListener('keydown', key);
    };
  }, [canvas]);
  return null;
}
