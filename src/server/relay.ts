/**
 * The follow-me relay: a WebSocket endpoint on the hall's own server. A presenter opens a session
 * and gets a short code and a secret token; followers join with the code and receive every stop
 * the token holder sends, a late joiner the current one. Everything else is dropped: frames that
 * are too long, not JSON, not in the protocol, or not from the token holder; and frames beyond a
 * per-connection rate. Sockets come only from the hall's own pages (Origin), in bounded numbers
 * per address; an address owns a few sessions at most and guesses codes slowly. A client that
 * keeps flooding is disconnected; the relay stays up.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { Code, RELAY_PATH, type ClientMessage } from '../present/protocol';
import { AddressLedger } from './relayLedger';
import { looksLikePose, newConnection, readFrame, spendToken, type Connection, type DropReason } from './relayConnection';
import { DEFAULT_LIMITS, type RelayLimits, type RelayStats } from './relayLimits';
import { send, sessionTable } from './relaySessions';
import { HallChannel } from './hallChannel';
import { localBus, type RelayBus } from './relayBus';
import { presenceHub, type HallBounds } from './presenceHub';
import { pathOf } from './requestTarget';

export { DEFAULT_LIMITS, type RelayLimits, type RelayStats } from './relayLimits';
export { lanAddresses } from './origins';

/** What the relay needs besides its limits. */
export interface RelayOptions {
  /** The floor of a hall this server serves (presence is refused in others); none: no presence. */
  hallBounds?: (hall: string) => HallBounds | null;
  /** Where sessions, presence and publishes are shared: one process by default; Redis pub/sub between processes (redisBus.ts). */
  bus?: RelayBus;
}

/** A running relay. */
export interface Relay {
  /** Open halls watching for published bundles. */
  halls: HallChannel;
  stats(): RelayStats;
  close(): void;
}

/** Counters since start (the rest of RelayStats is read live). */
type Counters = Omit<RelayStats, 'sessions' | 'connections' | 'presence'>;

/** Everything one relay's handlers share. */
interface RelayParts {
  limits: RelayLimits;
  clients: Map<WebSocket, Connection>;
  ledger: AddressLedger;
  stats: Counters;
  /** Where sessions, presence and publishes are shared with the relay's other processes (if any). */
  bus: RelayBus;
  sessions: ReturnType<typeof sessionTable>;
  halls: HallChannel;
  presence: ReturnType<typeof presenceHub>;
}

function newCounters(): Counters {
  return {
    delivered: 0, errors: 0,
    dropped: { oversized: 0, malformed: 0, unauthorized: 0, rate: 0, invalid: 0 },
    refused: { origin: 0, connections: 0, guesses: 0, sessions: 0 },
  };
}

/** The relay's parts: its connections, address ledger, follow sessions, hall watchers and presence. */
function relayParts(limits: RelayLimits, options: RelayOptions): RelayParts {
  const clients = new Map<WebSocket, Connection>();
  const ledger = new AddressLedger(limits);
  const stats = newCounters();
  const bus = options.bus ?? localBus();
  const sessions = sessionTable(limits, ledger, stats, (ws) => clients.get(ws), bus);
  const presence = presenceHub({
    bus, capacity: limits.instanceCapacity, boundsOf: options.hallBounds ?? (() => null),
    nearMetres: limits.nearMetres, farMs: limits.farMs, tickMs: limits.tickMs, raise: sessions.raise,
  });
  return { limits, clients, ledger, stats, bus, sessions, halls: new HallChannel(bus), presence };
}

/** Counts a dropped frame; a connection that keeps sending bad ones is closed. */
function drop(r: RelayParts, ws: WebSocket, c: Connection, why: DropReason): void {
  r.stats.dropped[why]++;
  if (++c.drops > r.limits.maxDrops) ws.close(1008, 'too many bad messages');
}

/** A presence frame (enter, pose, hand, lower, exit) to the presence hub; why it was dropped, if it was. */
function routePresence(r: RelayParts, ws: WebSocket, c: Connection, m: Extract<ClientMessage, { t: 'enter' | 'pose' | 'hand' | 'lower' | 'exit' }>): DropReason | void {
  if (m.t === 'pose') return r.presence.pose(ws, m.id, m.p) || undefined;
  if (m.t === 'hand') return r.presence.hand(ws, m.text ?? '', m.about) || undefined;
  if (m.t === 'lower') return r.presence.lower(ws) || undefined;
  if (m.t === 'exit') return void r.presence.detach(ws);
  const code = m.code ? Code.safeParse(m.code) : null;
  if (code && !code.success) return 'malformed';
  if (r.presence.enter(ws, m, code ? r.sessions.find(c, code.data) : null) === 'no-hall') send(ws, { t: 'error', reason: 'no-hall' });
}

