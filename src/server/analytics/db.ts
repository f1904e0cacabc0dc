/**
 * The analytics database: one SQLite file (better-sqlite3), one table of coarse events. Writes are
 * queued and committed together about once a second, so a burst of visitors costs one short
 * transaction instead of one per request — the relay shares this process's event loop. Rows older
 * than the retention are deleted at start and every hour.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnalyticsEvent, EventKind } from '../../analytics/events';

/** One stored row: when (unix seconds), which visit, what kind, and the kind's fields. */
export interface EventRow {
  at: number;
  visit: string;
  kind: EventKind;
  booth: string | null;
  item: string | null;
  value: number | null;
  /** A second text field: a session's tour. */
  label: string | null;
  x: number | null;
  z: number | null;
}

type Fields = Pick<EventRow, 'booth' | 'item' | 'value' | 'label' | 'x' | 'z'>;
const none: Fields = { booth: null, item: null, value: null, label: null, x: null, z: null };

/** How each kind's fields map onto the table's columns (a new kind that is not mapped fails the type check). */
const COLUMNS: { [K in EventKind]: (e: Extract<AnalyticsEvent, { k: K }>) => Fields } = {
  enter: (e) => ({ ...none, booth: e.booth }),
  dwell: (e) => ({ ...none, booth: e.booth, value: e.s }),
  figure: (e) => ({ ...none, booth: e.booth, item: e.target }),
  clause: (e) => ({ ...none, booth: e.booth, item: String(e.n) }),
  search: (e) => ({ ...none, item: e.q }),
  tour: (e) => ({ ...none, item: e.tour }),
  xr: (e) => ({ ...none, value: e.s }),
  device: (e) => ({ ...none, item: e.device }),
  stand: (e) => ({ ...none, x: e.x, z: e.z }),
  session: (e) => ({ ...none, item: e.code, label: e.tour, value: e.peak }),
  'kiosk-loop': (e) => ({ ...none, item: e.tour }),
};

/** The row for an event received at `at` from `visit`. */
export function rowOf(e: AnalyticsEvent, visit: string, at: number): EventRow {
  const fields = (COLUMNS[e.k] as (x: AnalyticsEvent) => Fields)(e);
  return { at, visit, kind: e.k, ...fields };
}

/** An open analytics database. */
export interface AnalyticsDb {
  readonly db: Database.Database;
  /** Queues rows; they are committed within `flushMs`. */
  add(rows: EventRow[]): void;
  /** Commits the queue now; returns how many rows were written. */
  flush(): number;
  /** Deletes rows older than the retention; returns how many. */
  prune(now?: number): number;
  /** Rows written since the database was opened. */
  written(): number;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  at INTEGER NOT NULL, visit TEXT NOT NULL, kind TEXT NOT NULL,
  booth TEXT, item TEXT, value REAL, label TEXT, x INTEGER, z INTEGER
);
CREATE INDEX IF NOT EXISTS events_kind_at ON events(kind, at);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
`;

/** Opens (creating when missing) the database file; `:memory:` for tests. */
export function openAnalyticsDb(file: string, opts: { retentionDays: number; flushMs?: number }): AnalyticsDb {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL: the Reach page reads while events are written, neither waits for the other.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO events (at, visit, kind, booth, item, value, label, x, z) VALUES (@at, @visit, @kind, @booth, @item, @value, @label, @x, @z)');
  const insertAll = db.transaction((rows: EventRow[]) => { for (const r of rows) insert.run(r); });
  const remove = db.prepare('DELETE FROM events WHERE at < ?');
  let queue: EventRow[] = [];
  let total = 0;

  const flush = () => {
    if (!queue.length) return 0;
    const rows = queue;
    queue = [];
    insertAll(rows);
    total += rows.length;
    return rows.length;
  };
  const prune = (now = Date.now() / 1000) => remove.run(Math.floor(now - opts.retentionDays * 86_400)).changes;
  const writer = setInterval(flush, opts.flushMs ?? 1000);
  const pruner = setInterval(() => prune(), 3_600_000);
  writer.unref();
  pruner.unref();
  prune();

  return {
    db,
    add: (rows) => {
      queue.push(...rows);
      // A flood is committed at once rather than held in memory.
      if (queue.length >= 5000) flush();
    },
    flush,
    prune,
    written: () => total,
    close: () => {
      clearInterval(writer);
      clearInterval(pruner);
      flush();
      db.close();
    },
  };
}
