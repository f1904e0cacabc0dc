import { describe, expect, it } from 'vitest';
import { buildHallScene } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { boothsNear, focusPoint, NEAR_MAX, NEAR_RADIUS, SIGN_RADIUS } from '../../../src/world/nearBooths';

const hall = buildHallScene(ingestAll(syntheticDocuments(120, 3)).plans, { title: 'LOD' });
/** The booths NearDetail draws from (x, z). */
const detailNear = (x: number, z: number, keep: string | null) => boothsNear(hall.booths, x, z, { radius: NEAR_RADIUS, max: NEAR_MAX, keep });
const distance = (id: string, x: number, z: number) => {
  const b = hall.booths.find((x) => x.id === id)!;
  return Math.hypot(b.frame.x - x, b.frame.z - z);
};

describe('level of detail by distance', () => {
  const { x, z } = hall.booths[0].frame;

  it('takes exactly the booths inside the radius, sorted by id', () => {
    const ids = boothsNear(hall.booths, x, z, { radius: SIGN_RADIUS });
    const inside = hall.booths.filter((b) => distance(b.id, x, z) < SIGN_RADIUS).map((b) => b.id);
    expect(ids).toEqual([...inside].sort());
    expect(ids.length).toBeLessThan(hall.booths.length); // a 120-booth hall is larger than the radius
  });

  it('keeps at most max booths, the nearest ones, and always the one the visitor is at', () => {
    const ids = detailNear(x, z, null);
    expect(ids.length).toBe(NEAR_MAX);
    const farthestKept = Math.max(...ids.map((id) => distance(id, x, z)));
    const left = hall.booths.filter((b) => !ids.includes(b.id));
    expect(Math.min(...left.map((b) => distance(b.id, x, z)))).toBeGreaterThanOrEqual(farthestKept);
    const far = hall.booths.at(-1)!.id;
    expect(distance(far, x, z)).toBeGreaterThan(SIGN_RADIUS);
    expect(detailNear(x, z, far)).toContain(far);
    expect(detailNear(x, z, far)).toHaveLength(NEAR_MAX);
  });

  it('follows the visitor on foot and the gaze from above', () => {
    expect(focusPoint({ x: 3, y: 1.6, z: 4, yaw: 1, pitch: -0.3 })).toEqual({ x: 3, z: 4 });
    // 40 m up, looking 45° down towards -z: the gaze meets the floor 40 m ahead.
    const p = focusPoint({ x: 0, y: 40, z: 0, yaw: 0, pitch: -Math.PI / 4 });
    expect(p.x).toBeCloseTo(0);
    expect(p.z).toBeCloseTo(-40);
  });
});
