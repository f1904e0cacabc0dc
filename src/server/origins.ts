/**
 * The origins the hall answers at: the browser's Origin header on a relay socket must be one of
 * them, so a page on another site cannot open sockets from a visitor's browser.
 */
import { hostname, networkInterfaces } from 'node:os';

/** This machine's IPv4 addresses on the local network (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [a.address] : []));
}

/** The hall's own origins when served over `scheme` on `port`: loopback names, this machine's name, its LAN addresses. */
export function hallOrigins(scheme: 'http' | 'https', port: number): string[] {
  const name = hostname().toLowerCase();
  const hosts = ['localhost', '127.0.0.1', '[::1]', name, `${name}.local`, ...lanAddresses()];
  const portPart = port === (scheme === 'https' ? 443 : 80) ? '' : `:${port}`;
  return hosts.map((h) => `${scheme}://${h}${portPart}`);
}

/**
 * A check of an Origin header against the hall's origins (computed on each call: a laptop that
 * joins the event's Wi-Fi after starting gets a new address) and `extra` ones (a TLS proxy's, a
 * hostname given in DNS). A missing Origin is refused: every browser sends one on a WebSocket.
 */
export function originCheck(scheme: () => 'http' | 'https', port: () => number, extra: string[] = []): (origin: string | undefined) => boolean {
  const configured = new Set(extra.map((o) => o.trim().toLowerCase().replace(/\/+$/, '')).filter(Boolean));
  return (origin) => {
    if (!origin) return false;
    const o = origin.toLowerCase();
    return configured.has(o) || hallOrigins(scheme(), port()).includes(o);
  };
}
