/**
 * POST /api/events on a shared event network: the body is cut off past MAX_BATCH_BYTES, each
 * address may post only so often, the batch must parse, and each event is checked on its own —
 * unknown kinds and malformed events are dropped, the rest kept. Nothing about the sender is
 * stored: its address is used for the rate limit in memory only, and its user agent never read.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AnalyticsEvent, EventBatch, MAX_BATCH_BYTES } from '../../analytics/events';
import { rowOf, type AnalyticsDb } from './db';

/** Posts per second one address may make (sustained), and the burst it may save up. */
export interface CollectLimits {
  rate: number;
  burst: number;
}

/** A page flushes every ten seconds: a few posts a second from one address is already a crowd behind one NAT. */
export const DEFAULT_COLLECT_LIMITS: CollectLimits = { rate: 5, burst: 20 };

/** What collection has seen since start (for tests and the bench). */
export interface CollectStats {
  batches: number;
  accepted: number;
  dropped: number;
  refused: { size: number; rate: number; malformed: number };
}

/** A token bucket per address; addresses that have their full allowance back are forgotten. */
export function addressRateLimit(limits: CollectLimits): (address: string, now?: number) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (address, now = Date.now()) => {
    const b = buckets.get(address) ?? { tokens: limits.burst, at: now };
    b.tokens = Math.min(limits.burst, b.tokens + ((now - b.at) / 1000) * limits.rate);
    b.at = now;
    // Keep the map small: sweep the full buckets now and then.
    if (buckets.size > 10_000) for (const [k, v] of buckets) if (v.tokens >= limits.burst) buckets.delete(k);
    if (b.tokens < 1) { buckets.set(address, b); return false; }
    b.tokens -= 1;
    buckets.set(address, b);
    return true;
  };
}

/** Reads a body up to `max` bytes; null when it is longer (the rest is not buffered). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((done, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) { req.resume(); return done(null); }
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) { req.removeAllListeners('data'); req.resume(); return done(null); }
      parts.push(chunk);
    });
    req.on('end', () => done(size > max ? null : Buffer.concat(parts)));
    req.on('error', fail);
  });
}

const answer = (res: ServerResponse, status: number, body?: object) => {
  res.writeHead(status, body ? { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } : { 'Cache-Control': 'no-store' });
  res.end(body ? JSON.stringify(body) : undefined);
};

/** The POST handler: stores the valid events of a batch. */
export function collectHandler(db: AnalyticsDb, limits: CollectLimits = DEFAULT_COLLECT_LIMITS): { handle(req: IncomingMessage, res: ServerResponse): Promise<void>; stats(): CollectStats } {
  const allow = addressRateLimit(limits);
  const stats: CollectStats = { batches: 0, accepted: 0, dropped: 0, refused: { size: 0, rate: 0, malformed: 0 } };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allow(req.socket.remoteAddress ?? '?')) {
      stats.refused.rate++;
      req.resume();
      return answer(res, 429, { error: 'too many event batches from this address' });
    }
    const body = await readBody(req, MAX_BATCH_BYTES);
    if (!body) {
      stats.refused.size++;
      return answer(res, 413, { error: `an event batch may have at most ${MAX_BATCH_BYTES} bytes` });
    }
    let parsed: unknown;
    try { parsed = JSON.parse(body.toString('utf8')); } catch { parsed = undefined; }
    const batch = EventBatch.safeParse(parsed);
    if (!batch.success) {
      stats.refused.malformed++;
      return answer(res, 400, { error: 'not an event batch' });
    }
    const at = Math.floor(Date.now() / 1000);
    const rows = batch.data.events.flatMap((raw) => {
      const e = AnalyticsEvent.safeParse(raw);
      return e.success ? [rowOf(e.data, batch.data.visit, at)] : [];
    });
    stats.batches++;
    stats.accepted += rows.length;
    stats.dropped += batch.data.events.length - rows.length;
    db.add(rows);
    answer(res, 204);
  };
  return { handle, stats: () => ({ ...stats, refused: { ...stats.refused } }) };
}
