/**
 * Wayfinding: zone banners hanging over each zone's first aisle (both faces, the zone's colour),
 * signs over the cross aisles naming the zone and its booth numbers, and runner carpets along the
 * aisles. Letters are sized to be read from across the hall: SIGN_READ_DISTANCE at SIGN_ANGLE.
 */
import type { Level } from '../plan/schema';
import { LEVEL_ZH } from '../plan/format';
import type { BoothPlacement, HallLayout } from './hallLayout';
import { ZONE_LETTER } from './hallLayout';
import { boothTop, landmarkBoards, WALL_HEIGHT } from './boothArchitecture';
import { portalBoards, startView } from './entrance';
import { LEVEL_COLOR, LEVEL_EN, PALETTE, shade, towardWhite } from './palette';
import type { Block, Label } from './primitives';
import { fitSize, SEPARATOR } from './textWrap';

/** Distance (m) hanging signs are read from, and the visual angle (degrees) their letters need there. */
export const SIGN_READ_DISTANCE = 30;
export const SIGN_ANGLE = 0.8;

/** Letter height (m) that subtends `degrees` at `distance` metres. */
export function letterFor(distance: number, degrees: number): number {
  return 2 * distance * Math.tan((degrees * Math.PI) / 360);
}

/**
 * Height (m) of the hall's ceiling; hanging signs take their height from it. High enough that a
 * far zone's banner can hang above the booths in front of it as the first view sees them.
 */
export const CEILING = 7.5;
/** A banner's centre height (m) where nothing in front of it rises into its way, its height and type sizes. */
const BANNER = { y: 5.7, height: 1.1, text: 0.56, sub: 0.22 };
/** Highest a banner's centre hangs (m): its top a little under the ceiling, room for its rods. */
const BANNER_MAX_Y = CEILING - 0.2 - BANNER.height / 2;
/** Least gap (degrees) between a banner's foot and the top of a booth's wall in front of it, as the first view sees them. */
export const OVER_WALLS = 0.3;
/** Least room (m) between a banner's foot and the top of its own zone's walls. */
const CLEAR_WALLS = 0.1;
/** How far (degrees) under a wall's top a banner hidden behind it keeps. */
const HIDE_MARGIN = 0.1;
/** Widths (m) of a zone's banner and of a cross-aisle sign. */
const BANNER_W = 6.4;
const CROSS_W = 3.2;

/** The booth numbers of a zone as a range: A01–A12. */
export function numberRange(booths: BoothPlacement[], level: Level): string {
  const nums = booths.filter((b) => b.level === level).map((b) => b.number).sort();
  if (!nums.length) return '';
  return nums.length === 1 ? nums[0] : `${nums[0]}–${nums[nums.length - 1]}`;
}

/** A board facing along z (centre and size, metres): a hanging sign, or what it must keep clear of. */
export interface Board {
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
}

/** A board's extent as seen from `eye` looking along -z: angles (degrees) sideways and up. */
export function boardAngles(b: Board, eye: { x: number; y: number; z: number }): { left: number; right: number; low: number; high: number } {
  const d = eye.z - b.z;
  const deg = (v: number) => (Math.atan2(v, d) * 180) / Math.PI;
  return { left: deg(b.x - b.width / 2 - eye.x), right: deg(b.x + b.width / 2 - eye.x), low: deg(b.y - b.height / 2 - eye.y), high: deg(b.y + b.height / 2 - eye.y) };
}

/** Whether two boards seen from `eye` come within `margin` degrees of each other both across and up. */
export function boardsCrowd(a: Board, b: Board, eye: { x: number; y: number; z: number }, margin: number): boolean {
  const p = boardAngles(a, eye);
  const q = boardAngles(b, eye);
  return p.left < q.right + margin && q.left < p.right + margin && p.low < q.high + margin && q.low < p.high + margin;
}

/**
 * What rises between the doors and the signs and could hide them: each booth's back wall with its
 * fascia (on the booth's far side when it faces the doors, its near side when it faces away) and
 * the spines, as boards facing along z, at the face nearer the doors.
 */
