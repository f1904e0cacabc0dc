import { describe, expect, it } from 'vitest';
import { HIDDEN, placeTags as place, tagText, DEVICE_SIGN, type TagPlacement, type TagPlacing, type TagRect } from '../../../src/layout/visitorTags';

const placing: TagPlacing = { minHeight: 12, lifts: 1, margin: 0.2, hold: 300 };
const tag = (x: number, y: number, h = 20, w = 4 * h): TagRect => ({ x, y, w, h });
/** One frame placed afresh (no frame before): the lifts alone. */
const placeTags = (rects: TagRect[], p: TagPlacing) => place(rects, p).map((t) => t.lift);

/** Frames `dt` ms apart, each placed with the placements of the one before: each frame's lifts. */
function stroll(frames: TagRect[][], dt = 16, p = placing): number[][] {
  let prev: TagPlacement[] = [];
  return frames.map((rects, f) => {
    prev = place(rects, p, prev, f * dt);
    return prev.map((t) => t.lift);
  });
}
/** How often tag `i` changes placement over the frames. */
const flips = (lifts: number[][], i: number) => lifts.slice(1).filter((l, f) => l[i] !== lifts[f][i]).length;
/** `n` frames alternating between two values. */
const wobble = <T>(n: number, a: T, b: T): T[] => Array.from({ length: n }, (_, f) => (f % 2 ? b : a));

describe('placeTags', () => {
  it('leaves tags that do not touch where they are', () => {
    const rects = [tag(0, 0), tag(200, 0), tag(0, 100)];
    expect(placeTags(rects, placing)).toEqual(rects.map(() => 0));
  });

  it('lifts a farther tag that covers a nearer one by its own height, clear of it', () => {
    const near = tag(0, 0, 30);
    const far = tag(20, 10, 20);
    const [a, b] = placeTags([near, far], placing);
    expect(a).toBe(0);
    expect(b).toBeGreaterThan(0);
    // Lifted, its bottom is at or above the near tag's top.
    expect(far.y + b * far.h).toBeGreaterThanOrEqual(near.y + near.h);
  });

  it('hides a tag that finds no free lift, and keeps the nearer ones', () => {
    const stack = [tag(0, 0), tag(5, 0), tag(10, 0), tag(15, 0)];
    const lifts = placeTags(stack, placing);
    expect(lifts.slice(0, 2)).toEqual([0, 1]);
    expect(lifts.slice(2)).toEqual([HIDDEN, HIDDEN]);
    // More lifts allowed, more of them shown.
    expect(placeTags(stack, { ...placing, lifts: 3 })).toEqual([0, 1, 2, 3]);
  });

  it('hides a tag too small to read even with no one near it', () => {
    expect(placeTags([tag(0, 0, placing.minHeight - 1)], placing)).toEqual([HIDDEN]);
    expect(placeTags([tag(0, 0, placing.minHeight)], placing)).toEqual([0]);
  });

  it('gives way in the order given: the first tag is never moved', () => {
    const a = tag(0, 0);
    const b = tag(10, 0);
    expect(placeTags([a, b], placing)[0]).toBe(0);
    expect(placeTags([b, a], placing)[0]).toBe(0);
    expect(placeTags([b, a], placing)[1]).toBe(1);
  });
});

describe('placeTags over frames (hysteresis)', () => {
  const h = 20;
  const near = tag(0, 0, h);
  /** A farther tag of the same size whose left edge is `gap` px right of the near one's right edge. */
  const beside = (gap: number) => tag(near.w + gap, 0, h);
  const small = placing.margin * h / 2;

  it('a tag at the edge of the one before it does not flip as it wobbles by less than the margin', () => {
    const lifts = stroll(wobble(40, [near, beside(-small)], [near, beside(small)]));
    expect(flips(lifts, 0)).toBe(0);
    expect(flips(lifts, 1)).toBeLessThanOrEqual(1);
    // Without the frames before, the same wobble flips it every frame: the test can fail.
    const fresh = wobble(40, [near, beside(-small)], [near, beside(small)]).map((r) => placeTags(r, placing));
    expect(flips(fresh, 1)).toBe(39);
  });

  it('a tag near the smallest readable size does not flip as it wobbles by less than the margin', () => {
    const wobbling = wobble(40, tag(0, 0, placing.minHeight - 0.5), tag(0, 0, placing.minHeight + 0.5));
    const lifts = stroll(wobbling.map((r) => [r]));
    expect(flips(lifts, 0)).toBeLessThanOrEqual(1);
    expect(flips(wobbling.map((r) => placeTags([r], placing)), 0)).toBe(39);
  });

  it('a clear change still takes effect: covering at once, freeing and growing after the hold', () => {
    const clearly = placing.margin * h * 2;
    const steps = (n: number, rects: TagRect[]) => Array.from({ length: n }, () => rects);
    const dt = 16;
    const holdFrames = Math.ceil(placing.hold / dt) + 1;
    // Beside, then clearly over the near one (lifted the very next frame), then soon clearly free
    // again: it comes down, but only once it has held its lift for the hold.
    const lifts = stroll([...steps(5, [near, beside(clearly)]), ...steps(2, [near, beside(-clearly)]), ...steps(holdFrames, [near, beside(clearly)])], dt);
    expect(lifts[4][1]).toBe(0);
    expect(lifts[5][1]).toBe(1);
    expect(lifts[7][1]).toBe(1);
    const down = lifts.findIndex((l, f) => f > 5 && l[1] === 0);
    expect((down - 5) * dt).toBeGreaterThanOrEqual(placing.hold);
    expect((down - 6) * dt).toBeLessThan(placing.hold);
    // Too small, hidden at once; clearly readable again, shown after the hold.
    const grow = stroll([[tag(0, 0, placing.minHeight)], [tag(0, 0, placing.minHeight - 1)], ...steps(holdFrames, [tag(0, 0, placing.minHeight * (1 + placing.margin) + 1)])], dt);
    expect(grow[1][0]).toBe(HIDDEN);
    const shown = grow.findIndex((l, f) => f > 1 && l[0] === 0);
    expect(shown).toBeGreaterThan(1);
    expect((shown - 1) * dt).toBeGreaterThanOrEqual(placing.hold);
  });

  it('a placement that holds is handed back as the same object', () => {
    const first = place([near, beside(5)], placing, [], 0);
    const second = place([near, beside(5)], placing, first, 16);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });
});

describe('tagText', () => {
  it('puts the device sign on the second line, and a raised hand after it', () => {
    const [name, second] = tagText('Anna', 'phone', true, false).split('\n');
    expect(name).toBe('Anna');
    expect(second.startsWith(DEVICE_SIGN.phone)).toBe(true);
    expect(second.length).toBeGreaterThan(DEVICE_SIGN.phone.length);
    expect(tagText('Anna', 'xr', false, false).split('\n')[1]).toBe(DEVICE_SIGN.xr);
  });
});
