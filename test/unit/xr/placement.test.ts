import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headInHall, originFor, rotateY, turnAboutHead } from '../../../src/xr/placement';

const angle = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true });
const coord = fc.double({ min: -50, max: 50, noNaN: true });
const near = fc.double({ min: -2, max: 2, noNaN: true });
const wrap = (a: number) => Math.atan2(Math.sin(a), Math.cos(a));

describe('XR origin placement', () => {
  it('rotateY turns -z (straight ahead) towards -x for a quarter turn left, as three.js does', () => {
    const [x, z] = rotateY(0, -1, Math.PI / 2);
    expect(x).toBeCloseTo(-1);
    expect(z).toBeCloseTo(0);
  });
  it('originFor puts the head exactly on the target, facing its heading, wherever the head is in the room', () => {
    fc.assert(fc.property(coord, coord, angle, near, near, angle, (x, z, yaw, hx, hz, hyaw) => {
      const head = { x: hx, z: hz, yaw: hyaw };
      const h = headInHall(originFor({ x, z, yaw }, head), head);
      expect(h.x).toBeCloseTo(x, 6);
      expect(h.z).toBeCloseTo(z, 6);
      expect(wrap(h.yaw - yaw)).toBeCloseTo(0, 6);
    }));
  });
  it('a snap turn rotates the view by exactly the step and leaves the head where it stood', () => {
    fc.assert(fc.property(coord, coord, angle, near, near, angle, angle, (ox, oz, oyaw, hx, hz, hyaw, step) => {
      const origin = { x: ox, z: oz, yaw: oyaw };
      const head = { x: hx, z: hz, yaw: hyaw };
      const before = headInHall(origin, head);
      const after = headInHall(turnAboutHead(origin, head, step), head);
      expect(after.x).toBeCloseTo(before.x, 6);
      expect(after.z).toBeCloseTo(before.z, 6);
      expect(wrap(after.yaw - before.yaw - step)).toBeCloseTo(0, 6);
    }));
  });
});