/** A follow-me frame (open, resume, join, leave, stop, take) to the session table; why it was dropped, if it was. */
function routeSession(r: RelayParts, ws: WebSocket, c: Connection, m: Extract<ClientMessage, { t: 'open' | 'resume' | 'join' | 'leave' | 'stop' | 'take' }>): DropReason | void {
  if (m.t === 'take') {
    const taken = r.sessions.take(ws, c, m.token, m.hand, m.stop);
    if (typeof taken === 'object') r.bus.publish({ t: 'taken', id: taken.taken });
    else return taken || undefined;
    return;
  }
  return (m.t === 'open' ? r.sessions.open(ws, c)
    : m.t === 'resume' ? r.sessions.resume(ws, c, m.code, m.token)
    : m.t === 'join' ? r.sessions.join(ws, c, m.code)
    : m.t === 'leave' ? r.sessions.leave(ws, c)
    : r.sessions.stop(ws, c, m.token, m.stop)) || undefined;
}

/** One frame from a connection: rate, form, then whoever handles its kind. */
function handleFrame(r: RelayParts, ws: WebSocket, c: Connection, raw: Buffer, isBinary: boolean): void {
  const posing = looksLikePose(raw);
  if (!spendToken(c, posing, r.limits, Date.now())) return drop(r, ws, c, 'rate');
  const m = readFrame(raw, isBinary, posing);
  if (typeof m === 'string') return drop(r, ws, c, m);
  if (m.t === 'watch') return r.halls.watch(ws);
  const why = m.t === 'enter' || m.t === 'pose' || m.t === 'hand' || m.t === 'lower' || m.t === 'exit' ? routePresence(r, ws, c, m) : routeSession(r, ws, c, m);
  if (why) drop(r, ws, c, why);
}

/** A new socket: counted, its frames handled (a handler's failure is logged, the connection goes on), let go on close. */
function onConnection(r: RelayParts, ws: WebSocket, req: IncomingMessage): void {
  const c = newConnection(req, r.limits);
  r.clients.set(ws, c);
  r.ledger.connect(c.address);
  ws.on('pong', () => { c.alive = true; });
  ws.on('message', (raw: Buffer, isBinary: boolean) => {
    try {
      handleFrame(r, ws, c, raw, isBinary);
    } catch (e) {
      // Our bug, not the client's fault: logged as a server error; the connection goes on.
      r.stats.errors++;
      console.error('relay: a message handler failed:', e);
    }
  });
  ws.on('error', () => ws.terminate());
  ws.on('close', () => { r.halls.forget(ws); r.presence.detach(ws); r.sessions.detach(ws, c); r.clients.delete(ws); r.ledger.disconnect(c.address); });
}

/**
 * Dead connections (a phone that slept, a headset taken off) are found by ping and let go, and
 * so are sockets that joined nothing and said nothing for idleMs.
 */
function startSweep(r: RelayParts): NodeJS.Timeout {
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [ws, c] of r.clients) {
      if (!c.alive || (c.role === 'none' && !r.halls.has(ws) && !r.presence.has(ws) && now - c.lastSeen > r.limits.idleMs)) { ws.terminate(); continue; }
      c.alive = false;
      ws.ping();
    }
  }, r.limits.sweepMs);
  sweep.unref();
  return sweep;
}

/** An HTTP upgrade: only at RELAY_PATH, from an allowed origin, within the connection limits. */
function onUpgrade(r: RelayParts, wss: WebSocketServer, allowOrigin: (origin: string | undefined) => boolean, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const refuse = (status: string, count: keyof RelayStats['refused']) => {
    r.stats.refused[count]++;
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  socket.on('error', () => socket.destroy());
  if (pathOf(req) !== RELAY_PATH) return void socket.destroy();
  if (!allowOrigin(req.headers.origin)) return refuse('403 Forbidden', 'origin');
  const address = req.socket.remoteAddress ?? '?';
  if (r.clients.size >= r.limits.connections || !r.ledger.mayConnect(address)) return refuse('503 Service Unavailable', 'connections');
  try {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  } catch (e) {
    r.stats.errors++;
    console.error('relay: upgrade failed:', e);
    socket.destroy();
  }
}

/**
 * Attaches the relay to `server` at RELAY_PATH. `allowOrigin` says which pages may open sockets
 * (app.ts passes the hall's own origins); a socket whose Origin it refuses gets 403.
 */
export function attachRelay(server: Server, limits: RelayLimits = DEFAULT_LIMITS, allowOrigin: (origin: string | undefined) => boolean = () => false, options: RelayOptions = {}): Relay {
  // maxPayload guards memory: longer frames close the socket before they are buffered. Frames
  // between MAX_MESSAGE_BYTES and it are read, dropped and counted.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const r = relayParts(limits, options);
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => onConnection(r, ws, req));
  const sweep = startSweep(r);
  server.on('upgrade', (req, socket, head) => onUpgrade(r, wss, allowOrigin, req, socket, head));
  return {
    halls: r.halls,
    stats: () => ({ ...r.stats, dropped: { ...r.stats.dropped }, refused: { ...r.stats.refused }, sessions: r.sessions.size(), connections: r.clients.size, presence: r.presence.counts() }),
    close: () => {
      clearInterval(sweep);
      r.presence.close();
      r.halls.close();
      r.sessions.close();
      r.sessions.endAll();
      for (const ws of r.clients.keys()) ws.terminate();
      wss.close();
    },
  };
}
