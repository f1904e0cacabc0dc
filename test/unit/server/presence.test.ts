import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RELAY_PATH } from '../../../src/present/protocol';
import { quantisePose, quantisePoseWithHands } from '../../../src/present/presenceProtocol';
import { attachRelay, DEFAULT_LIMITS, type Relay, type RelayLimits } from '../../../src/server/relay';
import { ORIGIN, Peer, stop } from './relayPeer';

const BOUNDS = { minX: -50, maxX: 50, minZ: -80, maxZ: 40 };
let server: Server;
let relay: Relay;
let url: string;
const peers: Peer[] = [];

async function start(limits: Partial<RelayLimits> = {}) {
  server = createServer();
  relay = attachRelay(server, { ...DEFAULT_LIMITS, tickMs: 20, ...limits }, (o) => o === ORIGIN, { hallBounds: (h) => (h === 'hall' || h === 'other' ? BOUNDS : null) });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${RELAY_PATH}`;
}
async function visitor(enter: Record<string, unknown> = {}) {
  const peer = await Peer.connect(url);
  peers.push(peer);
  peer.send({ t: 'enter', hall: 'hall', mode: 'desktop', colour: 0, ...enter });
  const m = await peer.next('present');
  return { peer, id: m.id, name: m.name, instance: m.instance, peers: m.peers };
}
const pose = (id: string, x: number, z: number) => ({ t: 'pose', id, p: quantisePose(x, 1.6, z, 0) });

afterEach(async () => {
  for (const p of peers.splice(0)) p.ws.terminate();
  relay.close();
  await new Promise((ok) => server.close(ok));
});

describe('presence on the relay', () => {
  it('announces visitors to each other with anonymous names, forwards poses, and says when one leaves', async () => {
    await start();
    const a = await visitor({ mode: 'phone' });
    const b = await visitor({ mode: 'xr', name: '  李老师 ' });
    expect(a.name).toBe('访客 1');
    expect(b.name).toBe('李老师');
    expect((await a.peer.next('peer')).peer).toMatchObject({ id: b.id, name: '李老师', mode: 'xr', hand: false });
    a.peer.send(pose(a.id, 3.25, -7.5));
    const got = await b.peer.next('poses');
    expect(got.p).toEqual([[a.id, 325, 160, -750, 0]]);
    const c = await visitor();
    expect(c.name).toBe('访客 2');
    b.peer.ws.close();
    expect((await a.peer.next('gone')).id).toBe(b.id);
    expect(relay.stats().presence.visitors).toBe(2);
  });

  it('drops poses claiming another id or a place outside the hall, and frames dressed as poses', async () => {
    await start();
    const a = await visitor();
    const b = await visitor();
    b.peer.send(pose(a.id, 1, 1));
    b.peer.send(pose(b.id, 500, 0));
    b.peer.send({ t: 'pose', id: b.id, p: [0, 900, 0, 0] });
    b.peer.send('{"t":"pose","x":1}');
    b.peer.send('{"t":"pose",' + '"id":"' + b.id + '"}');
    await a.peer.quiet('poses', 200);
    const d = relay.stats().dropped;
    expect(d.unauthorized).toBe(1);
    expect(d.invalid).toBe(2);
    expect(d.malformed).toBe(2);
  });

  it('refuses oversized names and halls it does not serve', async () => {
    await start();
    const p = await Peer.connect(url);
    peers.push(p);
    p.send({ t: 'enter', hall: 'hall', mode: 'desktop', colour: 0, name: '名'.repeat(25) });
    p.send({ t: 'enter', hall: 'nowhere', mode: 'desktop', colour: 0 });
    expect((await p.next('error')).reason).toBe('no-hall');
    expect(relay.stats().dropped.malformed).toBe(1);
    expect(relay.stats().presence.visitors).toBe(0);
  });

  it('disconnects a visitor who floods poses, and keeps the others', async () => {
    await start({ maxDrops: 20 });
    const a = await visitor();
    const b = await visitor();
    const closed = new Promise((ok) => b.peer.ws.once('close', ok));
    for (let i = 0; i < 200; i++) b.peer.send(pose(b.id, i / 100, 0));
    await closed;
    expect(relay.stats().dropped.rate).toBeGreaterThan(20);
    expect((await a.peer.next('gone')).id).toBe(b.id);
  });

  it('sends far peers slowly and near ones at every tick', async () => {
    await start({ farMs: 400, nearMetres: 10 });
    const a = await visitor();
    const near = await visitor();
    const far = await visitor();
    a.peer.send(pose(a.id, 0, 0));
    near.peer.send(pose(near.id, 2, 0));
    far.peer.send(pose(far.id, 40, 0));
    await new Promise((ok) => setTimeout(ok, 100));
    a.peer.got.length = 0;
    for (let i = 1; i <= 8; i++) {
      near.peer.send(pose(near.id, 2, i / 10));
      far.peer.send(pose(far.id, 40, i / 10));
      await new Promise((ok) => setTimeout(ok, 40));
    }
    const frames = a.peer.got.flatMap((m) => (m.t === 'poses' ? m.p : []));
    const of = (id: string) => frames.filter((f) => f[0] === id).length;
    expect(of(near.id)).toBeGreaterThanOrEqual(6);
    expect(of(far.id)).toBeLessThanOrEqual(2);
  });

  it('fills an instance to its capacity, then opens the next; an audience joins its presenter’s instance', async () => {
    await start({ instanceCapacity: 2 });
    const p = await visitor();
    const presenter = await Peer.connect(url);
    peers.push(presenter);
    presenter.send({ t: 'open' });
    const { code } = await presenter.next('opened');
    const host = await visitor({ code });
    const walkIn = await visitor();
    expect(host.instance).toBe(p.instance);
    expect(walkIn.instance).not.toBe(p.instance);
    const audience = await visitor({ code: code.toLowerCase() });
    expect(audience.instance).toBe(p.instance);
    const wrongCode = await visitor({ code: 'ZZZZZ' });
    expect(wrongCode.instance).toBe(walkIn.instance);
  });

  it('queues raised hands for the presenter; taking one brings followers to the figure with the question', async () => {
    await start();
    const presenter = await Peer.connect(url);
    peers.push(presenter);
    presenter.send({ t: 'open' });
    const { code, token } = await presenter.next('opened');
    const follower = await Peer.connect(url);
    peers.push(follower);
    follower.send({ t: 'join', code });
    await follower.next('joined');
    const asker = await visitor({ code, name: '王' });
    const about = { boothId: 'sichuan', targetId: 't3', label: '产业规模' };
    asker.peer.send({ t: 'hand', text: '这个数字怎么算？', about });
    const queue = await presenter.next('hands');
    expect(queue.hands).toEqual([expect.objectContaining({ id: asker.id, name: '王', text: '这个数字怎么算？', about })]);
    // Everyone present sees the hand up.
    const watcher = await visitor({ code });
    expect(watcher.peers.find((p) => p.id === asker.id)?.hand).toBe(true);
    // Nobody but the token holder takes it.
    follower.send({ t: 'take', token: 'x'.repeat(24), hand: asker.id, stop: stop(3, { kind: 'figure', targetId: 't3' }) });
    await follower.quiet('stop', 150);
    presenter.send({ t: 'take', token, hand: asker.id, stop: stop(3, { kind: 'figure', targetId: 't3' }) });
    const got = await follower.next('stop');
    expect(got.stop.targetId).toBe('t3');
    expect(got.question).toMatchObject({ id: asker.id, text: '这个数字怎么算？' });
    expect((await presenter.next('hands')).hands).toEqual([]);
    expect((await watcher.peer.next('peer')).peer).toMatchObject({ id: asker.id, hand: false });
    expect(relay.stats().dropped.unauthorized).toBe(1);
  });

  it('tells a walk-in with no presenter around that no one takes hands', async () => {
    await start();
    const a = await visitor();
    a.peer.send({ t: 'hand', about: null });
    await a.peer.next('no-presenter');
  });
});

describe('hands on the relay', () => {
  it('forwards a headset visitor\'s hands with the pose, and drops hands claimed beyond an arm\'s reach', async () => {
    await start();
    const a = await visitor({ mode: 'xr' });
    const b = await visitor();
    a.peer.send({ t: 'pose', id: a.id, p: quantisePoseWithHands(2, 1.6, -3, 0, [[-0.25, -0.45, -0.3], [0.3, 0.2, -0.5]]) });
    expect((await b.peer.next('poses')).p).toEqual([[a.id, 200, 160, -300, 0, -25, -45, -30, 30, 20, -50]]);
    // A hand 5 m from the head, or a fraction, is a malformed frame: dropped, the hands seen stay.
    a.peer.send({ t: 'pose', id: a.id, p: [200, 160, -300, 0, 500, 0, 0, 30, 20, -50] });
    a.peer.send({ t: 'pose', id: a.id, p: [200, 160, -300, 0, 0.5, 0, 0, 30, 20, -50] });
    await b.peer.quiet('poses', 200);
    expect(relay.stats().dropped.malformed).toBe(2);
  });
});
