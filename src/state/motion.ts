/**
 * How the camera moves between places on this device. A visitor whose system asks for reduced
 * motion (prefers-reduced-motion) gets cuts behind a short fade instead of flights, on every
 * screen; a headset already fades (src/xr/XRRig.tsx). The setting is read live, so changing it
 * in the system takes effect at the next move.
 */
import { create } from 'zustand';

/** Kinds of camera move between places. */
export type MoveKind = 'flight' | 'cut';

/** The device's motion preference and the moves made so far. */
export interface MotionState {
  /** True when the system asks for reduced motion. */
  reduced: boolean;
  /** The last move between places, if any. */
  last: MoveKind | null;
  /** Moves made of each kind (the fade over the hall replays on each cut). */
  cuts: number;
  flights: number;
}

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** The motion state, outside React for the frame loop, a hook for the page. */
export const useMotion = create<MotionState>(() => ({ reduced: !!query?.matches, last: null, cuts: 0, flights: 0 }));

query?.addEventListener('change', (e) => useMotion.setState({ reduced: e.matches }));

/** True when moves between places should be cuts. */
export function reducedMotion(): boolean {
  return useMotion.getState().reduced;
}

/** Records a move between places as it starts. */
export function noteMove(kind: MoveKind): void {
  useMotion.setState((s) => (kind === 'cut' ? { last: kind, cuts: s.cuts + 1 } : { last: kind, flights: s.flights + 1 }));
}
