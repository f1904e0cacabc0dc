/**
 * One booth, built from its plan: structure and signage (always drawn), and the detail a visitor
 * only sees up close — figure labels, unit-grid tiles, the table of contents and the clause panel.
 * Booth-local frame: front towards +z, 8 × 6 m for a full plan, 5 × 4 m for one known from quotes.
 */
import type { Plan } from '../plan/schema';
import { formatPeriod, LEVEL_ZH } from '../plan/format';
import { articlesOf, type Article } from './articles';
import { buildFigure, figureSpecs, figureTiles } from './figures';
import type { BoothPlacement } from './hallLayout';
import { LEVEL_COLOR, PALETTE, shade, towardWhite } from './palette';
import { levelArchitecture, WALL_HEIGHT } from './boothArchitecture';
import { labelCorners, type Point3 } from './framing';
import { clausePanel, PANEL, tocPanel, type PanelState } from './panels';
import { colliderOf, localBlock, localLabel, toHall, type Block, type Collider, type Frame, type Label, type Viewpoint } from './primitives';
import { districtName } from './regionName';
import { clip, fitSize, SEPARATOR } from './textWrap';

/** Eye height of a standing visitor. */
export const EYE = 1.6;

/** The parts of a booth that do not change while visitors look at it. */
export interface BoothStatic {
  id: string;
  frame: Frame;
  accent: string;
  articles: Article[];
  blocks: Block[];
  /** Signage visible from anywhere in the hall. */
  signs: Label[];
  colliders: Collider[];
  /** Where to stand to see the whole booth, and to read its clause panel. */
  front: Viewpoint;
  reading: Viewpoint;
  /**
   * What each of those views must show whole (hall points): from the front, the booth's edges
   * (its back wall's corners), its counter and figure labels; for reading, the clause panel; and
   * each figure label's corners on their own (a tour stop at one figure frames its own labels).
   */
  sight: { edges: Point3[]; front: Point3[]; reading: Point3[]; figureLabels: Point3[][] };
}

/** Height of a clause panel's centre on the back wall: its top clears the fascia, its foot the figures. */
const PANEL_Y = 1.48;

/**
 * Where the panels stand on the back wall (local), by booth size. A small booth has one panel, to
 * the right of its counter, so no figure ever stands between a visitor and the text.
 */
function panelPlaces(p: BoothPlacement) {
  const back = -p.depth / 2 + 0.22;
  return p.size === 'full'
    ? { toc: { x: -2.0, y: PANEL_Y, z: back }, clause: { x: 2.0, y: PANEL_Y, z: back } }
    : { toc: null, clause: { x: p.width / 2 - 0.12 - 0.08 - 1.7, y: PANEL_Y, z: back } };
}

/** What a booth shows only up close (built when the visitor comes near). */
export interface BoothDetail {
  /** On the counter: figure labels. */
  labels: Label[];
  /** On the counter: unit-grid tiles. */
  tiles: Block[];
  /** On the fascia: the period, issuers and English name under the title. */
  onWall: Label[];
}

/** Height of a booth's back wall (m): taller than any eye, so it hides the booth from behind. */
export function wallHeight(_size: BoothPlacement['size']): number {
  return WALL_HEIGHT;
}

/** Lines on the fascia, from its top: heights (below the wall's top) and type sizes, metres. */
const FASCIA = { height: 1.0, region: { y: 0.3, size: 0.3 }, title: { y: 0.6, size: 0.13 }, info: { y: 0.78, size: 0.1 }, en: { y: 0.92, size: 0.07 }, number: 0.46 };

/**
 * The booth's size-dependent measures, shared by its structure and its detail. A full booth's
 * counter runs across its front with a walkway each side; a small booth's stands at its left.
 */
