/**
 * Analytics on the hall's server, as one API handler (app.use(analytics.handler)):
 *   GET  /api/analytics/config                → whether pages should collect (EXPO_ANALYTICS=off: no)
 *   POST /api/events                          → a batch of events (collect.ts); 403 when collection is off
 *   GET  /api/studio/analytics[?hours=N]      → the Reach report (JSON), behind the studio key
 *   GET  /api/studio/analytics/<table>.csv    → one table of it as CSV, behind the studio key
 * Without a valid key the studio routes answer 401.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONFIG_PATH, EVENTS_PATH, type CollectConfig } from '../../analytics/events';
import { reachReport } from './aggregate';
import type { Authorize } from './authorize';
import { collectHandler, DEFAULT_COLLECT_LIMITS, type CollectLimits, type CollectStats } from './collect';
import { analyticsConfig, type AnalyticsConfig } from './config';
import { isCsvTable, reportCsv } from './csv';
import { openAnalyticsDb, type AnalyticsDb } from './db';
import { pathOf, queryOf } from '../requestTarget';

export const REPORT_PATH = '/api/studio/analytics';

/** Analytics mounted on a server. */
export interface Analytics {
  handler: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  config: AnalyticsConfig;
  store: AnalyticsDb;
  stats(): CollectStats;
  close(): void;
}

/** What the page is told: sample where the visitor stands every 5 s, send every 10 s. */
const PAGE_CONFIG = { sampleSeconds: 5, flushSeconds: 10 };

const json = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra }).end(JSON.stringify(body));
  return true;
};

/** Opens the database and builds the handler; `authorize` decides who may read the report. */
export function createAnalytics(opts: { authorize: Authorize; config?: AnalyticsConfig; limits?: CollectLimits; flushMs?: number }): Analytics {
  const config = opts.config ?? analyticsConfig();
  const store = openAnalyticsDb(config.dbFile, { retentionDays: config.retentionDays, flushMs: opts.flushMs });
  const collect = collectHandler(store, opts.limits ?? DEFAULT_COLLECT_LIMITS);

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = pathOf(req);
    if (path === CONFIG_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'GET only' }, { Allow: 'GET, HEAD' });
      return json(res, 200, { collect: config.collect, ...PAGE_CONFIG } satisfies CollectConfig);
    }
    if (path === EVENTS_PATH) {
      if (req.method !== 'POST') return json(res, 405, { error: 'POST only' }, { Allow: 'POST' });
      if (!config.collect) { req.resume(); return json(res, 403, { error: 'collection is switched off (EXPO_ANALYTICS=off)' }); }
      await collect.handle(req, res);
      return true;
    }
    if (path !== REPORT_PATH && !path.startsWith(`${REPORT_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'GET only' }, { Allow: 'GET, HEAD' });
    if (!opts.authorize(req)) return json(res, 401, { error: 'the studio key is missing or wrong' }, { 'WWW-Authenticate': 'Bearer realm="studio"' });
    const hours = Number(queryOf(req).get('hours') ?? 0);
    const report = reachReport(store, { hours: Number.isFinite(hours) && hours > 0 ? hours : undefined, collecting: config.collect });
    if (path === REPORT_PATH) return json(res, 200, report);
    const table = /^\/([a-z-]+)\.csv$/.exec(path.slice(REPORT_PATH.length))?.[1];
    if (!table || !isCsvTable(table)) return json(res, 404, { error: `no such table: ${path.slice(REPORT_PATH.length + 1)}` });
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="reach-${table}.csv"`,
      'Cache-Control': 'no-store',
    });
    // A byte-order mark, so spreadsheets read the Chinese titles as UTF-8.
    res.end(`\uFEFF${reportCsv(report, table)}`);
    return true;
  };

  return { handler, config, store, stats: collect.stats, close: () => store.close() };
}
