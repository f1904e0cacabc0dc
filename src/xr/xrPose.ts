/** Per-frame XR values, outside React like the desktop rig: the origin and the tracked head. */
import type { FloorPose, HeadLocal } from './placement';

/** A point in the XR origin's frame (metres above the visitor's floor). */
export interface LocalPoint {
  x: number;
  y: number;
  z: number;
}

/** Where the visitor's floor is in the hall and where their head is on it. */
export interface XRPose {
  origin: FloorPose;
  head: HeadLocal & { y: number };
  /** Eyes drawn per frame (2 in a stereo headset). */
  views: number;
  /** Where the teleport arc meets the floor right now, if it does. */
  aim: { x: number; z: number } | null;
  /** The last teleport: the floor point aimed at and whether it was taken. */
  teleport: { x: number; z: number; accepted: boolean } | null;
  /** The left and right hands (controller grips, or tracked hands' wrists) in the origin's frame; null when not tracked. */
  hands: [LocalPoint | null, LocalPoint | null];
  /** Draw calls and triangles of the last frame, summed over the eyes. */
  calls: number;
  triangles: number;
}

export const xrPose: XRPose = {
  origin: { x: 0, z: 0, yaw: 0 },
  head: { x: 0, y: 1.6, z: 0, yaw: 0 },
  views: 0,
  aim: null,
  teleport: null,
  hands: [null, null],
  calls: 0,
  triangles: 0,
};
