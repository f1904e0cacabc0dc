/**
 * The central plaza: four boards that compare the regions — industry-scale goals in one unit (亿元),
 * goals of enterprises and of scenarios (only comparable figures: see comparable.ts), a timeline
 * of plan dates (mentioned plans included), and a region × theme matrix. Each board caps its rows so a 300-booth hall keeps the same plaza.
 */
import type { Plan } from '../plan/schema';
import { PALETTE, LEVEL_COLOR, towardWhite } from './palette';
import { shortRegion } from './regionName';
import { localBlock, localLabel, type Block, type Frame, type Label } from './primitives';
import { clip, fitSize } from './textWrap';
import { timelineOf } from './timeline';
import { SERIES, seriesValue } from './comparable';
import type { Rect } from './hallLayout';
import { halfWidthSeen } from './framing';

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

function board(f: Frame, w: number, title: string, titleEn: string, blocks: Block[], labels: Label[]) {
  blocks.push(localBlock(f, 0, BOARD_H / 2, -0.1, w, BOARD_H, 0.2, PALETTE.wall));
  blocks.push(localBlock(f, 0, BOARD_H - 0.25, 0.02, w, 0.5, 0.05, PALETTE.counter));
  // Measured to the board, so a long title is set smaller rather than run off its edge.
  const text = `${title}  ${titleEn}`;
  labels.push(localLabel(f, -w / 2 + 0.2, BOARD_H - 0.25, 0.06, text, fitSize(text, w - 0.4, 0.2), PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }));
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

/** Boxes and labels of the plaza, whose boards the first view (standing on the hall's axis at `eyeZ`) shows whole. */
export function buildPlaza(plans: Plan[], plaza: Rect, themeLabel: (id: string) => string, eyeZ: number): { blocks: Block[]; labels: Label[] } {
  const blocks: Block[] = [];
  const labels: Label[] = [];
  // Two boards each side of a central aisle, so the way into the hall stays open to the eye; as
  // wide as the plaza allows and the first view on a landscape screen takes in, from the front of
  // their bars' figures, so the outer boards are not cut at the frame's edge.
  const aisle = 5;
  const gap = 0.6;
  const z = plaza.z - plaza.depth / 2 + 1.2;
  const reach = halfWidthSeen(eyeZ - (z + BOARD_FRONT));
  const bw = Math.min(7.5, (plaza.width - aisle - 2) / 4, (reach - aisle / 2 - gap) / 2);
  const frames: Frame[] = [-2, -1, 1, 2].map((k) => ({ x: Math.sign(k) * (aisle / 2 + (Math.abs(k) - 0.5) * bw + (Math.abs(k) - 1) * gap), z, facing: 1 }));
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
  // 3. Timeline: dated entries along a line, alternating above and below it.
  board(frames[2], bw, '政策时间线', 'Timeline', blocks, labels);
  const entries = timelineOf(plans).slice(0, 12);
  const lineY = 1.55;
  blocks.push(localBlock(frames[2], 0, lineY, 0.02, bw - 0.4, 0.03, 0.03, PALETTE.inkSoft));
  const step = (bw - 0.6) / Math.max(entries.length - 1, 1);
  entries.forEach((e, i) => {
    const x = -bw / 2 + 0.3 + step * i;
    const up = i % 2 === 0;
    const color = e.kind === 'mention' ? PALETTE.band : PALETTE.goal;
    blocks.push(localBlock(frames[2], x, lineY, 0.04, 0.09, 0.09, 0.04, color));
    blocks.push(localBlock(frames[2], x, lineY + (up ? 0.22 : -0.22), 0.03, 0.015, 0.36, 0.015, PALETTE.axis));
    const y = lineY + (up ? 0.45 : -0.45);
    labels.push(localLabel(frames[2], x, y + 0.07, 0.05, e.date ?? '日期未载', 0.075, PALETTE.ink, { anchorY: 'middle' }));
    labels.push(localLabel(frames[2], x, y - 0.05, 0.05, `${shortRegion(e.region)}${e.status === 'draft' ? '(征求意见)' : ''}`, 0.075, color, { anchorY: 'middle' }));
    labels.push(localLabel(frames[2], x, y - 0.16, 0.05, e.kind === 'mention' ? '仅被提及' : '展位', 0.055, PALETTE.inkSoft, { anchorY: 'middle' }));
  });
  // 4. Region × theme matrix: cell shade by how often a plan addresses a theme.
  board(frames[3], bw, '地区 × 主题', 'Regions × themes', blocks, labels);
  const full = plans.filter((p) => p.themes.length).slice(0, PLAZA_ROWS);
  const totals = new Map<string, number>();
  for (const p of full) for (const t of p.themes) totals.set(t.id, (totals.get(t.id) ?? 0) + t.count);
  const themes = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([id]) => id);
  const cellW = (bw - 1.6) / Math.max(themes.length, 1);
  const cellH = Math.min(0.22, 2.1 / Math.max(full.length + 1, 1));
  const top = BOARD_H - 0.7;
  themes.forEach((id, c) => labels.push(localLabel(frames[3], -bw / 2 + 1.4 + cellW * (c + 0.5), top, 0.02, clip(themeLabel(id), 5), 0.065, PALETTE.ink, { anchorY: 'middle' })));
  full.forEach((p, r) => {
    const y = top - cellH * (r + 1);
    labels.push(localLabel(frames[3], -bw / 2 + 0.25, y, 0.02, clip(shortRegion(p.region), 6), 0.08, PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }));
    const max = Math.max(...p.themes.map((t) => t.count), 1);
    themes.forEach((id, c) => {
      const n = p.themes.find((t) => t.id === id)?.count ?? 0;
      const x = -bw / 2 + 1.4 + cellW * (c + 0.5);
      blocks.push(localBlock(frames[3], x, y, 0.02, cellW * 0.92, cellH * 0.88, 0.02, towardWhite(LEVEL_COLOR[p.level], 0.08 + 0.92 * (n / max))));
      if (n) labels.push(localLabel(frames[3], x, y, 0.045, String(n), 0.065, n / max > 0.5 ? PALETTE.onAccent : PALETTE.ink, { anchorY: 'middle' }));
    });
  });
  return { blocks, labels };
}