function measures(plan: Plan, p: BoothPlacement) {
  const f: Frame = { x: p.x, z: p.z, facing: p.facing };
  const { width: w, depth: d } = p;
  const wallH = wallHeight(p.size);
  const counterW = p.size === 'full' ? w - 2.4 : w - 3.4 - 0.6;
  const counterX = p.size === 'full' ? 0 : -w / 2 + 0.2 + counterW / 2;
  const counterZ = d / 2 - 0.7;
  const top = 0.45;
  const specs = figureSpecs(plan.targets.slice(0, p.size === 'full' ? 6 : 3));
  const slotW = counterW / Math.max(specs.length, 1);
  const slots = specs.map((spec, i) => ({ spec, slot: { x: counterX - counterW / 2 + slotW * (i + 0.5), width: slotW, top, z: counterZ, front: counterZ + 0.36 } }));
  // The number stands at the fascia's right end; the lines before it stop short of it.
  const textW = w - 0.5 - 1.4;
  return { f, w, d, back: -d / 2, wallH, counterW, counterX, counterZ, top, specs, slots, textW, fasciaZ: -d / 2 + 0.31 };
}

/** Characters of a line of `size` metres that fit in `width` metres (CJK: one em each). */
const fit = (width: number, size: number) => Math.floor(width / size);

/**
 * A booth's close-up detail. Tiles alone run to 140 blocks a booth, so a large hall builds this
 * for the booths near the visitor instead of holding it for every booth.
 */
export function boothDetail(plan: Plan, p: BoothPlacement): BoothDetail {
  const { f, w, wallH, counterX, counterW, counterZ, top, specs, slots, textW, fasciaZ } = measures(plan, p);
  const quoted = plan.evidence === 'quoted' ? '据他文引述' : '';
  const info = [formatPeriod(plan.period), plan.issuers.slice(0, 3).join('、'), plan.published ?? plan.signed ?? '', quoted].filter(Boolean).join(SEPARATOR);
  const line = (l: { y: number; size: number }, text: string, color: string) => localLabel(f, -w / 2 + 0.25, wallH - l.y, fasciaZ, text, l.size, color, { anchorX: 'left', anchorY: 'middle' });
  const onWall: Label[] = info ? [line(FASCIA.info, clip(info, fit(textW, FASCIA.info.size)), PALETTE.onAccent)] : [];
  if (plan.display.nameEn) onWall.push(line(FASCIA.en, clip(plan.display.nameEn, fit(textW, FASCIA.en.size * 0.5)), PALETTE.onAccentSoft));
  const labels: Label[] = [];
  const tiles: Block[] = [];
  for (const { spec, slot } of slots) {
    tiles.push(...figureTiles(f, plan.id, spec, slot));
    labels.push(...buildFigure(f, plan.id, spec, slot).labels);
  }
  if (plan.targets.length > specs.length) labels.push(localLabel(f, counterX + counterW / 2, top + 0.05, counterZ + 0.36, `另有 ${plan.targets.length - specs.length} 项指标`, 0.06, PALETTE.onAccent, { anchorX: 'right', anchorY: 'bottom' }));
  return { labels, tiles, onWall };
}

