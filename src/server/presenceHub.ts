/**
 * Presence on the relay: a socket enters a hall, gets an id and a place in one of its instances,
 * sends its pose 10–15 times a second and is sent the others'. What it may claim is checked: its
 * own id only, a position inside the hall, a name of bounded length (the schema); what it sends
 * beyond its pose rate is dropped by the relay's buckets. Roster changes go through the bus
 * (src/server/relayBus.ts); this hub holds only its own sockets and what each was last sent, and
 * which process holds each visitor (so a dead process's visitors can be let go).
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import { anonymousName } from '../layout/visitorTags';
import { HEAD_RANGE, POS_SCALE, type HandAbout, type WirePeer, type WirePeerPose, type WirePose, type PresenceRelayMessage } from '../present/presenceProtocol';
import type { ClientMessage } from '../present/protocol';
import type { PresenceEvent, RosterEntry } from './presenceBus';
import type { RelayBus, RelayEvent } from './relayBus';
import { InstanceTable, type Member } from './presenceInstances';
import { send } from './relaySessions';

/** A hall's floor in metres (x east, z south), the margin already added. */
export interface HallBounds {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** How presence behaves. */
export interface PresenceOptions {
  bus: RelayBus;
  /** Visitors an instance holds before the next one opens. */
  capacity: number;
  /** The floor of a hall, or null for a hall this server does not serve (no presence there). */
  boundsOf: (hall: string) => HallBounds | null;
  /** Peers nearer than this (m) are sent at every tick; farther ones every `farMs`. */
  nearMetres: number;
  farMs: number;
  /** How often moved poses are sent out (ms). */
  tickMs: number;
  /** Raises (or, with hand null, lowers) a visitor's hand in a session's queue; false when there is no such session. */
  raise: (session: string, id: string, hand: { name: string; text: string; about: HandAbout | null } | null) => boolean;
}

type Enter = Extract<ClientMessage, { t: 'enter' }>;
type Drop = 'unauthorized' | 'invalid' | void;

/** A socket of this process that is present. */
interface Local {
  id: string;
  instance: string;
  hall: string;
  entry: RosterEntry;
  /** What it was last sent of each peer: the pose count and when (ms). */
  sent: Map<string, { seq: number; at: number }>;
  /** The session whose queue holds this visitor's raised hand. */
  handSession?: string;
}

const peerOf = (e: RosterEntry): WirePeer => ({ id: e.id, name: e.name, mode: e.mode, colour: e.colour, hand: e.hand });
const newId = () => randomBytes(6).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '').padEnd(8, '0').slice(0, 8);