export function wallBoards(layout: Pick<HallLayout, 'booths' | 'spines'>): Board[] {
  const walls = layout.booths.map((b): Board => ({ x: b.x, y: WALL_HEIGHT / 2, z: b.z - b.facing * (b.depth / 2 - 0.2), width: b.width, height: WALL_HEIGHT }));
  const spines = layout.spines.map((sp): Board => ({ x: sp.x, y: sp.height / 2, z: sp.z + sp.depth / 2, width: sp.width, height: sp.height }));
  return [...walls, ...spines];
}

/**
 * The lowest centre height for `b` at which `eye` sees it whole over every one of `walls` nearer
 * to it that it overlaps across, with `margin` degrees to spare: a far banner hangs higher, so a
 * near booth's fascia never cuts off its foot. Never below `b.y`.
 */
export function heightOverWalls(b: Board, walls: readonly Board[], eye: { x: number; y: number; z: number }, margin = OVER_WALLS): number {
  const across = boardAngles(b, eye);
  let y = b.y;
  for (const w of walls) {
    if (w.z <= b.z || w.z >= eye.z) continue;
    const a = boardAngles(w, eye);
    if (a.left >= across.right || across.left >= a.right) continue;
    const foot = eye.y + (eye.z - b.z) * Math.tan(((a.high + margin) * Math.PI) / 180);
    y = Math.max(y, foot + b.height / 2);
  }
  return y;
}

/**
 * Each booth as the doors see it: its outline from the floor to its top across its width, at its
 * side nearer the doors. A sign seen inside a nearer booth's outline looks hung inside that booth.
 */
export function boothOutlines(booths: readonly BoothPlacement[]): Board[] {
  return booths.map((b) => ({ x: b.x, y: boothTop(b) / 2, z: b.z + b.depth / 2, width: b.width, height: boothTop(b) }));
}

/** Whether `eye` sees `b` inside the outline of one of `outlines` nearer to it. */
export function seenInside(b: Board, outlines: readonly Board[], eye: { x: number; y: number; z: number }): boolean {
  return outlines.some((o) => o.z > b.z && o.z < eye.z && boardsCrowd(b, o, eye, 0));
}

/**
 * The highest centre height for `b` at which `eye` sees it wholly behind one of `walls` nearer to
 * it (that wall across all of its width, its top over all of its height), or null when none does.
 */
export function heightHiddenBehind(b: Board, walls: readonly Board[], eye: { x: number; y: number; z: number }): number | null {
  const across = boardAngles(b, eye);
  let best: number | null = null;
  for (const w of walls) {
    if (w.z <= b.z || w.z >= eye.z) continue;
    const a = boardAngles(w, eye);
    if (a.left > across.left || a.right < across.right) continue;
    const top = eye.y + (eye.z - b.z) * Math.tan(((a.high - HIDE_MARGIN) * Math.PI) / 180);
    best = Math.max(best ?? -Infinity, top - b.height / 2);
  }
  return best;
}

/** Least gap (degrees) kept between hanging signs as the first view sees them, and the step (m) a sign moves aside by. */
export const SIGN_GAP = 1;
const STAGGER_STEP = 0.5;

/** Most places tried in all (a place is one check against the signs already placed) before the search gives up. */
const SEARCH_BUDGET = 40_000;

/**
 * Where each of `signs` hangs across the hall (its x), so that from `eye` — the first view, which
 * looks down the hall along the aisle all zones' banners hang over — none crowds a nearer sign or a
 * nearer one of `fixed` (the portal, landmarks, signs that must stay where they are). Nearest first, a sign keeps its own x
 * when that is clear, else moves aside in steps, to the side the last moved sign did not take first,
 * so the signs down the hall zigzag instead of piling up. When a farther sign then finds no clear
 * place, the nearer ones try their next places in turn (through the portal's opening there may be
 * room for two far signs side by side only if the nearer one moves over). If no arrangement is
 * clear within the search's budget, each sign takes its first clear place in turn, and one that
 * finds none within `[minX, maxX]` stays at its own x.
 */
