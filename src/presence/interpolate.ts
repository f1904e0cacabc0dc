/**
 * Smooth peers from 12 poses a second: each peer's track keeps its last few poses with the time
 * they arrived, and is drawn a little in the past (DELAY), between the two poses around that
 * moment — so a late or lost frame shows as a slightly longer step, never a jump back. Beyond the
 * newest pose the track holds still rather than guess. Pure.
 */
import type { HandPosition } from '../present/presenceProtocol';

/** A peer's pose in hall units (metres; yaw in radians, 0 looks towards -z). */
export interface PeerPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  /** A headset visitor's left and right hands as offsets from the head (m), null when not tracked. */
  hands?: [HandPosition, HandPosition];
}

/** How far in the past peers are drawn (ms): about two pose intervals, so one lost frame is bridged. */
export const DELAY_MS = 180;
/** Poses a track keeps. */
const KEEP = 8;

/** The poses of one peer, oldest first. */
export class Track {
  private samples: { at: number; pose: PeerPose }[] = [];

  /** A pose arrived at `at` (ms, the receiver's clock). */
  push(at: number, pose: PeerPose): void {
    const last = this.samples[this.samples.length - 1];
    // A peer who was still for a while starts moving from where they stood, not from a stale sample.
    if (last && at - last.at > DELAY_MS * 4) this.samples = [{ at: at - DELAY_MS, pose: last.pose }];
    this.samples.push({ at, pose });
    if (this.samples.length > KEEP) this.samples.shift();
  }

  /** True once a pose has arrived. */
  get known(): boolean {
    return this.samples.length > 0;
  }

  /** Where to draw the peer at `now` (ms), or null before any pose. */
  at(now: number): PeerPose | null {
    const s = this.samples;
    if (!s.length) return null;
    const t = now - DELAY_MS;
    if (t <= s[0].at) return s[0].pose;
    for (let i = 1; i < s.length; i++) {
      if (s[i].at < t) continue;
      const a = s[i - 1];
      const b = s[i];
      return lerpPose(a.pose, b.pose, (t - a.at) / Math.max(1, b.at - a.at));
    }
    return s[s.length - 1].pose;
  }
}

/** The pose a fraction `k` of the way from `a` to `b`; yaw turns the short way round; a hand found or lost shows at once. */
export function lerpPose(a: PeerPose, b: PeerPose, k: number): PeerPose {
  let dyaw = b.yaw - a.yaw;
  dyaw = Math.atan2(Math.sin(dyaw), Math.cos(dyaw));
  const pose: PeerPose = { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k, z: a.z + (b.z - a.z) * k, yaw: a.yaw + dyaw * k };
  if (b.hands) pose.hands = [lerpHand(a.hands?.[0], b.hands[0], k), lerpHand(a.hands?.[1], b.hands[1], k)];
  return pose;
}

function lerpHand(a: HandPosition | undefined, b: HandPosition, k: number): HandPosition {
  if (!a || !b) return b;
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}
