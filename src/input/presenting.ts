/**
 * What the presenting module (src/present, loaded on demand) lends dispatch once it is loaded. A
 * role exists only once that module has started it, so a presenter's or follower's intents always
 * find it here; and dispatch never imports it, which keeps it out of a visitor's first download.
 */
import type { WireStop } from '../present/protocol';

/** The presenting module's commands dispatch calls. */
export interface PresentingCommands {
  runCommand(c: 'next' | 'previous' | 'blank'): void;
  toggleBlank(on?: boolean): void;
  visitStop(stop: WireStop): void;
}

let commands: PresentingCommands | null = null;

/** Called by src/present/index.ts when it loads (and by tests). */
export function lendPresenting(c: PresentingCommands | null): void {
  commands = c;
}

/** The presenting module's commands, or null before it has loaded. */
export function presenting(): PresentingCommands | null {
  return commands;
}
