import { describe, expect, it } from 'vitest';
import { DELAY_MS, lerpPose, Track } from '../../../src/presence/interpolate';
import { quantisePose, unquantisePose } from '../../../src/present/presenceProtocol';

const p = (x: number, yaw = 0) => ({ x, y: 1.6, z: 0, yaw });

describe('peer interpolation', () => {
  it('draws a peer between the two poses around the delayed moment', () => {
    const t = new Track();
    expect(t.at(0)).toBeNull();
    t.push(1000, p(0));
    t.push(1083, p(1));
    t.push(1166, p(2));
    expect(t.at(1000 + DELAY_MS)!.x).toBeCloseTo(0);
    expect(t.at(1083 + 41.5 + DELAY_MS)!.x).toBeCloseTo(1.5);
    // Past the newest pose it holds still.
    expect(t.at(5000)!.x).toBe(2);
  });

  it('bridges a lost frame as a longer step, never a jump back', () => {
    const t = new Track();
    t.push(0, p(0));
    t.push(83, p(1));
    t.push(250, p(3));
    let last = -Infinity;
    for (let now = DELAY_MS; now < 250 + DELAY_MS; now += 10) {
      const x = t.at(now)!.x;
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });

  it('starts a peer who stood still from where they stood', () => {
    const t = new Track();
    t.push(0, p(0));
    t.push(10_000, p(1));
    expect(t.at(10_000)!.x).toBeCloseTo(0, 1);
    expect(t.at(10_000 + DELAY_MS)!.x).toBeCloseTo(1);
  });

  it('turns the short way round', () => {
    const mid = lerpPose(p(0, 3.0), p(0, -3.0), 0.5);
    expect(Math.abs(Math.cos(mid.yaw) + 1)).toBeLessThan(0.01);
  });

  it('quantises poses to centimetres and milliradians, clamping the head height', () => {
    const q = quantisePose(1.234, 9, -5.678, 7);
    expect(q).toEqual([123, 300, -568, Math.round(Math.atan2(Math.sin(7), Math.cos(7)) * 1000)]);
    expect(unquantisePose(q).x).toBeCloseTo(1.23);
  });
});
