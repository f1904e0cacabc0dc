import { describe, expect, it } from 'vitest';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { buildHallScene, chunkBlocks, MIN_CELL, PER_SIDE } from '../../../src/layout';

const plansOf = { 6: (await ingestAll(syntheticDocuments(6, 5))).plans, 300: (await ingestAll(syntheticDocuments(300, 5))).plans };

describe('chunks of the hall\'s boxes', () => {
  for (const n of [6, 300] as const) {
    const hall = buildHallScene(plansOf[n], { title: 'chunks' });
    it(`puts every box of a ${n}-booth hall in exactly one chunk, figures apart, and at most 2 × (${PER_SIDE}² + 1) chunks`, () => {
      const all = hall.chunks.flatMap((c) => c.blocks);
      expect(all).toHaveLength(hall.blocks.length);
      expect(new Set(all).size).toBe(hall.blocks.length);
      expect(hall.chunks.length).toBeLessThanOrEqual(2 * (PER_SIDE * PER_SIDE + 1));
      for (const c of hall.chunks) expect(c.blocks.every((b) => (b.pick?.type === 'figure') === c.figures)).toBe(true);
      expect(new Set(hall.chunks.map((c) => c.key)).size).toBe(hall.chunks.length);
    });
    it(`keeps a ${n}-booth hall's cell chunks compact: boxes of one cell lie within a cell's reach of each other`, () => {
      const { minX, maxX, minZ, maxZ } = hall.layout.bounds;
      const cellX = Math.max(MIN_CELL, (maxX - minX) / PER_SIDE);
      const cellZ = Math.max(MIN_CELL, (maxZ - minZ) / PER_SIDE);
      for (const c of hall.chunks.filter((x) => x.key !== 'large')) {
        const xs = c.blocks.map((b) => b.x);
        const zs = c.blocks.map((b) => b.z);
        expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(cellX);
        expect(Math.max(...zs) - Math.min(...zs)).toBeLessThanOrEqual(cellZ);
      }
    });
  }
  it('gives the hall walls, wider than any cell, a chunk of their own, and figures chunks apart', () => {
    const chunks = chunkBlocks([
      { x: 0, y: 2, z: 0, sx: 200, sy: 4, sz: 0.3, color: '#ffffff' },
      { x: 1, y: 0, z: 1, sx: 1, sy: 1, sz: 1, color: '#ffffff' },
      { x: 90, y: 0, z: 40, sx: 1, sy: 1, sz: 1, color: '#ffffff' },
      { x: 2, y: 0, z: 1, sx: 0.2, sy: 1, sz: 0.2, color: '#ffffff', pick: { type: 'figure', boothId: 'b', targetId: 't' } },
    ], { minX: -100, maxX: 100, minZ: -50, maxZ: 50 });
    expect(chunks.map((c) => [c.key, c.figures, c.blocks.length])).toEqual([['2,2', false, 1], ['3,3', false, 1], ['figures 2,2', true, 1], ['large', false, 1]]);
  });
});
