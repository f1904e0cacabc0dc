/**
 * Tours: an ordered list of stops a presenter (or an unattended kiosk) walks the audience through.
 * Authored tours name booths, clauses and figures; this turns them into places to stand, and
 * generates a default tour for any hall so a new document is presentable without authoring.
 */
import type { Plan, Target } from '../plan/schema';
import type { TourStopDefinition } from '../scene/bundle';
import { formatFigure, formatPeriod, LEVEL_ZH } from '../plan/format';
import { articleForClause } from './articles';
import { EYE } from './booth';
import type { HallScene } from './hallScene';
import { toHall, type Block, type Viewpoint } from './primitives';
import { districtName } from './regionName';
import { clip } from './textWrap';

/** What a stop shows. */
export type StopKind = 'entrance' | 'plaza' | 'overview' | 'booth' | 'clause' | 'figure' | 'camera';

/** A stop ready to visit: where to stand and what to open. */
/** What every stop has, whatever its kind. */
interface StopCommon {
  /** Stable within its tour: the same stop keeps its id when stops before it are reordered. */
  id: string;
  title: string;
  view: Viewpoint;
  /** Talking points for the speaker notes. */
  notes: string[];
  /** Seconds the stop lasts when the tour plays by itself. */
  duration: number;
}

/** Where a stop takes the visitor, told apart by kind: each kind carries what it needs and nothing else. */
export type StopPlace =
  | { kind: 'figure'; boothId: string; targetId: string; clause?: never }
  /** Clause index as in openClause. */
  | { kind: 'clause'; boothId: string; clause: number; targetId?: never }
  | { kind: 'booth'; boothId: string; clause?: never; targetId?: never }
  | { kind: 'entrance' | 'plaza' | 'overview' | 'camera'; boothId?: never; clause?: never; targetId?: never };

/** One stop of a tour. */
export type TourStop = StopCommon & StopPlace;

/** A tour of one hall. */
export interface Tour {
  id: string;
  title: string;
  /** True for the tour generated from the hall itself. */
  generated: boolean;
  stops: TourStop[];
}

/** The hall needs only these parts of a scene to be toured. */
export type TourScene = Pick<HallScene, 'plans' | 'booths' | 'placements' | 'blocks' | 'layout' | 'start' | 'overview'>;

/** Id of the generated tour. */
export const DEFAULT_TOUR_ID = 'default';
/** Figures per booth in the default tour. */
export const KEY_TARGETS = 2;
/** Seconds per stop of the default tour, by kind. */
const DWELL: Record<StopKind, number> = { entrance: 10, plaza: 12, overview: 12, booth: 20, clause: 25, figure: 15, camera: 15 };
/** How far in front of a figure the audience stands to see it, its label and its neighbours. */
const FIGURE_DISTANCE = 2.6;

/** The places every hall has. */
function placeView(scene: TourScene, place: 'entrance' | 'plaza' | 'overview'): Viewpoint {
  if (place === 'plaza') return scene.start;
  if (place === 'overview') return scene.overview;
  // Outside the doors, looking in under the lintel that carries the hall's name.
  const z = scene.layout.bounds.maxZ;
  return { position: [0, EYE, z + 6], target: [0, 3.2, z] };
}

const PLACE_TITLE = { entrance: '入口 Entrance', plaza: '序厅 Plaza', overview: '俯瞰全馆 Overview' } as const;

/** A target named by id, by its number within the plan (1 = first) or by its metric text. */
export function findTarget(plan: Plan, name: string): Target | undefined {
  const n = /^\d+$/.test(name) ? Number(name) : NaN;
  return plan.targets.find((t) => t.id === name) ?? (Number.isInteger(n) ? plan.targets[n - 1] : undefined) ?? plan.targets.find((t) => t.metric === name);
}

