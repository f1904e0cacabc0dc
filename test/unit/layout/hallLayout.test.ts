import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { LAYOUT, layoutHall, overlaps, type LayoutPlan } from '../../../src/layout/hallLayout';
import { wallHeight } from '../../../src/layout/booth';

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
  it('places 320 booths from generated documents without overlap, inside the walls, clear of the plaza', async () => {
    const { plans, problems } = (await ingestAll(syntheticDocuments(320, 7)));
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
  it('stands paired rows back to back against a spine per island, no booth or spine in its way', () => {
    // 60 cities with 8 quoted: rows of 10, so islands of 6 and 4, small booths among them.
    const plans = Array.from({ length: 60 }, (_, i) => plan(`c${i}`, 'city', i % 7 === 3 ? 'quoted' : 'full'));
    const hall = layoutHall(plans);
    expect(hall.spines.length).toBe(3 * 2);
    for (const sp of hall.spines) {
      expect(sp.height).toBeGreaterThanOrEqual(Math.max(wallHeight('full'), wallHeight('small')));
      for (const b of hall.booths) expect(overlaps(sp, b), b.id).toBe(false);
    }
    // Every booth of a paired row has its back against a spine, within the spine's length.
    const paired = hall.booths.filter((b) => hall.booths.some((o) => o.facing !== b.facing && Math.abs(o.z - b.z) < 12));
    expect(paired.length).toBe(60);
    for (const b of paired) {
      const back = b.z - b.facing * (b.depth / 2);
      const spine = hall.spines.find((sp) => Math.abs(sp.z + b.facing * (sp.depth / 2) - back) < 1e-9 && sp.x - sp.width / 2 <= b.x - b.width / 2 + 1e-9 && b.x + b.width / 2 <= sp.x + sp.width / 2 + 1e-9);
      expect(spine, b.id).toBeTruthy();
    }
  });
  it('cuts long rows into islands with cross aisles that run through every pair of rows', () => {
    // Rows of 14: 35 provinces make a pair and a row of 7 on its own, 80 districts three pairs.
    const hall = layoutHall([...Array.from({ length: 80 }, (_, i) => plan(`d${i}`, 'district')), ...Array.from({ length: 35 }, (_, i) => plan(`p${i}`, 'province'))]);
    expect(hall.booths.filter((b) => b.level === 'province').map((b) => b.z).filter((z, i, all) => all.indexOf(z) === i)).toHaveLength(3);
    // The strip between two islands' spines is clear of booths and spines from front to back.
    const xs = [...new Set(hall.spines.map((sp) => sp.x - sp.width / 2))].sort((a, b) => a - b).slice(1);
    expect(xs.length).toBeGreaterThan(0);
    const { minZ, maxZ } = hall.bounds;
    for (const x1 of xs) {
      const cross = { x: x1 - LAYOUT.aisle / 2, z: (minZ + maxZ) / 2, width: LAYOUT.aisle - 0.01, depth: maxZ - minZ };
      for (const o of [...hall.booths, ...hall.spines]) expect(overlaps(cross, o)).toBe(false);
    }
  });
  it('leaves a hall of single rows (the seeds) without spines, each row centred', () => {
    const hall = layoutHall([plan('n', 'national'), plan('p', 'province'), plan('c1', 'city'), plan('c2', 'city', 'quoted')]);
    expect(hall.spines).toEqual([]);
    expect(hall.booths.find((b) => b.id === 'n')!.x).toBe(0);
    const c = hall.booths.filter((b) => b.level === 'city');
    expect(c[0].x + c[1].x).toBeCloseTo(0, 9);
    // A small booth on its own row keeps its front to the aisle, in line with its neighbour's.
    expect(c[0].z + c[0].depth / 2).toBeCloseTo(c[1].z + c[1].depth / 2, 9);
  });
});
