/**
 * Hall layout: where each booth stands. Pure and deterministic (same plans → same hall).
 * Visitors enter from the south (+z) into a plaza; behind it, zones by level — national first,
 * then provinces, cities, districts — each a block of booth rows separated by walkable aisles.
 * Rows stand back to back in pairs, cut into islands of ISLAND booths by cross aisles; a spine
 * wall fills the space between a pair's back walls, so each island reads as one block from the
 * aisles (and hides what stands behind it, which the world then leaves undrawn).
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

/** The wall between the back walls of two rows standing back to back, across one island. */
export interface Spine extends Rect {
  height: number;
}

/** The whole hall. */
export interface HallLayout {
  booths: BoothPlacement[];
  spines: Spine[];
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
  /** Booths along a row between two cross aisles. */
  island: 6,
  /** Height of a spine: the tallest back wall (a full booth's), so nothing of a booth rises above it. */
  spineHeight: 3.5,
  plazaDepth: 16,
  wallMargin: 3,
};

const ORDER: Level[] = ['national', 'province', 'city', 'district'];

/** Lays out the hall for `plans` (booth ids must be unique). */
export function layoutHall(plans: LayoutPlan[]): HallLayout {
  const perRow = Math.max(4, Math.ceil(Math.sqrt(plans.length * 1.5)));
  const cell = LAYOUT.full.width + LAYOUT.gap;
  // A cross aisle replaces the gap between booths every ISLAND booths.
  const crossings = (k: number) => Math.floor(k / LAYOUT.island) * (LAYOUT.aisle - LAYOUT.gap);
  const rowWidth = (n: number) => n * cell - LAYOUT.gap + crossings(n - 1);
  /** Centre x of slot k of a row of n booths, centred on the hall's axis. */
  const slotX = (k: number, n: number) => -rowWidth(n) / 2 + k * cell + crossings(k) + LAYOUT.full.width / 2;
  const booths: BoothPlacement[] = [];
  const spines: Spine[] = [];
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
      // Rows keep to the slots of a full row, so the cross aisles line up through the zone; a row
      // on its own short enough to have none is centred on the hall's axis.
      const paired = facing === -1 || i + perRow < inZone.length;
      const onGrid = paired || row.length > LAYOUT.island;
      const first = Math.floor((perRow - row.length) / 2);
      const x = (k: number) => (onGrid ? slotX(first + k, perRow) : slotX(k, row.length));
      // A small booth keeps to the aisle, unless a spine stands behind its row: then it stands
      // against the spine, rather than leaving a pocket behind it.
      const towardsAisle = (paired ? -1 : 1) * facing;
      row.forEach((p, k) => {
        const size = p.evidence === 'full' ? 'full' : 'small';
        const dim = LAYOUT[size];
        booths.push({ id: p.id, level, size, facing, width: dim.width, depth: dim.depth, x: x(k), z: z - depth / 2 + towardsAisle * (depth - dim.depth) / 2 });
      });
      // Behind the second row of a pair: a spine per island, across the gap between the backs.
      if (facing === -1) {
        for (let k = 0; k < perRow; k += LAYOUT.island) {
          const x0 = slotX(k, perRow) - LAYOUT.full.width / 2;
          const x1 = slotX(Math.min(k + LAYOUT.island, perRow) - 1, perRow) + LAYOUT.full.width / 2;
          spines.push({ x: (x0 + x1) / 2, z: z + LAYOUT.gap / 2, width: x1 - x0, depth: LAYOUT.gap, height: LAYOUT.spineHeight });
        }
      }
      z -= depth + (facing === 1 ? LAYOUT.gap : LAYOUT.aisle);
    }
    z -= LAYOUT.aisle;
  }
  const half = rowWidth(perRow) / 2 + LAYOUT.wallMargin;
  const plaza = { x: 0, z: LAYOUT.plazaDepth / 2, width: Math.min(rowWidth(perRow), 40), depth: LAYOUT.plazaDepth - 2 };
  const maxZ = LAYOUT.plazaDepth + LAYOUT.wallMargin;
  return {
    booths,
    spines,
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
