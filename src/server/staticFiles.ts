/**
 * The built app from one folder, through sirv: ETag and Last-Modified (a 304 when unchanged),
 * Range, and the brotli or gzip copy made at build time chosen by Accept-Encoding. Hashed files
 * under /assets/ are cached for a year; everything else (the page, the scene bundles, their font
 * and glyph fields, the service worker) is revalidated on each use, so a newly published bundle
 * is seen at once. Files are looked up on each request, not listed once at start, because the
 * studio publishes new bundles while the server runs.
 */
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** A handler for the files under `root`; answers every request it is given (404 when there is no such file). */
export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => void {
  const base = resolve(root);
  const files = sirv(base, {
    dev: true, // per request: see above
    etag: true,
    brotli: true,
    gzip: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE),
  });
  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    // Dotfiles are never served (sirv checks this only when it lists the folder up front).
    if (/\/\./.test(pathname)) return notFound(req, res);
    sanitizeRange(req);
    if (!pathname.startsWith('/assets/')) skipStaleCopies(req, base, pathname);
    // sirv pipes a file stream into res with no 'error' listener: a file removed between its
    // lookup and its read (a bundle being republished) would throw out of the process.
    res.once('pipe', (source) => source.once('error', () => res.destroy()));
    files(req, res, () => notFound(req, res));
  };
}

/**
 * Keeps only a Range sirv reads right: one `bytes=a-b` or `bytes=a-` with a ≤ b. Others (suffix
 * ranges, several ranges, a reversed one) are ignored, which HTTP allows: the whole file is sent.
 */
function sanitizeRange(req: IncomingMessage): void {
  const range = req.headers.range;
  if (range === undefined) return;
  const m = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  if (!m || (m[2] !== '' && Number(m[2]) < Number(m[1]))) delete req.headers.range;
}

/**
 * A file rewritten after the build (a bundle published from the studio) would otherwise still be
 * served from its older .br/.gz copy: such copies are skipped until they are made again.
 */
function skipStaleCopies(req: IncomingMessage, base: string, pathname: string): void {
  const file = join(base, pathname);
  if (!file.startsWith(base + '/')) return;
  const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : null);
  const raw = mtime(file);
  if (raw === null) return;
  const stale = ['.br', '.gz'].some((s) => { const t = mtime(file + s); return t !== null && t < raw; });
  if (stale) req.headers['accept-encoding'] = 'identity';
}

/** 404; a browser navigating to a missing page gets a line and a link back to the hall. */
export function notFound(req: IncomingMessage, res: ServerResponse): void {
  const navigation = req.headers['sec-fetch-mode'] === 'navigate' || /text\/html/.test(req.headers.accept ?? '');
  res.writeHead(404, { 'Content-Type': navigation ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE });
  res.end(navigation ? '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Back to the hall</a></p>\n' : 'Not found\n');
}
