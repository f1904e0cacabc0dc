import { describe, expect, it } from 'vitest';
import { HIDDEN, placeTags, tagText, DEVICE_SIGN, type TagRect } from '../../../src/layout/visitorTags';

const placing = { minHeight: 12, lifts: 1 };
const tag = (x: number, y: number, h = 20, w = 4 * h): TagRect => ({ x, y, w, h });

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

describe('tagText', () => {
  it('puts the device sign on the second line, and a raised hand after it', () => {
    const [name, second] = tagText('Anna', 'phone', true, false).split('\n');
    expect(name).toBe('Anna');
    expect(second.startsWith(DEVICE_SIGN.phone)).toBe(true);
    expect(second.length).toBeGreaterThan(DEVICE_SIGN.phone.length);
    expect(tagText('Anna', 'xr', false, false).split('\n')[1]).toBe(DEVICE_SIGN.xr);
  });
});
