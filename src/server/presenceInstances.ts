/**
 * Hall instances: a hall's visitors are split into groups of at most `capacity` who see each other
 * (a full instance opens the next, as Spatial does). A presenter's audience shares the presenter's
 * instance, full or not: they came to be together. The roster here is built only from bus events
 * (src/server/presenceBus.ts), so every process holding the same events agrees on it. With several
 * processes, places are taken atomically in Redis (src/server/redisBus.ts), not by `place` here.
 */
import type { WirePose } from '../present/presenceProtocol';
import type { PresenceEvent, RosterEntry } from './presenceBus';

/** A visitor in an instance: what the bus said, their latest pose and how many poses they sent. */
export interface Member {
  entry: RosterEntry;
  pose: WirePose | null;
  /** Counts poses, so each receiver is sent only what moved since it was last told. */
  seq: number;
}

/** A group of visitors of one hall who see each other. */
export interface Instance {
  key: string;
  hall: string;
  members: Map<string, Member>;
}

/** The instances of every hall, as the bus tells them. */
export class InstanceTable {
  readonly instances = new Map<string, Instance>();
  /** Which instance a follow-me session's audience gathers in. */
  private readonly bySession = new Map<string, string>();

  constructor(private readonly capacity: number) {}

  /** Applies a roster change (from this process or another). */
  apply(e: PresenceEvent): void {
    if (e.t === 'upsert') {
      let inst = this.instances.get(e.instance);
      if (!inst) this.instances.set(e.instance, (inst = { key: e.instance, hall: e.hall, members: new Map() }));
      const had = inst.members.get(e.entry.id);
      inst.members.set(e.entry.id, { entry: e.entry, pose: had?.pose ?? null, seq: had?.seq ?? 0 });
      if (e.entry.session && !this.bySession.has(e.entry.session)) this.bySession.set(e.entry.session, e.instance);
    } else if (e.t === 'pose') {
      const m = this.instances.get(e.instance)?.members.get(e.id);
      if (m) { m.pose = e.p; m.seq++; }
    } else if (e.t === 'leave') {
      const inst = this.instances.get(e.instance);
      if (!inst) return;
      inst.members.delete(e.id);
      if (inst.members.size) return;
      this.instances.delete(e.instance);
      for (const [code, key] of this.bySession) if (key === e.instance) this.bySession.delete(code);
    }
  }

  /**
   * Where a visitor entering `hall` goes: their session's instance when it has one; else the first
   * instance of the hall with room (fullest first, so groups fill before new ones open); else a new one.
   */
  place(hall: string, session: string | null): string {
    const ofSession = session ? this.bySession.get(session) : undefined;
    if (ofSession && this.instances.get(ofSession)?.hall === hall) return ofSession;
    let best: Instance | null = null;
    for (const inst of this.instances.values()) {
      if (inst.hall !== hall || inst.members.size >= this.capacity) continue;
      if (!best || inst.members.size > best.members.size) best = inst;
    }
    return best?.key ?? this.newKey(hall);
  }

  /** The smallest anonymous number no one in `instance` holds. */
  freeNumber(instance: string): number {
    const taken = new Set([...(this.instances.get(instance)?.members.values() ?? [])].map((m) => m.entry.anonymous));
    let n = 1;
    while (taken.has(n)) n++;
    return n;
  }

  /** The session whose audience gathers in `instance`, if any (where a hand raised by a walk-in goes). */
  sessionIn(instance: string): string | null {
    for (const [code, key] of this.bySession) if (key === instance) return code;
    return null;
  }

  private newKey(hall: string): string {
    let i = 1;
    while (this.instances.has(`${hall}#${i}`)) i++;
    return `${hall}#${i}`;
  }
}
