import { describe, expect, it } from 'vitest';
import { reachReport } from '../../../../src/server/analytics/aggregate';
import { openAnalyticsDb, rowOf } from '../../../../src/server/analytics/db';

const HOUR = 3600;

describe('analytics database', () => {
  it('deletes rows older than the retention and keeps the rest', () => {
    const store = openAnalyticsDb(':memory:', { retentionDays: 2 });
    const now = 1_800_000_000;
    store.add([rowOf({ k: 'enter', booth: 'old' }, 'v1', now - 3 * 86_400), rowOf({ k: 'enter', booth: 'new' }, 'v1', now - 86_400)]);
    expect(store.flush()).toBe(2);
    expect(store.prune(now)).toBe(1);
    expect(store.db.prepare('SELECT booth FROM events').all()).toEqual([{ booth: 'new' }]);
    store.close();
  });

  it('aggregates on read: visitors per hour, dwell per booth, within the asked window', () => {
    const store = openAnalyticsDb(':memory:', { retentionDays: 30 });
    const now = 1_800_000_000 - (1_800_000_000 % HOUR) + 1800;
    store.add([
      rowOf({ k: 'enter', booth: 'a' }, 'v1', now - 2 * HOUR), rowOf({ k: 'dwell', booth: 'a', s: 30 }, 'v1', now - 2 * HOUR),
      rowOf({ k: 'enter', booth: 'a' }, 'v2', now), rowOf({ k: 'dwell', booth: 'a', s: 90 }, 'v2', now),
      rowOf({ k: 'enter', booth: 'b' }, 'v2', now), rowOf({ k: 'enter', booth: 'b' }, 'v2', now),
    ]);
    const all = reachReport(store, { collecting: true, now: now * 1000 });
    expect(all.totals.visitors).toBe(2);
    expect(all.visitorsPerHour.map((h) => h.visitors)).toEqual([1, 1]);
    expect(all.booths).toEqual([{ id: 'a', visits: 2, visitors: 2, dwellSeconds: 120 }, { id: 'b', visits: 2, visitors: 1, dwellSeconds: 0 }]);
    const lastHour = reachReport(store, { collecting: true, now: now * 1000, hours: 1 });
    expect(lastHour.booths.find((b) => b.id === 'a')).toEqual({ id: 'a', visits: 1, visitors: 1, dwellSeconds: 90 });
    store.close();
  });
});
