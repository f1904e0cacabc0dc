/**
 * Until the studio (issue 19) brings its own key handling: a request is authorized when its
 * `Authorization: Bearer <key>` equals EXPO_STUDIO_KEY. Swap this for the studio's authorize.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Who a request acts for, or null when it holds no valid key. */
export type Authorize = (req: IncomingMessage) => { label: string } | null;

// Hashing both sides gives equal lengths, so the comparison takes the same time for any guess.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares the bearer token with `key` in constant time; with no key configured nobody is let in. */
export function bearerKeyAuthorize(key: string | undefined): Authorize {
  const expected = key ? digest(key) : null;
  return (req) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!expected || !m) return null;
    return timingSafeEqual(digest(m[1]), expected) ? { label: 'studio key' } : null;
  };
}
