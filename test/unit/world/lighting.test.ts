import { describe, expect, it } from 'vitest';
import { LIGHTS, upwardLambert } from '../../../src/world/lighting';

const white = (intensity: number) => ({ sky: '#ffffff', ground: '#000000', intensity });

describe('upwardLambert', () => {
  it('gives a sky of intensity π, over a surface facing it, the surface its own colour', () => {
    const c = upwardLambert({ hemisphere: white(Math.PI), directional: [] });
    expect([c.r, c.g, c.b]).toEqual([1, 1, 1].map((v) => expect.closeTo(v, 6)));
  });

  it('weighs a directional light by the cosine of its elevation, and drops one from below', () => {
    const at45 = upwardLambert({ hemisphere: white(0), directional: [{ position: [3, 3, 0], color: '#ffffff', intensity: Math.PI }] });
    expect(at45.g).toBeCloseTo(Math.SQRT1_2, 6);
    const below = upwardLambert({ hemisphere: white(0), directional: [{ position: [0, -5, 1], color: '#ffffff', intensity: 9 }] });
    expect(below.r).toBe(0);
  });

  it('works in linear colour: an sRGB mid grey sky lights at 0.214, not 0.5', () => {
    const c = upwardLambert({ hemisphere: { sky: '#808080', ground: '#000000', intensity: Math.PI }, directional: [] });
    expect(c.r).toBeCloseTo(0.2158, 3);
  });

  it('lights the hall floor warm and a little under full: the sky plus both lights, over π', () => {
    const c = upwardLambert(LIGHTS);
    expect(c.r).toBeGreaterThan(c.b);
    expect(c.r).toBeGreaterThan(0.8);
    expect(c.r).toBeLessThan(1.05);
  });
});
