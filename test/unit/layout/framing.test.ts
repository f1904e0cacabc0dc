import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { buildHallScene, EYE, WALL_HEIGHT } from '../../../src/layout';
import { centredPitch, fits, fovFor, frameView, HALL_FOV, labelCorners, MAX_FOV, MIN_HORIZONTAL_FOV, poseOf, project, roomBehind, seenApart, viewOf, type Lens, type Point3 } from '../../../src/layout/framing';
import type { Viewpoint } from '../../../src/layout';

const rad = (d: number) => (d * Math.PI) / 180;
const horizontal = (l: Lens) => (2 * Math.atan(Math.tan(rad(l.fovY) / 2) * l.aspect) * 180) / Math.PI;
const phone = (w: number, h: number, bar = 56): Lens => ({ fovY: fovFor(w / h), aspect: w / h, top: bar / h });

/** A wall `width` wide and `height` tall, its face `distance` in front of an eye at 1.6 m looking towards -z. */
function wall(width: number, height: number, distance: number): Point3[] {
  return [-1, 1].flatMap((s) => [0, height].map((y): Point3 => [(s * width) / 2, y, -distance]));
}
const ahead: Viewpoint = { position: [0, EYE, 0], target: [0, EYE, -10] };

describe('the field of view for a screen', () => {
  it('is the hall\'s own on a landscape screen', () => {
    expect(fovFor(1280 / 800)).toBe(HALL_FOV);
    expect(fovFor(844 / 390)).toBe(HALL_FOV);
  });
  it('widens on an upright phone so it sees at least the narrowest width across, up to the widest it allows', () => {
    const upright = phone(600, 800);
    expect(upright.fovY).toBeGreaterThan(HALL_FOV);
    expect(horizontal(upright)).toBeCloseTo(MIN_HORIZONTAL_FOV, 6);
    const tall = phone(390, 844);
    expect(tall.fovY).toBe(MAX_FOV);
    expect(horizontal(tall)).toBeLessThan(MIN_HORIZONTAL_FOV);
  });
});

describe('projection', () => {
  it('puts the point looked at in the middle and a point on the edge of the view at the edge', () => {
    const lens: Lens = { fovY: 60, aspect: 2 };
    const from = poseOf(ahead);
    expect(project([0, EYE, -5], from, lens)).toEqual({ x: 0, y: 0 });
    const edge = Math.tan(rad(30)) * 5;
    expect(project([0, EYE + edge, -5], from, lens)!.y).toBeCloseTo(1, 9);
    expect(project([2 * edge, EYE, -5], from, lens)!.x).toBeCloseTo(1, 9);
    expect(project([0, EYE, 5], from, lens)).toBeNull();
  });
  it('agrees with the heading and pitch a viewpoint gives, whichever way it looks', () => {
    const lens: Lens = { fovY: 62, aspect: 0.8 };
    for (const target of [[3, 0.5, 4], [-6, 2, -1], [0.5, 3, 7]] as Point3[]) {
      const v: Viewpoint = { position: [1, 1.6, 2], target };
      const p = project(target, poseOf(v), lens)!;
      expect(Math.abs(p.x) + Math.abs(p.y)).toBeLessThan(1e-9);
      // viewOf gives back a viewpoint with the same line of sight.
      const again = poseOf(viewOf(poseOf(v)));
      expect(again.yaw).toBeCloseTo(poseOf(v).yaw, 9);
      expect(again.pitch).toBeCloseTo(poseOf(v).pitch, 9);
    }
  });
});

describe('framing a view', () => {
  it('keeps a viewpoint that already shows everything', () => {
    const pts = wall(8, WALL_HEIGHT, 9);
    const r = frameView(pts, ahead, phone(1280, 800), { back: 4, rise: 2 });
    expect(r).toEqual({ view: ahead, fits: true });
  });
  it('steps back along the line of sight, no farther than needed, until the whole width shows', () => {
    // A wall centred on the eye and no bar: the line of sight stays level, so the distance has a closed form.
    const lens = phone(390, 844, 0);
    const pts = wall(8, 2, 9).map(([x, y, z]): Point3 => [x, y + EYE - 1, z]);
    expect(fits(pts, poseOf(ahead), lens)).toBe(false);
    const r = frameView(pts, ahead, lens, { back: 6, rise: 0 });
    expect(r.fits).toBe(true);
    const [x, y, z] = r.view.position;
    expect([x, y]).toEqual([0, EYE]);
    // Distance the half width needs at the lens's horizontal angle, inside the 4 % rim.
    const needed = 4 / (Math.tan(rad(horizontal(lens)) / 2) * 0.96);
    expect(z + 9).toBeGreaterThanOrEqual(needed - 1e-6);
    expect(z + 9).toBeLessThan(needed + 0.06);
    expect(fits(pts, poseOf(r.view), lens)).toBe(true);
  });
  it('rises when the room behind runs out, and says when even that is not enough', () => {
    const lens: Lens = { fovY: 62, aspect: 390 / 844, top: 0.07 };
    const pts = wall(8, WALL_HEIGHT, 9);
    const risen = frameView(pts, ahead, lens, { back: 1, rise: 30 });
    expect(risen.fits).toBe(true);
    expect(risen.view.position[1]).toBeGreaterThan(EYE);
    expect(risen.view.position[2]).toBeCloseTo(1, 9);
    const short = frameView(pts, ahead, lens, { back: 1, rise: 0.5 });
    expect(short.fits).toBe(false);
    expect(short.view.position).toEqual([0, EYE + 0.5, 1].map((v, i) => (i === 2 ? expect.closeTo(v, 9) : expect.closeTo(v, 9))));
  });
  it('keeps what it frames below the top bar: the points sit lower on the screen the more the bar covers', () => {
    const pts = wall(2, 1, 6);
    const at = { x: 0, y: EYE, z: 0, yaw: 0 };
    const mid = (l: Lens) => {
      const ys = pts.map((p) => project(p, { ...at, pitch: centredPitch(pts, at, l) }, l)!.y);
      return (Math.max(...ys) + Math.min(...ys)) / 2;
    };
    expect(mid({ fovY: 62, aspect: 1 })).toBeCloseTo(0, 6);
    expect(mid({ fovY: 62, aspect: 1, top: 0.3 })).toBeCloseTo(-0.3, 6);
    expect(mid({ fovY: 62, aspect: 1, top: 0.3, bottom: 0.1 })).toBeCloseTo(-0.2, 6);
  });
});

