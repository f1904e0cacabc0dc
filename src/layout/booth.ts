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
import { LEVEL_COLOR, PALETTE, towardWhite } from './palette';
import { clausePanel, tocPanel, type PanelState } from './panels';
import { colliderOf, localBlock, localLabel, toHall, type Block, type Collider, type Frame, type Label, type Viewpoint } from './primitives';
import { districtName } from './regionName';
import { clip } from './textWrap';

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
}

/** Where the two panels stand on the back wall (local), by booth size. */
function panelPlaces(p: BoothPlacement) {
  const back = -p.depth / 2 + 0.22;
  return p.size === 'full'
    ? { toc: { x: -2.0, y: 1.45, z: back }, clause: { x: 2.0, y: 1.45, z: back } }
    : { toc: null, clause: { x: 0, y: 1.45, z: back } };
}

/** What a booth shows only up close (built when the visitor comes near). */
export interface BoothDetail {
  /** On the counter: figure labels. */
  labels: Label[];
  /** On the counter: unit-grid tiles. */
  tiles: Block[];
  /** On the back wall's face: the period, issuers and English name under the fascia. */
  onWall: Label[];
}

/** Height of a booth's back wall (m): taller than any eye, so it hides the booth from behind. */
export function wallHeight(size: BoothPlacement['size']): number {
  return size === 'full' ? 3.5 : 3.1;
}

/** The booth's size-dependent measures, shared by its structure and its detail. */
function measures(plan: Plan, p: BoothPlacement) {
  const f: Frame = { x: p.x, z: p.z, facing: p.facing };
  const { width: w, depth: d } = p;
  const wallH = wallHeight(p.size);
  // Counter of figures at the front, leaving a walkway on each side into the booth.
  const counterW = w - 2.4;
  const counterZ = d / 2 - 0.7;
  const top = 0.45;
  const specs = figureSpecs(plan.targets.slice(0, 6));
  const slotW = counterW / Math.max(specs.length, 1);
  const slots = specs.map((spec, i) => ({ spec, slot: { x: -counterW / 2 + slotW * (i + 0.5), width: slotW, top, z: counterZ, front: counterZ + 0.36 } }));
  return { f, w, d, back: -d / 2, wallH, counterW, counterZ, top, specs, slots };
}

/**
 * A booth's close-up detail. Tiles alone run to 140 blocks a booth, so a large hall builds this
 * for the booths near the visitor instead of holding it for every booth.
 */
export function boothDetail(plan: Plan, p: BoothPlacement): BoothDetail {
  const { f, w, back, wallH, counterW, counterZ, top, specs, slots } = measures(plan, p);
  const info = [formatPeriod(plan.period), plan.issuers.slice(0, 3).join('、'), plan.published ?? plan.signed ?? ''].filter(Boolean).join(' · ');
  const onWall: Label[] = [
    localLabel(f, -w / 2 + 0.25, wallH - 0.97, back + 0.22, clip(info || (plan.evidence === 'quoted' ? '据新闻报道引述' : ''), 70), 0.085, PALETTE.ink, { anchorX: 'left', anchorY: 'middle' }),
  ];
  if (plan.display.nameEn) onWall.push(localLabel(f, -w / 2 + 0.25, wallH - 1.12, back + 0.22, clip(plan.display.nameEn, 110), 0.065, PALETTE.inkSoft, { anchorX: 'left', anchorY: 'middle' }));
  const labels: Label[] = [];
  const tiles: Block[] = [];
  for (const { spec, slot } of slots) {
    tiles.push(...figureTiles(f, plan.id, spec, slot));
    labels.push(...buildFigure(f, plan.id, spec, slot).labels);
  }
  if (plan.targets.length > specs.length) labels.push(localLabel(f, counterW / 2, top + 0.05, counterZ + 0.36, `另有 ${plan.targets.length - specs.length} 项指标`, 0.06, PALETTE.onAccent, { anchorX: 'right', anchorY: 'bottom' }));
  if (plan.evidence === 'quoted') {
    onWall.push(localLabel(f, 0, 2.1, back + 0.24, `本展位据他文引述：${clip(plan.source.seed, 30)}`, 0.07, PALETTE.inkSoft, { anchorY: 'middle' }));
  }
  return { labels, tiles, onWall };
}

/** Builds the static part of a booth. */
export function buildBooth(plan: Plan, p: BoothPlacement): BoothStatic {
  const { f, w, d, back, wallH, counterW, counterZ, top, slots } = measures(plan, p);
  const accent = plan.display.color ?? LEVEL_COLOR[plan.level];
  const booth = { type: 'booth' as const, boothId: plan.id };
  const backWall: Block = { ...localBlock(f, 0, wallH / 2, back + 0.1, w, wallH, 0.2, PALETTE.wall, booth), backWall: true };
  const partitions = [-1, 1].map((side) => localBlock(f, side * (w / 2 - 0.06), 1.3, back + d * 0.27, 0.12, 2.6, d * 0.54, PALETTE.wall, booth));
  const blocks: Block[] = [
    localBlock(f, 0, 0.03, 0, w, 0.06, d, towardWhite(accent, 0.25), booth),
    backWall,
    localBlock(f, 0, wallH - 0.45, back + 0.25, w, 0.8, 0.1, accent, booth),
    ...partitions,
  ];
  // Signage on the fascia: region (large), title, then period · issuers · date, English name.
  const fasciaZ = back + 0.31;
  const signs: Label[] = [
    localLabel(f, -w / 2 + 0.25, wallH - 0.28, fasciaZ, `${districtName(plan.region)} · ${LEVEL_ZH[plan.level]}`, p.size === 'full' ? 0.3 : 0.24, PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }),
    localLabel(f, -w / 2 + 0.25, wallH - 0.65, fasciaZ, clip(plan.title, p.size === 'full' ? 52 : 36), 0.13, PALETTE.onAccent, { anchorX: 'left', anchorY: 'middle' }),
  ];
  const counter = localBlock(f, 0, top / 2, counterZ, counterW, top, 0.7, PALETTE.counter, booth);
  blocks.push(counter);
  for (const { spec, slot } of slots) blocks.push(...buildFigure(f, plan.id, spec, slot).blocks);
  const places = panelPlaces(p);
  const eyeZ = back + 2.5;
  return {
    id: plan.id, frame: f, accent, articles: readableArticles(plan), blocks, signs,
    colliders: [backWall, ...partitions, counter].map(colliderOf),
    front: { position: toHall(f, 0, EYE, d / 2 + 3.2), target: toHall(f, 0, 1.3, back) },
    reading: { position: toHall(f, places.clause.x, EYE, eyeZ), target: toHall(f, places.clause.x, places.clause.y, back) },
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

