/**
 * "Tell every open hall": pages showing the hall watch for new bundles over the relay's socket
 * ({t:'watch'}); when the studio publishes, each gets {t:'hall', scene, version} and loads the
 * new bundle in place. Watching needs no session and no token: the message says only that a
 * public file changed. The studio runs in one process; the relay bus carries the word to the
 * halls watching on every other.
 */
import type { WebSocket } from 'ws';
import type { RelayMessage } from '../present/protocol';
import { localBus, type RelayBus } from './relayBus';

/** The sockets of open halls. */
export class HallChannel {
  private watchers = new Set<WebSocket>();
  private readonly unsubscribe: () => void;

  constructor(private readonly bus: RelayBus = localBus()) {
    this.unsubscribe = bus.subscribe((e, from) => { if (e.t === 'hall' && from !== bus.self) this.tellHere(e.scene, e.version); });
  }

  /** A hall page asks to be told. */
  watch(ws: WebSocket): void { this.watchers.add(ws); }

  /** The socket closed. */
  forget(ws: WebSocket): void { this.watchers.delete(ws); }

  /** True for a watching socket (the relay's idle sweep leaves those open). */
  has(ws: WebSocket): boolean { return this.watchers.has(ws); }

  /** Tells every open hall, on every process, that `scene` has a new bundle; returns how many this process told. */
  tell(scene: string, version: string): number {
    this.bus.publish({ t: 'hall', scene, version });
    return this.tellHere(scene, version);
  }

  /** Stops hearing other processes' publishes. */
  close(): void { this.unsubscribe(); }

  private tellHere(scene: string, version: string): number {
    const m: RelayMessage = { t: 'hall', scene, version };
    const frame = JSON.stringify(m);
    let n = 0;
    for (const ws of this.watchers) if (ws.readyState === ws.OPEN) { ws.send(frame); n++; }
    return n;
  }
}