/** The presence side of one relay process. */
export function presenceHub(o: PresenceOptions) {
  const table = new InstanceTable(o.capacity);
  const locals = new Map<WebSocket, Local>();
  /** Which process holds each visitor's socket, and in which instance (a dead process's are let go). */
  const owners = new Map<string, { proc: string; instance: string }>();
  /** A socket's enter still taking its place (in Redis): the socket's next enter or exit waits for it. */
  const entering = new Map<WebSocket, Promise<void>>();
  let tick = 0;

  /** Local sockets in `instance`. */
  const localsIn = (instance: string) => [...locals].filter(([, l]) => l.instance === instance);
  const tell = (instance: string, except: string, m: PresenceRelayMessage) => {
    const frame = JSON.stringify(m);
    for (const [ws, l] of localsIn(instance)) if (l.id !== except && ws.readyState === ws.OPEN) ws.send(frame);
  };

  // Every process hears every change: it updates the roster, then tells its own sockets.
  const onEvent = (e: RelayEvent, from: string) => {
    if (e.t === 'sync') return from === o.bus.self ? undefined : republish();
    if (e.t === 'proc-gone') {
      // Taken for dead after a lapse of this process's own link to Redis: its visitors are still here.
      if (e.proc === o.bus.self) return republish();
      for (const [id, at] of [...owners]) if (at.proc === e.proc) onEvent({ t: 'leave', instance: at.instance, id }, e.proc);
      return;
    }
    // A hand the presenter took (on whichever process): the asker's hand comes down.
    if (e.t === 'taken') { for (const l of locals.values()) if (l.id === e.id) lowerHand(l, false); return; }
    if (e.t !== 'upsert' && e.t !== 'pose' && e.t !== 'leave') return;
    if (e.t === 'upsert') owners.set(e.entry.id, { proc: from, instance: e.instance });
    else if (e.t === 'leave' && owners.get(e.id)?.instance === e.instance) owners.delete(e.id);
    const before = e.t === 'leave' ? table.instances.get(e.instance)?.members.get(e.id) : undefined;
    const wasSeen = e.t === 'upsert' ? table.instances.get(e.instance)?.members.get(e.entry.id)?.entry.unseen === false : false;
    table.apply(e);
    if (e.t === 'upsert') {
      if (!e.entry.unseen) tell(e.instance, e.entry.id, { t: 'peer', peer: peerOf(e.entry) });
      else if (wasSeen) tell(e.instance, e.entry.id, { t: 'gone', id: e.entry.id });
    } else if (e.t === 'leave' && before && !before.entry.unseen) tell(e.instance, e.id, { t: 'gone', id: e.id });
  };
  const unsubscribe = o.bus.subscribe(onEvent);

  /** A process that started late asked: this one's visitors, and where they stand, are published again. */
  const republish = () => {
    for (const l of locals.values()) {
      o.bus.publish({ t: 'upsert', instance: l.instance, hall: l.hall, entry: l.entry });
      const pose = table.instances.get(l.instance)?.members.get(l.id)?.pose;
      if (pose) o.bus.publish({ t: 'pose', instance: l.instance, id: l.id, p: pose });
    }
  };
  /** A place in `hall`: atomic across processes when the bus has shared places, else from this process's table. */
  const placeIn = (hall: string, session: string | null): string | Promise<string> =>
    o.bus.places ? o.bus.places.place(hall, session, o.capacity) : table.place(hall, session);
  /** Runs `fn` for `ws` after its enter in progress, if any, so a socket's enters and exit keep their order. */
  const afterEnter = (ws: WebSocket, fn: () => void | Promise<void>) => {
    const before = entering.get(ws);
    const run = before ? before.then(fn) : fn();
    if (!run) return;
    const next = run.catch((e) => console.error('presence: an enter failed:', e));
    entering.set(ws, next);
    void next.then(() => { if (entering.get(ws) === next) entering.delete(ws); });
  };
  /** Enters once the place is known (at once in one process; after Redis answers with several). */
  const enterNow = (ws: WebSocket, m: Enter, session: string | null): void | Promise<void> => {
    const had = locals.get(ws);
    const kept = had && had.hall === m.hall && had.entry.session === session ? had.instance : null;
    const placed = kept ?? placeIn(m.hall, session);
    return typeof placed === 'string' ? settle(ws, m, session, placed) : placed.then((instance) => settle(ws, m, session, instance));
  };
  const settle = (ws: WebSocket, m: Enter, session: string | null, instance: string) => {
    const had = locals.get(ws);
    const id = had?.id ?? newId();
    if (had && had.instance !== instance) leave(had);
    const moved = !had || had.instance !== instance;
    const anonymous = m.name ? 0 : had && !moved && had.entry.anonymous ? had.entry.anonymous : table.freeNumber(instance);
    const entry: RosterEntry = {
      id, name: m.name || anonymousName(anonymous), mode: m.mode, colour: m.colour, hand: moved ? false : had?.entry.hand ?? false,
      unseen: m.unseen === true, anonymous, session,
    };
    const l: Local = { id, instance, hall: m.hall, entry, sent: moved ? new Map() : had!.sent, handSession: moved ? undefined : had?.handSession };
    locals.set(ws, l);
    o.bus.publish({ t: 'upsert', instance, hall: m.hall, entry });
    if (moved) send(ws, { t: 'present', id, name: entry.name, instance, peers: visiblePeers(instance, id) });
  };
  const leave = (l: Local) => {
    if (l.handSession) o.raise(l.handSession, l.id, null);
    l.handSession = undefined;
    o.bus.publish({ t: 'leave', instance: l.instance, id: l.id });
    o.bus.places?.release(l.instance);
  };

  const visiblePeers = (instance: string, self: string): WirePeer[] =>
    [...(table.instances.get(instance)?.members.values() ?? [])].filter((m) => m.entry.id !== self && !m.entry.unseen).map((m) => peerOf(m.entry));

  /** Sends each local socket the poses that moved since it was last told: near peers every tick, far ones every farMs. */
  const forward = () => {
    tick++;
    const now = Date.now();
    for (const [ws, l] of locals) {
      if (ws.readyState !== ws.OPEN) continue;
      const inst = table.instances.get(l.instance);
      if (!inst) continue;
      const me = inst.members.get(l.id)?.pose;
      const out: WirePeerPose[] = [];
      for (const m of inst.members.values()) {
        if (m.entry.id === l.id || m.entry.unseen || !m.pose) continue;
        const last = l.sent.get(m.entry.id);
        if (last && last.seq >= m.seq) continue;
        if (last && me && !near(me, m) && now - last.at < o.farMs) continue;
        l.sent.set(m.entry.id, { seq: m.seq, at: now });
        out.push([m.entry.id, ...m.pose]);
      }
      if (out.length) ws.send(JSON.stringify({ t: 'poses', p: out } satisfies PresenceRelayMessage));
    }
  };
  const near = (a: WirePose, m: Member) => {
    const b = m.pose!;
    return Math.hypot(a[0] - b[0], a[2] - b[2]) < o.nearMetres * POS_SCALE;
  };
  const timer = setInterval(forward, o.tickMs);
  timer.unref();

  return {
    /** Present visitors held by this process, and instances known. */
    counts: () => ({ visitors: locals.size, instances: table.instances.size }),
    /** True for a present socket (the relay's idle sweep leaves those open). */
    has: (ws: WebSocket) => locals.has(ws),
    /** Enters (or changes how one is present: name, device, colour, unseen, session). `session`: the code, checked by the caller. */
    enter(ws: WebSocket, m: Enter, session: string | null): 'no-hall' | void {
      if (!o.boundsOf(m.hall)) return 'no-hall';
      afterEnter(ws, () => enterNow(ws, m, session));
    },
    /** A pose: only for the sender's own id, only inside the hall. */
    pose(ws: WebSocket, id: string, p: WirePose): Drop {
      const l = locals.get(ws);
      if (!l || l.id !== id) return 'unauthorized';
      const b = o.boundsOf(l.hall);
      const x = p[0] / POS_SCALE;
      const z = p[2] / POS_SCALE;
      const y = p[1] / POS_SCALE;
      if (!b || x < b.minX || x > b.maxX || z < b.minZ || z > b.maxZ || y < HEAD_RANGE.min || y > HEAD_RANGE.max) return 'invalid';
      o.bus.publish({ t: 'pose', instance: l.instance, id, p });
    },
    /** Raises the sender's hand in their session's queue (or that of the session gathered in their instance). */
    hand(ws: WebSocket, text: string, about: HandAbout | null): Drop {
      const l = locals.get(ws);
      if (!l) return 'unauthorized';
      const session = l.entry.session ?? table.sessionIn(l.instance);
      if (!session || !o.raise(session, l.id, { name: l.entry.name, text, about })) return send(ws, { t: 'no-presenter' });
      l.handSession = session;
      l.entry = { ...l.entry, hand: true };
      o.bus.publish({ t: 'upsert', instance: l.instance, hall: l.hall, entry: l.entry });
    },
    /** Lowers the sender's hand (also when the presenter took it). */
    lower(ws: WebSocket): Drop {
      const l = locals.get(ws);
      if (!l) return 'unauthorized';
      lowerHand(l, true);
    },
    /** The socket stops being present (exit, or it closed). */
    detach(ws: WebSocket): void {
      afterEnter(ws, () => {
        const l = locals.get(ws);
        if (!l) return;
        locals.delete(ws);
        leave(l);
      });
    },
    close(): void {
      clearInterval(timer);
      unsubscribe();
    },
    /** For tests: sends the moved poses now. */
    flush: forward,
    get tick() { return tick; },
  };

  function lowerHand(l: Local, tellQueue: boolean) {
    if (!l.entry.hand) return;
    if (tellQueue && l.handSession) o.raise(l.handSession, l.id, null);
    l.handSession = undefined;
    l.entry = { ...l.entry, hand: false };
    o.bus.publish({ t: 'upsert', instance: l.instance, hall: l.hall, entry: l.entry });
  }
}

/** The presence hub's interface, as the relay uses it. */
export type PresenceHub = ReturnType<typeof presenceHub>;
