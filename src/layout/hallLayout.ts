/**
 * Hall layout: where each booth stands. Pure and deterministic (same plans → same hall).
 * Visitors enter from the south (+z) into a plaza; behind it, zones by level — national first,
 * then provinces, cities, districts — each a block of booth rows separated by walkable aisles.
 * The hall grows backwards and sideways with the number of booths; it never overlaps them.
 */
import type { Level, Plan } from '../plan/schema';

/** What the layout needs to know of a plan. */
export type LayoutPlan = Pick<Plan, 'id' | 'level' | 'evidence' | 'region'>;

/** An axis-aligned rectangle on the floor (metres; x east, z south). */
export interface Rect {
  x: number;
  z: number;
  width: number;
  depth: number;
}

/** One booth: its footprint, and which way its front faces (+1 south, -1 north). */
export interface BoothPlacement extends Rect {
  id: string;
  level: Level;
  size: 'full' | 'small';
  facing: 1 | -1;
}

/** A sign over a zone. */
export interface ZoneSign {
  level: Level;
  x: number;
  z: number;
}

/** The whole hall. */
export interface HallLayout {
  booths: BoothPlacement[];
  zones: ZoneSign[];
  plaza: Rect;
  entrance: { x: number; z: number; width: number };
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number };
}

/** Dimensions, in metres. */
export const LAYOUT = {
  full: { width: 8, depth: 6 },
  small: { width: 5, depth: 4 },
  aisle: 4,
  gap: 1.5,
  plazaDepth: 16,
  wallMargin: 3,
};

const ORDER: Level[] = ['national', 'province', 'city', 'district'];

/** Lays out the hall for `plans` (booth ids must be unique). */
export function layoutHall(plans: LayoutPlan[]): HallLayout {
  const perRow = Math.max(4, Math.ceil(Math.sqrt(plans.length * 1.5)));
  const cell = LAYOUT.full.width + LAYOUT.gap;
  const rowWidth = perRow * cell - LAYOUT.gap;
  const booths: BoothPlacement[] = [];
  const zones: ZoneSign[] = [];
  // The plaza spans the hall's width just inside the entrance; zones stack north of it.
  let z = -LAYOUT.aisle;
  for (const level of ORDER) {
    const inZone = plans.filter((p) => p.level === level).sort((a, b) => (a.evidence === b.evidence ? 0 : a.evidence === 'full' ? -1 : 1));
    if (!inZone.length) continue;
    zones.push({ level, x: 0, z: z - 0.5 });
    z -= 1.5; // room for the zone sign
    for (let i = 0; i < inZone.length; i += perRow) {
      const row = inZone.slice(i, i + perRow);
      const rowIndex = Math.floor(i / perRow);
      // Rows pair back to back across an aisle: even rows face south, odd rows face north.
      const facing: 1 | -1 = rowIndex % 2 === 0 ? 1 : -1;
      const depth = LAYOUT.full.depth;
      const used = row.length * cell - LAYOUT.gap;
      row.forEach((p, k) => {
        const size = p.evidence === 'full' ? 'full' : 'small';
        const dim = LAYOUT[size];
        const cx = -used / 2 + k * cell + LAYOUT.full.width / 2;
        booths.push({ id: p.id, level, size, facing, width: dim.width, depth: dim.depth, x: cx, z: z - depth / 2 + (facing === 1 ? (depth - dim.depth) / 2 : -(depth - dim.depth) / 2) });
      });
      z -= depth + (facing === 1 ? LAYOUT.gap : LAYOUT.aisle);
    }
    z -= LAYOUT.aisle;
  }
  const half = rowWidth / 2 + LAYOUT.wallMargin;
  const plaza = { x: 0, z: LAYOUT.plazaDepth / 2, width: Math.min(rowWidth, 40), depth: LAYOUT.plazaDepth - 2 };
  const maxZ = LAYOUT.plazaDepth + LAYOUT.wallMargin;
  return {
    booths,
    zones,
    plaza,
    entrance: { x: 0, z: maxZ, width: 6 },
    bounds: { minX: -half, maxX: half, minZ: z - LAYOUT.wallMargin, maxZ },
  };
}

/** True when two rectangles overlap (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.z - b.z) * 2 < a.depth + b.depth;
}
