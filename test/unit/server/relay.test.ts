import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { attachRelay, DEFAULT_LIMITS, type Relay, type RelayLimits } from '../../../src/server/relay';
import { RELAY_PATH, type RelayMessage, type WireStop } from '../../../src/present/protocol';
import { ORIGIN, Peer, stop } from './relayPeer';

let server: Server;
let relay: Relay;
let url: string;
const peers: Peer[] = [];

async function start(limits: RelayLimits = DEFAULT_LIMITS) {
  server = createServer((_, res) => res.end('hall'));
  relay = attachRelay(server, limits, (origin) => origin === ORIGIN);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${RELAY_PATH}`;
}
async function restart(limits: Partial<RelayLimits>) {
  relay.close();
  await new Promise((ok) => server.close(ok));
  await start({ ...DEFAULT_LIMITS, ...limits });
}
async function peer(options: WebSocket.ClientOptions = {}): Promise<Peer> {
  const p = await Peer.connect(url, options);
  peers.push(p);
  return p;
}
async function presenter(): Promise<{ p: Peer; code: string; token: string }> {
  const p = await peer();
  p.send({ t: 'open' });
  const { code, token } = await p.next('opened');
  return { p, code, token };
}
async function follower(code: string): Promise<Peer> {
  const f = await peer();
  f.send({ t: 'join', code });
  await f.next('joined');
  return f;
}

beforeEach(() => start());
afterEach(async () => {
  for (const p of peers.splice(0)) p.ws.terminate();
  relay.close();
  await new Promise((ok) => server.close(ok));
});

describe('relay', () => {
  it('opens a session with a short readable code and relays the presenter’s stops to followers', async () => {
    const { p, code, token } = await presenter();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}$/);
    expect(token.length).toBeGreaterThanOrEqual(16);
    const a = await follower(code.toLowerCase());
    expect((await p.next('followers')).count).toBe(1);
    const b = await follower(` ${code.slice(0, 2)} ${code.slice(2)} `);
    expect((await p.next('followers')).count).toBe(2);
    p.send({ t: 'stop', token, stop: stop(3) });
    expect((await a.next('stop')).stop.index).toBe(3);
    expect((await b.next('stop')).stop.id).toBe('booth:b3');
    a.send({ t: 'leave' });
    expect((await p.next('followers')).count).toBe(1);
  });

  it('lands a late joiner on the current stop, and a rejoining follower too', async () => {
    const { p, code, token } = await presenter();
    p.send({ t: 'stop', token, stop: stop(1) });
    p.send({ t: 'stop', token, stop: stop(2) });
    await new Promise((ok) => setTimeout(ok, 100));
    const late = await peer();
    late.send({ t: 'join', code });
    expect((await late.next('joined')).stop?.index).toBe(2);
    late.ws.close();
    await new Promise((ok) => setTimeout(ok, 50));
    p.send({ t: 'stop', token, stop: stop(5) });
    const back = await peer();
    back.send({ t: 'join', code });
    expect((await back.next('joined')).stop?.index).toBe(5);
  });

  it('says when a code names no session', async () => {
    const f = await peer();
    f.send({ t: 'join', code: 'ZZZZZ' });
    expect((await f.next('error')).reason).toBe('no-session');
  });

  it('ignores stops from followers, forged tokens and strangers', async () => {
    const { p, code, token } = await presenter();
    const f = await follower(code);
    const g = await follower(code);
    const stranger = await peer();
    f.send({ t: 'stop', token: 'x'.repeat(24), stop: stop(7) });
    f.send({ t: 'stop', token, stop: stop(7) }); // even the right token, from the wrong connection
    stranger.send({ t: 'stop', token, stop: stop(7) });
    stranger.send({ t: 'resume', code, token: 'y'.repeat(24) });
    await g.quiet('stop');
    expect(relay.stats().dropped.unauthorized).toBe(4);
    p.send({ t: 'stop', token, stop: stop(1) });
    expect((await g.next('stop')).stop.index).toBe(1);
  });

  it('drops malformed and oversized frames and stays up', async () => {
    const { p, code, token } = await presenter();
    const f = await follower(code);
    const bad = await peer();
    for (const m of ['not json', '{"t":"stop"}', '{"t":"nope"}', '[]', 'null', '{"t":"join","code":"<script>"}', JSON.stringify({ t: 'open', extra: 1 })]) bad.send(m);
    bad.send(JSON.stringify({ t: 'join', code, pad: 'x'.repeat(5000) }));
    bad.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    p.send({ t: 'stop', token, stop: { ...stop(1), view: { position: [Infinity, 0, 0], target: [0, 0, 0] } } });
    p.send({ t: 'stop', token, stop: { ...stop(1), title: '长'.repeat(5000) } });
    await f.quiet('stop');
    const d = relay.stats().dropped;
    expect(d.malformed).toBe(9);
    expect(d.oversized).toBe(2);
    // A frame past the memory guard closes only that socket.
    const huge = await peer();
    const closed = new Promise<number>((ok) => huge.ws.once('close', ok));
    huge.ws.send('x'.repeat(64 * 1024));
    expect(await closed).toBe(1009);
    p.send({ t: 'stop', token, stop: stop(2) });
    expect((await f.next('stop')).stop.index).toBe(2);
  });

  it('limits each client’s message rate and disconnects a flood', async () => {
    await restart({ rate: 5, burst: 10, maxDrops: 50 });
    const { p, code, token } = await presenter();
    const f = await follower(code);
    for (let i = 0; i < 30; i++) p.send({ t: 'stop', token, stop: stop(i % 10) });
    await new Promise((ok) => setTimeout(ok, 300));
    const got = f.got.filter((m) => m.t === 'stop').length;
    expect(got).toBeGreaterThanOrEqual(8);
    expect(got).toBeLessThanOrEqual(12);
    expect(relay.stats().dropped.rate).toBeGreaterThanOrEqual(18);
    const flood = await peer();
    const closed = new Promise<number>((ok) => flood.ws.once('close', ok));
    for (let i = 0; i < 200; i++) flood.send({ t: 'join', code });
    expect(await closed).toBe(1008);
    // Everyone else carries on.
    await new Promise((ok) => setTimeout(ok, 1100));
    f.got.length = 0;
    p.send({ t: 'stop', token, stop: stop(9) });
    expect((await f.next('stop')).stop.index).toBe(9);
  });

  it('lets the presenter resume with the token, and ends the session when the presenter leaves', async () => {
    const first = await presenter();
    const f = await follower(first.code);
    first.p.ws.close();
    await new Promise((ok) => setTimeout(ok, 50));
    const again = await peer();
    again.send({ t: 'resume', code: first.code, token: first.token });
    expect((await again.next('joined')).presenter).toBe(true);
    expect((await again.next('followers')).count).toBe(1);
    again.send({ t: 'stop', token: first.token, stop: stop(4) });
    expect((await f.next('stop')).stop.index).toBe(4);
    again.send({ t: 'leave' });
    expect((await f.next('ended')).code).toBe(first.code);
    expect(relay.stats().sessions).toBe(0);
  });

  it('delivers every stop to 200 followers on loopback', async () => {
    await restart({ connectionsPerAddress: 300 }); // all from one address here
    const { p, code, token } = await presenter();
    const followers = await Promise.all(Array.from({ length: 200 }, () => follower(code)));
    const t0 = Date.now();
    p.send({ t: 'stop', token, stop: stop(6) });
    const got = await Promise.all(followers.map((f) => f.next('stop', 5000)));
    expect(got.every((m) => m.stop.index === 6)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(relay.stats().connections).toBe(201);
  }, 30_000);
});
