/**
 * Target visualizations, chosen by the kind of target: money goals as columns, counts as unit
 * grids (200 scenarios = 200 tiles), ranges as a band from min to max on an axis, areas as a
 * floor plate, support ceilings as a gold column capped by a bar — visibly not a goal.
 */
import type { Target } from '../plan/schema';
import { figureTerms, formatFigure } from '../plan/format';
import { PALETTE } from './palette';
import { clip, SEPARATOR } from './textWrap';
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

/** The small line under a value: goal or support, per-year rate, deadline year (the bound is in the value). */
export function figureNote(t: Target): string {
  return figureTerms(t, 'zh', { perYear: true, deadline: true }).join(SEPARATOR);
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

/**
 * Tallest figure above the counter, metres: low enough that from the aisle (6 m out, eyes at
 * 1.6 m) no figure's top covers the foot of the panels on the back wall behind it.
 */
export const FIGURE_HEIGHT = 0.5;

/** A figure's width in a slot of `slotWidth`, and a grid board's height. */
function figureWidth(slotWidth: number): number {
  return Math.min(slotWidth * 0.8, 0.9);
}
const BOARD_H = FIGURE_HEIGHT * 0.9;

/** Clicking any part of a figure picks its target. */
function figurePick(boothId: string, spec: FigureSpec): Pick {
  return { type: 'figure', boothId, targetId: spec.target.id };
}

/** What a figure kind draws in its slot: its boxes, and (near-only detail) any small parts like a grid's tiles. */
export interface FigureBuilder {
  boxes(f: Frame, spec: FigureSpec, slot: Slot, pick: Pick): Block[];
  /** Many small boxes drawn only near the booth; none for most kinds. */
  detail(f: Frame, spec: FigureSpec, slot: Slot, pick: Pick): Block[];
}

/** A column's height, leaving room above the tallest for a support ceiling's cap. */
const columnHeight = (s: number) => 0.06 + (FIGURE_HEIGHT - 0.14) * Math.max(0.04, s);
const noDetail = (): Block[] => [];

/** Every figure kind and how it is drawn: a kind without an entry does not compile. */
export const FIGURE_BUILDERS: Record<FigureKind, FigureBuilder> = {
  column: {
    boxes(f, spec, { x, top, z, width }, pick) {
      const w = figureWidth(width);
      const ch = columnHeight(spec.scale);
      return [localBlock(f, x, top + ch / 2, z, w * 0.5, ch, w * 0.5, PALETTE.goal, pick)];
    },
    detail: noDetail,
  },
  ceiling: {
    boxes(f, spec, { x, top, z, width }, pick) {
      const w = figureWidth(width);
      const ch = columnHeight(spec.scale);
      return [
        localBlock(f, x, top + ch / 2, z, w * 0.22, ch, w * 0.22, PALETTE.support, pick),
        localBlock(f, x, top + ch + 0.03, z, w * 0.75, 0.06, w * 0.4, PALETTE.support, pick),
      ];
    },
    detail: noDetail,
  },
  band: {
    boxes(f, { target: t }, { x, top, z, width }, pick) {
      const w = figureWidth(width);
      const axis = Math.max(t.max * 1.25, 1);
      const y0 = top + 0.08;
      const axisH = FIGURE_HEIGHT - 0.08;
      const lo = (t.min / axis) * axisH;
      const hi = (t.max / axis) * axisH;
      return [
        localBlock(f, x, y0 + axisH / 2, z, 0.05, axisH, 0.05, PALETTE.axis, pick),
        localBlock(f, x, y0 + (lo + hi) / 2, z, w * 0.6, Math.max(hi - lo, 0.04), 0.12, PALETTE.band, pick),
      ];
    },
    detail: noDetail,
  },
  plate: {
    boxes(f, spec, { x, top, z, width }, pick) {
      const side = figureWidth(width) * (0.4 + 0.6 * Math.sqrt(spec.scale));
      return [
        localBlock(f, x, top + 0.03, z, side, 0.06, side, PALETTE.area, pick),
        localBlock(f, x, top + FIGURE_HEIGHT / 2, z - side / 2, 0.04, FIGURE_HEIGHT, 0.04, PALETTE.axis, pick),
      ];
    },
    detail: noDetail,
  },
  // Counts: a board standing on the counter, with a tile per unit (or per `perTile` units), row by row from the bottom.
  grid: {
    boxes(f, _spec, { x, top, z, width }, pick) {
      return [localBlock(f, x, top + BOARD_H / 2, z - 0.05, figureWidth(width), BOARD_H, 0.04, PALETTE.panel, pick)];
    },
    detail(f, spec, { x, top, z, width }, pick) {
      const boardW = figureWidth(width);
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
    },
  },
};

/** Boxes and labels of one figure in its slot. Its near-only detail (a grid's tiles) comes from figureTiles. */
export function buildFigure(f: Frame, boothId: string, spec: FigureSpec, slot: Slot): { blocks: Block[]; labels: Label[] } {
  const t = spec.target;
  const { top, x } = slot;
  const blocks = FIGURE_BUILDERS[spec.kind].boxes(f, spec, slot, figurePick(boothId, spec));
  const labels = [
    localLabel(f, x, top - 0.06, slot.front, formatFigure(t), 0.12, t.kind === 'support' ? PALETTE.support : PALETTE.onAccent, { anchorY: 'top' }),
    localLabel(f, x, top - 0.22, slot.front, clip(t.metric, 12), 0.07, '#e6e8eb', { anchorY: 'top' }),
    localLabel(f, x, top - 0.33, slot.front, spec.perTile > 1 ? `${figureNote(t)}${SEPARATOR}每格${spec.perTile}` : figureNote(t), 0.06, '#b9c0c9', { anchorY: 'top' }),
  ];
  return { blocks, labels };
}

/** The near-only detail of a figure (a grid's unit tiles); none for most kinds. */
export function figureTiles(f: Frame, boothId: string, spec: FigureSpec, slot: Slot): Block[] {
  return FIGURE_BUILDERS[spec.kind].detail(f, spec, slot, figurePick(boothId, spec));
}
