/** The studio's append-only audit log: one JSON line per change — when, which key, what. */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One entry. */
export interface AuditEntry {
  at: string;
  key: string;
  action: 'upload' | 'decide' | 'discard' | 'publish' | 'undo';
  document?: string;
  detail?: string;
}

/** Appends to and reads the log at `file`. */
export class AuditLog {
  constructor(private readonly file: string) {}

  /** Adds an entry (appended, never rewritten). */
  record(e: Omit<AuditEntry, 'at'>): AuditEntry {
    const entry = { at: new Date().toISOString(), ...e };
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
    return entry;
  }

  /** The latest `n` entries, newest first. */
  latest(n = 200): AuditEntry[] {
    if (!existsSync(this.file)) return [];
    const lines = readFileSync(this.file, 'utf8').split('\n').filter(Boolean).slice(-n);
    return lines.reverse().flatMap((l) => { try { return [JSON.parse(l) as AuditEntry]; } catch { return []; } });
  }
}
