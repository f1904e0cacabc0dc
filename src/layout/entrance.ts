/**
 * The entrance: a portal over the plaza's central aisle carrying the exhibition's title (from
 * scenes/*.yaml), framing the first zone beyond it, and the hall map on its lectern in the path in.
 * The first view stands at the doors and looks through the portal.
 */
import type { Level } from '../plan/schema';
import { LEVEL_ZH } from '../plan/format';
import { EYE } from './booth';
import { ZONE_LETTER, type HallLayout } from './hallLayout';
import { hallMap, type MapStand } from './hallMap';
import { LEVEL_COLOR, LEVEL_EN, PALETTE, shade } from './palette';
import { fitSize, SEPARATOR } from './textWrap';
import type { Block, Label, Viewpoint } from './primitives';
import type { Apart, Point3 } from './framing';
import type { Board } from './wayfinding';

/** The portal's clear opening (m) and the height of its lintel's underside. */
const PORTAL = { opening: 4.6, pylon: 0.7, under: 3.7, lintel: 2.0, depth: 0.6 };
/**
 * Lines on the lintel, from its top: the title (0.6 m reads from the doors at well over 2°), its
 * English, and the welcome in Chinese and in English (two lines) — heights above the lintel's
 * underside and largest letters (m). The welcome's letters are about 1.2° from the doors.
 */
const TITLE = { y: 1.5, size: 0.6, enY: 1.02, en: 0.24, welcomeY: 0.66, welcome: 0.19, welcomeEnY: 0.3, welcomeEn: 0.17, lineHeight: 1.2 };

/** Where the first view stands: inside the doors, on the path in. */
const startZ = (layout: HallLayout) => layout.bounds.maxZ - 2.5;

/**
 * Where the portal stands: a few steps ahead of the first view, so its opening frames the plaza,
 * the first booths and the zone banners beyond, and its lintel reads at the top of the view.
 */
export function portalZ(layout: HallLayout): number {
  return startZ(layout) - 9;
}

/** The first view: at the doors, eyes level, looking through the portal. */
export function startView(layout: HallLayout): Viewpoint {
  return { position: [0, EYE, startZ(layout)], target: [0, 2.0, portalZ(layout) - 6] };
}

/**
 * The hall map's board: nearly upright beside the path in, clear of its carpet, and square to the
 * first view's line of sight (parallel to the screen), so its letters keep their shape in that view
 * rather than being sheared or foreshortened.
 */
export function mapStand(layout: HallLayout): MapStand {
  const { position: [ex, , ez], target: [tx, , tz] } = startView(layout);
  return { x: -2.25, z: startZ(layout) - 3.64, y: 1.25, width: 2.0, height: 2.1, lean: (10 * Math.PI) / 180, turn: Math.atan2(ex - tx, ez - tz) };
}

/** The corners of the lintel's face towards the doors (hall coordinates): the title and the welcome are on it. */
function lintelFace(layout: HallLayout): Point3[] {
  const { opening, pylon, under, lintel, depth } = PORTAL;
  const half = opening / 2 + pylon;
  const z = portalZ(layout) + depth / 2;
  return [-1, 1].flatMap((s) => [under, under + lintel].map((y): Point3 => [s * half, y, z]));
}

/**
 * Where an upright screen's first view starts, and what it must show: the hall map's board whole
 * and, above it, the lintel with the title and the welcome whole, neither covering the other (a
 * narrow screen sees a third of the landscape start's width, src/state/screen.ts). It looks along
 * the line from the lintel's middle through the map's, so the two stand one over the other in the
 * middle of the screen; it starts a step in front of the map, at eye height, and steps back along
 * that line until both show, the map (below the eye) under the lintel (above it).
 */
export function mapSight(layout: HallLayout): { view: Viewpoint; corners: Point3[]; apart: Apart } {
  const s = mapStand(layout);
  const [cosL, sinL, cosT, sinT] = [Math.cos(s.lean), Math.sin(s.lean), Math.cos(s.turn), Math.sin(s.turn)];
  // A point on the board (u across, v up it), tilted back by its lean, then turned (as hallMap does).
  const on = (u: number, v: number, h = 0): Point3 => {
    const [lx, ly, lz] = [u, v * cosL + h * sinL, -v * sinL + h * cosL];
    return [s.x + lx * cosT + lz * sinT, s.y + ly, s.z - lx * sinT + lz * cosT];
  };
  const board = [-1, 1].flatMap((a) => [-1, 1].map((b) => on((a * s.width) / 2, (b * s.height) / 2)));
  const lintel = lintelFace(layout);
  const [mx, , mz] = on(0, 0);
  const lx = (lintel[0][0] + lintel[2][0]) / 2;
  const lz = lintel[0][2];
  const run = Math.hypot(mx - lx, mz - lz);
  const [ux, uz] = [(mx - lx) / run, (mz - lz) / run];
  return {
    view: { position: [mx + ux, EYE, mz + uz], target: [lx, EYE, lz] },
    corners: [...board, ...lintel],
    // The board's top edge under the lintel's underside.
    apart: { below: [on(-s.width / 2, s.height / 2), on(s.width / 2, s.height / 2)], above: [lintel[0], lintel[2]] },
  };
}

