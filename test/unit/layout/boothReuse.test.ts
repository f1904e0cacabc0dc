import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { buildHallScene } from '../../../src/layout';
import type { Plan } from '../../../src/plan/schema';

const plans = async (n: number): Promise<Plan[]> => (await ingestAll(syntheticDocuments(n, 3))).plans;

describe('a hall laid out again (a republished bundle)', () => {
  it('reuses the booths of unchanged plans that did not move, and they are the booths a fresh layout builds', async () => {
    const before = await plans(12);
    const first = buildHallScene(before, { title: 'Hall' });
    // The last plan changes (a new object, as the page's check gives a changed plan): nothing moves.
    const after = [...before.slice(0, -1), { ...structuredClone(before.at(-1)!), title: '改过的标题' }];
    const second = buildHallScene(after, { title: 'Hall' });
    const byId = (s: typeof first, id: string) => s.booths.find((b) => b.id === id)!;
    for (const p of before.slice(0, -1)) expect(byId(second, p.id)).toBe(byId(first, p.id));
    expect(byId(second, after.at(-1)!.id)).not.toBe(byId(first, after.at(-1)!.id));
    // Reused or not, the same as a layout of copies, which shares nothing with the earlier ones.
    expect(second.booths).toEqual(buildHallScene(structuredClone(after), { title: 'Hall' }).booths);
  });

  it('builds a booth again when its plan is the same but its place is not', async () => {
    const before = await plans(12);
    const first = buildHallScene(before, { title: 'Hall' });
    const fewer = buildHallScene(before.slice(1), { title: 'Hall' });
    const fresh = buildHallScene(structuredClone(before.slice(1)), { title: 'Hall' });
    expect(fewer.booths).toEqual(fresh.booths);
    const moved = fewer.booths.filter((b) => JSON.stringify(fewer.placements[b.id]) !== JSON.stringify(first.placements[b.id]));
    expect(moved.length).toBeGreaterThan(0);
    for (const b of moved) expect(b).not.toBe(first.booths.find((x) => x.id === b.id));
  });
});
