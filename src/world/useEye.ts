/** The visitor's eye, rounded to a metre, so what depends on it changes only on a real move. */
import type { Point3 } from './readable';
import { rig } from '../state/rig';
import { usePolled } from './usePolled';

const rounded = (): Point3 => ({ x: Math.round(rig.x), y: Math.round(rig.y), z: Math.round(rig.z) });

/** The eye position (to the metre), re-read a few times a second. */
export function useEye(): Point3 {
  return usePolled(rounded, (a, b) => a.x === b.x && a.y === b.y && a.z === b.z);
}