/**
 * The portal's pylons as boards facing the doors (centre and size): a hanging sign seen through the
 * portal keeps clear of them rather than show half its name. (The lintel frames what hangs under it.)
 */
export function portalBoards(layout: HallLayout): Board[] {
  const { opening, pylon, under, lintel } = PORTAL;
  const top = under + lintel;
  return [-1, 1].map((s) => ({ x: s * (opening / 2 + pylon / 2), y: top / 2, z: portalZ(layout), width: pylon, height: top }));
}

/**
 * The welcome under the title, in Chinese and English: follow the carpet in, then the hall's zones
 * in the order they come, by the letters and names their banners and the map use.
 */
export function welcomeLines(layout: HallLayout): { zh: string; en: string } {
  const zones = (name: (l: Level) => string) => layout.zones.map((zn) => `${ZONE_LETTER[zn.level]} ${name(zn.level)}`).join(' → ');
  return {
    // No full-width colon before the zones: troika sets it narrow, onto the letter after it.
    zh: `欢迎参观${SEPARATOR}沿红毯进入，展区依次为 ${zones((l) => LEVEL_ZH[l])}`,
    // Two lines, so its letters can be as large as the Chinese line's and read from the doors.
    en: `Welcome! Follow the red carpet:\n${zones((l) => LEVEL_EN[l])}`,
  };
}

/** Boxes (and what of them is solid) and labels of the portal and the map. */
export function buildEntrance(layout: HallLayout, title: string, titleEn?: string): { blocks: Block[]; solid: Block[]; labels: Label[] } {
  const z = portalZ(layout);
  const { opening, pylon, under, lintel, depth } = PORTAL;
  const top = under + lintel;
  const px = opening / 2 + pylon / 2;
  const pylons = [-1, 1].map((s): Block => ({ x: s * px, y: top / 2, z, sx: pylon, sy: top, sz: depth, color: shade(LEVEL_COLOR.national, 0.85) }));
  const blocks: Block[] = [
    ...pylons,
    { x: 0, y: under + lintel / 2, z, sx: opening + 2 * pylon, sy: lintel, sz: depth, color: LEVEL_COLOR.national },
    // A lit underside, as if the lintel carried its own light over the way in.
    { x: 0, y: under - 0.01, z, sx: opening, sy: 0.02, sz: depth * 0.6, color: PALETTE.lightStrip },
  ];
  const labels: Label[] = [];
  for (const face of [1, -1]) {
    const rotY = face === 1 ? 0 : Math.PI;
    const fz = z + face * (depth / 2 + 0.02);
    labels.push({ text: title, x: 0, y: under + TITLE.y, z: fz, rotY, size: TITLE.size, color: PALETTE.onAccent, anchorY: 'middle' });
    if (titleEn) labels.push({ text: titleEn, x: 0, y: under + TITLE.enY, z: fz, rotY, size: TITLE.en, color: PALETTE.onAccentSoft, anchorY: 'middle' });
  }
  // Under the title, facing the doors: a welcome and where to go, in Chinese and in English (the
  // hall's signs carry both, whichever language the page is in), measured to the lintel.
  const welcome = welcomeLines(layout);
  const room = opening + 2 * pylon - 0.4;
  labels.push({ text: welcome.zh, x: 0, y: under + TITLE.welcomeY, z: z + depth / 2 + 0.02, rotY: 0, size: fitSize(welcome.zh, room, TITLE.welcome), color: PALETTE.onAccent, anchorY: 'middle' });
  // The English lines one label each, so each is centred (a label's lines would align left).
  const enLines = welcome.en.split('\n');
  const enSize = Math.min(...enLines.map((line) => fitSize(line, room, TITLE.welcomeEn)));
  enLines.forEach((line, i) => {
    const y = under + TITLE.welcomeEnY + ((enLines.length - 1) / 2 - i) * enSize * TITLE.lineHeight;
    labels.push({ text: line, x: 0, y, z: z + depth / 2 + 0.02, rotY: 0, size: enSize, color: PALETTE.onAccentSoft, anchorY: 'middle' });
  });
  const start = startView(layout).position;
  const map = hallMap(layout, mapStand(layout), { x: start[0], z: start[2] });
  return { blocks: [...blocks, ...map.blocks], solid: [...pylons, ...map.solid], labels: [...labels, ...map.labels] };
}
