/**
 * The whole hall as data: plans → layout → boxes, labels, colliders and viewpoints. The world
 * renders this and nothing else, so every booth, figure and sign comes from the plans.
 */
import type { Plan } from '../plan/schema';
import { buildBooth, type BoothStatic } from './booth';
import { layoutHall, type BoothPlacement, type HallLayout } from './hallLayout';
import { PALETTE, shade } from './palette';
import { buildPlaza, plazaBoards } from './plaza';
import { colliderOf, type Block, type Collider, type Label, type Viewpoint } from './primitives';
import { quoteLocation } from './articles';
import { chunkBlocks, type BlockChunk } from './chunks';
import { floorRects, type FloorRect } from './floor';
import { ceilingBlocks } from './ceiling';
import { buildEntrance, portalBoards, startView } from './entrance';
import { CEILING, runnerBlocks, wayfindingSigns } from './wayfinding';

/** Labels of themes, by id (from the vocabulary the plans were read with). */
export type ThemeNames = Record<string, { zh: string; en: string }>;

/** Everything the world draws, in hall coordinates. */
export interface HallScene {
  title: string;
  titleEn?: string;
  layout: HallLayout;
  plans: Plan[];
  booths: BoothStatic[];
  placements: Record<string, BoothPlacement>;
  /** Boxes that are always drawn: walls, booth structures, figures, plaza. */
  blocks: Block[];
  /** The same boxes grouped by floor area, a draw call each, so groups out of view are skipped. */
  chunks: BlockChunk[];
  /** The walkable floor: the hall and its apron less what carpets and spines cover. */
  floor: FloorRect[];
  /** Labels of the hall itself, always drawn: its name, zone signs, the plaza. Booths carry their own signs. */
  signs: Label[];
  /** The ceiling and its light strips: drawn unlit, and not from above. */
  overhead: Block[];
  colliders: Collider[];
  start: Viewpoint;
  overview: Viewpoint;
  themeLabel: (id: string) => string;
}

const WALL_H = CEILING;

/**
 * The booth last built for a plan object, with the placement it was built for. A hall the studio
 * republishes keeps the objects of the plans it did not change (src/scene/bundleCheck.ts), and a
 * booth is a function of its plan and placement: one whose placement did not move either is the
 * same booth, and is not built again.
 */
const builtBooths = new WeakMap<Plan, { at: string; booth: BoothStatic }>();

function boothFor(plan: Plan, placement: BoothPlacement): BoothStatic {
  const at = JSON.stringify(placement);
  const known = builtBooths.get(plan);
  if (known?.at === at) return known.booth;
  const booth = buildBooth(plan, placement);
  builtBooths.set(plan, { at, booth });
  return booth;
}

