/**
 * Looking around: drag with mouse or finger anywhere on the canvas, or mouse-look once the pointer
 * is locked (the L key, in the key map). A short press without a drag is left to clicks (walk, pick).
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { dispatch } from '../input/dispatch';

const turn = (dx: number, dy: number) => dispatch({ type: 'look', dx, dy });

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
    canvas.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      canvas.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [canvas]);
  return null;
}
