/** Small HTTP helpers for the studio's JSON API. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers with JSON (never cached: the studio's answers are private and change). */
export function json(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  return true;
}

/**
 * Answers with the JSON object `body` extended by the members of `more`, a JSON object text made
 * elsewhere (the studio's worker), which is spliced in, not parsed again on this thread.
 */
export function jsonWith(res: ServerResponse, status: number, body: object, more: string): true {
  const head = JSON.stringify(body);
  const tail = more.trim().slice(1);
  const joined = tail.trim() === '}' ? head : head === '{}' ? more : `${head.slice(0, -1)},${tail}`;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(joined);
  return true;
}

/** An error answer naming the problem (and the file, when there is one). */
export function fail(res: ServerResponse, status: number, error: string, name?: string): true {
  return json(res, status, name === undefined ? { error } : { error, name });
}

/** Reads a JSON body of at most `maxBytes`; null when it is too long or not JSON. */
export async function readJson(req: IncomingMessage, maxBytes = 1024 * 1024): Promise<unknown | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > maxBytes) return null;
    chunks.push(c);
  }
  try { return JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { return null; }
}
