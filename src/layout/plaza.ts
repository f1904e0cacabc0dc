/**
 * The central plaza: four boards that compare the regions — industry-scale goals in one unit (亿元),
 * goals of enterprises and of scenarios (only comparable figures: see comparable.ts), a timeline
 * of plan dates (mentioned plans included), and a region × theme matrix. Each board caps its rows so a 300-booth hall keeps the same plaza.
 */
import type { Plan } from '../plan/schema';
import { PALETTE, LEVEL_COLOR, towardWhite } from './palette';
import { shortRegion } from './regionName';
import { localBlock, localLabel, type Block, type Frame, type Label } from './primitives';
import { clip, fitSize, textColumns } from './textWrap';
import { timelineOf } from './timeline';
import { SERIES, seriesValue } from './comparable';
import type { Rect } from './hallLayout';
import { halfWidthSeen } from './framing';
import { EYE } from './booth';
import { letterFor, SIGN_ANGLE, type Board } from './wayfinding';

/** Most regions a comparison shows. */
export const PLAZA_ROWS = 10;
const BOARD_H = 3.2;
/** How far (m) in front of a board's frame its nearest part stands: the figures over its bars. */
const BOARD_FRONT = 0.6;

/** Industry-scale goals per plan, in 亿元 (largest first): money goals only, never a subsidy or a cap. */
export function industryScale(plans: Plan[]): { plan: Plan; yi: number }[] {
  return plans
    .map((plan) => ({ plan, yi: seriesValue(plan, SERIES.industryScale) }))
    .filter((r) => r.yi > 0).sort((a, b) => b.yi - a.yi).slice(0, PLAZA_ROWS);
}

/** Goals of enterprises (家) and of application scenarios (个) per plan: each its own count, never added together. */
export function enterprisesAndScenarios(plans: Plan[]): { plan: Plan; enterprises: number; scenarios: number }[] {
  return plans
    .map((plan) => ({ plan, enterprises: seriesValue(plan, SERIES.enterprises), scenarios: seriesValue(plan, SERIES.scenarios) }))
    .filter((r) => r.enterprises + r.scenarios > 0)
    .sort((a, b) => b.enterprises - a.enterprises || b.scenarios - a.scenarios)
    .slice(0, PLAZA_ROWS);
}

/** Most entries the timeline shows, and most themes the matrix does (each shows fewer when its letters would not read from the doors). */
const TIMELINE_MAX = 12;
const THEMES_MAX = 7;
/** Columns (a CJK character is one) of a theme's name the matrix shows before an ellipsis, and most of a region's. */
const THEME_CHARS = 4;
const REGION_CHARS = 6;

/**
 * Letter height (m) that reads from the first view (on the hall's axis at `eyeZ`) at the middle
 * of a board: SIGN_ANGLE there. The timeline and the matrix are set to it, so a visitor
 * at the doors can read them, not only make out that there is something written.
 */
function readableAt(f: Frame, eyeZ: number): number {
  return letterFor(Math.hypot(f.x, BOARD_H / 2 - EYE, eyeZ - f.z), SIGN_ANGLE);
}

/**
 * A board's back and its title band; returns the band's height. The title on one line when it fits
 * at `size`, else the English on a second line, so a narrow board's title keeps its letters'
 * size (readable from the doors) rather than shrinking to fit.
 */
function board(f: Frame, w: number, title: string, titleEn: string, blocks: Block[], labels: Label[], size = 0.2): number {
  blocks.push(localBlock(f, 0, BOARD_H / 2, -0.1, w, BOARD_H, 0.2, PALETTE.wall));
  const text = `${title}  ${titleEn}`;
  const room = w - 0.4;
  const lines = fitSize(text, room, size) < size ? [title, titleEn] : [text];
  const band = Math.max(0.5, size * (0.4 + 1.2 * lines.length));
  blocks.push(localBlock(f, 0, BOARD_H - band / 2, 0.02, w, band, 0.05, PALETTE.counter));
  // Measured to the board, so a title longer still is set smaller rather than run off its edge.
  lines.forEach((line, i) => {
    const y = BOARD_H - band / 2 + ((lines.length - 1) / 2 - i) * size * 1.2;
    labels.push(localLabel(f, -w / 2 + 0.2, y, 0.06, line, fitSize(line, room, size), PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }));
  });
  return band;
}

