/**
 * Security headers on every response. The policy lists exactly what the hall uses: its own
 * scripts and styles, troika's text worker (blob: URLs), images
 * and fonts from this origin or made in the page (data:, blob:), fetches and the relay's socket
 * to this origin only, and of blob: URLs the page made (the studio preview's font). Nothing may
 * frame the hall, and nothing it loads may come from elsewhere.
 */
import type { ServerResponse } from 'node:http';

/** The Content-Security-Policy the hall runs under (test/e2e/csp.spec.ts checks it causes no violation). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // blob: for troika's text worker, which is started from a blob: URL and loads each of its
  // modules with importScripts(blob:) — a blob URL only script already running here can make.
  "script-src 'self' blob:",
  "style-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // blob: for the studio preview's font subset, fetched with the key and handed to troika, which
  // reads fonts by URL (XMLHttpRequest). A blob: URL is made by script already running here.
  "connect-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Sets the security headers on `res` (before anything else writes it). */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
}
