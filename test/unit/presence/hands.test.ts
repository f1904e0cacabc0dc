import { describe, expect, it } from 'vitest';
import { lerpPose, Track } from '../../../src/presence/interpolate';
import { HAND_REACH, quantisePose, quantisePoseWithHands, unquantisePose, WirePose } from '../../../src/present/presenceProtocol';
import { ClientMessage } from '../../../src/present/protocol';

const frame = (p: number[]) => ClientMessage.safeParse({ t: 'pose', id: 'abcd1234', p }).success;

describe('a headset visitor\'s hands in presence frames', () => {
  it('adds both hands as centimetre offsets from the head, and nothing for a visitor without hands', () => {
    expect(quantisePoseWithHands(1, 1.6, 2, 0, [null, null])).toEqual(quantisePose(1, 1.6, 2, 0));
    const p = quantisePoseWithHands(1, 1.6, 2, 0, [[-0.2, -0.4, -0.3], null]);
    expect(p).toEqual([100, 160, 200, 0, -20, -40, -30, 0, 0, 0]);
    expect(unquantisePose(p).hands).toEqual([[-0.2, -0.4, -0.3], null]);
    expect(unquantisePose(quantisePose(1, 1.6, 2, 0)).hands).toBeUndefined();
  });

  it('sends a hand beyond reach as not tracked rather than a frame the relay drops', () => {
    const p = quantisePoseWithHands(0, 1.6, 0, 0, [[3, 0, 0], [0.3, -0.5, -0.4]]);
    expect(p.slice(4)).toEqual([0, 0, 0, 30, -50, -40]);
    expect(frame(p)).toBe(true);
  });

  it('lets the relay accept hands within reach and drop frames with hands far from the avatar, fractions, or the wrong count', () => {
    expect(frame([0, 160, 0, 0, 20, -40, -30, -20, -40, -30])).toBe(true);
    expect(frame([0, 160, 0, 0, HAND_REACH.side + 1, 0, 0, 0, 0, 0])).toBe(false);
    expect(frame([0, 160, 0, 0, 0, 0, 0, 0, HAND_REACH.above + 1, 0])).toBe(false);
    expect(frame([0, 160, 0, 0, 0, -HAND_REACH.below - 1, 0, 0, 0, 0])).toBe(false);
    expect(frame([0, 160, 0, 0, 0.5, 0, 0, 0, 0, 0])).toBe(false);
    expect(frame([0, 160, 0, 0, 10, 10, 10])).toBe(false);
    expect(frame([0, 160, 0, 0, 1, 1, 1, 1, 1, 1, 1])).toBe(false);
    expect(WirePose.safeParse([0, 160, 0, 0]).success).toBe(true);
  });

  it('moves hands smoothly between poses; a hand that appears or goes does so at once', () => {
    const a = { x: 0, y: 1.6, z: 0, yaw: 0, hands: [[0, -0.4, -0.2], null] as [[number, number, number], null] };
    const b = { x: 0, y: 1.6, z: 0, yaw: 0, hands: [[0.2, -0.2, -0.4], [0.1, 0, 0]] as [[number, number, number], [number, number, number]] };
    const mid = lerpPose(a, b, 0.5);
    expect(mid.hands![0]![0]).toBeCloseTo(0.1);
    expect(mid.hands![0]![2]).toBeCloseTo(-0.3);
    expect(mid.hands![1]).toEqual([0.1, 0, 0]);
    expect(lerpPose(b, { ...a, hands: undefined }, 0.5).hands).toBeUndefined();
    const t = new Track();
    t.push(0, a);
    t.push(83, b);
    expect(t.at(83 + 1000)!.hands).toEqual(b.hands);
  });
});
