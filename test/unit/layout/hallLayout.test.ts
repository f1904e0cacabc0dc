import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { LAYOUT, layoutHall, overlaps, type LayoutPlan } from '../../../src/layout/hallLayout';

const plan = (id: string, level: LayoutPlan['level'], evidence: LayoutPlan['evidence'] = 'full'): LayoutPlan => ({ id, level, evidence, region: id });

describe('layoutHall', () => {
  it('puts national booths nearest the entrance, then provinces, cities, districts', () => {
    const hall = layoutHall([plan('d', 'district'), plan('c', 'city'), plan('n', 'national'), plan('p', 'province')]);
    const z = Object.fromEntries(hall.booths.map((b) => [b.id, b.z]));
    expect(z.n).toBeGreaterThan(z.p);
    expect(z.p).toBeGreaterThan(z.c);
    expect(z.c).toBeGreaterThan(z.d);
    expect(hall.zones.map((s) => s.level)).toEqual(['national', 'province', 'city', 'district']);
    expect(hall.entrance.z).toBe(hall.bounds.maxZ);
  });
  it('gives a plan known only from quotes a smaller booth', () => {
    const hall = layoutHall([plan('a', 'city'), plan('b', 'city', 'quoted')]);
    expect(hall.booths.find((b) => b.id === 'b')).toMatchObject({ size: 'small', width: LAYOUT.small.width });
  });
  it('is deterministic', () => {
    const plans = [plan('a', 'city'), plan('b', 'province'), plan('c', 'city', 'quoted')];
    expect(layoutHall(plans)).toEqual(layoutHall(plans));
  });
  it('places 320 booths from generated documents without overlap, inside the walls, clear of the plaza', () => {
    const { plans, problems } = ingestAll(syntheticDocuments(320, 7));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(plans).toHaveLength(320);
    const hall = layoutHall(plans);
    expect(hall.booths).toHaveLength(320);
    const { minX, maxX, minZ, maxZ } = hall.bounds;
    for (let i = 0; i < hall.booths.length; i++) {
      const a = hall.booths[i];
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(minX);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(maxX);
      expect(a.z - a.depth / 2).toBeGreaterThanOrEqual(minZ);
      expect(a.z + a.depth / 2).toBeLessThanOrEqual(maxZ);
      expect(overlaps(a, hall.plaza), a.id).toBe(false);
      for (let j = i + 1; j < hall.booths.length; j++) expect(overlaps(a, hall.booths[j]), `${a.id} ~ ${hall.booths[j].id}`).toBe(false);
    }
  });
  it('leaves an aisle at least as wide as LAYOUT.aisle in front of every booth', () => {
    const hall = layoutHall(Array.from({ length: 40 }, (_, i) => plan(`b${i}`, (['province', 'city', 'district'] as const)[i % 3])));
    for (const b of hall.booths) {
      const front = { x: b.x, z: b.z + b.facing * (b.depth / 2 + LAYOUT.aisle / 2), width: b.width, depth: LAYOUT.aisle - 0.01 };
      for (const o of hall.booths) if (o !== b) expect(overlaps(front, o), `${b.id} blocked by ${o.id}`).toBe(false);
    }
  });
});
