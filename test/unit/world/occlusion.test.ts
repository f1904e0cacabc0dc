import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHallScene, wallHeight, type Spine } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { setBackWallCulling } from '../../../src/world/nearBooths';
import { eyeRegion, occludedBooths, type EyeRegion } from '../../../src/world/occlusion';

const hall = buildHallScene((await ingestAll(syntheticDocuments(300, 5))).plans, { title: 'occlusion' });
const { booths, spines, bounds } = hall.layout;

/** Whether the segment a→b passes through the spine's solid box (slab test). */
function blockedBy(s: Spine, a: number[], b: number[]): boolean {
  const lo = [s.x - s.width / 2, 0, s.z - s.depth / 2];
  const hi = [s.x + s.width / 2, s.height, s.z + s.depth / 2];
  let t0 = 0;
  let t1 = 1;
  for (let k = 0; k < 3; k++) {
    const d = b[k] - a[k];
    if (Math.abs(d) < 1e-12) {
      if (a[k] < lo[k] || a[k] > hi[k]) return false;
      continue;
    }
    const u = (lo[k] - a[k]) / d;
    const v = (hi[k] - a[k]) / d;
    t0 = Math.max(t0, Math.min(u, v));
    t1 = Math.min(t1, Math.max(u, v));
  }
  return t0 < t1;
}

/** A random point in [lo, hi] from a unit number. */
const within = (lo: number, hi: number, u: number) => lo + (hi - lo) * u;

/** Aisle points: the walkable floor, outside every booth and spine. */
const onFloor = (x: number, z: number) =>
  !booths.some((b) => Math.abs(b.x - x) < b.width / 2 && Math.abs(b.z - z) < b.depth / 2) &&
  !spines.some((s) => Math.abs(s.x - x) < s.width / 2 && Math.abs(s.z - z) < s.depth / 2);

describe('occlusion by spines', () => {
  it('hides a booth only when every sight line to it, from anywhere in the eye region, runs into a spine', () => {
    let checked = 0;
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true }),
      fc.array(fc.tuple(...Array.from({ length: 6 }, () => fc.double({ min: 0, max: 1, noNaN: true }))), { minLength: 8, maxLength: 8 }),
      fc.option(fc.nat(spines.length - 1), { freq: 2 }),
      (ux, uz, slack, lines, nearEnd) => {
        // Half the eyes stand by the end of a spine, where its shadow's edge runs.
        const end = nearEnd === null ? null : spines[nearEnd];
        const x = end ? end.x + (ux < 0.5 ? -1 : 1) * end.width / 2 + within(-6, 6, (ux * 2) % 1) : within(bounds.minX, bounds.maxX, ux);
        const z = end ? end.z + within(-12, 12, uz) : within(bounds.minZ, bounds.maxZ, uz);
        if (!onFloor(x, z)) return;
        const eye: EyeRegion = eyeRegion({ x, y: 1.6, z }, slack);
        for (const id of occludedBooths(booths, spines, eye)) {
          const b = booths.find((p) => p.id === id)!;
          const box = [[b.x - b.width / 2, b.x + b.width / 2], [0, wallHeight(b.size)], [b.z - b.depth / 2, b.z + b.depth / 2]];
          const region = [[eye.x0, eye.x1], [eye.y0, eye.y1], [eye.z0, eye.z1]];
          // Every corner of the eye region to every corner of the booth's box (where a line slips
          // past a spine's end first), and random lines between any points of the two.
          const corners = (r: number[][]) => [0, 1, 2, 3, 4, 5, 6, 7].map((k) => [r[0][k & 1], r[1][(k >> 1) & 1], r[2][(k >> 2) & 1]]);
          const pairs = corners(region).flatMap((from) => corners(box).map((to) => [from, to]));
          for (const [a, c, d, e, f, g] of lines) pairs.push([[within(eye.x0, eye.x1, a), within(eye.y0, eye.y1, c), within(eye.z0, eye.z1, d)], [within(box[0][0], box[0][1], e), within(0, box[1][1], f), within(box[2][0], box[2][1], g)]]);
          for (const [from, to] of pairs) {
            if (!spines.some((s) => blockedBy(s, from, to))) expect.fail(`${id} seen from ${from.map((v) => v.toFixed(2))} at ${to.map((v) => v.toFixed(2))}`);
            checked++;
          }
        }
      },
    ), { numRuns: 60, seed: 11 });
    expect(checked).toBeGreaterThan(20_000); // the check ran on many hidden booths
  });

  it('hides most of a large hall from a booth in its middle, and none of the booths on the visitor\'s aisle', () => {
    const b = booths[150];
    const eye = { x: b.x, y: 1.6, z: b.z + b.facing * (b.depth / 2 + 2) };
    const hidden = occludedBooths(booths, spines, eyeRegion(eye, 0.1));
    expect(hidden.size).toBeGreaterThan(booths.length * 0.6);
    // The row the visitor stands at and the row across the aisle show their fronts: none hidden.
    const aisleRows = booths.filter((p) => Math.abs(p.z - b.z) < 0.01 || (p.facing !== b.facing && Math.abs(p.z - eye.z) < b.depth / 2 + 2.5));
    expect(aisleRows.length).toBeGreaterThan(20);
    for (const p of aisleRows) expect(hidden.has(p.id), p.id).toBe(false);
    // A wider region around the eye hides less, never more.
    const wide = occludedBooths(booths, spines, eyeRegion(eye, 2));
    for (const id of wide) expect(hidden.has(id)).toBe(true);
    expect(wide.size).toBeLessThan(hidden.size);
  });

  it('hides nothing from above the spines, in a hall without them, or while culling is off (?drawHidden)', () => {
    const b = booths[150];
    const eye = { x: b.x, z: b.z + b.facing * (b.depth / 2 + 2) };
    expect(occludedBooths(booths, spines, eyeRegion({ ...eye, y: spines[0].height + 0.5 }, 0.1)).size).toBe(0);
    expect(occludedBooths(booths, [], eyeRegion({ ...eye, y: 1.6 }, 0.1)).size).toBe(0);
    setBackWallCulling(false);
    try {
      expect(occludedBooths(booths, spines, eyeRegion({ ...eye, y: 1.6 }, 0.1)).size).toBe(0);
    } finally {
      setBackWallCulling(true);
    }
  });
});
