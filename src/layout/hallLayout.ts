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
  /** Its number on the hall map and its fascia: the zone's letter and its place in the zone (A01). */
  number: string;
  level: Level;
  size: 'full' | 'small';
  facing: 1 | -1;
  /** The place in its row it stands in: a full booth's footprint (a small booth takes less of it). */
  slot: Rect;
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

/** A strip of aisle in front of a row of booths, where its runner carpet lies. */
export interface Runner extends Rect {
  /** The zone whose aisle it runs along; none for the path in from the entrance. */
  level?: Level;
}

/** The whole hall. */
export interface HallLayout {
  booths: BoothPlacement[];
  spines: Spine[];
  zones: ZoneSign[];
  /** Carpets along the aisles, one in front of each row (rows facing one aisle share it). */
  runners: Runner[];
  /** x of the middle of each cross aisle (between islands), west to east. */
  crossAisles: number[];
  plaza: Rect;
  entrance: { x: number; z: number; width: number };
  bounds: { minX: number; maxX: number; minZ: number; maxZ: number };
}

/** Dimensions, in metres. */
export const LAYOUT = {
  full: { width: 8, depth: 6 },
  small: { width: 6, depth: 4 },
  aisle: 4,
  gap: 1.5,
  /** Booths along a row between two cross aisles. */
  island: 6,
  /** Height of a spine: the tallest back wall (a full booth's), so nothing of a booth rises above it. */
  spineHeight: 3.5,
  plazaDepth: 16,
  wallMargin: 3,
  /** Width of an aisle's runner carpet, and how far its middle lies from the booths' fronts. */
  runner: 1.8,
};

/** Zone letters for booth numbers, nearest the entrance first. */
export const ZONE_LETTER: Record<Level, string> = { national: 'A', province: 'B', city: 'C', district: 'D' };

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
  const runners = new Map<string, Runner>();
  /** A runner along the aisle in front of a row (rows across one aisle share it). */
  const runnerBefore = (level: Level, front: number, facing: 1 | -1, x0: number, x1: number) => {
    const z = front + facing * (LAYOUT.aisle / 2);
    const key = z.toFixed(2);
    const r = runners.get(key);
    const [a, b] = r ? [Math.min(x0, r.x - r.width / 2), Math.max(x1, r.x + r.width / 2)] : [x0, x1];
    runners.set(key, { level: r?.level ?? level, x: (a + b) / 2, z, width: b - a, depth: LAYOUT.runner });
  };
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
        const number = `${ZONE_LETTER[level]}${String(i + k + 1).padStart(2, '0')}`;
        const slot = { x: x(k), z: z - depth / 2, width: LAYOUT.full.width, depth };
        booths.push({ id: p.id, number, level, size, facing, width: dim.width, depth: dim.depth, x: slot.x, z: slot.z + towardsAisle * (depth - dim.depth) / 2, slot });
      });
      const ends = [x(0) - LAYOUT.full.width / 2 - 1, x(row.length - 1) + LAYOUT.full.width / 2 + 1];
      runnerBefore(level, facing === 1 ? z : z - depth, facing, ends[0], ends[1]);
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
  const crossAisles: number[] = [];
  for (let k = LAYOUT.island; k < perRow; k += LAYOUT.island) crossAisles.push((slotX(k - 1, perRow) + slotX(k, perRow)) / 2);
  const plaza = { x: 0, z: LAYOUT.plazaDepth / 2, width: Math.min(rowWidth(perRow), 40), depth: LAYOUT.plazaDepth - 2 };
  const maxZ = LAYOUT.plazaDepth + LAYOUT.wallMargin;
  // The path in: from the doors, through the plaza's central aisle, to the first zone's aisle.
  const first = Math.max(...[...runners.values()].map((r) => r.z + r.depth / 2), -LAYOUT.aisle);
  runners.set('path', { x: 0, z: (maxZ + first) / 2, width: 2.4, depth: maxZ - first });
  return {
    booths,
    spines,
    zones,
    runners: [...runners.values()],
    crossAisles,
    plaza,
    entrance: { x: 0, z: maxZ, width: 6 },
    bounds: { minX: -half, maxX: half, minZ: z - LAYOUT.wallMargin, maxZ },
  };
}

/** True when two rectangles overlap (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.z - b.z) * 2 < a.depth + b.depth;
}
