/**
 * A page's relay socket in Node, for the multi-process tests: the page's own RelayLink (which
 * reconnects by itself and says its hello again), with ws standing in for the browser's WebSocket
 * and `location` pointing at the one address the relay processes sit behind.
 */
import WebSocket from 'ws';
import type { ClientMessage, RelayMessage } from '../../../src/present/protocol';
import { ORIGIN } from './relayPeer';

class PageSocket extends WebSocket {
  constructor(url: string) { super(url, { origin: ORIGIN }); }
}
const g = globalThis as unknown as { WebSocket: unknown; location: { protocol: string; host: string } };
g.WebSocket = PageSocket;
g.location = { protocol: 'http:', host: '' };
const { RelayLink } = await import('../../../src/present/relayLink');

/** Points every page at `host` (the proxy). */
export const pagesAt = (host: string) => { g.location.host = host; };

type Of<T extends RelayMessage['t']> = Extract<RelayMessage, { t: T }>;

/** A page's link and what it received. */
export class Page {
  private got: RelayMessage[] = [];
  private wake: (() => void)[] = [];
  private readonly link: InstanceType<typeof RelayLink>;
  constructor(hello: () => ClientMessage | null) {
    this.link = new RelayLink(hello, (m) => { this.got.push(m); this.wake.splice(0).forEach((w) => w()); }, () => {});
  }
  send(m: ClientMessage): boolean { return this.link.send(m); }
  /** Forgets what arrived so far (the next `next` waits for something new). */
  clear(): void { this.got = []; }
  /** The first message of kind `t` matching `pred`, waiting up to `timeout` ms. */
  async next<T extends RelayMessage['t']>(t: T, pred: (m: Of<T>) => boolean = () => true, timeout = 20_000): Promise<Of<T>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const i = this.got.findIndex((m) => m.t === t && pred(m as Of<T>));
      if (i >= 0) return this.got.splice(i, 1)[0] as Of<T>;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching "${t}" within ${timeout} ms (got ${JSON.stringify(this.got).slice(0, 800)})`);
      await new Promise<void>((ok) => { const timer = setTimeout(ok, left); this.wake.push(() => { clearTimeout(timer); ok(); }); });
    }
  }
  close(): void { this.link.close(); }
}
