import { describe, expect, it } from 'vitest';
import { canStand, walkEnd } from '../../../src/layout/collide';

/** A wall across the floor at z = -5, from x = -3 to x = 3. */
const wall = { minX: -3, maxX: 3, minZ: -5.2, maxZ: -5 };

describe('a walk taken at once (reduced motion)', () => {
  it('ends at the point when nothing is in the way', () => {
    const [x, z] = walkEnd(0, 0, { x: 2, z: -3 }, [wall]);
    expect(Math.hypot(x - 2, z + 3)).toBeLessThan(0.05);
  });
  it('ends where a wall stops the body, on the near side, standing', () => {
    const [x, z] = walkEnd(0, 0, { x: 0, z: -10 }, [wall]);
    expect(z).toBeGreaterThan(-5);
    expect(z).toBeLessThan(-4);
    expect(Math.abs(x)).toBeLessThan(0.05);
    expect(canStand(x, z, [wall])).toBe(true);
  });
});
