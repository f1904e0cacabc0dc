/**
 * The hall's boxes in groups by floor area, so the renderer skips the groups out of view or
 * beyond the haze, and figures (small) in groups of their own that drop out at middle distance.
 * The grid has at most PER_SIDE × PER_SIDE cells whatever the hall's size, so the draw calls stay
 * bounded as the hall grows; cells are never smaller than MIN_CELL metres.
 */
import type { Block } from './primitives';

/** One group of boxes: one draw call. */
export interface BlockChunk {
  /** "x,z" of its grid cell, or "large" for boxes wider than a cell (hall walls); "figures " before it for figures. */
  key: string;
  /** Figures' bars, bands and boards: small, so a chunk of them is needed only at middle distance. */
  figures: boolean;
  blocks: Block[];
}

/** Grid cells along each side of the hall, at most. */
export const PER_SIDE = 4;
/** Smallest cell side (m): smaller cells would only add draw calls. */
export const MIN_CELL = 16;

/** Splits `blocks` into chunks over the floor rectangle `bounds`; every block lands in exactly one. */
export function chunkBlocks(blocks: Block[], bounds: { minX: number; maxX: number; minZ: number; maxZ: number }): BlockChunk[] {
  const cellX = Math.max(MIN_CELL, (bounds.maxX - bounds.minX) / PER_SIDE);
  const cellZ = Math.max(MIN_CELL, (bounds.maxZ - bounds.minZ) / PER_SIDE);
  const cells = new Map<string, Block[]>();
  const clampCell = (v: number, min: number, cell: number) => Math.min(PER_SIDE - 1, Math.max(0, Math.floor((v - min) / cell)));
  for (const b of blocks) {
    const cell = b.sx > cellX || b.sz > cellZ
      ? 'large'
      : `${clampCell(b.x, bounds.minX, cellX)},${clampCell(b.z, bounds.minZ, cellZ)}`;
    const key = b.pick?.type === 'figure' ? `figures ${cell}` : cell;
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push(b);
  }
  return [...cells].map(([key, list]) => ({ key, figures: key.startsWith('figures '), blocks: list })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
