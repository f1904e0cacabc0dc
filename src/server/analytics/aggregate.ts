/**
 * The Reach report, aggregated on read from the raw events: nothing is pre-summed, so a question
 * asked later (another window, another grouping) is one query away. Every query is bounded by the
 * time window and, for lists, by a limit.
 */
import { HEAT_CELL_METRES } from '../../analytics/events';
import type { AnalyticsDb } from './db';

/** What an official reports after the event. */
export interface ReachReport {
  /** The window (unix seconds) the figures cover, and whether collection is on. */
  since: number;
  until: number;
  collecting: boolean;
  totals: { visitors: number; events: number };
  visitorsPerHour: { hour: number; visitors: number }[];
  booths: { id: string; visits: number; visitors: number; dwellSeconds: number }[];
  figures: { booth: string; target: string; opens: number }[];
  clauses: { booth: string; clause: number; reads: number }[];
  searches: { query: string; count: number }[];
  /** Samples per cell; a cell is `cell` metres square, (x, z) its index (x · cell is its west edge). */
  heat: { cell: number; cells: { x: number; z: number; samples: number }[] };
  /** Each presenting session's peak of followers. */
  sessions: { code: string; tour: string; peak: number; startedAt: number }[];
  kiosk: { tour: string; loops: number; screens: number }[];
  tours: { tour: string; followers: number }[];
  devices: { device: string; visitors: number }[];
  xr: { sessions: number; seconds: number };
}

const LIST_LIMIT = 50;

/** Aggregates the events of the last `hours` (default: everything retained). */
export function reachReport(store: AnalyticsDb, opts: { hours?: number; collecting: boolean; now?: number }): ReachReport {
  store.flush();
  const until = Math.floor((opts.now ?? Date.now()) / 1000);
  const since = opts.hours ? until - Math.round(opts.hours * 3600) : 0;
  const all = <T>(sql: string, ...params: unknown[]) => store.db.prepare(sql).all(since, ...params) as T[];
  const one = <T>(sql: string) => store.db.prepare(sql).get(since) as T;

  const totals = one<{ visitors: number; events: number }>('SELECT COUNT(DISTINCT visit) AS visitors, COUNT(*) AS events FROM events WHERE at >= ?');
  const xr = one<{ sessions: number; seconds: number | null }>(`SELECT COUNT(*) AS sessions, SUM(value) AS seconds FROM events WHERE at >= ? AND kind = 'xr'`);
  return {
    since, until, collecting: opts.collecting,
    totals,
    visitorsPerHour: all('SELECT (at / 3600) * 3600 AS hour, COUNT(DISTINCT visit) AS visitors FROM events WHERE at >= ? GROUP BY hour ORDER BY hour'),
    booths: all(`SELECT booth AS id, SUM(kind = 'enter') AS visits, COUNT(DISTINCT CASE WHEN kind = 'enter' THEN visit END) AS visitors,
        ROUND(COALESCE(SUM(CASE WHEN kind = 'dwell' THEN value END), 0)) AS dwellSeconds
      FROM events WHERE at >= ? AND kind IN ('enter', 'dwell') GROUP BY booth ORDER BY dwellSeconds DESC, visits DESC, id`),
    figures: all(`SELECT booth, item AS target, COUNT(*) AS opens FROM events WHERE at >= ? AND kind = 'figure'
      GROUP BY booth, item ORDER BY opens DESC, booth, item LIMIT ?`, LIST_LIMIT),
    clauses: all(`SELECT booth, CAST(item AS INTEGER) AS clause, COUNT(*) AS reads FROM events WHERE at >= ? AND kind = 'clause'
      GROUP BY booth, item ORDER BY reads DESC, booth, clause LIMIT ?`, LIST_LIMIT),
    // The same words typed by many visitors are one row: lower case, inner spaces collapsed by the page.
    searches: all(`SELECT LOWER(item) AS query, COUNT(*) AS count FROM events WHERE at >= ? AND kind = 'search'
      GROUP BY LOWER(item) ORDER BY count DESC, query LIMIT ?`, LIST_LIMIT),
    heat: {
      cell: HEAT_CELL_METRES,
      cells: all(`SELECT x, z, COUNT(*) AS samples FROM events WHERE at >= ? AND kind = 'stand' GROUP BY x, z`),
    },
    // The page reports a growing peak; the largest report is the session's peak.
    sessions: all(`SELECT item AS code, MAX(label) AS tour, CAST(MAX(value) AS INTEGER) AS peak, MIN(at) AS startedAt
      FROM events WHERE at >= ? AND kind = 'session' GROUP BY item ORDER BY startedAt DESC LIMIT ?`, LIST_LIMIT),
    kiosk: all(`SELECT item AS tour, COUNT(*) AS loops, COUNT(DISTINCT visit) AS screens FROM events WHERE at >= ? AND kind = 'kiosk-loop'
      GROUP BY item ORDER BY loops DESC`),
    tours: all(`SELECT item AS tour, COUNT(DISTINCT visit) AS followers FROM events WHERE at >= ? AND kind = 'tour' GROUP BY item ORDER BY followers DESC`),
    devices: all(`SELECT item AS device, COUNT(DISTINCT visit) AS visitors FROM events WHERE at >= ? AND kind = 'device' GROUP BY item ORDER BY visitors DESC`),
    xr: { sessions: xr.sessions, seconds: Math.round(xr.seconds ?? 0) },
  };
}
