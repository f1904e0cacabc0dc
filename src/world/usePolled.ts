/** A value read from the per-frame world a few times a second: React re-renders only when it changes. */
import { useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { FRAME_ORDER } from './frameOrder';

/** Seconds between reads: quick enough for a walking visitor, rare enough to cost nothing. */
const EVERY = 0.3;

/** `read()` now, and again every 0.3 s of drawn frames; a new value replaces the old one only when `same` says it differs. */
export function usePolled<T>(read: () => T, same: (a: T, b: T) => boolean): T {
  const [value, setValue] = useState(read);
  const clock = useRef(0);
  useFrame((_, dt) => {
    clock.current += dt;
    if (clock.current < EVERY) return;
    clock.current = 0;
    const next = read();
    if (!same(next, value)) setValue(next);
  }, FRAME_ORDER.read);
  return value;
}
