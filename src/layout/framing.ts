/**
 * Framing a view for the screen it is seen on. The hall's viewpoints are made for a landscape
 * screen; a phone held upright sees a third of their width. Given the points a view must show,
 * the lens (field of view, aspect, the strips the page's bars cover) and the room behind the
 * viewpoint, this finds where to stand: as the viewpoint is if it already shows them, else
 * stepping back along the line of sight as far as the room allows, else rising above it.
 * Pure: no DOM, no three; angles in radians unless named in degrees.
 */
import { canStand } from './collide';
import type { Collider, Label, Viewpoint } from './primitives';
import type { Rect } from './hallLayout';
import { textColumns } from './textWrap';

/** A point in the hall (metres). */
export type Point3 = [number, number, number];

/** A camera's pose: position, heading (0 looks towards -z) and pitch (up positive), as the rig keeps it. */
export interface Pose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
}

/** What a screen's camera sees. */
export interface Lens {
  /** Vertical field of view, degrees. */
  fovY: number;
  /** Width over height of the drawing area. */
  aspect: number;
  /** Fractions of the height covered by the page at the top (its bar) and bottom; 0 when none. */
  top?: number;
  bottom?: number;
}

/** The hall's vertical field of view on a landscape screen (degrees). */
export const HALL_FOV = 62;
/** The narrowest horizontal field of view a screen gets (degrees): an upright phone widens to it. */
export const MIN_HORIZONTAL_FOV = 50;
/** The widest vertical field of view a screen gets (degrees): beyond it the edges stretch too far. */
export const MAX_FOV = 90;

/** How far inside the usable area framed points must stay, in normalised device units (so labels keep a rim). */
const RIM = 0.04;
/** How close (m) the search for a place to stand comes to the nearest that shows everything. */
const PRECISION = 0.01;
/** Step (m) of the walk back in search of room. */
const STEP = 0.05;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The narrowest landscape screen (width over height) the hall's fixed views are composed for: 1280 × 800. */
export const LANDSCAPE_ASPECT = 1.6;

/** Half the width (m) a screen of `aspect` shows `depth` m ahead of a level view, inside the rim framed points keep. */
export function halfWidthSeen(depth: number, aspect = LANDSCAPE_ASPECT): number {
  return depth * Math.tan(rad(fovFor(aspect)) / 2) * aspect * (1 - RIM);
}

/** Vertical field of view (degrees) for a screen of `aspect`: the hall's own unless that would see less than MIN_HORIZONTAL_FOV across. */
export function fovFor(aspect: number): number {
  const forWidth = deg(2 * Math.atan(Math.tan(rad(MIN_HORIZONTAL_FOV) / 2) / aspect));
  return Math.min(MAX_FOV, Math.max(HALL_FOV, forWidth));
}

/** The pose of standing at a viewpoint's position and looking at its target. */
export function poseOf(v: Viewpoint): Pose {
  const [x, y, z] = v.position;
  const [tx, ty, tz] = v.target;
  const dx = tx - x;
  const dz = tz - z;
  return { x, y, z, yaw: Math.atan2(-dx, -dz), pitch: Math.atan2(ty - y, Math.hypot(dx, dz)) };
}

/** A viewpoint standing at a pose, its target 10 m along the line of sight. */
export function viewOf(p: Pose): Viewpoint {
  const c = Math.cos(p.pitch);
  return { position: [p.x, p.y, p.z], target: [p.x - Math.sin(p.yaw) * c * 10, p.y + Math.sin(p.pitch) * 10, p.z - Math.cos(p.yaw) * c * 10] };
}

/** A point seen from a pose: right and up over depth, or null when it is behind the eye. */
function seen(p: Point3, from: Pose): { x: number; y: number } | null {
  const dx = p[0] - from.x;
  const dy = p[1] - from.y;
  const dz = p[2] - from.z;
  // Undo the heading, then the pitch (the camera turns by yaw about y, then pitch about x).
  const cy = Math.cos(from.yaw);
  const sy = Math.sin(from.yaw);
  const right = cy * dx - sy * dz;
  const ahead = sy * dx + cy * dz;
  const cp = Math.cos(from.pitch);
  const sp = Math.sin(from.pitch);
  const up = cp * dy + sp * ahead;
  const depth = sp * dy - cp * ahead;
  return depth > 0.05 ? { x: right / depth, y: up / depth } : null;
}

