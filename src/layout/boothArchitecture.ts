/**
 * Booth architecture by level, so the hierarchy reads from across the hall: the national booth is a
 * landmark (pylons rising above every wall, a beam carrying its number), a province's booth has
 * corner columns, a city's an accent plinth, a district's the plain shell.
 * Soft contact shading is baked into colours: a darker skirt of floor around each booth's foot.
 */
import type { Level } from '../plan/schema';
import type { BoothPlacement } from './hallLayout';
import { PALETTE, towardWhite, shade } from './palette';
import { localBlock, localLabel, type Block, type Frame, type Label } from './primitives';

/** What a level adds to the shell: front columns and their height (0 for none), a beam between them, a plinth. */
interface LevelArchitecture {
  columns: number;
  beam: boolean;
  plinth: boolean;
}

/** Height of a booth's back wall (m): taller than any eye, so it hides the booth from behind. */
export const WALL_HEIGHT = 3.5;

const ARCHITECTURE: Record<Level, LevelArchitecture> = {
  national: { columns: 5.2, beam: true, plinth: true },
  province: { columns: WALL_HEIGHT, beam: false, plinth: true },
  city: { columns: 0, beam: false, plinth: true },
  district: { columns: 0, beam: false, plinth: false },
};

/** The top of the tallest part of a booth (m): what a spine must reach to hide it. */
export function boothTop(p: Pick<BoothPlacement, 'level'>): number {
  return Math.max(WALL_HEIGHT, ARCHITECTURE[p.level].columns);
}

/** Side of a front column (m), and height of a landmark's beam. */
const COLUMN = 0.4;
const BEAM_H = 0.7;

/** What of a booth rises over the walls at its mouth — a landmark's beam and columns — as boards facing along z (centre and size, hall coordinates): hanging signs keep clear of them. */
export function landmarkBoards(p: BoothPlacement): { x: number; y: number; z: number; width: number; height: number }[] {
  const a = ARCHITECTURE[p.level];
  if (a.columns <= WALL_HEIGHT) return [];
  const z = p.z + p.facing * (p.depth / 2 - COLUMN / 2);
  const columns = [-1, 1].map((s) => ({ x: p.x + s * (p.width / 2 - COLUMN / 2), y: a.columns / 2, z, width: COLUMN, height: a.columns }));
  return a.beam ? [...columns, { x: p.x, y: a.columns - BEAM_H / 2, z, width: p.width, height: BEAM_H }] : columns;
}

/**
 * The level's additions to a booth: boxes (columns stand on the floor, so they are also in
 * `solid`, what visitors cannot walk through) and the number on a landmark's beam.
 */
export function levelArchitecture(f: Frame, p: BoothPlacement, accent: string, boothId: string): { blocks: Block[]; solid: Block[]; labels: Label[] } {
  const a = ARCHITECTURE[p.level];
  const { width: w, depth: d } = p;
  const pick = { type: 'booth' as const, boothId };
  const blocks: Block[] = [];
  const solid: Block[] = [];
  const labels: Label[] = [];
  // Contact shading: a skirt of darker floor just wider than the booth, under its carpet. It is the
  // booth's (hidden with it behind a spine), and its rim behind the back wall shows from behind.
  blocks.push({ ...localBlock(f, 0, 0.006, 0, w + 0.5, 0.012, d + 0.5, shade(PALETTE.floor, 0.82), pick), backWall: true });
  if (a.plinth) blocks.push(localBlock(f, 0, 0.075, d / 2 - 0.04, w, 0.15, 0.08, accent, pick));
  if (a.columns) {
    for (const side of [-1, 1]) {
      const column = localBlock(f, side * (w / 2 - COLUMN / 2), a.columns / 2, d / 2 - COLUMN / 2, COLUMN, a.columns, COLUMN, accent, pick);
      // Columns rising above the back wall show from behind it as well.
      blocks.push(a.columns > WALL_HEIGHT ? { ...column, backWall: true } : column);
      solid.push(column);
    }
  }
  if (a.beam) {
    const y = a.columns - BEAM_H / 2;
    const beam = localBlock(f, 0, y, d / 2 - COLUMN / 2, w, BEAM_H, COLUMN * 0.9, accent, pick);
    blocks.push(a.columns > WALL_HEIGHT ? { ...beam, backWall: true } : beam);
    labels.push(localLabel(f, 0, y, d / 2 - COLUMN * 0.05 + 0.02, p.number, BEAM_H * 0.72, PALETTE.onAccent, { anchorY: 'middle' }));
    // The beam's underside glows faintly, like a lit soffit over the booth's mouth; like the beam,
    // it shows over the back wall from behind.
    const soffit = localBlock(f, 0, y - BEAM_H / 2 - 0.01, d / 2 - COLUMN / 2, w - 2 * COLUMN, 0.02, COLUMN * 0.7, towardWhite(accent, 0.15), pick);
    blocks.push(a.columns > WALL_HEIGHT ? { ...soffit, backWall: true } : soffit);
  }
  return { blocks, solid, labels };
}