/** Columns on a board, one per row; each series (the k-th value of every row) scaled to its own largest, as series count different things. */
function bars(f: Frame, w: number, rows: { label: string; values: { v: number; text: string; color: string }[] }[], blocks: Block[], labels: Label[]) {
  const maxOf = (k: number) => Math.max(1e-9, ...rows.map((r) => r.values[k]?.v ?? 0));
  const slot = (w - 0.4) / Math.max(rows.length, 1);
  rows.forEach((r, i) => {
    const x = -w / 2 + 0.2 + slot * (i + 0.5);
    const bw = Math.min(0.5, (slot * 0.7) / r.values.length);
    r.values.forEach((v, k) => {
      const h = 0.05 + 1.7 * (v.v / maxOf(k));
      const bx = x + (k - (r.values.length - 1) / 2) * bw * 1.1;
      blocks.push(localBlock(f, bx, 0.45 + h / 2, 0.15, bw, h, bw, v.color));
      // Measured to its share of the slot, so neighbouring figures do not run into each other.
      labels.push(localLabel(f, bx, 0.5 + h, 0.45, v.text, fitSize(v.text, (slot * 0.95) / r.values.length, 0.09), PALETTE.ink, { anchorY: 'bottom' }));
    });
    const name = clip(r.label, 8);
    labels.push(localLabel(f, x, 0.3, 0.45, name, fitSize(name, slot * 0.92, 0.1), PALETTE.ink, { anchorY: 'middle' }));
  });
  blocks.push(localBlock(f, 0, 0.2, 0.15, w - 0.2, 0.4, 0.6, PALETTE.counter));
}

/** The plaza's central aisle (m) at its narrowest, and the gap between boards (and kept from what stands in front of them). */
const AISLE = 5;
const GAP = 0.6;
/** Room (m) kept between a board's edge and where a pylon in front of it ends, as the first view sees them. */
const CLEAR = 0.1;

/**
 * How far (m) either side of the hall's axis what stands between the first view (on the axis at
 * `eyeZ`) and a board at `z` hides of that board: each of `inFront`'s outer edge carried along the
 * line of sight to the board's plane. 0 when nothing stands in front.
 */
export function shadowReach(inFront: readonly Board[], eyeZ: number, z: number): number {
  return Math.max(0, ...inFront.filter((o) => o.z > z && o.z < eyeZ).map((o) => ((Math.abs(o.x) + o.width / 2) * (eyeZ - z)) / (eyeZ - o.z)));
}

/**
 * Where the plaza's four boards stand: two each side of a central aisle, so the way into the hall
 * stays open to the eye; the aisle as wide as the portal's pylons (`portal`) hide from the first
 * view (on the hall's axis at `eyeZ`), so no pylon stands in front of a board's face; the boards as
 * wide as the plaza allows and the first view on a landscape screen takes in, from the front of
 * their bars' figures, so the outer boards are not cut at the frame's edge.
 */
function boardFrames(plaza: Rect, eyeZ: number, portal: readonly Board[]): { frames: Frame[]; bw: number } {
  const z = plaza.z - plaza.depth / 2 + 1.2;
  const half = Math.max(AISLE / 2, shadowReach(portal, eyeZ, z) + CLEAR);
  const reach = halfWidthSeen(eyeZ - (z + BOARD_FRONT));
  const bw = Math.min(7.5, (plaza.width / 2 - half - 1) / 2, (reach - half - GAP) / 2);
  const frames: Frame[] = [-2, -1, 1, 2].map((k) => ({ x: Math.sign(k) * (half + (Math.abs(k) - 0.5) * bw + (Math.abs(k) - 1) * GAP), z, facing: 1 }));
  return { frames, bw };
}

/** The plaza's boards as the first view sees them (centre and size, their faces): hanging signs beyond them hang clear of their tops. */
export function plazaBoards(plaza: Rect, eyeZ: number, portal: readonly Board[]): Board[] {
  const { frames, bw } = boardFrames(plaza, eyeZ, portal);
  return frames.map((f) => ({ x: f.x, y: BOARD_H / 2, z: f.z, width: bw, height: BOARD_H }));
}