/** Builds the static part of a booth. */
export function buildBooth(plan: Plan, p: BoothPlacement): BoothStatic {
  const { f, w, d, back, wallH, counterW, counterX, counterZ, top, slots, textW, fasciaZ } = measures(plan, p);
  const accent = plan.display.color ?? LEVEL_COLOR[plan.level];
  const booth = { type: 'booth' as const, boothId: plan.id };
  const backWall: Block = { ...localBlock(f, 0, wallH / 2, back + 0.1, w, wallH, 0.2, PALETTE.wall, booth), backWall: true };
  const partitions = [-1, 1].map((side) => localBlock(f, side * (w / 2 - 0.06), 1.3, back + d * 0.27, 0.12, 2.6, d * 0.54, towardWhite(accent, 0.12), booth));
  const arch = levelArchitecture(f, p, accent, plan.id);
  const blocks: Block[] = [
    ...arch.blocks,
    localBlock(f, 0, 0.03, 0, w, 0.06, d, towardWhite(accent, 0.25), booth),
    backWall,
    localBlock(f, 0, wallH - FASCIA.height / 2 - 0.05, back + 0.25, w, FASCIA.height, 0.1, accent, booth),
    // A darker band at the wall's foot: the contact shadow the carpet would catch.
    localBlock(f, 0, 0.13, back + 0.205, w - 0.24, 0.14, 0.01, shade(PALETTE.wall, 0.85), booth),
    ...partitions,
  ];
  // Signage on the fascia: region and level (large), the booth's number at the right, the title.
  const region = `${districtName(plan.region)}${SEPARATOR}${LEVEL_ZH[plan.level]}`;
  const signs: Label[] = [
    // The region's name is measured: a long one is set smaller rather than run into the number.
    localLabel(f, -w / 2 + 0.25, wallH - FASCIA.region.y, fasciaZ, region, fitSize(region, textW, FASCIA.region.size), PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }),
    localLabel(f, -w / 2 + 0.25, wallH - FASCIA.title.y, fasciaZ, clip(plan.title, fit(textW, FASCIA.title.size)), FASCIA.title.size, PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }),
    // The number: on the fascia's right end, unless the level's beam carries it over the booth's mouth.
    ...(arch.labels.length ? arch.labels : [localLabel(f, w / 2 - 0.25, wallH - FASCIA.height / 2 - 0.05, fasciaZ, p.number, FASCIA.number, PALETTE.onAccent, { anchorX: 'right', anchorY: 'middle' })]),
  ];
  const counter = localBlock(f, counterX, top / 2, counterZ, counterW, top, 0.7, PALETTE.counter, booth);
  blocks.push(counter);
  const figureLabels: Label[] = [];
  for (const { spec, slot } of slots) {
    const figure = buildFigure(f, plan.id, spec, slot);
    blocks.push(...figure.blocks);
    figureLabels.push(...figure.labels);
  }
  const places = panelPlaces(p);
  const eyeZ = back + 2.5;
  const box = (x0: number, x1: number, y0: number, y1: number, z: number) => [x0, x1].flatMap((x) => [y0, y1].map((y) => toHall(f, x, y, z)));
  const edges = box(-w / 2, w / 2, 0, wallH, back + 0.2);
  const labelQuads = figureLabels.map(labelCorners);
  const sight = {
    edges,
    front: [...edges, ...box(counterX - counterW / 2, counterX + counterW / 2, 0, top, counterZ + 0.35), ...labelQuads.flat()],
    figureLabels: labelQuads,
    reading: box(places.clause.x - PANEL.width / 2, places.clause.x + PANEL.width / 2, places.clause.y - PANEL.height / 2, places.clause.y + PANEL.height / 2, places.clause.z),
  };
  return {
    id: plan.id, frame: f, accent, articles: readableArticles(plan), blocks, signs,
    colliders: [backWall, ...partitions, counter, ...arch.solid].map(colliderOf),
    front: { position: toHall(f, 0, EYE, d / 2 + 3.2), target: toHall(f, 0, 1.3, back) },
    reading: { position: toHall(f, places.clause.x, EYE, eyeZ), target: toHall(f, places.clause.x, places.clause.y, back) },
    sight,
  };
}

/** The plan's articles; a plan known only from quotes gets one article holding those quotes. */
function readableArticles(plan: Plan): Article[] {
  const articles = articlesOf(plan);
  if (articles.length || !plan.targets.length) return articles;
  const t = plan.targets[0];
  return [{
    index: 0, clauseIndex: null, kind: 'section', sectionIndex: 0, sectionTitle: `引述自 ${plan.source.seed}`, number: '',
    lead: '据报道', text: [...new Set(plan.targets.map((x) => x.quote))].join('\n'), units: [], themes: [], source: t.source,
  }];
}

/** The changing part of a booth: its panels, for the open article, page and highlight. */
export function boothPanels(b: BoothStatic, placement: BoothPlacement, state: Omit<PanelState, 'article' | 'articleCount'> & { article: number }, themeLabel?: (id: string) => string): { blocks: Block[]; labels: Label[] } {
  const places = panelPlaces(placement);
  const article = b.articles[Math.min(state.article, b.articles.length - 1)];
  if (!article) return { blocks: [], labels: [] };
  const clause = clausePanel(b.frame, b.id, places.clause, { ...state, article, articleCount: b.articles.length }, b.accent, themeLabel);
  if (!places.toc) return clause;
  const toc = tocPanel(b.frame, b.id, places.toc, b.articles, article.index, b.accent);
  return { blocks: [...clause.blocks, ...toc.blocks], labels: [...clause.labels, ...toc.labels] };
}

