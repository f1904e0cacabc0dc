import { describe, expect, it } from 'vitest';
import { BoxGeometry, Float32BufferAttribute } from 'three';
import { crowdGeometry } from '../../../src/world/crowdGeometry';
import { bodyGeometry, headGeometry } from '../../../src/world/avatarShapes';

const box = () => new BoxGeometry(1, 1, 1);
const values = (g: ReturnType<typeof crowdGeometry>, name: string) => Array.from((g.getAttribute(name) as Float32BufferAttribute).array);

describe('crowdGeometry', () => {
  it('tints a part without its own colour and keeps a coloured one', () => {
    const g = crowdGeometry([{ geometry: box() }, { geometry: box(), colour: 0xff0000 }]);
    const n = box().getAttribute('position').count;
    const tint = values(g, 'tint');
    expect(tint.slice(0, n).every((t) => t === 1)).toBe(true);
    expect(tint.slice(n).every((t) => t === 0)).toBe(true);
    // The coloured part's vertices carry its colour; the tinted part's are white (multiplied by nothing).
    const colour = values(g, 'color');
    expect(colour.slice(n * 3, n * 3 + 3)).toEqual([1, 0, 0]);
    expect(colour.slice(0, 3)).toEqual([1, 1, 1]);
  });

  it('paints an sRGB colour as the linear value a material would draw it with (mid grey 0.216, not 0.5)', () => {
    const g = crowdGeometry([{ geometry: box(), colour: 0x808080 }]);
    expect(values(g, 'color').slice(0, 3)).toEqual([0.2158605, 0.2158605, 0.2158605].map((v) => expect.closeTo(v, 5)));
  });

  it('keeps the vertex colours of a painted shape, untinted', () => {
    const painted = box();
    const n = painted.getAttribute('position').count;
    painted.setAttribute('color', new Float32BufferAttribute(new Array(n * 3).fill(0.5), 3));
    const g = crowdGeometry([{ geometry: painted }]);
    expect(values(g, 'tint').every((t) => t === 0)).toBe(true);
    expect(values(g, 'color').every((c) => c === 0.5)).toBe(true);
  });

  it('merges a figure into one indexed geometry, coarser far than near', () => {
    const near = crowdGeometry([{ geometry: bodyGeometry('near') }, { geometry: headGeometry('near') }]);
    const far = crowdGeometry([{ geometry: bodyGeometry('far') }, { geometry: headGeometry('far') }]);
    expect(near.index).not.toBeNull();
    expect(far.index!.count).toBeLessThan(near.index!.count / 2);
  });
});
