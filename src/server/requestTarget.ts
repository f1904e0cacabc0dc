/**
 * A request's path and query, read from its target as sent ("/path?query"): no base URL to
 * resolve against, and nothing here throws on a malformed target.
 */
import type { IncomingMessage } from 'node:http';

/** The path of `req`'s target, without its query. */
export function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0];
}

/** The query parameters of `req`'s target. */
export function queryOf(req: IncomingMessage): URLSearchParams {
  const target = req.url ?? '/';
  const at = target.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : target.slice(at + 1));
}
