/**
 * The hall map at the entrance: a board standing nearly upright beside the path in, turned to
 * face the doors, showing the hall from above — zones in their colours named in a legend beside
 * the plan, every booth with its number, the plaza and a "you are here" mark. A booth on the map
 * is a booth pick, so clicking, tapping or pointing at it takes the visitor there, as the booth
 * itself would. (Its pick names the booth as a `target`, not a `boothId`: a booth hidden behind a
 * spine must not take its cell off the map.)
 */
import { LEVEL_ZH } from '../plan/format';
import type { HallLayout } from './hallLayout';
import { ZONE_LETTER } from './hallLayout';
import { LEVEL_COLOR, LEVEL_EN, PALETTE, towardWhite } from './palette';
import type { Block, Label } from './primitives';
import { fitSize } from './textWrap';

/** The board: where its centre stands, its size, its lean back from upright and its turn about the vertical (radians). */
export interface MapStand {
  x: number;
  z: number;
  y: number;
  width: number;
  height: number;
  lean: number;
  /** As a label's rotY: 0 faces +z (the doors); positive turns the face towards +x. */
  turn: number;
}

/** Smallest number height (m) the map prints: below it, a booth shows as a coloured cell only. */
const MIN_NUMBER = 0.03;
/** Room (m) at the board's top for its title, around the plan, and to the plan's left for the zones' names. */
const HEAD = 0.34;
const MARGIN = 0.07;
const LEGEND = 0.6;
/** Type sizes (m): the title, the line under it, the zones' names, "you are here" and the plaza. */
const TYPE = { title: 0.12, hint: 0.06, zone: 0.1, zoneEn: 0.065, here: 0.09, plaza: 0.08 };
/** Line height (in letter heights) of a zone's two names in the legend, and the ground's padding above and below them (m). */
export const LEGEND_LINE = 1.2;
const LEGEND_PAD = 0.008;
/** Side of the you-are-here dot (m), and the line height (in letter heights) of its two lines of words. */
const DOT = 0.05;
const HERE_LINE = 1.15;

