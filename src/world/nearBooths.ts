/**
 * Level of detail, by distance: which booths draw their close-up detail (figure labels, tiles,
 * panels) and which draw their signage. Past these distances text is a few pixels high and
 * unreadable, so a hall of any size draws about as much text as a small one.
 */
import { wallHeight, type Block, type BoothPlacement, type BoothStatic } from '../layout';
import type { Point3 } from './readable';

/** Most booths drawn in detail at once; the seed hall fits entirely. */
export const NEAR_MAX = 8;
/** Beyond this distance (metres) a booth shows only its structure and signage. */
export const NEAR_RADIUS = 30;
/** Beyond this distance a booth's fascia signs are not drawn (0.3 m letters are about 6 px high at 40 m, in the haze). */
export const SIGN_RADIUS = 40;

/** How far to look for booths from a floor point. */
export interface NearOptions {
  radius: number;
  max?: number;
  /** A booth always included (the one the visitor is at). */
  keep?: string | null;
}

/** Ids of the booths within `radius` of (x, z), at most `max` of the nearest; sorted by id. */
export function boothsNear(booths: BoothStatic[], x: number, z: number, { radius, max = Infinity, keep = null }: NearOptions): string[] {
  const ranked = booths
    .map((b) => ({ id: b.id, d: Math.hypot(b.frame.x - x, b.frame.z - z) }))
    .filter((b) => b.d < radius || b.id === keep)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, max)
    .map((b) => b.id);
  if (keep && !ranked.includes(keep) && booths.some((b) => b.id === keep)) ranked[ranked.length - 1] = keep;
  return ranked.sort();
}

/** The floor point detail follows: under a walking visitor; from above, where the gaze meets the floor. */
export function focusPoint(r: { x: number; y: number; z: number; yaw: number; pitch: number }): { x: number; z: number } {
  const ahead = r.y > 5 ? Math.tan(Math.PI / 2 + r.pitch) * r.y : 0;
  return { x: r.x - Math.sin(r.yaw) * ahead, z: r.z - Math.cos(r.yaw) * ahead };
}

/** What of a booth its own back wall hides from the visitor's eye. */
export interface HiddenParts {
  /** The wall's face: panels, fascia signs, the lines under them. */
  wallFace: boolean;
  /** All in front of the wall: carpet, partitions, counter, figures, their tiles and labels. */
  interior: boolean;
}

/** How far inside each bound a part must be to count as hidden: the eye may be known only to the metre, and moves between reads. */
const SLACK = 0.6;

let culling = true;

/** Turns hiding what walls hide on or off (`?drawHidden` turns it off, to compare renders with and without). */
export function setBackWallCulling(on: boolean): void {
  culling = on;
}

/** Whether what walls hide is left out (true unless `?drawHidden`). */
export function cullingHidden(): boolean {
  return culling;
}

/**
 * What the booth's back wall hides from `eye`. Rows stand back to back, so half the booths near a
 * visitor turn their backs to them. From anywhere behind the wall and below its top, what is on
 * its face (panels, fascia, their text) is turned away and covered. The rest of the booth is
 * hidden only while the eye is also within the wall's width: every sight line to it then crosses
 * the wall. From further aside it shows past the wall's end.
 */
export function hiddenByBackWall(p: Pick<BoothPlacement, 'x' | 'z' | 'width' | 'depth' | 'facing' | 'size'>, eye: Point3): HiddenParts {
  // Booth-local: front towards +z, the back wall's back face at z = -depth / 2.
  const lz = (eye.z - p.z) * p.facing;
  const lx = (eye.x - p.x) * p.facing;
  const behind = culling && lz < -p.depth / 2 - SLACK && eye.y < wallHeight(p.size) - SLACK;
  return { wallFace: behind, interior: behind && Math.abs(lx) < p.width / 2 - SLACK };
}

/** What the eye cannot see of the booths it cannot see whole: all of one behind a spine, or all but the back wall of one seen from straight behind. */
export type HiddenBooths = ReadonlyMap<string, 'all' | 'interior'>;

/**
 * `blocks` less what `hidden` says is hidden. `blocks` itself when none goes: a group of boxes
 * the change does not touch keeps its instances as they are, rather than every group rewriting
 * its own.
 */
export function withoutHidden(blocks: Block[], hidden: HiddenBooths): Block[] {
  if (!hidden.size) return blocks;
  const kept = blocks.filter((b) => {
    const h = b.pick && 'boothId' in b.pick ? hidden.get(b.pick.boothId) : undefined;
    return !h || (h === 'interior' && b.backWall);
  });
  return kept.length === blocks.length ? blocks : kept;
}