/** The box around a figure's blocks on its booth's counter, if the counter shows it. */
export function figureBox(blocks: Block[], boothId: string, targetId: string): Block | undefined {
  const own = blocks.filter((b) => b.pick?.type === 'figure' && b.pick.boothId === boothId && b.pick.targetId === targetId);
  if (!own.length) return undefined;
  const lo = (k: 'x' | 'y' | 'z', s: 'sx' | 'sy' | 'sz') => Math.min(...own.map((b) => b[k] - b[s] / 2));
  const hi = (k: 'x' | 'y' | 'z', s: 'sx' | 'sy' | 'sz') => Math.max(...own.map((b) => b[k] + b[s] / 2));
  const box = (k: 'x' | 'y' | 'z', s: 'sx' | 'sy' | 'sz') => ({ c: (lo(k, s) + hi(k, s)) / 2, size: hi(k, s) - lo(k, s) });
  const [x, y, z] = [box('x', 'sx'), box('y', 'sy'), box('z', 'sz')];
  return { x: x.c, y: y.c, z: z.c, sx: x.size, sy: y.size, sz: z.size, color: own[0].color };
}

/** Where to stand to look at a figure on the booth's counter (undefined when the counter does not show it). */
export function figureView(scene: TourScene, boothId: string, targetId: string): Viewpoint | undefined {
  const box = figureBox(scene.blocks, boothId, targetId);
  const facing = scene.placements[boothId]?.facing;
  if (!box || !facing) return undefined;
  // Aimed at the counter's front, so the figure stands in the upper half with its label under it,
  // clear of the quote card along the bottom of a screen.
  return { position: [box.x, EYE, box.z + facing * FIGURE_DISTANCE], target: [box.x, box.y - box.sy / 2 - 0.1, box.z] };
}

/** Talking points generated from the plan, for stops whose author wrote none. */
function boothPoints(plan: Plan): string[] {
  const period = formatPeriod(plan.period);
  return [
    `${plan.region}（${LEVEL_ZH[plan.level]}）：${plan.title}`,
    [period && `规划期 ${period}`, plan.issuers.length ? `发布：${plan.issuers.slice(0, 3).join('、')}` : '', plan.published ? `发布日期 ${plan.published}` : ''].filter(Boolean).join('；'),
    plan.targets.length ? `量化指标 ${plan.targets.length} 项：${plan.targets.slice(0, 4).map((t) => `${t.metric} ${formatFigure(t)}`).join('；')}` : '没有量化指标',
    plan.evidence === 'quoted' ? `本展位据他文引述（${plan.source.seed}），原文未见` : '',
  ].filter(Boolean);
}

function figurePoints(t: Target): string[] {
  return [`${t.metric}：${formatFigure(t)}${t.year ? `（${t.year} 年）` : ''}`, `原文：「${clip(t.quote, 120)}」`, t.where.clause ? `出处：第 ${t.where.clause} 条` : ''].filter(Boolean);
}

/** Turns one authored stop into a stop to visit, or says what is wrong with it. */
export function resolveStop(def: TourStopDefinition, scene: TourScene, index: number): { stop: TourStop } | { error: string } {
  const base = { id: `s${index + 1}`, notes: def.notes, duration: def.duration };
  const plan = def.booth ? scene.plans.find((p) => p.id === def.booth) : undefined;
  const booth = def.booth ? scene.booths.find((b) => b.id === def.booth) : undefined;
  if (def.booth && (!plan || !booth)) {
    const known = scene.plans.map((p) => p.id);
    return { error: `no booth "${def.booth}" (booths: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''})` };
  }
  let stop: TourStop;
  if (plan && booth) {
    const region = districtName(plan.region);
    if (def.figure) {
      const t = findTarget(plan, def.figure);
      if (!t) return { error: `booth "${plan.id}" has no figure "${def.figure}" (figures: ${plan.targets.map((x) => x.id).join(', ') || 'none'})` };
      stop = { ...base, kind: 'figure', boothId: plan.id, targetId: t.id, title: `${region} · ${t.metric} ${formatFigure(t)}`, view: figureView(scene, plan.id, t.id) ?? booth.front };
      if (!def.notes.length) stop.notes = figurePoints(t);
    } else if (def.clause !== undefined) {
      const a = articleForClause(booth.articles, def.clause);
      if (!a) return { error: `booth "${plan.id}" has no clause ${def.clause} (clauses are numbered from 0, as in #/booth/${plan.id}/clause/<n>)` };
      stop = { ...base, kind: 'clause', boothId: plan.id, clause: def.clause, title: `${region} · ${clip(`${a.number}${a.lead}`, 40)}`, view: booth.reading };
      if (!def.notes.length) stop.notes = [`${a.sectionTitle}`, clip(a.text, 160)];
    } else {
      stop = { ...base, kind: 'booth', boothId: plan.id, title: `${region} · ${clip(plan.title, 40)}`, view: booth.front };
      if (!def.notes.length) stop.notes = boothPoints(plan);
    }
    if (def.camera) {
      const f = booth.frame;
      stop.view = { position: toHall(f, ...def.camera.position), target: toHall(f, ...def.camera.target) };
    }
  } else if (def.place) {
    stop = { ...base, kind: def.place, title: PLACE_TITLE[def.place], view: placeView(scene, def.place) };
    if (def.camera) stop.view = { position: def.camera.position, target: def.camera.target };
  } else {
    stop = { ...base, kind: 'camera', title: '', view: { position: def.camera!.position, target: def.camera!.target } };
  }
  if (def.title) stop.title = def.title;
  if (!stop.title) stop.title = `第 ${index + 1} 站`;
  return { stop };
}

