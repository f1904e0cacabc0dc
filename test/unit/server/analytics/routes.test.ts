import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src/server/app';
import { bearerKeyAuthorize } from '../../../../src/server/analytics/authorize';
import { analyticsConfig } from '../../../../src/server/analytics/config';
import { createAnalytics, type Analytics } from '../../../../src/server/analytics/routes';

const KEY = 'test-studio-key-0123456789';
const VISIT = 'AAAAAAAAAAAAAAAAAAAAAA';
let dir: string;
const servers: { app: App; analytics: Analytics; base: string }[] = [];

async function serve(env: Record<string, string>, limits = { rate: 50, burst: 50 }) {
  const root = join(dir, 'dist');
  const app = createApp({ root });
  const analytics = createAnalytics({ authorize: bearerKeyAuthorize(KEY), config: analyticsConfig({ EXPO_STATE_DIR: join(dir, env.name), ...env }), limits });
  app.use(analytics.handler);
  const port = await app.listen(0, '127.0.0.1');
  const s = { app, analytics, base: `http://127.0.0.1:${port}` };
  servers.push(s);
  return s;
}
const post = (base: string, body: unknown, raw?: string) => fetch(`${base}/api/events`, { method: 'POST', body: raw ?? JSON.stringify(body), headers: { 'User-Agent': 'Mozilla/5.0 TestBrowser/99' } });
const report = (base: string, key?: string, path = '') => fetch(`${base}/api/studio/analytics${path}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'expo-analytics-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>hall</title>');
});
afterAll(async () => {
  for (const s of servers) { s.analytics.close(); await s.app.close(); }
  rmSync(dir, { recursive: true, force: true });
});

describe('analytics routes', () => {
  it('store a walk and report it per booth, behind the key', async () => {
    const { base, analytics } = await serve({ name: 'on' });
    expect((await (await fetch(`${base}/api/analytics/config`)).json())).toMatchObject({ collect: true });
    const events = [
      { k: 'device', device: 'desktop' }, { k: 'enter', booth: 'sichuan' }, { k: 'dwell', booth: 'sichuan', s: 42.5 },
      { k: 'enter', booth: 'xiamen' }, { k: 'clause', booth: 'xiamen', n: 3 }, { k: 'figure', booth: 'xiamen', target: 't1' },
      { k: 'search', q: '低空经济' }, { k: 'stand', x: 1, z: -4 }, { k: 'session', code: 'ABCDE', tour: 'default', peak: 12 },
      { k: 'session', code: 'ABCDE', tour: 'default', peak: 30 }, { k: 'kiosk-loop', tour: 'default' },
      { k: 'teleport', booth: 'x' }, { k: 'enter', booth: '../etc' },
    ];
    expect((await post(base, { visit: VISIT, events })).status).toBe(204);
    expect(analytics.stats()).toMatchObject({ accepted: 11, dropped: 2 });
    expect((await report(base)).status).toBe(401);
    expect((await report(base, 'wrong-key')).status).toBe(401);
    const r = await (await report(base, KEY)).json();
    expect(r.booths).toEqual(expect.arrayContaining([{ id: 'sichuan', visits: 1, visitors: 1, dwellSeconds: 43 }, { id: 'xiamen', visits: 1, visitors: 1, dwellSeconds: 0 }]));
    expect(r.clauses).toEqual([{ booth: 'xiamen', clause: 3, reads: 1 }]);
    expect(r.searches).toEqual([{ query: '低空经济', count: 1 }]);
    expect(r.sessions).toMatchObject([{ code: 'ABCDE', tour: 'default', peak: 30 }]);
    expect(r.kiosk).toEqual([{ tour: 'default', loops: 1, screens: 1 }]);
    expect(r.heat.cells).toEqual([{ x: 1, z: -4, samples: 1 }]);
    const csv = await (await report(base, KEY, '/booths.csv')).text();
    expect(csv).toContain('id,visits,visitors,dwellSeconds\r\nsichuan,1,1,43\r\n');
    expect((await report(base, KEY, '/nothing.csv')).status).toBe(404);
  });

  it('refuse what a shared network may send: oversized, malformed, floods — and keep serving', async () => {
    const { base } = await serve({ name: 'guard' }, { rate: 1, burst: 10 });
    expect((await post(base, null, 'x'.repeat(40_000))).status).toBe(413);
    expect((await post(base, null, '{not json')).status).toBe(400);
    expect((await post(base, { visit: 'short', events: [] })).status).toBe(400);
    expect((await post(base, { visit: VISIT, events: Array(500).fill({ k: 'device', device: 'phone' }) })).status).toBe(400);
    expect((await fetch(`${base}/api/events`)).status).toBe(405);
    const statuses = await Promise.all(Array.from({ length: 80 }, () => post(base, { visit: VISIT, events: [] }).then((r) => r.status)));
    expect(statuses).toContain(429);
    expect((await fetch(`${base}/api/analytics/config`)).status).toBe(200);
  });

  it('with EXPO_ANALYTICS=off tell pages not to collect and store nothing', async () => {
    const { base, analytics } = await serve({ name: 'off', EXPO_ANALYTICS: 'off' });
    expect((await (await fetch(`${base}/api/analytics/config`)).json())).toMatchObject({ collect: false });
    expect((await post(base, { visit: VISIT, events: [{ k: 'enter', booth: 'sichuan' }] })).status).toBe(403);
    analytics.store.flush();
    expect(analytics.store.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
    expect((await (await report(base, KEY)).json())).toMatchObject({ collecting: false, booths: [] });
  });

  it('keep no address or user agent in the database file', async () => {
    const { base, analytics } = await serve({ name: 'private' });
    await post(base, { visit: VISIT, events: [{ k: 'enter', booth: 'sichuan' }, { k: 'device', device: 'phone' }] });
    analytics.store.flush();
    const file = analytics.config.dbFile;
    const db = new Database(file, { readonly: true });
    const cells = (db.prepare('SELECT * FROM events').all() as Record<string, unknown>[]).flatMap((r) => Object.values(r).map(String));
    db.close();
    expect(cells).toContain('sichuan');
    for (const c of cells) expect(c).not.toMatch(/127\.0\.0\.1|::1|Mozilla|TestBrowser/);
    // The raw bytes too: the file and its write-ahead log, whatever table a value might hide in.
    const bytes = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
    expect(bytes).toContain('sichuan');
    expect(bytes).not.toMatch(/127\.0\.0\.1|Mozilla|TestBrowser/);
  });
});
