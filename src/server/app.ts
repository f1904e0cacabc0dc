/**
 * The hall's server: one http(s) server whose requests go through a chain — API handlers in the
 * order they were added, then the static files — and whose 'upgrade' goes to the follow-me relay.
 *
 * Mounting an API (the studio does): `app.use(handler)` with
 *   `(req, res) => boolean | Promise<boolean>` — return true when it answered the request, false to
 *   pass it on. The security headers are already set on `res`; the URL is known to be well formed
 *   (a path starting with one "/", percent-encoding valid, no "..", no NUL). A handler that throws
 *   or rejects is answered 500 and logged; the server goes on. Handlers see every method; the
 *   static files answer only GET and HEAD (405 otherwise).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { setSecurityHeaders } from './headers';
import { originCheck } from './origins';
import { join } from 'node:path';
import { hallBoundsFrom } from './hallBounds';
import { attachRelay, DEFAULT_LIMITS, type Relay, type RelayLimits, type RelayOptions } from './relay';
import { staticFiles } from './staticFiles';

/** An API handler: true when it answered the request, false to pass it on. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** Limits on the HTTP side (the relay has its own). */
export interface ServerLimits {
  /** A socket that sends nothing for this long is closed (ms). */
  idleMs: number;
  /** Time allowed to send a request's headers, and a whole request (ms). */
  headersMs: number;
  requestMs: number;
  /** Open sockets in all, and from one address. */
  maxConnections: number;
  connectionsPerAddress: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = { idleMs: 30_000, headersMs: 10_000, requestMs: 60_000, maxConnections: 4000, connectionsPerAddress: 256 };

/** How to build the server. */
export interface AppOptions {
  /** The folder of static files (the production build). */
  root: string;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Origins besides the hall's own that may open relay sockets (e.g. a TLS proxy's). */
  origins?: string[];
  limits?: Partial<ServerLimits>;
  relayLimits?: Partial<RelayLimits>;
  /** The presence bus between relay processes (one process by default). */
  bus?: RelayOptions['bus'];
}

/** A built server, not yet listening. */
export interface App {
  server: Server;
  relay: Relay;
  /** Adds an API handler in front of the static files (see the comment at the top of this file). */
  use(handler: ApiHandler): void;
  /** Listens; resolves with the port (pass 0 for any free one). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Builds the server: security headers, URL check, API handlers, static files, relay, socket limits. */
export function createApp(options: AppOptions): App {
  const limits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
  const handlers: ApiHandler[] = [];
  const files = staticFiles(options.root);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const pathname = wellFormedPath(req.url);
    if (pathname === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    for (const h of handlers) if (await h(req, res)) return;
    files(req, res, pathname);
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const fail = (e: unknown) => {
      console.error(`server: ${req.method} ${req.url} failed:`, e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error\n');
      else res.destroy();
    };
    try { handle(req, res).catch(fail); } catch (e) { fail(e); }
  };
  const server: Server = options.tls ? createHttpsServer({ ...options.tls }, onRequest) : createHttpServer(onRequest);
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  server.maxConnections = limits.maxConnections;
  limitSockets(server, limits);

  const scheme = () => (options.tls ? 'https' : 'http') as 'http' | 'https';
  const port = () => (server.address() as AddressInfo | null)?.port ?? 0;
  const relay = attachRelay(server, { ...DEFAULT_LIMITS, ...options.relayLimits }, originCheck(scheme, port, options.origins), {
    hallBounds: hallBoundsFrom(join(options.root, 'generated')), bus: options.bus,
  });

  return {
    server,
    relay,
    use: (h) => { handlers.push(h); },
    listen: (p, host = '0.0.0.0') => new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(p, host, () => { server.off('error', fail); ok(port()); });
    }),
    close: () => new Promise((ok) => {
      relay.close();
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

/**
 * The decoded path of a request target, or null when it is malformed: not starting with "/",
 * bad percent-encoding, a NUL, a backslash or a ".." segment (after decoding, so %2e%2e and
 * %2f count).
 */
export function wellFormedPath(url: string | undefined): string | null {
  if (!url || url[0] !== '/') return null;
  const raw = url.split(/[?#]/)[0];
  let path: string;
  try { path = decodeURIComponent(raw); } catch { return null; }
  if (/[\0\\]/.test(path) || path.split('/').includes('..')) return null;
  return path;
}

/** Idle sockets are closed; one address may hold only so many. */
function limitSockets(server: Server, limits: ServerLimits): void {
  const perAddress = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const n = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, n);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left); else perAddress.delete(address);
    });
    if (n > limits.connectionsPerAddress) { socket.destroy(); return; }
    // Idle: no byte either way for idleMs. The relay turns this off on the sockets it takes over.
    socket.setTimeout(limits.idleMs, () => socket.destroy());
  });
}
