/**
 * Reach under load: 200 visitors posting event batches while a presenter leads 200 followers on
 * the same server. Ten real minutes would be too long for a bench, so each visitor's real rate (a
 * batch of about four events every ten seconds) is sped up COMPRESS times (default 10, REACH_COMPRESS=1
 * for the real rate) and played for ten real minutes of an event (REACH_EVENT_SECONDS), compressed the
 * same way; the output says so.
 * Follow-me delivery p95 is measured with collection off (no visitor sends anything, as with
 * EXPO_ANALYTICS=off) and on, in the same process, and the events written per second are counted.
 */
import { Agent, request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RELAY_PATH } from '../src/present/protocol';
import { createApp } from '../src/server/app';
import { analyticsConfig } from '../src/server/analytics/config';
import { createAnalytics } from '../src/server/analytics/routes';
import type { Figure } from './ingestBench';
import { BENCH_ORIGIN, followLags, pct } from './relayBench';

const VISITORS = 200;
/** How many times faster than real visitors post (REACH_COMPRESS; 1 is the real rate). */
const COMPRESS = Number(process.env.REACH_COMPRESS ?? 10);
const REAL_FLUSH_SECONDS = 10;
/** How long an event's traffic the bench plays (ten real minutes, as the issue asks). */
const EVENT_SECONDS = Number(process.env.REACH_EVENT_SECONDS ?? 600);

/** One visitor's batch: where they stood twice, and what a visitor typically does in ten seconds. */
function batch(visit: string, i: number): string {
  const booth = `b${i % 12}`;
  return JSON.stringify({ visit, events: [
    { k: 'stand', x: i % 20, z: -(i % 15) }, { k: 'stand', x: (i + 1) % 20, z: -(i % 15) },
    i % 3 === 0 ? { k: 'enter', booth } : { k: 'dwell', booth, s: 12 }, { k: 'figure', booth, target: `t${i % 5}` },
  ] });
}

/** Visitors posting at the compressed rate until stopped; resolves the number of batches answered. */
function visitors(port: number): { stop(): Promise<number> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let answered = 0;
  let running = true;
  const inFlight = new Set<Promise<void>>();
  const post = (body: string) => new Promise<void>((done) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/events', method: 'POST', agent, headers: { 'Content-Type': 'text/plain' } }, (res) => { res.resume(); res.on('end', () => { answered++; done(); }); });
    req.on('error', () => done());
    req.end(body);
  });
  const timers = Array.from({ length: VISITORS }, (_, v) => {
    const visit = `benchvisit${String(v).padStart(12, '0')}`;
    let i = 0;
    // Visitors are spread over the interval, as real pages flush at their own moments.
    return setTimeout(function tick() {
      if (!running) return;
      const p = post(batch(visit, i++)).finally(() => inFlight.delete(p));
      inFlight.add(p);
      timers[v] = setTimeout(tick, (REAL_FLUSH_SECONDS * 1000) / COMPRESS);
    }, Math.random() * (REAL_FLUSH_SECONDS * 1000) / COMPRESS);
  });
  return {
    stop: async () => {
      running = false;
      for (const t of timers) clearTimeout(t);
      await Promise.all(inFlight);
      agent.destroy();
      return answered;
    },
  };
}

/** Follow-me p95 with collection off and on, and events written per second under the load. */
export async function benchReach(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'expo-reach-bench-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html>');
  const app = createApp({ root: join(dir, 'dist'), origins: [BENCH_ORIGIN], relayLimits: { rate: 1000, burst: 1000, connectionsPerAddress: 2 * VISITORS + 10, sessionsPerAddress: 1000 }, limits: { connectionsPerAddress: 1000 } });
  // Every visitor is on loopback here: one address, so its post allowance is raised.
  const analytics = createAnalytics({ authorize: () => null, config: analyticsConfig({ EXPO_STATE_DIR: join(dir, 'state') }), limits: { rate: 100_000, burst: 100_000 } });
  app.use(analytics.handler);
  const port = await app.listen(0, '127.0.0.1');
  const url = `ws://127.0.0.1:${port}${RELAY_PATH}`;
  const ms = (x: number) => Math.round(x * 10) / 10;

  const off = await followLags(url, 200, 30);
  const load = visitors(port);
  await new Promise((ok) => setTimeout(ok, 1000)); // the load is under way before the stops start
  const t0 = performance.now();
  const w0 = analytics.store.written();
  // Stops are measured in rounds for as long as the event lasts (compressed): ten real minutes of
  // visitors' traffic, so a database that slows as it grows would show here.
  const on: number[] = [];
  while (performance.now() - t0 < (EVENT_SECONDS * 1000) / COMPRESS) on.push(...await followLags(url, 200, 30));
  on.sort((a, b) => a - b);
  const batches = await load.stop();
  analytics.store.flush();
  const seconds = (performance.now() - t0) / 1000 + 1;
  const perSecond = (analytics.store.written() - w0) / ((performance.now() - t0) / 1000);
  analytics.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  const realMinutes = (batches / VISITORS) * REAL_FLUSH_SECONDS / 60;
  return [
    { name: `reach: ${VISITORS} visitors at ${COMPRESS}× their real rate for ${seconds.toFixed(1)} s (≈ ${realMinutes.toFixed(1)} real minutes of the event, compressed)`, value: batches, unit: 'batches', target: '' },
    { name: 'reach: events written per second (under that load)', value: Math.round(perSecond), unit: 'events/s', target: `≥ ${(VISITORS * 4) / REAL_FLUSH_SECONDS} (the real rate)` },
    { name: 'follow: stop delivery p95, collection off (200 followers)', value: ms(pct(off, 95)), unit: 'ms', target: '≤ 500' },
    { name: `follow: stop delivery p95, collection on (200 followers, ${VISITORS} visitors ×${COMPRESS})`, value: ms(pct(on, 95)), unit: 'ms', target: '≤ 500' },
  ];
}

// Run alone: npx tsx bench/reachBench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchReach()) console.log(`${f.name}: ${f.value} ${f.unit}${f.target ? `  (target ${f.target})` : ''}`);
  process.exit(0);
}
