/**
 * The relay past one machine: 500 simulated visitors in 10 halls (50 each, one full instance per
 * hall), half on each of two relay processes sharing a real redis-server, all strolling and sending
 * 12 poses a second. Prints pose delivery latency p50/p95 (sent by a visitor → received by a peer,
 * across processes or not, the relay's 15 Hz batching included), the CPU each relay process used,
 * and the bytes a client sends and receives a second. Alone: `npx tsx bench/relayScaleBench.ts`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { POSE_HZ, quantisePose, type WirePose } from '../src/present/presenceProtocol';
import { RELAY_PATH, type RelayMessage } from '../src/present/protocol';
import { relayStats, requireRedisServer, startRedis, startRelay, type RelayProcess } from '../test/unit/server/relayCluster';
import type { Figure } from './ingestBench';
import { pct } from './relayBench';

const HALLS = 10;
const PER_HALL = 50;
/** Visitors whose every frame is read for latency (the others only count bytes, so the bench's own CPU stays small). */
const PROBES_PER_HALL = 5;
const WARM_MS = 3000;
const MEASURE_MS = 10_000;
const ORIGIN = 'http://hall.bench';

interface Visitor { ws: WebSocket; id: string; sent: number; poses: number; received: number; step(): void }

/** When each of a visitor's recent poses was sent, by pose (poses stroll, so they differ). */
const sentAt = new Map<string, Map<string, number>>();
const lags: number[] = [];
let measuring = false;

async function visitor(port: number, hall: string, i: number, probe: boolean): Promise<Visitor> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${RELAY_PATH}`, { origin: ORIGIN });
  await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
  const v: Visitor = { ws, id: '', sent: 0, poses: 0, received: 0, step: () => {} };
  const present = new Promise<string>((ok) => ws.once('message', (d) => ok((JSON.parse(String(d)) as { id: string }).id)));
  ws.send(JSON.stringify({ t: 'enter', hall, mode: 'desktop', colour: i % 12 }));
  v.id = await present;
  ws.on('message', (d: Buffer) => {
    v.received += d.length;
    if (!probe || !measuring) return;
    const now = performance.now();
    const m = JSON.parse(String(d)) as RelayMessage;
    if (m.t !== 'poses') return;
    for (const [id, ...p] of m.p) {
      const t = sentAt.get(id)?.get(p.join());
      if (t !== undefined) lags.push(now - t);
    }
  });
  const mine = new Map<string, number>();
  sentAt.set(v.id, mine);
  const x0 = ((i % 10) - 4.5) * 2;
  const z0 = -Math.floor(i / 10) * 3;
  let n = 0;
  v.step = () => {
    const t = n++ / POSE_HZ;
    const p: WirePose = quantisePose(x0 + Math.sin(t * 0.7 + i), 1.6, z0 + Math.cos(t * 0.7 + i), t);
    const frame = JSON.stringify({ t: 'pose', id: v.id, p });
    mine.set(p.slice(0).join(), performance.now());
    if (mine.size > 40) mine.delete(mine.keys().next().value!);
    ws.send(frame);
    v.sent += frame.length;
    v.poses++;
  };
  return v;
}

const cpuMs = (c: { user: number; system: number }) => (c.user + c.system) / 1000;

/** Runs the bench; with no redis-server, says so in a figure rather than failing the whole bench. */
export async function benchRelayScale(): Promise<Figure[]> {
  try { requireRedisServer(); } catch (e) {
    return [{ name: 'relay ×2 on Redis: not run', value: 0, unit: '', target: (e as Error).message }];
  }
  const redis = await startRedis();
  const limits = { connectionsPerAddress: 1000, connections: 3000 };
  const relays: RelayProcess[] = await Promise.all([startRelay(redis.url, ORIGIN, limits), startRelay(redis.url, ORIGIN, limits)]);
  const visitors: Visitor[] = [];
  const stops: (() => void)[] = [];
  try {
    for (let h = 0; h < HALLS; h++) {
      for (let i = 0; i < PER_HALL; i++) visitors.push(await visitor(relays[i % 2].port, `hall${h}`, i, i < PROBES_PER_HALL));
    }
    // One timer steps everyone (500 timers of their own would cost the bench more than the relays).
    const walk = setInterval(() => { for (const v of visitors) v.step(); }, 1000 / POSE_HZ);
    stops.push(() => clearInterval(walk));
    await new Promise((ok) => setTimeout(ok, WARM_MS));
    const before = await Promise.all(relays.map(relayStats));
    const bytes0 = visitors.map((v) => [v.sent, v.received, v.poses]);
    // The bench's own lag: when it is high, the figures say more about this loaded machine than the relay.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    measuring = true;
    await new Promise((ok) => setTimeout(ok, MEASURE_MS));
    measuring = false;
    loop.disable();
    const after = await Promise.all(relays.map(relayStats));
    const seconds = MEASURE_MS / 1000;
    const perClient = (k: 0 | 1 | 2) => visitors.reduce((s, v, i) => s + ([v.sent, v.received, v.poses][k] - bytes0[i][k]), 0) / visitors.length / seconds;
    const cpu = after.map((a, i) => Math.round((cpuMs(a.cpu) - cpuMs(before[i].cpu)) / MEASURE_MS * 1000) / 10);
    lags.sort((a, b) => a - b);
    const ms = (x: number) => Math.round(x * 10) / 10;
    const instances = after[0].presence.instances;
    const label = `${HALLS * PER_HALL} visitors, ${HALLS} halls, 2 processes`;
    return [
      { name: `relay ×2 on Redis: pose delivery p50 (${label})`, value: ms(pct(lags, 50)), unit: 'ms', target: `≤ 150 (a 66 ms tick included; ${lags.length} deliveries)` },
      { name: `relay ×2 on Redis: pose delivery p95 (${label})`, value: ms(pct(lags, 95)), unit: 'ms', target: '≤ 500' },
      ...cpu.map((c, i) => ({ name: `relay ×2 on Redis: CPU of process ${'AB'[i]} (${after[i].presence.visitors} visitors)`, value: c, unit: '% of a core' })),
      { name: 'relay ×2 on Redis: poses a client sent a second', value: Math.round(perClient(2) * 10) / 10, unit: 'poses/s', target: `${POSE_HZ} (less: the bench's own machine lagged)` },
      { name: 'relay ×2 on Redis: bench event-loop delay p95', value: ms(loop.percentile(95) / 1e6), unit: 'ms', target: 'small, or the latency is the bench’s' },
      { name: 'relay ×2 on Redis: bytes/s a client sends', value: Math.round(perClient(0)), unit: 'B/s' },
      { name: 'relay ×2 on Redis: bytes/s a client receives (49 peers)', value: Math.round(perClient(1)), unit: 'B/s' },
      { name: 'relay ×2 on Redis: hall instances', value: instances, unit: 'instances', target: `${HALLS} (50 a hall)` },
    ];
  } finally {
    for (const stop of stops) stop();
    for (const v of visitors) v.ws.terminate();
    for (const r of relays) r.child.kill('SIGKILL');
    redis.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchRelayScale()) console.log(`${f.name.padEnd(72)} ${String(f.value).padStart(8)} ${f.unit.padEnd(12)} ${f.target ?? ''}`);
  process.exit(0);
}
