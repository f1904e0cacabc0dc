/**
 * The relay as several processes behind one address, sharing sessions and hall instances through a
 * real redis-server: a presenter on one process, followers and visitors on another; a killed
 * process's pages come back through the same address to the other and catch up; a process started
 * later learns what runs; bad input is refused across processes. Needs redis-server (fails, never
 * skips, without it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH, type ClientMessage } from '../../../src/present/protocol';
import { quantisePose } from '../../../src/present/presenceProtocol';
import { relayStats, startProxy, startRedis, startRelay, type Proxy, type RelayProcess } from './relayCluster';
import { Page, pagesAt } from './relayPage';
import { ORIGIN, Peer, stop } from './relayPeer';

/** Small instances, so the atomic count is tested with a dozen visitors. */
const LIMITS = { instanceCapacity: 5, tickMs: 30 };
let redis: Awaited<ReturnType<typeof startRedis>>;
const relays: RelayProcess[] = [];
let proxy: Proxy;
const pages: Page[] = [];
const peers: Peer[] = [];
const live = () => relays.filter((r) => r.child.exitCode === null && r.child.signalCode === null);

const page = (hello: () => ClientMessage | null) => { const p = new Page(hello); pages.push(p); return p; };
/** A raw socket through the one address, to whichever process `proxy.prefer` names (from `from`, any 127.x address). */
const raw = async (from = '127.0.0.1') => { const p = await Peer.connect(`ws://127.0.0.1:${proxy.port}${RELAY_PATH}`, { localAddress: from }); peers.push(p); return p; };

beforeAll(async () => {
  redis = await startRedis();
  relays.push(...(await Promise.all([startRelay(redis.url, ORIGIN, LIMITS), startRelay(redis.url, ORIGIN, LIMITS)])));
  proxy = await startProxy(() => live().map((r) => r.port));
  pagesAt(`127.0.0.1:${proxy.port}`);
}, 120_000);

afterAll(() => {
  for (const p of pages) p.close();
  for (const p of peers) p.ws.terminate();
  for (const r of relays) r.child.kill('SIGKILL');
  proxy?.close();
  redis?.stop();
});

