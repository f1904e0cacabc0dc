/**
 * Guards around parts of the one world: what is mounted depends on the mode, so the parts
 * themselves never ask (no `if (presenting) return` inside a frame loop).
 */
import type { ReactNode } from 'react';
import { useExpo } from '../state/store';
import { modesOf, type Mode } from './modes';

/** Props of InMode. */
export interface InModeProps {
  /** Mounted while any of these modes is in force. */
  modes: readonly Mode[];
  children: ReactNode;
}

/** Renders its children only in the given modes. */
export function InMode({ modes, children }: InModeProps) {
  const on = useExpo((s) => modesOf(s).some((m) => modes.includes(m)));
  return on ? <>{children}</> : null;
}
