/**
 * The follow-me relay: a WebSocket endpoint on the hall's own server. A presenter opens a session
 * and gets a short code and a secret token; followers join with the code and receive every stop
 * the token holder sends, a late joiner the current one. Everything else is dropped: frames that
 * are too long, not JSON, not in the protocol, or not from the token holder; and frames beyond a
 * per-connection rate. A client that keeps flooding is disconnected; the relay stays up.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientMessage, CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, RELAY_PATH, type RelayMessage, type WireStop } from '../present/protocol';

/** Limits of one relay. */
export interface RelayLimits {
  /** Messages per second a connection may send (sustained), and the burst it may save up. */
  rate: number;
  burst: number;
  /** Dropped messages after which a connection is closed. */
  maxDrops: number;
  sessions: number;
  followersPerSession: number;
  /** How long a session waits for its presenter to come back (ms). */
  presenterGraceMs: number;
}

export const DEFAULT_LIMITS: RelayLimits = { rate: 10, burst: 30, maxDrops: 200, sessions: 200, followersPerSession: 2000, presenterGraceMs: 10 * 60_000 };

/** What the relay holds now and has seen, for tests and the log. */
export interface RelayStats {
  /** Open sessions and connections right now. */
  sessions: number;
  connections: number;
  /** Stop frames delivered and frames dropped (by reason), since start. */
  delivered: number;
  dropped: { oversized: number; malformed: number; unauthorized: number; rate: number };
}

interface Session {
  code: string;
  token: Buffer;
  presenter: WebSocket | null;
  followers: Set<WebSocket>;
  stop: WireStop | null;
  /** Ends the session when its presenter stays away too long. */
  expiry: NodeJS.Timeout | null;
}

interface Client {
  tokens: number;
  last: number;
  drops: number;
  session: Session | null;
  role: 'none' | 'presenter' | 'follower';
  /** Where this client's peers on the network can reach the server (sent with a new session's code). */
  joinOrigins: string[];
  /** Answered the last ping (dead connections are let go). */
  alive: boolean;
}

/** A running relay. */
export interface Relay {
  stats(): RelayStats;
  close(): void;
}

/** This machine's IPv4 addresses on the local network (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [a.address] : []));
}

/** Addresses other devices on the local network can reach this server at (for the join QR code). */
function lanOrigins(req: IncomingMessage): string[] {
  const port = /:(\d+)$/.exec(req.headers.host ?? '')?.[1];
  const proto = (req.headers['x-forwarded-proto'] as string | undefined) === 'https' ? 'https' : 'http';
  return lanAddresses().map((address) => `${proto}://${address}${port ? `:${port}` : ''}`);
}

function newCode(taken: Map<string, Session>): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
}