/** Normalised device coordinates of a point (-1..1 across, -1..1 bottom to top), or null behind the eye. */
export function project(p: Point3, from: Pose, lens: Lens): { x: number; y: number } | null {
  const s = seen(p, from);
  if (!s) return null;
  const tanV = Math.tan(rad(lens.fovY) / 2);
  return { x: s.x / (tanV * lens.aspect), y: s.y / tanV };
}

/** The usable band of the screen in normalised device units, inside the page's bars and the rim. */
function band(lens: Lens) {
  return { left: -1 + RIM, right: 1 - RIM, bottom: -1 + 2 * (lens.bottom ?? 0) + RIM, top: 1 - 2 * (lens.top ?? 0) - RIM };
}

/** True when every point projects inside the usable part of the screen. */
export function fits(points: readonly Point3[], from: Pose, lens: Lens): boolean {
  const b = band(lens);
  return points.every((p) => {
    const q = project(p, from, lens);
    return !!q && q.x >= b.left && q.x <= b.right && q.y >= b.bottom && q.y <= b.top;
  });
}

/**
 * The pitch that centres the points between the top and bottom of the usable band. Seen with
 * pitch p, a point whose elevation from the eye is φ lands at tan(φ - p) / tan(fovY / 2) up the
 * screen, so only the highest and lowest elevations matter.
 */
