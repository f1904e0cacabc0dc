/**
 * The diagnostics contract tests and benchmarks rely on: with ?diagnostics in the URL the page
 * exposes window.__expo (ready, booths, view, stats(), goToBooth, openClause, setOverview).
 */
import { clauseCount } from '../plan/counts';
import { rig } from '../world/rig';
import { goToBooth, openClause, setOverview, showFigure, pagePanel } from './actions';
import { panelOf, useExpo } from './store';

/** renderer.info figures of the last frame. */
export interface RenderStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

let statsSource: (() => RenderStats) | null = null;
let projector: ((x: number, y: number, z: number) => { x: number; y: number } | null) | null = null;

/** Lets the world turn hall coordinates into page coordinates (for tests that click a figure). */
export function setProjector(fn: typeof projector): void {
  projector = fn;
}

/** Lets the world report renderer.info. */
export function setStatsSource(fn: () => RenderStats): void {
  statsSource = fn;
}

/** Installs window.__expo when the URL asks for diagnostics. */
export function installDiagnostics(search = location.search): void {
  if (!new URLSearchParams(search).has('diagnostics')) return;
  const api = {
    get ready() { return useExpo.getState().ready; },
    get status() { return useExpo.getState().status; },
    get problems() { return useExpo.getState().problems; },
    get booths() {
      const s = useExpo.getState().scene;
      return (s?.plans ?? []).map((p) => ({
        id: p.id, region: p.region, level: p.level, evidence: p.evidence, targets: p.targets.length, clauses: clauseCount(p),
        articles: s?.booths.find((b) => b.id === p.id)?.articles.length ?? 0,
        x: s?.placements[p.id]?.x, z: s?.placements[p.id]?.z,
      }));
    },
    get view() {
      const s = useExpo.getState();
      const booth = s.boothId ? s.scene?.booths.find((b) => b.id === s.boothId) : undefined;
      const panel = s.boothId ? panelOf(s, s.boothId) : null;
      const article = booth && panel ? booth.articles[panel.article] : undefined;
      return {
        booth: s.boothId, article: panel?.article ?? null, page: panel?.page ?? null, clause: article ? article.clauseIndex ?? article.index : null,
        camera: [rig.x, rig.y, rig.z], yaw: rig.yaw, pitch: rig.pitch, moving: !!(rig.flight || rig.walkTo),
        overview: s.overview, readerOpen: s.readerOpen, figure: s.figure,
      };
    },
    stats(): RenderStats | null { return statsSource?.() ?? null; },
    /** Page coordinates of a figure's centre, or null when it is behind the camera. */
    figureOnScreen(boothId: string, targetId: string) {
      const b = useExpo.getState().scene?.blocks.find((x) => x.pick?.type === 'figure' && x.pick.boothId === boothId && x.pick.targetId === targetId);
      return b && projector ? projector(b.x, b.y, b.z) : null;
    },
    goToBooth, openClause, setOverview, showFigure, pagePanel,
  };
  (window as unknown as { __expo: typeof api }).__expo = api;
}