/** Attaches the relay to `server` at RELAY_PATH. */
export function attachRelay(server: Server, limits: RelayLimits = DEFAULT_LIMITS): Relay {
  // maxPayload guards memory: longer frames close the socket before they are buffered. Frames
  // between MAX_MESSAGE_BYTES and it are read, dropped and counted.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const sessions = new Map<string, Session>();
  const clients = new Map<WebSocket, Client>();
  const stats: Pick<RelayStats, 'delivered' | 'dropped'> = { delivered: 0, dropped: { oversized: 0, malformed: 0, unauthorized: 0, rate: 0 } };

  const send = (ws: WebSocket | null, m: RelayMessage) => {
    if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
  };
  const tellCount = (s: Session) => send(s.presenter, { t: 'followers', count: s.followers.size });
  const end = (s: Session) => {
    if (s.expiry) clearTimeout(s.expiry);
    sessions.delete(s.code);
    for (const f of s.followers) {
      send(f, { t: 'ended', code: s.code });
      const c = clients.get(f);
      if (c) { c.session = null; c.role = 'none'; }
    }
    s.followers.clear();
  };
  const detach = (ws: WebSocket, c: Client) => {
    const s = c.session;
    if (!s) return;
    if (c.role === 'follower') {
      s.followers.delete(ws);
      tellCount(s);
    } else if (c.role === 'presenter' && s.presenter === ws) {
      s.presenter = null;
      s.expiry = setTimeout(() => end(s), limits.presenterGraceMs);
    }
    c.session = null;
    c.role = 'none';
  };
  const drop = (ws: WebSocket, c: Client, why: keyof RelayStats['dropped']) => {
    stats.dropped[why]++;
    if (++c.drops > limits.maxDrops) ws.close(1008, 'too many bad messages');
  };
  const tokenMatches = (s: Session, token: string) => {
    const t = Buffer.from(token);
    return t.length === s.token.length && timingSafeEqual(t, s.token);
  };

  const handle = (ws: WebSocket, c: Client, raw: Buffer, isBinary: boolean) => {
    // Token bucket: steady `rate` a second, bursts up to `burst`.
    const now = Date.now();
    c.tokens = Math.min(limits.burst, c.tokens + ((now - c.last) / 1000) * limits.rate);
    c.last = now;
    if (c.tokens < 1) return drop(ws, c, 'rate');
    c.tokens -= 1;
    if (raw.length > MAX_MESSAGE_BYTES) return drop(ws, c, 'oversized');
    if (isBinary) return drop(ws, c, 'malformed');
    let parsed: unknown;
    try { parsed = JSON.parse(raw.toString('utf8')); } catch { return drop(ws, c, 'malformed'); }
    const r = ClientMessage.safeParse(parsed);
    if (!r.success) return drop(ws, c, 'malformed');
    const m = r.data;
    switch (m.t) {
      case 'open': {
        if (sessions.size >= limits.sessions) return send(ws, { t: 'error', reason: 'busy' });
        detach(ws, c);
        const token = randomBytes(18).toString('base64url');
        const s: Session = { code: newCode(sessions), token: Buffer.from(token), presenter: ws, followers: new Set(), stop: null, expiry: null };
        sessions.set(s.code, s);
        c.session = s;
        c.role = 'presenter';
        return send(ws, { t: 'opened', code: s.code, token, joinOrigins: c.joinOrigins });
      }
      case 'resume': {
        const s = sessions.get(m.code);
        if (!s || !tokenMatches(s, m.token)) return drop(ws, c, 'unauthorized');
        detach(ws, c);
        if (s.expiry) { clearTimeout(s.expiry); s.expiry = null; }
        if (s.presenter && s.presenter !== ws) s.presenter.close(4000, 'presenter resumed elsewhere');
        s.presenter = ws;
        c.session = s;
        c.role = 'presenter';
        send(ws, { t: 'joined', code: s.code, stop: s.stop, presenter: true });
        return tellCount(s);
      }
      case 'join': {
        const s = sessions.get(m.code);
        if (!s) return send(ws, { t: 'error', reason: 'no-session' });
        if (s.followers.size >= limits.followersPerSession) return send(ws, { t: 'error', reason: 'full' });
        detach(ws, c);
        s.followers.add(ws);
        c.session = s;
        c.role = 'follower';
        send(ws, { t: 'joined', code: s.code, stop: s.stop, presenter: false });
        return tellCount(s);
      }
      case 'leave': {
        const s = c.session;
        if (s && c.role === 'presenter') { detach(ws, c); return end(s); }
        return detach(ws, c);
      }
      case 'stop': {
        const s = c.session;
        // Only the presenter's connection, holding the session's token, drives.
        if (!s || c.role !== 'presenter' || s.presenter !== ws || !tokenMatches(s, m.token)) return drop(ws, c, 'unauthorized');
        s.stop = m.stop;
        const frame = JSON.stringify({ t: 'stop', stop: m.stop } satisfies RelayMessage);
        for (const f of s.followers) if (f.readyState === f.OPEN) { f.send(frame); stats.delivered++; }
        return;
      }
    }
  };

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const c: Client = { tokens: limits.burst, last: Date.now(), drops: 0, session: null, role: 'none', joinOrigins: lanOrigins(req), alive: true };
    clients.set(ws, c);
    ws.on('pong', () => { c.alive = true; });
    ws.on('message', (raw: Buffer, isBinary: boolean) => {
      try { handle(ws, c, raw, isBinary); } catch { drop(ws, c, 'malformed'); }
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => { detach(ws, c); clients.delete(ws); });
  });

  // Dead connections (a phone that slept, a headset taken off) are found by ping and let go.
  const heartbeat = setInterval(() => {
    for (const [ws, c] of clients) {
      if (!c.alive) { ws.terminate(); continue; }
      c.alive = false;
      ws.ping();
    }
  }, 20_000);
  heartbeat.unref();

  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '/').split('?')[0] !== RELAY_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  return {
    stats: () => ({ delivered: stats.delivered, sessions: sessions.size, connections: clients.size, dropped: { ...stats.dropped } }),
    close: () => {
      clearInterval(heartbeat);
      for (const s of [...sessions.values()]) end(s);
      for (const ws of clients.keys()) ws.terminate();
      wss.close();
    },
  };
}
