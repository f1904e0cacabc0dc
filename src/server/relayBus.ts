/**
 * The one seam between relay processes. Every change that more than one process must know — a
 * presence roster change, a follow-me session's state, a hall published — is an event published
 * here, and every process (the publisher included, at once) applies it to its own copy and tells
 * the sockets it holds. In one process the bus is a function call; with several, redisBus.ts carries
 * the same events over Redis pub/sub and adds what a copy cannot do alone: atomic instance places.
 */
import type { PresenceEvent } from './presenceBus';
import type { SessionEvent } from './relaySessions';

/** Everything relay processes tell each other. */
export type RelayEvent =
  | PresenceEvent
  | SessionEvent
  /** The studio published `scene`: every process tells its open halls. */
  | { t: 'hall'; scene: string; version: string }
  /** A process started late: the others publish what they hold so it can build its copy. */
  | { t: 'sync' }
  /** A process died: what it held (visitors, a presenter's socket, followers) is let go. */
  | { t: 'proc-gone'; proc: string };

/** Atomic places in hall instances, shared by every process (redisBus.ts). */
export interface InstancePlaces {
  /** Takes a place in `hall`: the session's instance, else the fullest with room under `capacity`, else a new one. */
  place(hall: string, session: string | null, capacity: number): Promise<string>;
  /** Gives a place in `instance` back. */
  release(instance: string): void;
}

/** Publishes to every process, this one included. */
export interface RelayBus {
  /** This process's id on the bus (the `from` of its own events). */
  readonly self: string;
  publish(e: RelayEvent): void;
  /** Hears every published event and which process published it; returns the unsubscribe. */
  subscribe(fn: (e: RelayEvent, from: string) => void): () => void;
  /** Present with several processes: instance places are taken atomically there, not from a process's copy. */
  places?: InstancePlaces;
}

/** The bus of a single process: publishing calls the subscribers at once. */
export function localBus(): RelayBus {
  const subscribers = new Set<(e: RelayEvent, from: string) => void>();
  return {
    self: 'local',
    publish: (e) => { for (const fn of subscribers) fn(e, 'local'); },
    subscribe: (fn) => { subscribers.add(fn); return () => subscribers.delete(fn); },
  };
}
