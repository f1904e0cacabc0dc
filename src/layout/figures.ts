/**
 * Target visualizations, chosen by the kind of target: money goals as columns, counts as unit
 * grids (200 scenarios = 200 tiles), ranges as a band from min to max on an axis, areas as a
 * floor plate, support ceilings as a gold column capped by a bar — visibly not a goal.
 */
import type { Target } from '../plan/schema';
import { formatFigure } from '../plan/format';
import { PALETTE } from './palette';
import { clip } from './textWrap';
import { localBlock, localLabel, type Block, type Frame, type Label, type Pick } from './primitives';

/** How one target is drawn. */
export type FigureKind = 'column' | 'grid' | 'band' | 'plate' | 'ceiling';

/** A target's visual encoding, before it is placed. */
export interface FigureSpec {
  target: Target;
  kind: FigureKind;
  /** 0..1: column height relative to the tallest same-unit figure of the booth. */
  scale: number;
  /** Grid: number of tiles and how many units one tile stands for. */
  tiles: number;
  perTile: number;
}

/** Most tiles a grid draws; above it one tile stands for several units. */
export const MAX_TILES = 400;

/** Picks the encoding for each target of a booth. */
export function figureSpecs(targets: Target[]): FigureSpec[] {
  const maxOf = (unit: string) => Math.max(...targets.filter((t) => t.normalized.unit === unit).map((t) => t.normalized.max), 1);
  return targets.map((t) => {
    const scale = t.normalized.max / maxOf(t.normalized.unit);
    const kind: FigureKind = t.kind === 'support' ? 'ceiling'
      : t.min !== t.max ? 'band'
      : t.normalized.unit === 'm2' ? 'plate'
      : t.normalized.unit === 'count' && t.max >= 1 ? 'grid'
      : 'column';
    const perTile = kind === 'grid' ? Math.max(1, Math.ceil(t.max / MAX_TILES)) : 1;
    return { target: t, kind, scale, tiles: kind === 'grid' ? Math.ceil(t.max / perTile) : 0, perTile };
  });
}

/** The small line under a value: deadline year, per-year rate, ceiling. */
export function figureNote(t: Target): string {
  const parts = [t.ceiling ? '最高' : t.kind === 'support' ? '支持' : '目标'];
  if (t.per === 'year') parts.push('每年');
  if (t.year) parts.push(`到${t.year}年`);
  return parts.join(' · ');
}

/** Space a figure stands in on the counter (local coordinates of its slot centre). */
export interface Slot {
  x: number;
  width: number;
  /** Counter top height and the z of its front face. */
  top: number;
  front: number;
  z: number;
}

/** Tallest figure above the counter, metres. */
export const FIGURE_HEIGHT = 0.7;

/** A figure's width in its slot, and a grid board's height. */
function figureWidth(slot: Slot): number {
  return Math.min(slot.width * 0.8, 0.9);
}
const BOARD_H = FIGURE_HEIGHT * 0.9;

/** Clicking any part of a figure picks its target. */
function figurePick(boothId: string, spec: FigureSpec): Pick {
  return { type: 'figure', boothId, targetId: spec.target.id };
}

/** Boxes and labels of one figure in its slot. A grid's unit tiles come from figureTiles (near-only detail). */
export function buildFigure(f: Frame, boothId: string, spec: FigureSpec, slot: Slot): { blocks: Block[]; labels: Label[] } {
  const t = spec.target;
  const pick = figurePick(boothId, spec);
  const blocks: Block[] = [];
  const w = figureWidth(slot);
  const { top, z, x } = slot;
  const h = (s: number) => 0.08 + FIGURE_HEIGHT * 0.9 * Math.max(0.04, s);
  if (spec.kind === 'column') {
    const ch = h(spec.scale);
    blocks.push(localBlock(f, x, top + ch / 2, z, w * 0.5, ch, w * 0.5, PALETTE.goal, pick));
  } else if (spec.kind === 'ceiling') {
    const ch = h(spec.scale);
    blocks.push(localBlock(f, x, top + ch / 2, z, w * 0.22, ch, w * 0.22, PALETTE.support, pick));
    blocks.push(localBlock(f, x, top + ch + 0.03, z, w * 0.75, 0.06, w * 0.4, PALETTE.support, pick));
  } else if (spec.kind === 'band') {
    const axis = Math.max(t.max * 1.25, 1);
    const y0 = top + 0.08;
    blocks.push(localBlock(f, x, y0 + FIGURE_HEIGHT / 2, z, 0.05, FIGURE_HEIGHT, 0.05, PALETTE.axis, pick));
    const lo = (t.min / axis) * FIGURE_HEIGHT;
    const hi = (t.max / axis) * FIGURE_HEIGHT;
    blocks.push(localBlock(f, x, y0 + (lo + hi) / 2, z, w * 0.6, Math.max(hi - lo, 0.04), 0.12, PALETTE.band, pick));
  } else if (spec.kind === 'plate') {
    const side = w * (0.4 + 0.6 * Math.sqrt(spec.scale));
    blocks.push(localBlock(f, x, top + 0.03, z, side, 0.06, side, PALETTE.area, pick));
    blocks.push(localBlock(f, x, top + 0.35, z - side / 2, 0.04, 0.7, 0.04, PALETTE.axis, pick));
  } else {
    // Grid: a board standing on the counter (its tiles are figureTiles).
    blocks.push(localBlock(f, x, top + BOARD_H / 2, z - 0.05, w, BOARD_H, 0.04, PALETTE.panel, pick));
  }
  const labels = [
    localLabel(f, x, top - 0.06, slot.front, formatFigure(t), 0.12, t.kind === 'support' ? PALETTE.support : PALETTE.onAccent, { anchorY: 'top' }),
    localLabel(f, x, top - 0.22, slot.front, clip(t.metric, 12), 0.07, '#e6e8eb', { anchorY: 'top' }),
    localLabel(f, x, top - 0.33, slot.front, spec.perTile > 1 ? `${figureNote(t)} · 每格${spec.perTile}` : figureNote(t), 0.06, '#b9c0c9', { anchorY: 'top' }),
  ];
  return { blocks, labels };
}

/** The unit tiles of a grid figure, row by row from the bottom of its board; none for other kinds. */
export function figureTiles(f: Frame, boothId: string, spec: FigureSpec, slot: Slot): Block[] {
  if (spec.kind !== 'grid') return [];
  const pick = figurePick(boothId, spec);
  const boardW = figureWidth(slot);
  const { top, z, x } = slot;
  const cols = Math.max(1, Math.ceil(Math.sqrt((spec.tiles * boardW) / BOARD_H)));
  const rows = Math.ceil(spec.tiles / cols);
  const cell = Math.min(boardW / cols, BOARD_H / Math.max(rows, 1));
  const tiles: Block[] = [];
  for (let i = 0; i < spec.tiles; i++) {
    const cx = x - (cols * cell) / 2 + cell * ((i % cols) + 0.5);
    const cy = top + cell * (Math.floor(i / cols) + 0.5) + 0.02;
    tiles.push(localBlock(f, cx, cy, z - 0.02, cell * 0.8, cell * 0.8, 0.02, PALETTE.count, pick));
  }
  return tiles;
}
