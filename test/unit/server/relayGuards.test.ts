import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { RELAY_PATH, ClientMessage, type RelayMessage } from '../../../src/present/protocol';
import { originCheck } from '../../../src/server/origins';
import { attachRelay, DEFAULT_LIMITS, type Relay, type RelayLimits } from '../../../src/server/relay';

const ORIGIN = 'http://hall.test';
let server: Server;
let relay: Relay;
let url: string;
const sockets: WebSocket[] = [];

async function start(limits: Partial<RelayLimits> = {}) {
  server = createServer();
  relay = attachRelay(server, { ...DEFAULT_LIMITS, ...limits }, (o) => o === ORIGIN);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${RELAY_PATH}`;
}
/** Opens a socket from `from` (any 127.x address is this machine) with the hall's Origin unless told otherwise. */
function open(from = '127.0.0.1', origin: string | null = ORIGIN): Promise<WebSocket> {
  const ws = new WebSocket(url, { localAddress: from, ...(origin ? { origin } : {}) });
  sockets.push(ws);
  return new Promise((ok, fail) => { ws.once('open', () => ok(ws)); ws.once('error', fail); });
}
/** Sends `m` and waits for the next message. */
function ask(ws: WebSocket, m: unknown): Promise<RelayMessage> {
  return new Promise((ok) => { ws.once('message', (d) => ok(JSON.parse(String(d)))); ws.send(JSON.stringify(m)); });
}

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  relay.close();
  await new Promise((ok) => server.close(ok));
  vi.useRealTimers();
});

describe('relay guards', () => {
  it('refuses sockets from another site, or with no Origin, and counts them', async () => {
    await start();
    await expect(open('127.0.0.1', 'https://evil.example')).rejects.toThrow(/403/);
    await expect(open('127.0.0.1', null)).rejects.toThrow(/403/);
    expect(relay.stats().refused.origin).toBe(2);
    const ok = await open();
    expect((await ask(ok, { t: 'open' })).t).toBe('opened');
  });

  it('knows the hall’s own origins and configured ones, nothing else', () => {
    const allowed = originCheck(() => 'http', () => 8080, ['https://expo.example.org']);
    expect(allowed('http://localhost:8080')).toBe(true);
    expect(allowed('http://127.0.0.1:8080')).toBe(true);
    expect(allowed('https://expo.example.org')).toBe(true);
    expect(allowed('http://localhost:9999')).toBe(false);
    expect(allowed('https://localhost:8080')).toBe(false);
    expect(allowed('http://evil.example')).toBe(false);
    expect(allowed(undefined)).toBe(false);
  });

  it('leaves room for a real presenter when one device hoards sessions', async () => {
    await start({ sessions: 20 });
    let opened = 0;
    // One device: many sockets, each opening sessions over and over, some leaving them behind.
    for (let i = 0; i < 12; i++) {
      const ws = await open('127.0.0.5');
      for (let j = 0; j < 5; j++) if ((await ask(ws, { t: 'open' })).t === 'opened') opened++;
      if (i % 2) ws.terminate();
    }
    expect(relay.stats().sessions).toBeLessThanOrEqual(DEFAULT_LIMITS.sessionsPerAddress);
    expect(opened).toBeLessThan(60);
    const presenter = await open('127.0.0.9');
    expect((await ask(presenter, { t: 'open' })).t).toBe('opened');
  });

  it('ends a session no one ever followed, but not one that has followers', async () => {
    await start({ unfollowedMs: 200 });
    const lonely = await open('127.0.0.1');
    const a = await ask(lonely, { t: 'open' });
    const busy = await open('127.0.0.2');
    const b = await ask(busy, { t: 'open' }) as Extract<RelayMessage, { t: 'opened' }>;
    const f = await open('127.0.0.3');
    expect((await ask(f, { t: 'join', code: b.code })).t).toBe('joined');
    await new Promise((ok) => setTimeout(ok, 400));
    expect(relay.stats().sessions).toBe(1);
    const late = await open('127.0.0.4');
    expect(await ask(late, { t: 'join', code: (a as Extract<RelayMessage, { t: 'opened' }>).code })).toEqual({ t: 'error', reason: 'no-session' });
  });

  it('throttles code guessing per address, not other devices', async () => {
    await start({ guessBurst: 5, guessRate: 0.5 });
    const host = await open('127.0.0.2');
    const { code } = await ask(host, { t: 'open' }) as Extract<RelayMessage, { t: 'opened' }>;
    const guesser = await open('127.0.0.3');
    const answers: string[] = [];
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) {
      const m = await ask(guesser, { t: 'join', code: `ZZZZ${'ABCDEFGHJK'[i % 10]}` });
      answers.push(m.t === 'error' ? m.reason : m.t);
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('no-session'));
    expect(answers.slice(6)).toEqual(Array(14).fill('busy'));
    // Even the right code is not looked up while throttled: guessing cannot be sped up.
    expect(await ask(guesser, { t: 'join', code })).toEqual({ t: 'error', reason: 'busy' });
    expect(relay.stats().refused.guesses).toBeGreaterThanOrEqual(14);
    expect(Date.now() - t0).toBeLessThan(1500);
    // Another device joins at once.
    const friend = await open('127.0.0.4');
    expect((await ask(friend, { t: 'join', code })).t).toBe('joined');
  });

  it('caps sockets per address', async () => {
    await start({ connectionsPerAddress: 3 });
    const held = await Promise.all([open(), open(), open()]);
    await expect(open()).rejects.toThrow(/503/);
    expect(relay.stats().refused.connections).toBe(1);
    await open('127.0.0.2'); // another device is not affected
    held[0].close();
    await new Promise((ok) => held[0].once('close', ok));
    await new Promise((ok) => setTimeout(ok, 50));
    await open(); // the address has a share back
  });

  it('closes sockets that join nothing and say nothing, not followers', async () => {
    await start({ idleMs: 300, sweepMs: 100 });
    const host = await open('127.0.0.2');
    const { code } = await ask(host, { t: 'open' }) as Extract<RelayMessage, { t: 'opened' }>;
    const follower = await open('127.0.0.3');
    await ask(follower, { t: 'join', code });
    const idle = await Promise.all([open(), open()]);
    const t0 = Date.now();
    await Promise.all(idle.map((ws) => new Promise((ok) => ws.once('close', ok))));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(follower.readyState).toBe(WebSocket.OPEN);
  });

  it('logs a bug in a handler as a server error, not the client’s fault', async () => {
    await start();
    const ws = await open();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const parse = vi.spyOn(ClientMessage, 'safeParse').mockImplementationOnce(() => { throw new Error('a bug'); });
    ws.send(JSON.stringify({ t: 'open' }));
    await new Promise((ok) => setTimeout(ok, 100));
    expect(logged.mock.calls[0]?.[0]).toMatch(/relay: a message handler failed/);
    parse.mockRestore();
    logged.mockRestore();
    expect(relay.stats().errors).toBe(1);
    expect(relay.stats().dropped.malformed).toBe(0);
    expect((await ask(ws, { t: 'open' })).t).toBe('opened');
  });
});