export function staggerSigns(signs: readonly Board[], fixed: readonly Board[], eye: { x: number; y: number; z: number }, minX: number, maxX: number): number[] {
  const order = signs.map((s, i) => ({ s, i })).filter(({ s }) => s.z < eye.z).sort((a, b) => b.s.z - a.s.z);
  let budget = SEARCH_BUDGET;
  /** Places clear of `placed` for `s`, in the order they are tried, each with the side it moved to (0: its own x). */
  const places = (s: Board, placed: readonly Board[], lastSide: number): { x: number; side: number }[] => {
    // Only what is nearer counts: a sign in front of a landmark is read first, one behind it piles onto it.
    const clear = (x: number) => {
      budget--;
      return x - s.width / 2 >= minX && x + s.width / 2 <= maxX && !placed.some((p) => p.z > s.z && boardsCrowd({ ...s, x }, p, eye, SIGN_GAP));
    };
    const found = clear(s.x) ? [{ x: s.x, side: 0 }] : [];
    const reach = Math.max(maxX - s.x, s.x - minX);
    for (let k = 1; k * STAGGER_STEP <= reach; k++) {
      for (const side of [-lastSide, lastSide]) if (clear(s.x + side * k * STAGGER_STEP)) found.push({ x: s.x + side * k * STAGGER_STEP, side });
    }
    return found;
  };
  /** The x of each sign from order[k] on, or null when no clear arrangement is found. */
  const arrange = (k: number, placed: readonly Board[], lastSide: number): number[] | null => {
    if (k === order.length) return [];
    const { s } = order[k];
    for (const { x, side } of places(s, placed, lastSide)) {
      if (budget <= 0) return null;
      const rest = arrange(k + 1, [...placed, { ...s, x }], side || lastSide);
      if (rest) return [x, ...rest];
    }
    return null;
  };
  const nearFixed = fixed.filter((f) => f.z < eye.z);
  const xs = signs.map((s) => s.x);
  const clearAll = arrange(0, nearFixed, -1);
  if (clearAll) {
    order.forEach(({ i }, k) => (xs[i] = clearAll[k]));
    return xs;
  }
  // No arrangement clear of everything: each sign its first clear place, nearest first.
  const placed = [...nearFixed];
  let lastSide = -1;
  for (const { s, i } of order) {
    budget = SEARCH_BUDGET;
    const first = places(s, placed, lastSide)[0];
    if (first?.side) lastSide = first.side;
    xs[i] = first?.x ?? s.x;
    placed.push({ ...s, x: xs[i] });
  }
  return xs;
}

/** A double-sided hanging sign: a board on two rods, a line of text on each face (made to fit the board), an optional second line. */
function hangingSign(x: number, z: number, width: number, color: string, text: string, size: number, sub: string, blocks: Block[], labels: Label[], y = BANNER.y): void {
  const { height } = BANNER;
  size = fitSize(text, width - 0.3, size);
  blocks.push({ x, y, z, sx: width, sy: height, sz: 0.06, color });
  for (const side of [-1, 1]) blocks.push({ x: x + side * (width / 2 - 0.3), y: (y + height / 2 + CEILING) / 2, z, sx: 0.03, sy: CEILING - y - height / 2, sz: 0.03, color: PALETTE.axis });
  for (const face of [1, -1]) {
    const rotY = face === 1 ? 0 : Math.PI;
    const main = sub ? y + 0.13 : y;
    labels.push({ text, x, y: main, z: z + face * 0.04, rotY, size, color: PALETTE.onAccent, anchorY: 'middle' });
    if (sub) labels.push({ text: sub, x, y: y - height / 2 + 0.2, z: z + face * 0.04, rotY, size: fitSize(sub, width - 0.3, BANNER.sub), color: PALETTE.onAccentSoft, anchorY: 'middle' });
  }
}

