/**
 * The studio ingests off the server's main thread: while a multi-megabyte document is being
 * ingested through the studio, the hall's page and the relay's socket keep answering at once.
 * A control runs the same ingest on the main thread and shows the same probe catching the stall,
 * so the check is one that fails when ingest blocks the thread.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVocabulary } from '../../../../src/cli/readSeeds';
import { ingestText } from '../../../../src/ingest';
import { syntheticDocuments } from '../../../../src/ingest/synthetic';
import { createApp, type App } from '../../../../src/server/app';
import { createStudioApi, type Studio } from '../../../../src/server/studio';

const run = promisify(execFile);
const KEY = 'test-key-0123456789abcdef';
/**
 * A probe answered later than this met a stalled server. On this 2-core machine shared by several
 * agents (load 20 and more) a thread with honest work now and then waits a second for a core, so
 * the check is on the share of the time the server was stalled, not on the one worst probe: a
 * main-thread ingest stalls it for all of its seconds, a worker's for none of them.
 */
const QUICK_MS = 500;
/** Stalled for less than this share of the ingest: not waiting for it; more than twice it: waiting. */
const STALLED_SHARE = 0.25;
/**
 * The ingest must outlast several probes. Through the studio (upload, parse, worker, plan) it takes
 * about three times as long as the bare ingest on this thread, so this long a bare ingest is enough.
 */
const LONG_ENOUGH_MS = 3 * QUICK_MS;

/**
 * A document whose ingest on this thread takes at least LONG_ENOUGH_MS: grown from a first guess by
 * the time it took, so a faster ingest or a faster machine still gives the probes time to mean something.
 */
function bigDocument(): Uint8Array {
  let count = 1000;
  const { vocabulary } = readVocabulary([]);
  for (;;) {
    const text = syntheticDocuments(count, 7).map((d) => new TextDecoder().decode(d.bytes)).join('\n');
    const t0 = performance.now();
    ingestText({ name: 'big.txt', text }, vocabulary);
    const ms = performance.now() - t0;
    if (ms >= LONG_ENOUGH_MS) return new TextEncoder().encode(text);
    count = Math.ceil(count * Math.min(8, (1.3 * LONG_ENOUGH_MS) / Math.max(ms, 1)));
  }
}
let BIG: Uint8Array;

let dir: string, app: App, studio: Studio, base: string, ws: WebSocket;

beforeAll(async () => {
  BIG = bigDocument();
  dir = mkdtempSync(join(tmpdir(), 'expo-studio-worker-'));
  mkdirSync(join(dir, 'seeds'));
  mkdirSync(join(dir, 'dist', 'generated'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>hall</title>');
  writeFileSync(join(dir, 'hall.yaml'), 'title: 展\n');
  app = createApp({ root: join(dir, 'dist') });
  studio = createStudioApi({ seedsDir: join(dir, 'seeds'), stateDir: join(dir, 'state'), sceneFile: join(dir, 'hall.yaml'), outDir: join(dir, 'dist', 'generated'), keys: [{ label: 'test', secret: KEY }], tellHalls: (s, v) => app.relay.halls.tell(s, v) });
  app.use(studio.handler);
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  ws = new WebSocket(`${base.replace('http', 'ws')}/relay`, { origin: base });
  await new Promise((ok) => ws.on('open', ok));
}, 120_000);

afterAll(async () => {
  ws.close();
  await studio.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Time (ms) from `due` until the hall's page comes back, and until the relay's socket answers a
 * ping. The test shares the server's thread, so a probe whose timer a stall delayed counts the
 * delay too: that is the wait a visitor's request would have had.
 */
async function probe(due: number): Promise<{ page: number; ping: number }> {
  const ping = new Promise<number>((ok) => { ws.once('pong', () => ok(performance.now() - due)); ws.ping(); });
  // A kept-alive connection the server closed during a stall fails once; a new one is asked for.
  const res = await fetch(`${base}/`).catch(() => fetch(`${base}/`));
  await res.text();
  if (!res.ok) throw new Error(`GET / answered ${res.status}`);
  return { page: performance.now() - due, ping: await ping };
}

/** Probes every 100 ms while `work` runs; the slowest answers and how many probes there were. */
async function probeWhile(work: () => Promise<unknown>): Promise<{ page: number; ping: number; probes: number; ms: number; stalled: number }> {
  let done = false;
  const seen: { page: number; ping: number }[] = [];
  const probing = (async () => {
    let due = performance.now();
    // A probe after every pause, the last one too: a stall that ends with the work is counted.
    for (;;) {
      seen.push(await probe(due));
      if (done) break;
      due = performance.now() + 100;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  // The work starts once the first probe is under way, as a visitor's request would be.
  await new Promise((r) => setTimeout(r, 20));
  await work().finally(() => { done = true; });
  const ms = performance.now() - t0;
  await probing;
  // Time spent in probes that waited too long: the stretches a visitor's request would have waited.
  const stalled = seen.map((s) => Math.max(s.page, s.ping)).filter((t) => t > QUICK_MS).reduce((a, b) => a + b, 0);
  return { page: Math.max(...seen.map((s) => s.page)), ping: Math.max(...seen.map((s) => s.ping)), probes: seen.length, ms, stalled };
}

describe('the studio ingests off the main thread', () => {
  it('keeps the page and the relay answering while a multi-megabyte document is ingested through the studio', async () => {
    expect(BIG.length).toBeGreaterThan(1_000_000);
    let status = 0;
    let figures = 0;
    // The upload is sent by another process (curl), so this thread's only work is the server's.
    const file = join(dir, 'big.txt');
    writeFileSync(file, BIG);
    const r = await probeWhile(async () => {
      const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', '-H', `Authorization: Bearer ${KEY}`, '-F', `file=@${file}`, `${base}/api/studio/documents`], { maxBuffer: 64 << 20 });
      const [body, code] = [stdout.slice(0, stdout.lastIndexOf('\n')), stdout.slice(stdout.lastIndexOf('\n') + 1)];
      status = Number(code);
      figures = (JSON.parse(body).targets ?? []).length;
    });
    expect(status).toBe(201);
    expect(figures).toBeGreaterThan(100);
    // The ingest took long enough for the probes to mean something …
    expect(r.ms).toBeGreaterThan(4 * QUICK_MS);
    expect(r.probes).toBeGreaterThanOrEqual(3);
    // … and the server was not waiting for it: most probes came back at once.
    expect(r.stalled / r.ms).toBeLessThan(STALLED_SHARE);
  }, 120_000);

  it('catches a stall: the same probes wait for the same ingest when it runs on the main thread', async () => {
    const { vocabulary } = readVocabulary([join(dir, 'seeds')]);
    const text = new TextDecoder().decode(BIG);
    // The ingest's own work, on this thread, as the server would run it without the worker.
    const r = await probeWhile(() => new Promise((ok) => setTimeout(() => ok(ingestText({ name: 'big.txt', text }, vocabulary)), 150)));
    expect(r.stalled / r.ms).toBeGreaterThan(2 * STALLED_SHARE);
  }, 120_000);
});
