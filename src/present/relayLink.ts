/**
 * The page's connection to the relay: one WebSocket to the hall's own origin that comes back by
 * itself after a drop (a phone waking, Wi-Fi roaming), saying hello again each time it opens.
 */
import { RELAY_PATH, type ClientMessage, type RelayMessage } from './protocol';

/** Connection state, as the UI shows it. */
export type LinkState = 'connecting' | 'open' | 'lost';

/** Reconnect delays (ms): quick at first, then every few seconds. */
const BACKOFF = [250, 500, 1000, 2000, 4000];

/** A relay connection that reconnects until closed. */
export class RelayLink {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param hello sent on every (re)connection: open, resume or join.
   * @param onMessage every message the relay sends.
   * @param onState connection changes.
   */
  constructor(
    private hello: () => ClientMessage | null,
    private onMessage: (m: RelayMessage) => void,
    private onState: (s: LinkState) => void,
  ) {
    this.connect();
  }

  private connect(): void {
    if (this.closed) return;
    this.onState('connecting');
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RELAY_PATH}`;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.onState('open');
      const h = this.hello();
      if (h) ws.send(JSON.stringify(h));
    };
    ws.onmessage = (e) => {
      let m: RelayMessage;
      try { m = JSON.parse(String(e.data)); } catch { return; }
      if (m && typeof m === 'object' && typeof m.t === 'string') this.onMessage(m);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.closed) return;
      this.onState('lost');
      this.timer = setTimeout(() => this.connect(), BACKOFF[Math.min(this.attempt++, BACKOFF.length - 1)]);
    };
  }

  /** Sends when connected; messages while disconnected are not queued (the hello restates the state). */
  send(m: ClientMessage): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(m));
    return true;
  }

  /** Drops the connection as a network failure would (it then reconnects): for tests and diagnostics. */
  drop(): void {
    this.ws?.close();
  }

  /** Closes for good, after a last message (a socket sends what it was given before its close frame). */
  close(farewell?: ClientMessage): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (farewell) this.send(farewell);
    this.ws?.close();
    this.ws = null;
  }
}
