/**
 * The relay's sessions and what a connection can do with them: open, resume, join, leave, drive
 * stops and take hands. Each action answers the client itself, or returns why its frame is dropped.
 * A session's shared state (token, stop, hands, where its presenter is, followers per process) is a
 * copy in every relay process, kept the same by events on the relay bus (relayBus.ts): an action
 * checks against the copy and publishes; every process applies the event and tells its own sockets.
 * So a presenter on one process drives followers on another, and either can take over the other's
 * clients when it dies. In one process the bus is a function call and this is all synchronous.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { WebSocket } from 'ws';
import { CODE_ALPHABET, CODE_LENGTH, type RelayMessage, type WireStop } from '../present/protocol';
import type { HandAbout, WireHand } from '../present/presenceProtocol';
import type { RelayBus, RelayEvent } from './relayBus';
import type { AddressLedger } from './relayLedger';
import type { RelayLimits, RelayStats } from './relayLimits';

/** One presenter's session, as this process knows it. */
export interface Session {
  code: string;
  /** SHA-256 of the token: compared in constant time, and the token itself never crosses the bus. */
  token: Buffer;
  /** The address that opened it (sessions per address are counted from the copies). */
  owner: string;
  /** The presenter's socket when this process holds it, and the process that holds it (null: away). */
  presenter: WebSocket | null;
  presenterAt: string | null;
  /** This process's followers, and every process's follower count. */
  followers: Set<WebSocket>;
  counts: Map<string, number>;
  stop: WireStop | null;
  /** Ends the session: its presenter stayed away too long, or no one ever followed; and when (ms). */
  expiry: NodeJS.Timeout | null;
  endsAt: number | null;
  everFollowed: boolean;
  /** Raised hands, in the order they went up (a visitor holds one at most), by presence id. */
  hands: Map<string, WireHand>;
}

/** A session's shared state, as sent to a process that started late. */
export interface SharedSession {
  code: string;
  token: string;
  owner: string;
  presenterAt: string | null;
  counts: [string, number][];
  stop: WireStop | null;
  endsAt: number | null;
  everFollowed: boolean;
  hands: WireHand[];
}

/** Session changes on the relay bus. */
export type SessionEvent =
  | { t: 's-open'; code: string; token: string; owner: string }
  /** The presenter came back on process `at`, or went away (null). */
  | { t: 's-presenter'; code: string; at: string | null }
  /** How many follow on the publishing process. */
  | { t: 's-followers'; code: string; count: number }
  | { t: 's-stop'; code: string; stop: WireStop; question?: WireHand }
  | { t: 's-hand'; code: string; id: string; hand: WireHand | null }
  | { t: 's-end'; code: string }
  /** A lookup from `address` found nothing: every process charges the guess. */
  | { t: 's-missed'; address: string }
  | { t: 's-state'; session: SharedSession };

/** Hands a session's queue holds at most: the next ones are refused until some are taken. */
export const MAX_HANDS = 100;

/** One connection's state. */
export interface Client {
  address: string;
  session: Session | null;
  role: 'none' | 'presenter' | 'follower';
  /** Where this client's peers on the network can reach the server (sent with a new session's code). */
  joinOrigins: string[];
}

type Drop = keyof RelayStats['dropped'] | void;

/** Sends `m` to `ws` if it is still open. */
export function send(ws: WebSocket | null, m: RelayMessage): void {
  if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
}

function newCode(taken: Map<string, Session>): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest();
const tokenMatches = (s: Session, token: string) => timingSafeEqual(digest(token), s.token);
const followerCount = (s: Session) => [...s.counts.values()].reduce((a, b) => a + b, 0);