describe('the relay on several processes sharing Redis', () => {
  it('never puts more than an instance holds, with visitors entering on both processes at once', async () => {
    const [a, b] = relays;
    const visitors: Peer[] = [];
    for (let i = 0; i < 12; i++) {
      proxy.prefer = (i % 2 ? a : b).port;
      visitors.push(await raw());
    }
    // All at once: neither process can have heard of the other's visitors before placing its own.
    for (const p of visitors) p.send({ t: 'enter', hall: 'hall-b', mode: 'desktop', colour: 0 });
    const entered = await Promise.all(visitors.map(async (p) => (await p.next('present', 15_000)).instance));
    const sizes = new Map<string, number>();
    for (const k of entered) sizes.set(k, (sizes.get(k) ?? 0) + 1);
    expect([...sizes.values()].sort()).toEqual([2, 5, 5]);
    for (const p of peers.splice(0)) p.ws.terminate();
  });

  it('tells open halls on every process when the studio on one publishes', async () => {
    const [a, b] = relays;
    proxy.prefer = b.port;
    const hall = await raw();
    hall.send({ t: 'watch' });
    await new Promise((ok) => setTimeout(ok, 300));
    await fetch(`http://127.0.0.1:${a.port}/publish/hall`);
    expect(await hall.next('hall')).toEqual({ t: 'hall', scene: 'hall', version: 'v2' });
  });

  it('lets a presenter on one process drive followers on the other, shows everyone to everyone, and moves a killed process’s pages to the other', async () => {
    const [a, b] = relays;
    let code = '';
    let token = '';
    proxy.prefer = a.port;
    const presenter = page(() => (token ? { t: 'resume', code, token } : { t: 'open' }));
    ({ code, token } = await presenter.next('opened'));
    const presenterHere = page(() => ({ t: 'enter', hall: 'hall', mode: 'desktop', colour: 1, name: '讲解员', code }));
    const me = await presenterHere.next('present');

    proxy.prefer = b.port;
    const follower = page(() => ({ t: 'join', code }));
    expect((await follower.next('joined')).stop).toBeNull();
    const followerHere = page(() => ({ t: 'enter', hall: 'hall', mode: 'phone', colour: 2, code }));
    const visitor = page(() => ({ t: 'enter', hall: 'hall', mode: 'xr', colour: 3 }));
    const f1 = await followerHere.next('present');
    const v1 = await visitor.next('present');
    expect(f1.instance).toBe(me.instance);
    expect(f1.peers.map((p) => p.id)).toContain(me.id);
    await presenter.next('followers', (m) => m.count === 1);

    presenter.send({ t: 'stop', token, stop: stop(1) });
    expect((await follower.next('stop')).stop.index).toBe(1);
    await presenterHere.next('peer', (m) => m.peer.id === f1.id && m.peer.mode === 'phone');
    await presenterHere.next('peer', (m) => m.peer.id === v1.id && m.peer.mode === 'xr');
    presenterHere.send({ t: 'pose', id: me.id, p: quantisePose(2, 1.6, -3, 0) });
    expect((await visitor.next('poses', (m) => m.p.some(([id]) => id === me.id))).p.find(([id]) => id === me.id)).toEqual([me.id, 200, 160, -300, 0]);

    // A hand raised on one process reaches the presenter's queue on the other; taking it brings the follower to the figure.
    followerHere.send({ t: 'hand', text: '这个指标怎么算?', about: { boothId: 'b2', targetId: 't1' } });
    await presenter.next('hands', (m) => m.hands.some((h) => h.id === f1.id));
    presenter.send({ t: 'take', token, hand: f1.id, stop: stop(2, { kind: 'figure', targetId: 't1' }) });
    expect((await follower.next('stop', (m) => m.stop.index === 2)).question?.text).toBe('这个指标怎么算?');
    await presenterHere.next('peer', (m) => m.peer.id === f1.id && !m.peer.hand);

    // Process B dies: its pages reconnect to the one address, land on A, rejoin and catch up.
    for (const p of [presenter, presenterHere, follower, followerHere, visitor]) p.clear();
    b.child.kill('SIGKILL');
    expect((await follower.next('joined')).stop?.index).toBe(2);
    const f2 = await followerHere.next('present');
    const v2 = await visitor.next('present');
    expect(f2.instance).toBe(me.instance);
    expect(v2.peers.map((p) => p.id)).toContain(me.id);
    // The presenter sees the dead process's visitors go (once its heartbeat lapses) and the rejoined ones come.
    await presenterHere.next('gone', (m) => m.id === f1.id);
    await presenterHere.next('gone', (m) => m.id === v1.id);
    await presenterHere.next('peer', (m) => m.peer.id === v2.id);
    await presenter.next('followers', (m) => m.count === 1);
    presenter.send({ t: 'stop', token, stop: stop(3) });
    expect((await follower.next('stop', (m) => m.stop.index === 3)).stop.index).toBe(3);
  });

  it('brings a process started later up to date, refuses forged frames and spread-out guesses across processes, and lets the presenter resume on another', async () => {
    const [a] = relays;
    proxy.prefer = a.port;
    let code = '';
    let token = '';
    const presenter = page(() => (token ? { t: 'resume', code, token } : { t: 'open' }));
    ({ code, token } = await presenter.next('opened'));
    presenter.send({ t: 'stop', token, stop: stop(4) });
    const presenterHere = page(() => ({ t: 'enter', hall: 'hall-c', mode: 'desktop', colour: 1, code }));
    const me = await presenterHere.next('present');

    // This process started after all this: it asked, and the others told it.
    const started = await startRelay(redis.url, ORIGIN, LIMITS);
    relays.push(started);
    proxy.prefer = started.port;
    const follower = page(() => ({ t: 'join', code }));
    expect((await follower.next('joined')).stop?.index).toBe(4);
    const visitor = page(() => ({ t: 'enter', hall: 'hall-c', mode: 'desktop', colour: 0 }));
    const v = await visitor.next('present');
    expect(v.peers.map((p) => p.id)).toContain(me.id);

    // Forged on the late process, aimed at the presenter on A: a pose in the presenter's name, a stop without the token.
    visitor.send({ t: 'pose', id: me.id, p: quantisePose(1, 1.6, 1, 0) });
    follower.send({ t: 'stop', token: 'x'.repeat(24), stop: stop(9) });
    await new Promise((ok) => setTimeout(ok, 500));
    expect((await relayStats(started)).dropped.unauthorized).toBe(2);
    expect((await relayStats(a)).dropped.unauthorized).toBe(0);

    // Wrong codes tried on A use up the address's guesses on the late process too.
    proxy.prefer = a.port;
    const guesser = await raw('127.0.0.2');
    for (let i = 0; i < 12; i++) guesser.send({ t: 'join', code: 'ZZZZ' + 'ABCDE'[i % 5] });
    await guesser.next('error', 5000);
    await new Promise((ok) => setTimeout(ok, 500));
    proxy.prefer = started.port;
    const late = await raw('127.0.0.2');
    late.send({ t: 'join', code });
    expect((await late.next('error', 5000)).reason).toBe('busy');

    // The presenter's process dies: the presenter resumes on the other with its token and drives on.
    presenter.clear();
    a.child.kill('SIGKILL');
    expect((await presenter.next('joined')).presenter).toBe(true);
    await presenter.next('followers', (m) => m.count === 1);
    presenter.send({ t: 'stop', token, stop: stop(5) });
    expect((await follower.next('stop', (m) => m.stop.index === 5)).stop.index).toBe(5);
    expect((await presenterHere.next('present')).peers.map((p) => p.id)).toContain(v.id);
  });
});