/** Builds the map on `stand` for `layout`, marking `here` (a floor point). */
export function hallMap(layout: HallLayout, stand: MapStand, here: { x: number; z: number }): { blocks: Block[]; labels: Label[]; solid: Block[] } {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const [cos, sin] = [Math.cos(stand.lean), Math.sin(stand.lean)];
  const [cosT, sinT] = [Math.cos(stand.turn), Math.sin(stand.turn)];
  const planW = stand.width - 2 * MARGIN - LEGEND;
  const planH = stand.height - HEAD - 2 * MARGIN;
  const scale = Math.min(planW / (maxX - minX), planH / (maxZ - minZ));
  const midX = (minX + maxX) / 2;
  const midZ = (minZ + maxZ) / 2;
  const planU = -stand.width / 2 + MARGIN + LEGEND + planW / 2;
  const planV = -HEAD / 2;
  /** A point on the board: u across, v up the board, h out of its face (m); tilted back, then turned. */
  const on = (u: number, v: number, h: number) => {
    const [lx, ly, lz] = [u, v * cos + h * sin, -v * sin + h * cos];
    return { x: stand.x + lx * cosT + lz * sinT, y: stand.y + ly, z: stand.z - lx * sinT + lz * cosT };
  };
  /** The board point over hall floor point (x, z): the hall's far end is up the board. */
  const at = (x: number, z: number, h: number) => on(planU + (x - midX) * scale, planV + (midZ - z) * scale, h);
  const tilt = { rotX: -stand.lean };
  const turned = { ...tilt, rotY: stand.turn };
  const cell = (x: number, z: number, w: number, d: number, h: number, color: string, extra: Partial<Block> = {}): Block => ({ ...at(x, z, h), sx: w * scale, sy: d * scale, sz: 0.01, color, ...turned, ...extra });
  const label = (p: { x: number; y: number; z: number }, text: string, size: number, color: string, extra: Partial<Label> = {}): Label => ({ ...p, text, size, color, rotY: stand.turn, anchorY: 'middle', ...tilt, ...extra });
  const left = -stand.width / 2 + MARGIN;
  const blocks: Block[] = [
    { ...on(0, 0, -0.03), sx: stand.width + 0.1, sy: stand.height + 0.1, sz: 0.05, color: PALETTE.counter, ...turned },
    cell(midX, midZ, maxX - minX, maxZ - minZ, 0.002, PALETTE.panel),
  ];
  const labels: Label[] = [
    label(on(left, stand.height / 2 - MARGIN - TYPE.title / 2, 0.01), '展馆导览  Hall map', TYPE.title, PALETTE.onAccent, { anchorX: 'left' }),
    label(on(left, stand.height / 2 - HEAD + TYPE.hint, 0.01), '点展位即前往  Tap a booth to go there', TYPE.hint, PALETTE.onAccentSoft, { anchorX: 'left' }),
  ];
  // Zones: a tinted band across the hall over each zone's booths, named in the legend level with it.
  /** Highest the you-are-here entry may reach in the legend's column: under the lowest zone's ground. */
  let hereTop = stand.height / 2 - HEAD;
  for (const zn of layout.zones) {
    const inZone = layout.booths.filter((b) => b.level === zn.level);
    const z0 = Math.min(...inZone.map((b) => b.z - b.depth / 2)) - 1;
    const z1 = Math.max(...inZone.map((b) => b.z + b.depth / 2), zn.z) + 1;
    const color = LEVEL_COLOR[zn.level];
    blocks.push(cell(midX, (z0 + z1) / 2, maxX - minX - 1, z1 - z0, 0.004, towardWhite(color, 0.18)));
    const v = planV + (midZ - (z0 + z1) / 2) * scale;
    const zh = `${ZONE_LETTER[zn.level]} ${LEVEL_ZH[zn.level]}`;
    // Names fit the legend's width, and both lines (each its size × LEGEND_LINE high) fit the
    // band's height within the ground's padding, so an English name never hangs below its ground.
    const band = (z1 - z0) * scale;
    const room = (band - 0.01 - 2 * LEGEND_PAD) / LEGEND_LINE;
    const zoneSize = fitSize(zh, LEGEND - 0.04, Math.min(TYPE.zone, room * 0.66));
    const enSize = fitSize(LEVEL_EN[zn.level], LEGEND - 0.04, Math.min(TYPE.zoneEn, room * 0.34));
    // The legend's light ground, so the zone's colour reads on the dark board.
    const ground = Math.max(band - 0.01, (zoneSize + enSize) * LEGEND_LINE + 2 * LEGEND_PAD);
    blocks.push({ ...on(left + LEGEND / 2 - 0.01, v, 0.004), sx: LEGEND - 0.02, sy: ground, sz: 0.01, color: towardWhite(color, 0.18), ...turned });
    hereTop = Math.min(hereTop, v - ground / 2 - 0.02);
    // The two lines stacked and centred on the band: the name above, the English below.
    const line = { anchorX: 'left' as const, lineHeight: LEGEND_LINE };
    labels.push(label(on(left + 0.01, v + (enSize * LEGEND_LINE) / 2, 0.012), zh, zoneSize, color, line));
    labels.push(label(on(left + 0.01, v - (zoneSize * LEGEND_LINE) / 2, 0.012), LEVEL_EN[zn.level], enSize, color, line));
  }
  // Booths: their place in the row in their level's colour, a pick of the booth, its number. Every
  // cell is a slot's size and every number one size (the largest every cell holds): a small booth
  // drawn smaller would read as a lesser one, or a misprint.
  const size = Math.min(...layout.booths.map((b) => fitSize(b.number, b.slot.width * scale * 0.8, b.slot.depth * scale * 0.7)));
  for (const b of layout.booths) {
    blocks.push(cell(b.slot.x, b.slot.z, b.slot.width * 0.9, b.slot.depth * 0.9, 0.008, LEVEL_COLOR[b.level], { pick: { type: 'map', target: b.id } }));
    if (size >= MIN_NUMBER) labels.push(label(at(b.slot.x, b.slot.z, 0.016), b.number, size, PALETTE.onAccent));
  }
  blocks.push(cell(layout.plaza.x, layout.plaza.z, layout.plaza.width, layout.plaza.depth, 0.006, PALETTE.tag));
  const plazaText = '广场  Plaza';
  labels.push(label(at(layout.plaza.x, layout.plaza.z, 0.012), plazaText, fitSize(plazaText, layout.plaza.width * scale * 0.9, TYPE.plaza), PALETTE.ink));
  // You are here: a red dot at the visitor's start, explained in the legend's column by the same dot
  // and its words on a ground of their own, level with it (the plan has no room beside the dot for
  // words that do not run over its edge). Kept inside the board's margin, below the zones' names.
  blocks.push({ ...at(here.x, here.z, 0.012), sx: DOT, sy: DOT, sz: 0.006, color: LEVEL_COLOR.national, ...turned });
  const line = TYPE.here * HERE_LINE;
  const entryH = 2 * line + 0.04;
  const bottom = -stand.height / 2 + MARGIN + entryH / 2;
  const entryV = Math.min(Math.max(planV + (midZ - here.z) * scale, bottom), hereTop - entryH / 2);
  blocks.push({ ...on(left + LEGEND / 2 - 0.01, entryV, 0.004), sx: LEGEND - 0.02, sy: entryH, sz: 0.01, color: PALETTE.panel, ...turned });
  blocks.push({ ...on(left + 0.01 + DOT / 2, entryV + line / 2, 0.012), sx: DOT, sy: DOT, sz: 0.006, color: LEVEL_COLOR.national, ...turned });
  labels.push(label(on(left + 0.03 + DOT, entryV + line / 2, 0.016), '您在这里', fitSize('您在这里', LEGEND - 0.06 - DOT, TYPE.here), LEVEL_COLOR.national, { anchorX: 'left' }));
  labels.push(label(on(left + 0.01, entryV - line / 2, 0.016), 'You are here', fitSize('You are here', LEGEND - 0.03, TYPE.here), LEVEL_COLOR.national, { anchorX: 'left' }));
  blocks.push(cell(layout.entrance.x, maxZ, layout.entrance.width, 0.6, 0.01, PALETTE.path));
  // The board's post and foot: a solid the visitor walks around.
  const foot = stand.y - (stand.height / 2) * cos;
  const post: Block = { x: stand.x, y: foot / 2, z: stand.z, sx: 0.4, sy: foot, sz: 0.4, color: PALETTE.counter };
  blocks.push(post);
  return { blocks, labels, solid: [post] };
}
