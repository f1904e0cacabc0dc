/** A test client of the relay (relay and presence tests): every message it receives, and a way to wait for one. */
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { RelayMessage, WireStop } from '../../../src/present/protocol';

/** The hall's page, as far as these tests' relay knows. */
export const ORIGIN = 'http://hall.test';

/** A socket and what it received. */
export class Peer {
  readonly got: RelayMessage[] = [];
  private waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => { this.got.push(JSON.parse(String(d))); this.waiters.splice(0).forEach((w) => w()); });
  }
  static async connect(url: string, options: WebSocket.ClientOptions = {}): Promise<Peer> {
    const ws = new WebSocket(url, { origin: ORIGIN, ...options });
    await new Promise((ok, fail) => { ws.once('open', ok); ws.once('error', fail); });
    return new Peer(ws);
  }
  send(m: unknown) { this.ws.send(typeof m === 'string' ? m : JSON.stringify(m)); }
  async next<T extends RelayMessage['t']>(t: T, timeout = 3000): Promise<Extract<RelayMessage, { t: T }>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const i = this.got.findIndex((m) => m.t === t);
      if (i >= 0) return this.got.splice(i, 1)[0] as Extract<RelayMessage, { t: T }>;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${t}" within ${timeout} ms (got ${JSON.stringify(this.got)})`);
      await new Promise<void>((ok) => { const timer = setTimeout(ok, left); this.waiters.push(() => { clearTimeout(timer); ok(); }); });
    }
  }
  /** Nothing of kind `t` arrives within `ms`. */
  async quiet(t: RelayMessage['t'], ms = 300) {
    await new Promise((ok) => setTimeout(ok, ms));
    expect(this.got.filter((m) => m.t === t)).toEqual([]);
  }
}

export const stop = (index: number, extra: Partial<WireStop> = {}): WireStop => ({
  index, count: 10, tourId: 'default', id: `booth:b${index}`, kind: 'booth', title: `第 ${index + 1} 站`, boothId: `b${index}`,
  view: { position: [index, 1.6, 5], target: [index, 1.3, 0] }, ...extra,
});

