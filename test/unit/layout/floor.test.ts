import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHallScene, rectsAround, APRON, type FloorRect } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';

const inside = (r: FloorRect, x: number, z: number) => x > r.x0 && x < r.x1 && z > r.z0 && z < r.z1;
const area = (rs: FloorRect[]) => rs.reduce((a, r) => a + (r.x1 - r.x0) * (r.z1 - r.z0), 0);

describe('floor rectangles', () => {
  it('cover exactly what the holes leave of the outer rectangle, each point once', () => {
    const rect = fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }))
      .map(([x, z, w, d]) => ({ x0: x, x1: Math.min(100, x + w), z0: z, z1: Math.min(100, z + d) }));
    fc.assert(fc.property(fc.array(rect, { maxLength: 12 }), fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 50, maxLength: 50 }), (holes, points) => {
      const floor = rectsAround({ x0: 0, x1: 100, z0: 0, z1: 100 }, holes);
      for (const [x, z] of points) {
        if (Number.isInteger(x) || Number.isInteger(z)) continue; // on an edge: in neither
        const inHole = holes.some((h) => inside(h, x, z));
        const covering = floor.filter((r) => inside(r, x, z)).length;
        expect(covering).toBe(inHole ? 0 : 1);
      }
      for (const r of floor) expect(r.x1 > r.x0 && r.z1 > r.z0).toBe(true);
    }), { numRuns: 300, seed: 3 });
  });

  it('leaves out what a 300-booth hall\'s carpets, runners and spines cover, in few rectangles', async () => {
    const scene = buildHallScene((await ingestAll(syntheticDocuments(300, 2))).plans, { title: 'floor' });
    const { booths, spines, runners, bounds } = scene.layout;
    const outer = (bounds.maxX - bounds.minX + 2 * APRON) * (bounds.maxZ - bounds.minZ + 2 * APRON);
    const covered = [...booths, ...spines, ...runners].reduce((a, r) => a + r.width * r.depth, 0);
    expect(covered).toBeGreaterThan(outer * 0.25);
    // The floor drawn is what is left, give or take the seams' overlaps.
    expect(area(scene.floor)).toBeGreaterThan(outer - covered);
    expect(area(scene.floor)).toBeLessThan((outer - covered) * 1.03);
    expect(scene.floor.length).toBeLessThan(booths.length * 3);
    // Under every carpet's middle there is no floor; in front of every booth there is.
    for (const b of booths) {
      expect(scene.floor.some((r) => inside(r, b.x, b.z)), b.id).toBe(false);
      expect(scene.floor.some((r) => inside(r, b.x, b.z + b.facing * (b.depth / 2 + 1))), b.id).toBe(true);
    }
  });
});