/** The session table of one relay process. `clientOf` finds a follower's state when its session ends. */
export function sessionTable(limits: RelayLimits, ledger: AddressLedger, stats: Omit<RelayStats, 'sessions' | 'connections' | 'presence'>, clientOf: (ws: WebSocket) => Client | undefined, bus: RelayBus) {
  const sessions = new Map<string, Session>();
  const tellCount = (s: Session) => send(s.presenter, { t: 'followers', count: followerCount(s) });
  const tellHands = (s: Session) => send(s.presenter, { t: 'hands', hands: [...s.hands.values()] });
  const clearExpiry = (s: Session) => {
    if (s.expiry) clearTimeout(s.expiry);
    s.expiry = null;
    s.endsAt = null;
  };
  // Every process keeps the same timer on its copy, so each ends it at the same time without a word.
  const expire = (s: Session, ms: number) => {
    clearExpiry(s);
    s.endsAt = Date.now() + ms;
    s.expiry = setTimeout(() => end(s), ms);
  };
  const end = (s: Session) => {
    clearExpiry(s);
    if (sessions.get(s.code) !== s) return;
    sessions.delete(s.code);
    for (const f of s.followers) {
      send(f, { t: 'ended', code: s.code });
      const c = clientOf(f);
      if (c) { c.session = null; c.role = 'none'; }
    }
    s.followers.clear();
  };
  const create = (code: string, token: Buffer, owner: string): Session => {
    const s: Session = { code, token, owner, presenter: null, presenterAt: null, followers: new Set(), counts: new Map(), stop: null, expiry: null, endsAt: null, everFollowed: false, hands: new Map() };
    sessions.set(code, s);
    return s;
  };
  const presenterAt = (s: Session, at: string | null, from: string) => {
    // Another process saw its presenter socket go after the presenter had already resumed here: stale.
    if (at === null && s.presenter && from !== bus.self) return;
    s.presenterAt = at;
    // Resumed on another process: the socket this one held is stale.
    if (at !== null && at !== bus.self && s.presenter) { const old = s.presenter; s.presenter = null; old.close(4000, 'presenter resumed elsewhere'); }
    if (at === null) return expire(s, s.everFollowed ? limits.presenterGraceMs : Math.min(limits.presenterGraceMs, limits.unfollowedMs));
    clearExpiry(s);
    if (!s.everFollowed) expire(s, limits.unfollowedMs);
    tellCount(s);
    tellHands(s);
  };
  const shared = (s: Session): SharedSession => ({
    code: s.code, token: s.token.toString('hex'), owner: s.owner, presenterAt: s.presenterAt, counts: [...s.counts], stop: s.stop,
    endsAt: s.endsAt, everFollowed: s.everFollowed, hands: [...s.hands.values()],
  });

  /** Applies a change (from this process or another) to this process's copy, and tells its sockets. */
  const apply = (e: RelayEvent, from: string) => {
    if (e.t === 'sync') { if (from !== bus.self) for (const s of sessions.values()) bus.publish({ t: 's-state', session: shared(s) }); return; }
    if (e.t === 's-missed') return ledger.missed(e.address);
    if (e.t === 'proc-gone') {
      for (const s of [...sessions.values()]) {
        if (s.counts.delete(e.proc)) tellCount(s);
        if (s.presenterAt === e.proc) presenterAt(s, null, e.proc);
      }
      return;
    }
    if (e.t === 's-state') {
      const x = e.session;
      if (sessions.has(x.code)) return;
      const s = create(x.code, Buffer.from(x.token, 'hex'), x.owner);
      Object.assign(s, { presenterAt: x.presenterAt, counts: new Map(x.counts), stop: x.stop, everFollowed: x.everFollowed, hands: new Map(x.hands.map((h) => [h.id, h])) });
      if (x.endsAt !== null) expire(s, Math.max(0, x.endsAt - Date.now()));
      return;
    }
    if (e.t === 's-open') {
      const s = create(e.code, Buffer.from(e.token, 'hex'), e.owner);
      s.presenterAt = from;
      return expire(s, limits.unfollowedMs);
    }
    if (!e.t.startsWith('s-')) return;
    const s = sessions.get((e as { code: string }).code);
    if (!s) return;
    if (e.t === 's-presenter') presenterAt(s, e.at, from);
    else if (e.t === 's-followers') {
      if (e.count) s.counts.set(from, e.count); else s.counts.delete(from);
      if (!s.everFollowed && e.count) {
        s.everFollowed = true;
        if (s.presenterAt) clearExpiry(s);
      }
      tellCount(s);
    } else if (e.t === 's-stop') {
      s.stop = e.stop;
      const frame = JSON.stringify({ t: 'stop', stop: e.stop, ...(e.question && { question: e.question }) } satisfies RelayMessage);
      for (const f of s.followers) if (f.readyState === f.OPEN) { f.send(frame); stats.delivered++; }
    } else if (e.t === 's-hand') {
      if (e.hand) s.hands.set(e.id, e.hand); else s.hands.delete(e.id);
      tellHands(s);
    } else if (e.t === 's-end') end(s);
  };
  const unsubscribe = bus.subscribe(apply);

  const detach = (ws: WebSocket, c: Client) => {
    const s = c.session;
    if (!s) return;
    const live = sessions.get(s.code) === s;
    if (c.role === 'follower') {
      s.followers.delete(ws);
      if (live) bus.publish({ t: 's-followers', code: s.code, count: s.followers.size });
    } else if (c.role === 'presenter' && s.presenter === ws) {
      s.presenter = null;
      if (live) bus.publish({ t: 's-presenter', code: s.code, at: null });
    }
    c.session = null;
    c.role = 'none';
  };
  /** A code (and token) lookup, counted against the address on every process when it finds nothing. */
  const lookup = (c: Client, code: string, token?: string): Session | 'throttled' | null => {
    if (!ledger.mayGuess(c.address)) { stats.refused.guesses++; return 'throttled'; }
    const s = sessions.get(code);
    if (s && (token === undefined || tokenMatches(s, token))) return s;
    bus.publish({ t: 's-missed', address: c.address });
    return null;
  };
  /** A presenter's frame: only from the connection presenting, holding the session's token. */
  const driving = (ws: WebSocket, c: Client, token: string): Session | null => {
    const s = c.session;
    return s && c.role === 'presenter' && s.presenter === ws && tokenMatches(s, token) ? s : null;
  };
  const owned = (address: string) => [...sessions.values()].filter((s) => s.owner === address).length;

  return {
    size: () => sessions.size,
    detach,
    endAll: () => { for (const s of [...sessions.values()]) end(s); },
    close: () => unsubscribe(),
    open(ws: WebSocket, c: Client): Drop {
      // A connection presents one session: opening another ends the one it had.
      const had = c.role === 'presenter' ? c.session : null;
      if (had) { detach(ws, c); bus.publish({ t: 's-end', code: had.code }); }
      if (sessions.size >= limits.sessions || owned(c.address) >= limits.sessionsPerAddress) { stats.refused.sessions++; return send(ws, { t: 'error', reason: 'busy' }); }
      detach(ws, c);
      const token = randomBytes(18).toString('base64url');
      const code = newCode(sessions);
      bus.publish({ t: 's-open', code, token: digest(token).toString('hex'), owner: c.address });
      const s = sessions.get(code)!;
      s.presenter = ws;
      c.session = s;
      c.role = 'presenter';
      send(ws, { t: 'opened', code, token, joinOrigins: c.joinOrigins });
    },
    resume(ws: WebSocket, c: Client, code: string, token: string): Drop {
      const s = lookup(c, code, token);
      if (s === 'throttled') return send(ws, { t: 'error', reason: 'busy' });
      if (!s) return 'unauthorized';
      detach(ws, c);
      if (s.presenter && s.presenter !== ws) s.presenter.close(4000, 'presenter resumed elsewhere');
      s.presenter = ws;
      c.session = s;
      c.role = 'presenter';
      send(ws, { t: 'joined', code: s.code, stop: s.stop, presenter: true });
      bus.publish({ t: 's-presenter', code: s.code, at: bus.self });
    },
    join(ws: WebSocket, c: Client, code: string): Drop {
      const s = lookup(c, code);
      if (s === 'throttled') return send(ws, { t: 'error', reason: 'busy' });
      if (!s) return send(ws, { t: 'error', reason: 'no-session' });
      if (followerCount(s) >= limits.followersPerSession) return send(ws, { t: 'error', reason: 'full' });
      detach(ws, c);
      s.followers.add(ws);
      c.session = s;
      c.role = 'follower';
      send(ws, { t: 'joined', code: s.code, stop: s.stop, presenter: false });
      bus.publish({ t: 's-followers', code: s.code, count: s.followers.size });
    },
    leave(ws: WebSocket, c: Client): Drop {
      const s = c.session;
      const presenting = s && c.role === 'presenter';
      detach(ws, c);
      if (presenting) bus.publish({ t: 's-end', code: s.code });
    },
    /** A session's code when it runs, for presence to gather its audience (a miss costs a guess, as a join does). */
    find(c: Client, code: string): string | null {
      const s = lookup(c, code);
      return s && s !== 'throttled' ? s.code : null;
    },
    /** Puts a visitor's hand in a session's queue, or takes it out (hand null); false when the session is gone or its queue full. */
    raise(code: string, id: string, hand: { name: string; text: string; about: HandAbout | null } | null): boolean {
      const s = sessions.get(code);
      if (!s) return false;
      if (!hand) {
        if (s.hands.has(id)) bus.publish({ t: 's-hand', code, id, hand: null });
        return true;
      }
      if (!s.hands.has(id) && s.hands.size >= MAX_HANDS) return false;
      bus.publish({ t: 's-hand', code, id, hand: { id, ...hand, at: s.hands.get(id)?.at ?? Date.now() } });
      return true;
    },
    /**
     * The presenter takes a hand: it leaves the queue and every follower goes to `stop` (the figure
     * it asks about) with the question. Returns the asker's id, or why the frame is dropped.
     */
    take(ws: WebSocket, c: Client, token: string, id: string, stop: WireStop): Drop | { taken: string } {
      const s = driving(ws, c, token);
      if (!s) return 'unauthorized';
      const hand = s.hands.get(id);
      if (!hand) return tellHands(s);
      bus.publish({ t: 's-stop', code: s.code, stop, question: hand });
      send(ws, { t: 'stop', stop, question: hand });
      bus.publish({ t: 's-hand', code: s.code, id, hand: null });
      return { taken: id };
    },
    stop(ws: WebSocket, c: Client, token: string, stop: WireStop): Drop {
      const s = driving(ws, c, token);
      if (!s) return 'unauthorized';
      bus.publish({ t: 's-stop', code: s.code, stop });
    },
  };
}