/** Builds the hall scene for `plans`. */
export function buildHallScene(plans: Plan[], opts: { title: string; titleEn?: string; themes?: ThemeNames }): HallScene {
  const layout = layoutHall(plans);
  // A theme taken from a document (no vocabulary entry) is labelled by the term itself.
  const termLabels = new Map(plans.flatMap((p) => p.themes.flatMap((t) => (t.label ? [[t.id, t.label] as const] : []))));
  const themeLabel = (id: string) => opts.themes?.[id]?.zh ?? termLabels.get(id) ?? id;
  const byId = new Map(plans.map((p) => [p.id, p]));
  const booths = layout.booths.map((placement) => boothFor(byId.get(placement.id)!, placement));
  const placements = Object.fromEntries(layout.booths.map((b) => [b.id, b]));
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const t = 0.3;
  const gap = layout.entrance.width / 2;
  const walls: Block[] = [
    { x: (minX + maxX) / 2, y: WALL_H / 2, z: minZ - t / 2, sx: maxX - minX + 2 * t, sy: WALL_H, sz: t, color: PALETTE.hallWall },
    { x: minX - t / 2, y: WALL_H / 2, z: (minZ + maxZ) / 2, sx: t, sy: WALL_H, sz: maxZ - minZ, color: PALETTE.hallWall },
    { x: maxX + t / 2, y: WALL_H / 2, z: (minZ + maxZ) / 2, sx: t, sy: WALL_H, sz: maxZ - minZ, color: PALETTE.hallWall },
    { x: (minX - gap) / 2, y: WALL_H / 2, z: maxZ + t / 2, sx: -gap - minX + t, sy: WALL_H, sz: t, color: PALETTE.hallWall },
    { x: (maxX + gap) / 2, y: WALL_H / 2, z: maxZ + t / 2, sx: maxX - gap + t, sy: WALL_H, sz: t, color: PALETTE.hallWall },
  ];
  // Entrance lintel carrying the hall's name: overhead, so it is drawn but never collides.
  const lintel: Block = { x: 0, y: 4.2, z: maxZ + t / 2, sx: 2 * gap + 1, sy: 1.2, sz: t * 1.2, color: PALETTE.counter };
  // Spines: one wall across each island's back-to-back pair of rows.
  const spines: Block[] = layout.spines.map((sp) => ({ x: sp.x, y: sp.height / 2, z: sp.z, sx: sp.width, sy: sp.height, sz: sp.depth, color: PALETTE.wall }));
  // A darker skirting along the walls' foot: where the floor meets them, light falls off.
  const skirting: Block[] = walls.map((w) => ({ ...w, y: 0.35, sy: 0.7, sx: w.sx + (w.sx < 1 ? 0.04 : 0), sz: w.sz + (w.sz < 1 ? 0.04 : 0), color: shade(PALETTE.hallWall, 0.8) }));
  const eyeZ = startView(layout).position[2];
  const plaza = buildPlaza(plans, layout.plaza, themeLabel, eyeZ, portalBoards(layout));
  const entrance = buildEntrance(layout, opts.title, opts.titleEn);
  const wayfinding = wayfindingSigns(layout, plazaBoards(layout.plaza, eyeZ, portalBoards(layout)));
  const signs: Label[] = [
    { text: opts.title, x: 0, y: 4.35, z: maxZ - 0.1, rotY: Math.PI, size: 0.45, color: PALETTE.onAccent, anchorY: 'middle' },
    { text: opts.title, x: 0, y: 4.35, z: maxZ + t + 0.1, rotY: 0, size: 0.45, color: PALETTE.onAccent, anchorY: 'middle' },
    ...(opts.titleEn ? [{ text: opts.titleEn, x: 0, y: 3.85, z: maxZ - 0.1, rotY: Math.PI, size: 0.18, color: PALETTE.onAccent, anchorY: 'middle' as const }] : []),
    ...wayfinding.labels,
    ...entrance.labels,
    ...plaza.labels,
  ];
  const blocks = [...walls, ...skirting, lintel, ...spines, ...runnerBlocks(layout), ...entrance.blocks, ...wayfinding.blocks, ...plaza.blocks, ...booths.flatMap((b) => b.blocks)];
  const colliders = [...walls.map(colliderOf), ...spines.map(colliderOf), ...entrance.solid.map(colliderOf), ...plaza.blocks.filter((b) => b.sy >= 1).map(colliderOf), ...booths.flatMap((b) => b.colliders)];
  const depth = maxZ - minZ;
  return {
    title: opts.title, titleEn: opts.titleEn, layout, plans, booths, placements, blocks, chunks: chunkBlocks(blocks, layout.bounds), floor: floorRects(layout), signs, colliders, themeLabel,
    overhead: ceilingBlocks(layout.bounds),
    start: startView(layout),
    overview: { position: [0, Math.max(28, Math.max(maxX - minX, depth) * 0.9), maxZ + 4], target: [0, 0, (minZ + maxZ) / 2 + 2] },
  };
}

/** The span of a booth's article to highlight: the quote of the figure being shown, if it stands there. */
export function figureHighlight(scene: Pick<HallScene, 'plans' | 'booths'>, figure: { boothId: string; targetId: string } | null, boothId: string, article: number): { start: number; end: number } | undefined {
  if (figure?.boothId !== boothId) return undefined;
  const b = scene.booths.find((x) => x.id === boothId);
  const t = scene.plans.find((p) => p.id === boothId)?.targets.find((x) => x.id === figure.targetId);
  const q = b && t && quoteLocation(b.articles, t);
  return q?.article.index === article ? q.span : undefined;
}
