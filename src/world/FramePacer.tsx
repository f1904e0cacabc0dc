/**
 * Paces the canvas (frameloop "demand", src/world/framePace.ts): every frame while the visitor
 * moves or touches anything, while the store changes, while a peer moves, and for a moment after;
 * a few frames a second otherwise. A headset's session draws every frame by itself.
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Matrix4 } from 'three';
import { onActivity } from '../state/activity';
import { rig } from '../state/rig';
import { useExpo } from '../state/store';
import { FRAME_ORDER } from './frameOrder';
import { IDLE_FPS, Pace } from './framePace';

/** What a visitor does with keys, pointer, touch or wheel: each wakes the drawing at once. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'keydown', 'keyup', 'wheel', 'touchstart', 'touchmove', 'resize'] as const;

/** True while the rig is moving or asked to move (a flight, a walk, a key or the joystick held). */
function rigMoving(): boolean {
  const k = rig.keys;
  return !!rig.flight || !!rig.walkTo || rig.move.forward !== 0 || rig.move.right !== 0 || k.forward || k.back || k.left || k.right;
}

/** Mounted inside the canvas once the hall is ready. */
export function FramePacer() {
  const invalidate = useThree((s) => s.invalidate);
  const pace = useMemo(() => new Pace(), []);
  const lastView = useMemo(() => new Matrix4(), []);
  useEffect(() => {
    const wake = () => {
      pace.wake(performance.now());
      invalidate();
    };
    wake();
    for (const e of INPUT_EVENTS) window.addEventListener(e, wake, { capture: true, passive: true });
    const stopStore = useExpo.subscribe(wake);
    const stopActivity = onActivity(wake);
    const idle = setInterval(invalidate, 1000 / IDLE_FPS);
    return () => {
      for (const e of INPUT_EVENTS) window.removeEventListener(e, wake, { capture: true });
      stopStore();
      stopActivity();
      clearInterval(idle);
    };
  }, [invalidate, pace]);
  useFrame(({ camera }) => {
    const now = performance.now();
    // A camera that moved this frame (a flight easing out, a follower arriving) keeps the pace up.
    if (rigMoving() || !camera.matrixWorld.equals(lastView)) pace.wake(now);
    lastView.copy(camera.matrixWorld);
    if (pace.active(now)) invalidate();
  }, FRAME_ORDER.read);
  return null;
}
