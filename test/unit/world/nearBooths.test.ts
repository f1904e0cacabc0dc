import { describe, expect, it } from 'vitest';
import { buildHallScene } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { boothsNear, focusPoint, hiddenByBackWall, withoutHidden, NEAR_MAX, NEAR_RADIUS, SIGN_RADIUS } from '../../../src/world/nearBooths';

const hall = buildHallScene((await ingestAll(syntheticDocuments(120, 3))).plans, { title: 'LOD' });
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

describe('what a booth\'s back wall hides', () => {
  const eyeOf = (v: { position: [number, number, number] }) => ({ x: v.position[0], y: v.position[1], z: v.position[2] });
  /** The booth standing back to back with `id` (same column, the other row of the pair). */
  const partnerOf = (id: string) => {
    const p = hall.placements[id];
    return hall.layout.booths.find((q) => q.facing !== p.facing && Math.abs(q.x - p.x) < 0.01 && Math.abs(q.z - p.z) < p.depth + 2)!;
  };

  it('hides nothing of a booth from where its visitors stand, and everything of the booth behind it', () => {
    const b = hall.booths.find((x) => partnerOf(x.id))!;
    for (const v of [b.front, b.reading]) expect(hiddenByBackWall(hall.placements[b.id], eyeOf(v))).toEqual({ wallFace: false, interior: false });
    expect(hiddenByBackWall(partnerOf(b.id), eyeOf(b.front))).toEqual({ wallFace: true, interior: true });
    // From high above (the overview) a wall hides nothing.
    expect(hiddenByBackWall(partnerOf(b.id), { ...eyeOf(b.front), y: 40 })).toEqual({ wallFace: false, interior: false });
  });

  it('leaves a booth\'s interior in sight from behind but aside of the wall, where it shows past the wall\'s end', () => {
    const p = hall.layout.booths[0];
    const eye = { x: p.x + p.facing * (p.width / 2 + 2), y: 1.6, z: p.z - p.facing * (p.depth / 2 + 3) };
    expect(hiddenByBackWall(p, eye)).toEqual({ wallFace: true, interior: false });
  });

  it('calls a part hidden only when it is turned away or every sight line to it crosses the wall (checked from 4000 eyes)', () => {
    let rnd = 7;
    const random = () => ((rnd = (rnd * 16807) % 2147483647) / 2147483647);
    let hiddenCounters = 0;
    for (let i = 0; i < 4000; i++) {
      const p = hall.layout.booths[i % hall.layout.booths.length];
      const local = { x: (random() - 0.5) * 30, y: 0.3 + random() * 4, z: (random() - 0.5) * 30 };
      const eye = { x: p.x + p.facing * local.x, y: local.y, z: p.z + p.facing * local.z };
      const h = hiddenByBackWall(p, eye);
      const back = -p.depth / 2;
      const wallTop = p.size === 'full' ? 3.5 : 3.1;
      // Panels, fascia and their text face the booth's front (hall +z times facing): from behind
      // that face's plane the visitor sees only their backs.
      const faceZ = p.z + p.facing * back;
      if (h.wallFace) expect((eye.z - faceZ) * p.facing, JSON.stringify(local)).toBeLessThan(0);
      /** Whether the line from the eye to a booth-local point crosses the back face within the wall. */
      const crossesWall = (q: { x: number; y: number; z: number }) => {
        const t = (back - local.z) / (q.z - local.z);
        if (!(t > 0 && t < 1)) return false;
        const x = local.x + (q.x - local.x) * t;
        const y = local.y + (q.y - local.y) * t;
        return Math.abs(x) <= p.width / 2 && y <= wallTop;
      };
      // The far corners of what stands in front of the wall: the counter (to above the tallest
      // figure), the carpet, the partitions' tops and the fascia.
      const interior = [-1, 1].flatMap((sx) => [
        { x: (sx * (p.width - 2.4)) / 2, y: 0, z: p.depth / 2 - 0.34 },
        { x: (sx * (p.width - 2.4)) / 2, y: 1.3, z: p.depth / 2 - 0.34 },
        { x: (sx * p.width) / 2, y: 0.06, z: p.depth / 2 },
        { x: sx * (p.width / 2 - 0.12), y: 2.6, z: back + p.depth * 0.54 },
        { x: (sx * p.width) / 2, y: wallTop - 0.05, z: back + 0.3 },
      ]);
      if (h.interior) { hiddenCounters++; expect(interior.every(crossesWall), JSON.stringify(local)).toBe(true); }
    }
    expect(hiddenCounters).toBeGreaterThan(200); // the check ran on many hidden interiors
  });

  it('draws only the back wall of a booth seen from straight behind, none of one behind a spine, and all of every other', () => {
    const b = hall.booths.find((x) => partnerOf(x.id))!;
    const partner = partnerOf(b.id).id;
    const of = (list: typeof hall.blocks, id: string) => list.filter((x) => x.pick && 'boothId' in x.pick && x.pick.boothId === id);
    const shown = withoutHidden(hall.blocks, new Map([[partner, 'interior' as const]]));
    expect(of(hall.blocks, partner).length).toBeGreaterThan(3);
    // What shows from behind: the back wall, and what stands out around it (the contact skirt's
    // rim; a landmark's beam over the wall) — never the interior.
    const backs = (id: string) => of(hall.blocks, id).filter((x) => x.backWall);
    expect(of(shown, partner)).toEqual(backs(partner));
    expect(backs(partner).length).toBeGreaterThanOrEqual(1);
    expect(backs(partner).length).toBeLessThan(of(hall.blocks, partner).length - 2);
    expect(shown.length).toBe(hall.blocks.length - of(hall.blocks, partner).length + backs(partner).length);
    const none = withoutHidden(hall.blocks, new Map([[partner, 'all' as const], [b.id, 'interior' as const]]));
    expect(of(none, partner)).toEqual([]);
    expect(of(none, b.id)).toEqual(backs(b.id));
    expect(none.length).toBe(hall.blocks.length - of(hall.blocks, partner).length - of(hall.blocks, b.id).length + backs(b.id).length);
    expect(withoutHidden(hall.blocks, new Map())).toBe(hall.blocks);
    // Boxes that stand for none of the hidden booths come back as they were, not as a copy.
    const others = hall.blocks.filter((x) => !(x.pick && 'boothId' in x.pick && x.pick.boothId === partner));
    expect(withoutHidden(others, new Map([[partner, 'all' as const]]))).toBe(others);
  });
});
