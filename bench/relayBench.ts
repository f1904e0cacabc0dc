/**
 * Follow-me delivery: a presenter and 200 followers on loopback against the real relay; the time
 * from the presenter sending a stop to each follower receiving it, over many stops.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { RELAY_PATH, type RelayMessage, type WireStop } from '../src/present/protocol';
import { attachRelay, DEFAULT_LIMITS } from '../src/server/relay';
import type { Figure } from './ingestBench';

const FOLLOWERS = 200;
const STOPS = 40;

const ORIGIN = 'http://hall.bench';

function open(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { origin: ORIGIN });
  return new Promise((ok, fail) => { ws.once('open', () => ok(ws)); ws.once('error', fail); });
}
function next(ws: WebSocket, t: RelayMessage['t']): Promise<RelayMessage> {
  return new Promise((ok) => {
    const on = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d)) as RelayMessage;
      if (m.t === t) { ws.off('message', on); ok(m); }
    };
    ws.on('message', on);
  });
}
/** The p-th percentile of sorted `xs`. */
export const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Stop delivery lags (ms) of a presenter and `followers` followers on the relay at `url`, over `stops` stops. */
export async function followLags(url: string, followers = FOLLOWERS, stops = STOPS): Promise<number[]> {
  const presenter = await open(url);
  const opened = next(presenter, 'opened');
  presenter.send(JSON.stringify({ t: 'open' }));
  const { code, token } = (await opened) as Extract<RelayMessage, { t: 'opened' }>;
  const audience = await Promise.all(Array.from({ length: followers }, () => open(url)));
  await Promise.all(audience.map((f) => { const j = next(f, 'joined'); f.send(JSON.stringify({ t: 'join', code })); return j; }));
  const lags: number[] = [];
  for (let i = 0; i < stops; i++) {
    const stop: WireStop = { index: i, count: stops, tourId: 'default', id: `booth:b${i}`, kind: 'booth', title: `第 ${i + 1} 站`, boothId: `b${i}`, view: { position: [i, 1.6, 4], target: [i, 1.3, 0] } };
    const arrivals = audience.map((f) => next(f, 'stop').then(() => performance.now()));
    const t0 = performance.now();
    presenter.send(JSON.stringify({ t: 'stop', token, stop }));
    for (const t of await Promise.all(arrivals)) lags.push(t - t0);
    // Stops come seconds apart in a real tour; a short pause keeps rounds from overlapping.
    await new Promise((ok) => setTimeout(ok, 20));
  }
  for (const ws of [presenter, ...audience]) ws.terminate();
  return lags.sort((a, b) => a - b);
}

/** The origin the bench's sockets say they come from. */
export const BENCH_ORIGIN = ORIGIN;

/** Delivery latency p50/p95 (ms) of stops to 200 followers. */
export async function benchRelay(): Promise<Figure[]> {
  const server = createServer();
  // All followers come from loopback here: one address, so its socket share is raised.
  const relay = attachRelay(server, { ...DEFAULT_LIMITS, rate: 1000, burst: 1000, connectionsPerAddress: FOLLOWERS + 10 }, (o) => o === ORIGIN);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const lags = await followLags(`ws://127.0.0.1:${(server.address() as AddressInfo).port}${RELAY_PATH}`);
  relay.close();
  await new Promise((ok) => server.close(ok));
  const ms = (x: number) => Math.round(x * 10) / 10;
  return [
    { name: `follow: stop delivery p50 (${FOLLOWERS} followers, loopback)`, value: ms(pct(lags, 50)), unit: 'ms', target: '≤ 500 (within half a second)' },
    { name: `follow: stop delivery p95 (${FOLLOWERS} followers, loopback)`, value: ms(pct(lags, 95)), unit: 'ms', target: '≤ 500' },
  ];
}
