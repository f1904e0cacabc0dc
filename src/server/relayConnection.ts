/**
 * One relay connection's own state and the checks its frames pass before anything reads them:
 * the rate buckets (poses have one of their own) and the frame's size, form and protocol.
 */
import type { IncomingMessage } from 'node:http';
import { ClientMessage, MAX_MESSAGE_BYTES } from '../present/protocol';
import { lanAddresses } from './origins';
import type { RelayLimits, RelayStats } from './relayLimits';
import type { Client } from './relaySessions';

/** A connection: its session state, rate bucket and liveness. */
export interface Connection extends Client {
  tokens: number;
  last: number;
  /** The pose bucket: presence sends 10–15 poses a second, more than other frames may. */
  poseTokens: number;
  poseLast: number;
  drops: number;
  /** Answered the last ping (dead connections are let go), and when it last sent anything. */
  alive: boolean;
  lastSeen: number;
}

/** Why a frame is dropped. */
export type DropReason = keyof RelayStats['dropped'];

/** A pose frame starts so (the page writes `t` first): its rate is counted in the pose bucket. */
const POSE_PREFIX = Buffer.from('{"t":"pose",');

/** Addresses other devices on the local network can reach this server at (for the join QR code). */
function lanOrigins(req: IncomingMessage): string[] {
  const port = /:(\d+)$/.exec(req.headers.host ?? '')?.[1];
  const tls = (req.socket as { encrypted?: boolean }).encrypted || req.headers['x-forwarded-proto'] === 'https';
  return lanAddresses().map((address) => `${tls ? 'https' : 'http'}://${address}${port ? `:${port}` : ''}`);
}

/** A new connection from `req`, with full buckets. */
export function newConnection(req: IncomingMessage, limits: RelayLimits, now = Date.now()): Connection {
  return {
    address: req.socket.remoteAddress ?? '?', tokens: limits.burst, last: now, poseTokens: limits.poseBurst, poseLast: now, drops: 0,
    session: null, role: 'none', joinOrigins: lanOrigins(req), alive: true, lastSeen: now,
  };
}

/** Whether a raw frame claims to be a pose (by its first bytes, before it is parsed). */
export function looksLikePose(raw: Buffer): boolean {
  return raw.length > POSE_PREFIX.length && raw.subarray(0, POSE_PREFIX.length).equals(POSE_PREFIX);
}

/** Token buckets: steady `rate` a second, bursts up to `burst`; poses have a bucket of their own. False: over the rate. */
export function spendToken(c: Connection, posing: boolean, limits: RelayLimits, now: number): boolean {
  c.lastSeen = now;
  if (posing) {
    c.poseTokens = Math.min(limits.poseBurst, c.poseTokens + ((now - c.poseLast) / 1000) * limits.poseRate);
    c.poseLast = now;
    if (c.poseTokens < 1) return false;
    c.poseTokens -= 1;
  } else {
    c.tokens = Math.min(limits.burst, c.tokens + ((now - c.last) / 1000) * limits.rate);
    c.last = now;
    if (c.tokens < 1) return false;
    c.tokens -= 1;
  }
  return true;
}

/** The protocol message a frame holds, or why it is dropped. */
export function readFrame(raw: Buffer, isBinary: boolean, posing: boolean): ClientMessage | DropReason {
  if (raw.length > MAX_MESSAGE_BYTES) return 'oversized';
  if (isBinary) return 'malformed';
  let parsed: unknown;
  try { parsed = JSON.parse(raw.toString('utf8')); } catch { return 'malformed'; }
  const r = ClientMessage.safeParse(parsed);
  if (!r.success) return 'malformed';
  // Only a pose rides the pose bucket: another frame written to look like one is malformed.
  return posing === (r.data.t === 'pose') ? r.data : 'malformed';
}
