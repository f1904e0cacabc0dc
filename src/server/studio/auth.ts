/**
 * The studio's key: from EXPO_STUDIO_KEY (label "env"), or made on first run and kept in
 * <state dir>/studio.key outside the served folder (label "owner"). It travels only in an
 * `Authorization: Bearer` header — never a cookie, so no other site can make a browser send it.
 * Keys are compared in constant time; an address that keeps guessing is refused for a while.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';

/** A key and the label the audit log records for it. */
export interface StudioKey {
  label: string;
  secret: string;
}

/** The keys the studio accepts: $EXPO_STUDIO_KEY, else the one in `stateDir` (made if missing). */
export function loadKeys(stateDir: string, env: NodeJS.ProcessEnv = process.env): StudioKey[] {
  if (env.EXPO_STUDIO_KEY) return [{ label: 'env', secret: env.EXPO_STUDIO_KEY }];
  const file = join(stateDir, 'studio.key');
  if (!existsSync(file)) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return [{ label: 'owner', secret: readFileSync(file, 'utf8').trim() }];
}

/** Failed attempts an address may make per window before it is refused until the window ends. */
export const GUESSES = { perWindow: 10, windowMs: 60_000 };

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Checks bearer keys, throttling wrong ones per address. */
export class KeyCheck {
  private failures = new Map<string, { n: number; since: number }>();
  constructor(private readonly keys: StudioKey[], private readonly limits = GUESSES) {}

  /** The key's label; 'throttled' when the address guessed too often; null when missing or wrong. */
  check(req: IncomingMessage, now = Date.now()): string | 'throttled' | null {
    const address = req.socket.remoteAddress ?? '?';
    const f = this.failures.get(address);
    if (f && now - f.since > this.limits.windowMs) this.failures.delete(address);
    const seen = this.failures.get(address);
    if (seen && seen.n >= this.limits.perWindow) return 'throttled';
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    // Hashes have one length, so comparing them takes the same time whatever was sent.
    const given = digest(m?.[1] ?? '');
    const key = m ? this.keys.find((k) => timingSafeEqual(digest(k.secret), given)) : undefined;
    if (key) return key.label;
    const entry = this.failures.get(address) ?? { n: 0, since: now };
    entry.n++;
    this.failures.set(address, entry);
    return null;
  }
}