/** Boxes and labels of the plaza, whose boards the first view (standing on the hall's axis at `eyeZ`) shows whole, clear of the `portal`'s pylons. */
export function buildPlaza(plans: Plan[], plaza: Rect, themeLabel: (id: string) => string, eyeZ: number, portal: readonly Board[]): { blocks: Block[]; labels: Label[] } {
  const blocks: Block[] = [];
  const labels: Label[] = [];
  const { frames, bw } = boardFrames(plaza, eyeZ, portal);
  // 1. Industry scale, one unit for all.
  board(frames[0], bw, '产业规模目标', 'Industry scale (亿元)', blocks, labels);
  bars(frames[0], bw, industryScale(plans).map(({ plan, yi }) => ({ label: shortRegion(plan.region), values: [{ v: yi, text: `${yi.toLocaleString('zh-CN')}${SERIES.industryScale.unit}`, color: LEVEL_COLOR[plan.level] }] })), blocks, labels);
  // 2. Enterprises and scenarios.
  board(frames[1], bw, '企业与场景', 'Enterprises & scenarios', blocks, labels);
  bars(frames[1], bw, enterprisesAndScenarios(plans).map(({ plan, enterprises, scenarios }) => ({
    label: shortRegion(plan.region),
    values: [{ v: enterprises, text: `${enterprises}${SERIES.enterprises.unit}`, color: PALETTE.goal }, { v: scenarios, text: `${scenarios}${SERIES.scenarios.unit}`, color: PALETTE.count }],
  })), blocks, labels);
  labels.push(localLabel(frames[1], bw / 2 - 0.2, 2.55, 0.02, '■ 企业(家)', 0.08, PALETTE.goal, { anchorX: 'right', anchorY: 'middle' }));
  labels.push(localLabel(frames[1], bw / 2 - 0.2, 2.42, 0.02, '■ 场景(个)', 0.08, PALETTE.count, { anchorX: 'right', anchorY: 'middle' }));
  // 3. Timeline: dated entries along a line, alternating above and below it, in letters read from
  // the doors: as many entries as leave each label (two steps wide) room for a date at that size.
  const read3 = readableAt(frames[2], eyeZ);
  board(frames[2], bw, '政策时间线', 'Timeline', blocks, labels, read3);
  // Entries centred on their marks, the outermost a half date in from the board's edges; alternate
  // ones share two steps, so a date is at most two steps wide.
  const dateW = textColumns('2000-00-00') * read3;
  const span = bw - 0.4 - dateW;
  const fitting = Math.max(2, Math.floor((2 * 0.95 * span) / dateW) + 1);
  const entries = timelineOf(plans).slice(0, Math.min(TIMELINE_MAX, fitting));
  const lineY = 1.55;
  blocks.push(localBlock(frames[2], 0, lineY, 0.02, bw - 0.4, 0.03, 0.03, PALETTE.inkSoft));
  const step = span / Math.max(entries.length - 1, 1);
  const room = Math.min(2 * step * 0.95, bw - 0.4);
  entries.forEach((e, i) => {
    const x = -span / 2 + step * i;
    const up = i % 2 === 0;
    const color = e.kind === 'mention' ? PALETTE.band : PALETTE.goal;
    const mid = lineY + (up ? 1 : -1) * (0.25 + 1.6 * read3);
    blocks.push(localBlock(frames[2], x, lineY, 0.04, 0.09, 0.09, 0.04, color));
    // A stem from the line to the entry's nearest text: under the kind line above, the date below.
    const end = up ? mid - 1.85 * read3 : mid + 1.2 * read3;
    blocks.push(localBlock(frames[2], x, (lineY + end) / 2, 0.03, 0.015, Math.abs(end - lineY), 0.015, PALETTE.axis));
    const date = e.date ?? '日期未载';
    const region = shortRegion(e.region);
    // The small line under the region: a booth, or a plan only mentioned (and whether a draft).
    const kind = `${e.kind === 'mention' ? '仅被提及' : '展位'}${e.status === 'draft' ? '(征求意见)' : ''}`;
    labels.push(localLabel(frames[2], x, mid + 0.6 * read3, 0.05, date, fitSize(date, room, read3), PALETTE.ink, { anchorY: 'middle' }));
    labels.push(localLabel(frames[2], x, mid - 0.6 * read3, 0.05, region, fitSize(region, room, read3), color, { anchorY: 'middle' }));
    labels.push(localLabel(frames[2], x, mid - 1.45 * read3, 0.05, kind, fitSize(kind, room, 0.6 * read3), PALETTE.inkSoft, { anchorY: 'middle' }));
  });
  // 4. Region × theme matrix: cell shade and number by how often a plan addresses a theme (0 shown
  // as 0); as many themes and regions as fit in letters read from the doors.
  const read4 = readableAt(frames[3], eyeZ);
  const band4 = board(frames[3], bw, '地区 × 主题', 'Regions × themes', blocks, labels, read4);
  const top = BOARD_H - band4 - 0.2 - read4 / 2;
  const cellH = read4 * 1.3;
  const rows = Math.max(1, Math.min(PLAZA_ROWS, Math.floor((top - 0.5) / cellH)));
  const full = plans.filter((p) => p.themes.length).slice(0, rows);
  const regionName = (p: Plan) => clip(shortRegion(p.region), REGION_CHARS);
  const themeName = (id: string) => clip(themeLabel(id), THEME_CHARS + 1);
  // The names' column as wide as its longest name; then as many themes as have room at that size.
  const nameW = Math.max(...full.map((p) => textColumns(regionName(p))), 2) * read4 + 0.3;
  const totals = new Map<string, number>();
  for (const p of full) for (const t of p.themes) totals.set(t.id, (totals.get(t.id) ?? 0) + t.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, THEMES_MAX).map(([id]) => id);
  const across = bw - nameW - 0.2;
  const widthOf = (ids: string[]) => ids.length * Math.max(...ids.map((id) => textColumns(themeName(id))), 1) * read4 * 1.05;
  let shown = ranked.length;
  while (shown > 2 && widthOf(ranked.slice(0, shown)) > across) shown--;
  const themes = ranked.slice(0, shown);
  const cellW = across / Math.max(themes.length, 1);
  const x0 = -bw / 2 + nameW;
  // A theme's name clipped to its column at the readable size, rather than set too small to read.
  const columns = Math.max(2, Math.floor((cellW * 0.95) / read4));
  // Over the names' column, what the numbers count (次数, times): how often each plan's text names
  // the theme. Two characters, so it reads from the doors above the narrowest names' column.
  const counts = '次数';
  labels.push(localLabel(frames[3], -bw / 2 + 0.2, top, 0.02, counts, fitSize(counts, nameW - 0.3, read4), PALETTE.inkSoft, { anchorX: 'left', anchorY: 'middle' }));
  themes.forEach((id, c) => {
    const name = clip(themeName(id), columns);
    labels.push(localLabel(frames[3], x0 + cellW * (c + 0.5), top, 0.02, name, fitSize(name, cellW * 0.95, read4), PALETTE.ink, { anchorY: 'middle' }));
  });
  full.forEach((p, r) => {
    const y = top - cellH * (r + 1);
    const region = regionName(p);
    labels.push(localLabel(frames[3], -bw / 2 + 0.2, y, 0.02, region, fitSize(region, nameW - 0.3, read4), PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }));
    const max = Math.max(...p.themes.map((t) => t.count), 1);
    themes.forEach((id, c) => {
      const n = p.themes.find((t) => t.id === id)?.count ?? 0;
      const x = x0 + cellW * (c + 0.5);
      blocks.push(localBlock(frames[3], x, y, 0.02, cellW * 0.92, cellH * 0.88, 0.02, towardWhite(LEVEL_COLOR[p.level], 0.08 + 0.92 * (n / max))));
      // Every cell says its count, 0 too (in soft ink): a blank cell would not tell "no clause on
      // this theme" from "nothing known", and a row of blanks reads as a region left out.
      const ink = n === 0 ? PALETTE.inkSoft : n / max > 0.5 ? PALETTE.onAccent : PALETTE.ink;
      labels.push(localLabel(frames[3], x, y, 0.045, String(n), fitSize(String(n), cellW * 0.8, Math.min(read4, cellH * 0.8)), ink, { anchorY: 'middle' }));
    });
  });
  return { blocks, labels };
}