export function centredPitch(points: readonly Point3[], at: Omit<Pose, 'pitch'>, lens: Lens): number {
  const b = band(lens);
  const mid = ((b.top + b.bottom) / 2) * Math.tan(rad(lens.fovY) / 2);
  const cy = Math.cos(at.yaw);
  const sy = Math.sin(at.yaw);
  let high = -Math.PI;
  let low = Math.PI;
  for (const p of points) {
    const forward = -(sy * (p[0] - at.x) + cy * (p[2] - at.z));
    const elevation = Math.atan2(p[1] - at.y, forward);
    high = Math.max(high, elevation);
    low = Math.min(low, elevation);
  }
  // Within these bounds both stay in front of the eye; the middle falls as the pitch rises.
  let lo = Math.max(-1.2, high - Math.PI / 2 + 1e-6);
  let hi = Math.min(1.2, low + Math.PI / 2 - 1e-6);
  for (let i = 0; i < 40; i++) {
    const m = (lo + hi) / 2;
    if ((Math.tan(high - m) + Math.tan(low - m)) / 2 > mid) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

/** Where a view may go when its viewpoint does not show all it must. */
export interface Room {
  /** How far (m) the viewer may step back from the viewpoint along the line of sight. */
  back: number;
  /** How far (m) the viewer may rise above the viewpoint once stepped back as far as that goes. */
  rise: number;
}

/** A framed view, and whether it shows every point (false: the widest view the room allows). */
export interface Framed {
  view: Viewpoint;
  fits: boolean;
}

/** Two things a view must show one under the other, by their facing edges: the lower thing's top edge and the upper thing's bottom edge (two points each). */
export interface Apart {
  below: readonly [Point3, Point3];
  above: readonly [Point3, Point3];
}

/**
 * Whether, seen from `from`, the edge `apart.below` runs under the edge `apart.above`, a rim's
 * width apart, wherever the two are across from each other on the screen (so neither thing covers
 * the other, nor touches it). Both edges are
 * straight on the screen, so comparing them at the ends of the stretch they share decides it.
 */
export function seenApart(apart: Apart, from: Pose, lens: Lens): boolean {
  const [p, q] = apart.below.map((x) => project(x, from, lens));
  const [r, s] = apart.above.map((x) => project(x, from, lens));
  if (!p || !q || !r || !s) return false;
  const at = (a: { x: number; y: number }, b: { x: number; y: number }, x: number) => (a.x === b.x ? Math.max(a.y, b.y) : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x));
  const from_ = Math.max(Math.min(p.x, q.x), Math.min(r.x, s.x));
  const to = Math.min(Math.max(p.x, q.x), Math.max(r.x, s.x));
  if (from_ > to) return true;
  return [from_, to].every((x) => at(p, q, x) + RIM < at(r, s, x));
}

/**
 * Where to stand to see every point (and, given `apart`, one thing under the other): `start`
 * itself when it shows them so; else on the line behind it (same heading, pitch centring the
 * points), as near as does; else that far back and risen as little as does. Nearer is better:
 * text is larger. (Stepping back draws near things down towards the horizon faster than far ones,
 * so a near thing below the eye and a far one above it only come apart the farther back.)
 */
export function frameView(points: readonly Point3[], start: Viewpoint, lens: Lens, room: Room, apart?: Apart): Framed {
  const from = poseOf(start);
  const shows = (pose: Pose) => fits(points, pose, lens) && (!apart || seenApart(apart, pose, lens));
  if (!points.length || shows(from)) return { view: start, fits: true };
  const backX = Math.sin(from.yaw);
  const backZ = Math.cos(from.yaw);
  const at = (back: number, rise: number) => {
    const spot = { x: from.x + backX * back, y: from.y + rise, z: from.z + backZ * back, yaw: from.yaw };
    return { ...spot, pitch: centredPitch(points, spot, lens) };
  };
  // Stepping back (or rising) only draws the points in towards the middle, so the nearest place
  // that shows them all is found by halving the interval between one that does not and one that does.
  const nearest = (place: (d: number) => Pose, most: number): Pose | null => {
    if (!shows(place(most))) return null;
    let lo = 0;
    let hi = most;
    while (hi - lo > PRECISION) {
      const mid = (lo + hi) / 2;
      if (shows(place(mid))) hi = mid;
      else lo = mid;
    }
    return place(hi);
  };
  const pose = nearest((back) => at(back, 0), room.back) ?? nearest((rise) => at(room.back, rise), room.rise);
  return pose ? { view: viewOf(pose), fits: true } : { view: viewOf(at(room.back, room.rise)), fits: false };
}

/**
 * How far (m, at most `limit`) a visitor can step back from a viewpoint along its line of sight:
 * until a wall or counter is in the way or the step would enter another booth's footprint.
 */
export function roomBehind(start: Viewpoint, colliders: readonly Collider[], footprints: readonly Rect[], limit: number): number {
  const { x, z, yaw } = poseOf(start);
  const ex = x + Math.sin(yaw) * limit;
  const ez = z + Math.cos(yaw) * limit;
  // Only what lies near the line can be in the way (a body's width either side is enough).
  const near = (minX: number, maxX: number, minZ: number, maxZ: number) =>
    maxX > Math.min(x, ex) - 1 && minX < Math.max(x, ex) + 1 && maxZ > Math.min(z, ez) - 1 && minZ < Math.max(z, ez) + 1;
  const walls = colliders.filter((c) => near(c.minX, c.maxX, c.minZ, c.maxZ));
  const within = (r: Rect, px: number, pz: number) => Math.abs(px - r.x) < r.width / 2 && Math.abs(pz - r.z) < r.depth / 2;
  // Standing inside the footprint the view starts in is fine (the reading view does): only entering another counts.
  const others = footprints.filter((r) => !within(r, x, z) && near(r.x - r.width / 2, r.x + r.width / 2, r.z - r.depth / 2, r.z + r.depth / 2));
  const clear = (px: number, pz: number) => canStand(px, pz, walls) && !others.some((r) => within(r, px, pz));
  let back = 0;
  while (back + STEP <= limit && clear(x + Math.sin(yaw) * (back + STEP), z + Math.cos(yaw) * (back + STEP))) back += STEP;
  return back;
}

/** Widths of a label's text in metres (a CJK character one em, others about half). */
function labelWidth(l: Label): number {
  const longest = Math.max(...l.text.split('\n').map(textColumns)) * l.size;
  return l.maxWidth ? Math.min(longest, l.maxWidth) : longest;
}

/** Where a label's text starts from its anchor, in widths (across) and heights (up); troika's defaults are centre and middle. */
const ANCHOR_X: Record<NonNullable<Label['anchorX']>, number> = { left: 0, center: -0.5, right: -1 };
const ANCHOR_Y: Record<NonNullable<Label['anchorY']>, number> = { bottom: 0, middle: -0.5, top: -1 };

/** The four corners of a label's text in the hall, from its anchor, size and turn (upright labels). */
export function labelCorners(l: Label): Point3[] {
  const w = labelWidth(l);
  const lines = l.text.split('\n').length;
  const h = l.size * (l.lineHeight ?? 1.2) * lines;
  const x0 = ANCHOR_X[l.anchorX ?? 'center'] * w;
  const y0 = ANCHOR_Y[l.anchorY ?? 'middle'] * h;
  const c = Math.cos(l.rotY);
  const s = Math.sin(l.rotY);
  const corners: Point3[] = [];
  for (const dx of [x0, x0 + w]) for (const dy of [y0, y0 + h]) corners.push([l.x + dx * c, l.y + dy, l.z - dx * s]);
  return corners;
}