/** The zone banners and cross-aisle signs of `layout`; `screens` stand in the way too (the plaza's boards), like walls. */
export function wayfindingSigns(layout: HallLayout, screens: readonly Board[] = []): { blocks: Block[]; labels: Label[] } {
  const blocks: Block[] = [];
  const labels: Label[] = [];
  // Cross-aisle signs mark their aisle and stay over it; the portal and landmarks stand where they are.
  // Zone banners, all over the central aisle, are staggered so the first view does not see a pile.
  const crossSigns = layout.zones.flatMap((zn) => layout.crossAisles.map((x): Board => ({ x, y: BANNER.y, z: zn.z, width: CROSS_W, height: BANNER.height })));
  const landmarks = [...portalBoards(layout), ...layout.booths.flatMap(landmarkBoards)];
  const [ex, ey, ez] = startView(layout).position;
  const eye = { x: ex, y: ey, z: ez };
  // Each banner hangs as high as it must to clear the walls in front of it (within the ceiling),
  // is then staggered at that height, and takes its height again where it ends up.
  const walls = [...wallBoards(layout), ...screens];
  const lift = (b: Board): Board => ({ ...b, y: Math.min(BANNER_MAX_Y, heightOverWalls(b, walls, eye)) });
  const banners = layout.zones.map((zn) => lift({ x: zn.x, y: BANNER.y, z: zn.z, width: BANNER_W, height: BANNER.height }));
  // Nearer booths' outlines stand in the way too: a banner seen inside one seems hung in that booth.
  const outlines = boothOutlines(layout.booths);
  const bannerX = staggerSigns(banners, [...crossSigns, ...landmarks, ...outlines], eye, layout.bounds.minX + 0.5, layout.bounds.maxX - 0.5);
  const bannerY = banners.map((b, i) => lift({ ...b, x: bannerX[i], y: BANNER.y }).y);
  // A far banner that finds no place clear of the nearer booths (their tops too high to clear under
  // the ceiling, no room aside through the portal) would seem hung inside one of them. It hangs over
  // its own zone's aisle instead, low enough that a nearer wall hides it from the doors (it is found
  // on walking in), still over its own zone's walls.
  const lowest = WALL_HEIGHT + CLEAR_WALLS + BANNER.height / 2;
  layout.zones.forEach((zn, i) => {
    if (!seenInside({ ...banners[i], x: bannerX[i], y: bannerY[i] }, outlines, eye)) return;
    const hidden = heightHiddenBehind({ ...banners[i], x: zn.x }, walls, eye);
    if (hidden === null || hidden < lowest) return;
    bannerX[i] = zn.x;
    bannerY[i] = Math.min(BANNER.y, hidden);
  });
  layout.zones.forEach((zn, i) => {
    const letter = ZONE_LETTER[zn.level];
    const range = numberRange(layout.booths, zn.level);
    const count = layout.booths.filter((b) => b.level === zn.level).length;
    hangingSign(bannerX[i], zn.z, BANNER_W, LEVEL_COLOR[zn.level], `${letter}  ${LEVEL_ZH[zn.level]}  ${LEVEL_EN[zn.level]}`, BANNER.text, `展位 ${range}${SEPARATOR}${count} 个展位`, blocks, labels, bannerY[i]);
    // Over each cross aisle, where it meets the zone's first aisle: the zone and its numbers.
    for (const x of layout.crossAisles) {
      hangingSign(x, zn.z, CROSS_W, LEVEL_COLOR[zn.level], `${letter} ${LEVEL_ZH[zn.level]}`, letterFor(SIGN_READ_DISTANCE, SIGN_ANGLE) * 1.1, range, blocks, labels);
    }
  });
  // Each zone's name lettered on the floor at the west end of its first aisle's runner: seen from
  // above (the overview) and underfoot on entering the aisle.
  for (const zn of layout.zones) {
    const runner = layout.runners.filter((r) => r.level === zn.level).sort((a, b) => b.z - a.z)[0];
    if (!runner) continue;
    const size = runner.depth * 0.62;
    labels.push({ text: `${ZONE_LETTER[zn.level]} ${LEVEL_ZH[zn.level]} ${LEVEL_EN[zn.level]}`, x: runner.x - runner.width / 2 + 0.4, y: 0.03, z: runner.z, rotY: 0, rotX: -Math.PI / 2, size, color: shade(LEVEL_COLOR[zn.level], 0.8), anchorX: 'left', anchorY: 'middle' });
  }
  return { blocks, labels };
}

/** The runner carpets along the aisles (the zone's colour, muted) and the path in from the entrance. */
export function runnerBlocks(layout: HallLayout): Block[] {
  return layout.runners.map((r) => ({
    x: r.x, y: 0.008, z: r.z, sx: r.width, sy: 0.016, sz: r.depth,
    color: r.level ? shade(towardWhite(LEVEL_COLOR[r.level], 0.3), 0.96) : PALETTE.path,
  }));
}