/**
 * Resolves an authored tour; stops that name something the hall lacks are left out and reported.
 * `kept` holds the indexes of the authored stops that made it into the tour.
 */
export function resolveTour(def: { id: string; title: string; stops: TourStopDefinition[] }, scene: TourScene): { tour: Tour; problems: string[]; kept: number[] } {
  const problems: string[] = [];
  const stops: TourStop[] = [];
  const kept: number[] = [];
  def.stops.forEach((s, i) => {
    const r = resolveStop(s, scene, i);
    if ('error' in r) problems.push(`stop ${i + 1}: ${r.error}`);
    else { stops.push(r.stop); kept.push(i); }
  });
  return { tour: { id: def.id, title: def.title, generated: false, stops }, problems, kept };
}

/** The targets the default tour stops at: industry scale first, then the plan's order; only those on the counter. */
export function keyTargets(plan: Plan, scene: TourScene, limit = KEY_TARGETS): Target[] {
  const shown = plan.targets.filter((t) => figureView(scene, plan.id, t.id));
  const rank = (t: Target) => (t.unit === '亿元' && t.kind === 'goal' ? 0 : t.kind === 'goal' ? 1 : 2);
  return shown.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).slice(0, limit).map((x) => x.t);
}

/** The tour every hall has: entrance → plaza → each booth (in hall order) and its key figures. */
export function defaultTour(scene: TourScene): Tour {
  const defs: TourStopDefinition[] = [{ place: 'entrance', notes: [], duration: DWELL.entrance }, { place: 'plaza', notes: [], duration: DWELL.plaza }];
  for (const placement of scene.layout.booths) {
    const plan = scene.plans.find((p) => p.id === placement.id);
    if (!plan) continue;
    defs.push({ booth: plan.id, notes: [], duration: DWELL.booth });
    for (const t of keyTargets(plan, scene)) defs.push({ booth: plan.id, figure: t.id, notes: [], duration: DWELL.figure });
  }
  const { tour } = resolveTour({ id: DEFAULT_TOUR_ID, title: '全馆导览 Hall tour', stops: defs }, scene);
  // Ids that say what the stop is, so a follower and the notes window agree whatever the order.
  tour.stops.forEach((s) => { s.id = [s.kind, s.boothId, s.targetId].filter(Boolean).join(':'); });
  return { ...tour, generated: true };
}

/** Every tour of a hall: the generated one first, then the authored ones that still have stops. */
export function toursOf(scene: TourScene, authored: { id: string; title: string; stops: TourStopDefinition[] }[]): Tour[] {
  return [defaultTour(scene), ...authored.map((t) => resolveTour(t, scene).tour).filter((t) => t.stops.length)];
}
