/**
 * The diagnostics contract tests and benchmarks rely on: with ?diagnostics in the URL the page
 * exposes window.__expo (ready, booths, spines, chunks, view, xr, present, stats(), glyphFields(), renderCost(), standAt, goToBooth, openClause, setOverview).
 */
import { clauseCount } from '../plan/counts';
import { canStand } from '../layout/collide';
import { EYE } from '../layout';
import { rig } from '../world/rig';
import { goToBooth, openClause, setOverview, showFigure, pagePanel } from './actions';
import { panelOf, useExpo } from './store';
import { enterVR, exitVR } from './xrSession';

/** The presenting module, loaded on first use. */
const presentModule = () => import('../present');

/** renderer.info figures of the last frame. */
export interface RenderStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Frames rendered since the canvas was made. */
  frames: number;
}

let statsSource: (() => RenderStats) | null = null;
let xrSource: (() => Record<string, unknown>) | null = null;

/** Lets the XR module report the origin, head and per-eye figures while it is loaded. */
export function setXRSource(fn: typeof xrSource): void {
  xrSource = fn;
}
let projector: ((x: number, y: number, z: number) => { x: number; y: number } | null) | null = null;

/** Lets the world turn hall coordinates into page coordinates (for tests that click a figure). */
export function setProjector(fn: typeof projector): void {
  projector = fn;
}

let renderProbe: ((frames: number) => number) | null = null;

/** Lets the world time its own rendering: `frames` renders of the current view, waited out, in ms each. */
export function setRenderProbe(fn: typeof renderProbe): void {
  renderProbe = fn;
}

let glyphFieldSource: (() => { prebuilt: number; generated: number }) | null = null;

/** Lets the world report how many glyphs came with prebuilt fields and how many troika generated. */
export function setGlyphFieldSource(fn: typeof glyphFieldSource): void {
  glyphFieldSource = fn;
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
    /** How many groups the hall's boxes are drawn in (a draw call each while in view). */
    get chunks() { return useExpo.getState().scene?.chunks.length ?? 0; },
    get booths() {
      const s = useExpo.getState().scene;
      return (s?.plans ?? []).map((p) => {
        const place = s?.placements[p.id];
        return {
          id: p.id, region: p.region, level: p.level, evidence: p.evidence, targets: p.targets.length, clauses: clauseCount(p),
          articles: s?.booths.find((b) => b.id === p.id)?.articles.length ?? 0,
          x: place?.x, z: place?.z, facing: place?.facing, width: place?.width, depth: place?.depth,
        };
      });
    },
    /** The spines between back-to-back rows (centre, size and height, metres). */
    get spines() { return useExpo.getState().scene?.layout.spines ?? []; },
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
    /** WebXR: support, whether a session runs, the origin (the visitor's floor) and head in the hall. */
    get xr() {
      const x = useExpo.getState().xr;
      return {
        supported: x.supported, presenting: x.presenting, error: x.error ?? null, card: x.card, snapDegrees: x.snapDegrees, smooth: x.smooth,
        origin: null, head: null, views: 0, teleport: null, perEye: null, ...(xrSource?.() ?? {}),
        enter: enterVR, exit: exitVR,
      };
    },
    /** Presenting and following: role, session code, current stop, followers, and the actions. */
    get present() {
      const p = useExpo.getState().present;
      return {
        role: p.role, code: p.code, stop: p.stop && p.index >= 0 ? { index: p.index, id: p.stop.id, title: p.stop.title } : null,
        followers: p.followers, count: p.count, tourId: p.tourId, blank: p.blank, link: p.link, away: p.away, kiosk: p.kiosk, joinUrl: p.joinUrl, error: p.error ?? null,
        startPresenting: (tourId?: string) => presentModule().then((m) => m.startPresenting(tourId)),
        join: (code: string) => presentModule().then((m) => m.joinSession(code)),
        next: () => presentModule().then((m) => m.nextStop()),
        previous: () => presentModule().then((m) => m.previousStop()),
        leave: () => presentModule().then((m) => m.leave()),
        /** Drops the relay connection as a network failure would (it reconnects by itself). */
        dropConnection: () => presentModule().then((m) => m.dropConnection()),
        tours: () => presentModule().then((m) => m.hallTours().map((t) => ({ id: t.id, title: t.title, generated: t.generated, stops: t.stops.map((s) => ({ id: s.id, kind: s.kind, title: s.title, boothId: s.boothId ?? null, targetId: s.targetId ?? null, view: s.view })) }))),
      };
    },
    stats(): RenderStats | null { return statsSource?.() ?? null; },
    /** Glyphs laid out so far: with a prebuilt field, and generated in the page. */
    glyphFields(): { prebuilt: number; generated: number } | null { return glyphFieldSource?.() ?? null; },
    /** Milliseconds one render of the current view takes, drawn `frames` times and waited out (no vsync, no frame pacing). */
    renderCost(frames = 10): number | null { return renderProbe?.(frames) ?? null; },
    /** Page coordinates of a figure's centre, or null when it is behind the camera. */
    figureOnScreen(boothId: string, targetId: string) {
      const b = useExpo.getState().scene?.blocks.find((x) => x.pick?.type === 'figure' && x.pick.boothId === boothId && x.pick.targetId === targetId);
      return b && projector ? projector(b.x, b.y, b.z) : null;
    },
    /** Hall position of a figure's box (to aim a controller at in tests). */
    figurePosition(boothId: string, targetId: string): [number, number, number] | null {
      const b = useExpo.getState().scene?.blocks.find((x) => x.pick?.type === 'figure' && x.pick.boothId === boothId && x.pick.targetId === targetId);
      return b ? [b.x, b.y, b.z] : null;
    },
    /** Hall position of the centre of a booth's clause panel. */
    panelPosition(boothId: string): [number, number, number] | null {
      return useExpo.getState().scene?.booths.find((b) => b.id === boothId)?.reading.target ?? null;
    },
    /** Whether a visitor could stand at a floor point (false inside walls, counters, boards). */
    standable(x: number, z: number): boolean {
      const s = useExpo.getState().scene;
      return !!s && canStand(x, z, s.colliders);
    },
    /** Puts the visitor at a floor point at eye height, looking level along `yaw` (radians, 0 towards -z). */
    standAt(x: number, z: number, yaw: number) {
      Object.assign(rig, { x, y: EYE, z, yaw, pitch: 0, flight: null, walkTo: null });
    },
    goToBooth, openClause, setOverview, showFigure, pagePanel,
  };
  (window as unknown as { __expo: typeof api }).__expo = api;
}
