/**
 * Presence's events on the relay bus (src/server/relayBus.ts): every change to a hall instance's
 * roster (a visitor entering, changing, moving, leaving) is published, and every process's presence
 * hub builds its roster from what it hears — its own visitors' changes included — and forwards to
 * the sockets it holds.
 */
import type { WirePeer, WirePose } from '../present/presenceProtocol';

/** A visitor as every process knows them. */
export interface RosterEntry extends WirePeer {
  /** Walks unseen: in the roster (for names and hands) but never shown to others. */
  unseen: boolean;
  /** The anonymous number it holds in its instance (0 when it chose a name). */
  anonymous: number;
  /** The follow-me session it entered with (its audience shares an instance). */
  session: string | null;
}

/** A change to an instance's roster. */
export type PresenceEvent =
  | { t: 'upsert'; instance: string; hall: string; entry: RosterEntry }
  | { t: 'pose'; instance: string; id: string; p: WirePose }
  | { t: 'leave'; instance: string; id: string }
  /** The presenter took this visitor's hand: it comes down wherever the visitor is connected. */
  | { t: 'taken'; id: string };
