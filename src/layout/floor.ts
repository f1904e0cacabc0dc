/**
 * The hall floor as rectangles: the hall and an apron around it, less what booths' carpets and
 * spines cover. A software renderer shades every pixel it is given, hidden or not, and under a
 * dense hall's booths the floor would be shaded twice over for nothing.
 */
import type { HallLayout } from './hallLayout';

/** A floor rectangle by its edges (metres). */
export interface FloorRect {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
}

/** How far (m) the floor runs past the hall's walls. */
export const APRON = 20;
/** How far (m) the floor runs under a carpet or spine, so no crack shows at their foot. */
const UNDERLAP = 0.03;
/** How far (m) neighbouring floor rectangles overlap, so no crack shows where a corner meets an edge. */
const OVERLAP = 0.01;

/** The rectangles of `outer` not covered by `holes`, in bands across z, bands with the same gaps merged. */
export function rectsAround(outer: FloorRect, holes: FloorRect[]): FloorRect[] {
  const cuts = [...new Set([outer.z0, outer.z1, ...holes.flatMap((h) => [h.z0, h.z1])])]
    .filter((z) => z >= outer.z0 && z <= outer.z1)
    .sort((a, b) => a - b);
  const out: FloorRect[] = [];
  let open = new Map<string, FloorRect>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [z0, z1] = [cuts[i], cuts[i + 1]];
    const over = holes.filter((h) => h.z0 <= z0 && h.z1 >= z1).sort((a, b) => a.x0 - b.x0);
    const free: [number, number][] = [];
    let x = outer.x0;
    for (const h of over) {
      if (h.x0 > x) free.push([x, Math.min(h.x0, outer.x1)]);
      x = Math.max(x, h.x1);
    }
    if (x < outer.x1) free.push([x, outer.x1]);
    // A gap of the band above goes on down while this band has it too.
    const next = new Map<string, FloorRect>();
    for (const [a, b] of free) {
      const key = `${a},${b}`;
      const r = open.get(key);
      if (r) {
        r.z1 = z1;
        open.delete(key);
        next.set(key, r);
      } else {
        next.set(key, { x0: a, x1: b, z0, z1 });
      }
    }
    out.push(...open.values());
    open = next;
  }
  out.push(...open.values());
  return out;
}

/** The floor of `layout`: its bounds and apron, less booth footprints, spines and runner carpets. */
export function floorRects(layout: Pick<HallLayout, 'booths' | 'spines' | 'bounds'> & Partial<Pick<HallLayout, 'runners'>>): FloorRect[] {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const holes = [...layout.booths, ...layout.spines, ...(layout.runners ?? [])].map((r) => ({
    x0: r.x - r.width / 2 + UNDERLAP, x1: r.x + r.width / 2 - UNDERLAP, z0: r.z - r.depth / 2 + UNDERLAP, z1: r.z + r.depth / 2 - UNDERLAP,
  }));
  return rectsAround({ x0: minX - APRON, x1: maxX + APRON, z0: minZ - APRON, z1: maxZ + APRON }, holes)
    .map((r) => ({ x0: r.x0 - OVERLAP, x1: r.x1 + OVERLAP, z0: r.z0 - OVERLAP, z1: r.z1 + OVERLAP }));
}