describe('two things one under the other', () => {
  // A board 2 m ahead, its top 0.8 m over the eye, and a lintel 8 m ahead, its underside 2.1 m over it.
  const board: Point3[] = [[-1, 0.3, -2], [-1, EYE + 0.8, -2], [1, 0.3, -2], [1, EYE + 0.8, -2]];
  const lintel: Point3[] = [[-3, EYE + 2.1, -8], [-3, EYE + 4.1, -8], [3, EYE + 2.1, -8], [3, EYE + 4.1, -8]];
  const apart = { below: [board[1], board[3]], above: [lintel[0], lintel[2]] } as const;
  const lens = phone(390, 844);
  it('sees a near board\'s top over a far lintel\'s underside close up, under it from far enough back', () => {
    expect(seenApart(apart, poseOf(ahead), lens)).toBe(false);
    expect(seenApart(apart, poseOf({ position: [0, EYE, 10], target: [0, EYE, 0] }), lens)).toBe(true);
  });
  it('counts two edges side by side on the screen as apart, whatever their heights', () => {
    const aside = { below: [[4, 9, -2], [5, 9, -2]], above: [[-5, 0, -2], [-4, 0, -2]] } as const satisfies { below: readonly [Point3, Point3]; above: readonly [Point3, Point3] };
    expect(seenApart(aside, poseOf(ahead), lens)).toBe(true);
  });
  it('steps back until the board shows under the lintel, not only until both fit', () => {
    const room = { back: 12, rise: 0 };
    const both = frameView([...board, ...lintel], ahead, lens, room);
    expect(seenApart(apart, poseOf(both.view), lens)).toBe(false);
    const framed = frameView([...board, ...lintel], ahead, lens, room, apart);
    expect(framed.fits).toBe(true);
    expect(seenApart(apart, poseOf(framed.view), lens)).toBe(true);
    expect(framed.view.position[2]).toBeGreaterThan(both.view.position[2]);
    // No farther than needed: a step nearer, they overlap.
    const nearer = poseOf({ ...framed.view, position: [0, EYE, framed.view.position[2] - 0.05] });
    expect(seenApart(apart, nearer, lens)).toBe(false);
  });
});

describe('room behind a viewpoint', () => {
  it('ends at a wall, at another booth\'s footprint, or at the limit', () => {
    const wallAt = (z: number) => ({ minX: -5, maxX: 5, minZ: z, maxZ: z + 0.2 });
    expect(roomBehind(ahead, [wallAt(3)], [], 20)).toBeCloseTo(3 - 0.3, 1);
    expect(roomBehind(ahead, [], [{ x: 0, z: 6, width: 8, depth: 4 }], 20)).toBeCloseTo(4, 1);
    expect(roomBehind(ahead, [], [], 7)).toBeCloseTo(7, 6);
    // The footprint the viewpoint stands in (a booth read from inside) does not count.
    expect(roomBehind(ahead, [], [{ x: 0, z: 0, width: 8, depth: 6 }], 5)).toBeCloseTo(5, 6);
  });
});

describe('label corners', () => {
  it('follow the anchor and the turn of the label', () => {
    const l = { text: '二十个字', x: 1, y: 2, z: 3, rotY: 0, size: 0.1, color: '#fff', anchorX: 'left' as const, anchorY: 'top' as const };
    const xs = labelCorners(l).map((p) => p[0]);
    const ys = labelCorners(l).map((p) => p[1]);
    expect(Math.min(...xs)).toBeCloseTo(1, 9);
    expect(Math.max(...xs)).toBeCloseTo(1.4, 9);
    expect(Math.max(...ys)).toBeCloseTo(2, 9);
    expect(Math.min(...ys)).toBeLessThan(2 - 0.1);
    // Turned to face north, the text runs towards -x.
    const turned = labelCorners({ ...l, rotY: Math.PI }).map((p) => p[0]);
    expect(Math.min(...turned)).toBeCloseTo(0.6, 9);
  });
});

describe('the seed hall on a phone', async () => {
  const { plans } = await ingestPaths(['seeds']);
  const hall = buildHallScene(plans, { title: '元宇宙产业政策展' });
  for (const [w, h] of [[390, 844], [844, 390]]) {
    it(`shows every booth whole from its front, and every clause panel, at ${w} × ${h}`, () => {
      const lens = phone(w, h);
      for (const b of hall.booths) {
        for (const which of ['front', 'reading'] as const) {
          const back = roomBehind(b[which], hall.colliders, hall.layout.booths, 12);
          const r = frameView(b.sight[which], b[which], lens, { back, rise: WALL_HEIGHT - EYE });
          expect(r.fits, `${b.id} ${which}`).toBe(true);
          expect(fits(b.sight[which], poseOf(r.view), lens)).toBe(true);
        }
      }
    });
  }
  it('keeps the views of a landscape screen as the layout made them', () => {
    for (const b of hall.booths) expect(frameView(b.sight.front, b.front, phone(1280, 800), { back: 12, rise: 0 }).view).toBe(b.front);
  });
});
