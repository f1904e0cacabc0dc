/**
 * The diagnostics contract tests and benchmarks rely on: with ?diagnostics in the URL the page
 * exposes window.__expo (ready, hall, booths, spines, chunks, view, xr, present, stats(), glyphFields(), renderCost(), standAt, goToBooth, openClause, setOverview).
 */
import { clauseCount } from '../plan/counts';
import { canStand } from '../layout/collide';
import { boothDetail, EYE, labelCorners, type FramePoint, type Lens } from '../layout';
import { rig } from './rig';
import { goToBooth, openClause, setOverview, showFigure, pagePanel } from './actions';
import type { CardAction, HallScene, Viewpoint } from '../layout';
import { panelOf, useExpo, type ExpoState, type PresentView, type XRCard } from './store';
import { enterVR, exitVR } from './xrSession';
import { useMotion, type MotionState } from './motion';
import { screenLens } from './screen';

/** The presenting module, loaded on first use. */
const presentModule = () => import('../present');

/** A booth as diagnostics report it. */
export interface BoothDiagnostics {
  id: string; region: string; level: string; evidence: string; targets: number; clauses: number; articles: number;
  x: number; z: number; facing: 1 | -1; width: number; depth: number;
}

/** Where the visitor is and what is open. */
export interface ViewDiagnostics {
  booth: string | null; article: number | null; page: number | null; clause: number | null;
  camera: [number, number, number]; yaw: number; pitch: number; moving: boolean;
  overview: boolean; readerOpen: boolean; figure: { boothId: string; targetId: string } | null;
}

/** What the XR module reports while it is loaded (see XRShell), over the page's side of WebXR. */
export interface XRDiagnostics {
  supported: boolean; presenting: boolean; error: string | null; card: XRCard | null; snapDegrees: number; smooth: boolean;
  origin: [number, number, number] | null; originYaw: number; head: [number, number, number] | null; headYaw: number; views: number;
  aim: { x: number; z: number } | null; teleport: { x: number; z: number; accepted: boolean } | null;
  cardTargets: { action: CardAction; at: [number, number, number] }[];
  inputs: string[]; perEye: { calls: number; triangles: number } | null;
  enter: () => Promise<boolean>; exit: () => Promise<void>;
}

/** A tour as diagnostics list it. */
export interface TourDiagnostics {
  id: string; title: string; generated: boolean;
  stops: { id: string; kind: string; title: string; boothId: string | null; targetId: string | null; view: Viewpoint }[];
}

/** Presenting and following, and their actions. */
export interface PresentDiagnostics {
  role: PresentView['role']; code: string | null; stop: { index: number; id: string; title: string } | null;
  followers: number; count: number; tourId: string | null; blank: boolean; link: PresentView['link']; away: boolean;
  kiosk: PresentView['kiosk']; joinUrl: string | null; error: string | null;
  startPresenting: (tourId?: string) => Promise<string | null>;
  join: (code: string) => Promise<boolean>;
  next: () => Promise<boolean>;
  previous: () => Promise<boolean>;
  leave: () => Promise<void>;
  dropConnection: () => Promise<void>;
  tours: () => Promise<TourDiagnostics[]>;
}

/** The studio's last publish as this page received it (see src/state/liveHall.ts). */
export interface HallDiagnostics {
  version: string | null; told: number; drawn: number; updates: number; error: string | null;
  /** Milliseconds each step of putting the last publish in place took (bundle, font, fields, layout, frames). */
  steps: Record<string, number>;
}

/** A peer's left and right hands in the hall as drawn (headset visitors'), null when not tracked. */
export type PeerHands = [[number, number, number] | null, [number, number, number] | null];

/** Who else is in the hall, as this page sees them (issue 21's contract; src/presence fills it). */
export interface PresenceDiagnostics {
  link: 'off' | 'connecting' | 'open' | 'lost';
  instance: string | null;
  hand: boolean;
  handError: 'no-presenter' | null;
  unseen: boolean;
  self: { id: string; name: string } | null;
  peers: { id: string; name: string; mode: 'desktop' | 'phone' | 'xr'; hand: boolean; position: [number, number, number] | null; hands: PeerHands }[];
  /** For a presenter: the raised hands, in order. */
  hands: PresentView['hands'];
  question: PresentView['question'];
  raiseHand(text?: string): boolean;
  lowerHand(): void;
  takeHand(id: string): Promise<boolean>;
  setName(name: string): void;
  setUnseen(unseen: boolean): void;
}

/** window.__expo: the one contract between the page and its tests and benchmarks. */
export interface ExpoDiagnostics {
  readonly presence: PresenceDiagnostics | null;
  /** How camera moves are made: reduced motion asked for, the last move, how many cuts and flights. */
  readonly motion: Pick<MotionState, 'reduced' | 'last' | 'cuts' | 'flights'>;
  /** The lens booth views are framed for. */
  readonly lens: Lens;
  /** Where a booth's back-wall corners and figure labels' corners fall on the page (null: behind the camera). */
  boothOnScreen(boothId: string): { edges: ScreenPoint[]; labels: { text: string; corners: ScreenPoint[] }[] } | null;
  readonly ready: boolean;
  readonly hall: HallDiagnostics | null;
  readonly status: ExpoState['status'];
  readonly problems: ExpoState['problems'];
  readonly chunks: number;
  readonly booths: BoothDiagnostics[];
  readonly spines: HallScene['layout']['spines'];
  readonly view: ViewDiagnostics;
  readonly xr: XRDiagnostics;
  readonly present: PresentDiagnostics;
  stats(): RenderStats | null;
  glyphFields(): { prebuilt: number; generated: number } | null;
  renderCost(frames?: number): number | null;
  /** `frames` whole frames of the current view: ms each on the main thread (cpu), and until the GPU is done (total). */
  frameCost(frames?: number): FrameCost | null;
  figureOnScreen(boothId: string, targetId: string): { x: number; y: number } | null;
  mapCellOnScreen(boothId: string): { x: number; y: number } | null;
  figurePosition(boothId: string, targetId: string): [number, number, number] | null;
  panelPosition(boothId: string): [number, number, number] | null;
  standable(x: number, z: number): boolean;
  standAt(x: number, z: number, yaw: number): void;
  goToBooth: typeof goToBooth;
  openClause: typeof openClause;
  setOverview: typeof setOverview;
  showFigure: typeof showFigure;
  pagePanel: typeof pagePanel;
}

declare global {
  interface Window {
    /** Present only with ?diagnostics in the URL. */
    __expo?: ExpoDiagnostics;
  }
}

/** What a frame costs (ms): the page's own work (every useFrame, three's render calls), and that until the GPU has drawn it. */
export interface FrameCost {
  cpu: number;
  total: number;
}

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
/** What the XR module adds to `xr` while loaded. */
export type XRSourceReport = Partial<Omit<XRDiagnostics, 'supported' | 'presenting' | 'error' | 'card' | 'snapDegrees' | 'smooth' | 'enter' | 'exit'>>;

let xrSource: (() => XRSourceReport) | null = null;

/** Lets the XR module report the origin, head and per-eye figures while it is loaded. */
export function setXRSource(fn: typeof xrSource): void {
  xrSource = fn;
}
/** A point on the page, in CSS pixels (null: behind the camera). */
export type ScreenPoint = { x: number; y: number } | null;

let projector: ((x: number, y: number, z: number) => ScreenPoint) | null = null;

/** Lets the world turn hall coordinates into page coordinates (for tests that click a figure). */
export function setProjector(fn: typeof projector): void {
  projector = fn;
}

let renderProbe: ((frames: number) => number) | null = null;

/** Lets the world time its own rendering: `frames` renders of the current view, waited out, in ms each. */
export function setRenderProbe(fn: typeof renderProbe): void {
  renderProbe = fn;
}

let frameProbe: ((frames: number) => FrameCost) | null = null;

/** Lets the world time whole frames (every useFrame callback, then the render), the CPU's share apart from the GPU's wait. */
export function setFrameProbe(fn: typeof frameProbe): void {
  frameProbe = fn;
}

let glyphFieldSource: (() => { prebuilt: number; generated: number }) | null = null;

/** Lets the world report how many glyphs came with prebuilt fields and how many troika generated. */
export function setGlyphFieldSource(fn: typeof glyphFieldSource): void {
  glyphFieldSource = fn;
}

let presenceSource: (() => PresenceDiagnostics) | null = null;

/** Lets the presence module (src/presence/presence.ts) report this page's presence and its peers. */
export function setPresenceSource(fn: () => PresenceDiagnostics): void {
  presenceSource = fn;
}

let hallSource: (() => HallDiagnostics) | null = null;

/** Lets the live hall (src/state/liveHall.ts) report the published version it shows and when it was drawn. */
export function setHallSource(fn: () => HallDiagnostics): void {
  hallSource = fn;
}

/** Lets the world report renderer.info. */
export function setStatsSource(fn: () => RenderStats): void {
  statsSource = fn;
}

/** Installs window.__expo when the URL asks for diagnostics. */
export function installDiagnostics(search = location.search): void {
  if (!new URLSearchParams(search).has('diagnostics')) return;
  const api: ExpoDiagnostics = {
    get ready() { return useExpo.getState().ready; },
    /** The studio's last publish as this page received it: { version, told, drawn, updates, error } (null until watching). */
    get hall() { return hallSource?.() ?? null; },
    get status() { return useExpo.getState().status; },
    get problems() { return useExpo.getState().problems; },
    /** How many groups the hall's boxes are drawn in (a draw call each while in view). */
    get chunks() { return useExpo.getState().scene?.chunks.length ?? 0; },
    get booths() {
      const s = useExpo.getState().scene;
      if (!s) return [];
      return s.plans.map((p) => {
        const place = s.placements[p.id];
        return {
          id: p.id, region: p.region, level: p.level, evidence: p.evidence, targets: p.targets.length, clauses: clauseCount(p),
          articles: s.booths.find((b) => b.id === p.id)?.articles.length ?? 0,
          x: place.x, z: place.z, facing: place.facing, width: place.width, depth: place.depth,
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
        camera: [rig.x, rig.y, rig.z] as [number, number, number], yaw: rig.yaw, pitch: rig.pitch, moving: !!(rig.flight || rig.walkTo),
        overview: s.overview, readerOpen: s.readerOpen, figure: s.figure,
      };
    },
    /** WebXR: support, whether a session runs, the origin (the visitor's floor) and head in the hall. */
    get xr() {
      const x = useExpo.getState().xr;
      return {
        supported: x.supported, presenting: x.presenting, error: x.error ?? null, card: x.card, snapDegrees: x.snapDegrees, smooth: x.smooth,
        origin: null, originYaw: 0, head: null, headYaw: 0, views: 0, aim: null, teleport: null, perEye: null, cardTargets: [], inputs: [], ...(xrSource?.() ?? {}),
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
    /**
     * Presence: self {id, name}, peers [{id, name, mode, hand, position}], raiseHand(text?), lowerHand(),
     * setName(name), setUnseen(on), and for a presenter hands (the queue) and takeHand(id). Null until present.
     */
    get presence() { return presenceSource?.() ?? null; },
    stats(): RenderStats | null { return statsSource?.() ?? null; },
    /** Glyphs laid out so far: with a prebuilt field, and generated in the page. */
    glyphFields(): { prebuilt: number; generated: number } | null { return glyphFieldSource?.() ?? null; },
    /** Milliseconds one render of the current view takes, drawn `frames` times and waited out (no vsync, no frame pacing). */
    renderCost(frames = 10): number | null { return renderProbe?.(frames) ?? null; },
    frameCost(frames = 10): FrameCost | null { return frameProbe?.(frames) ?? null; },
    /** How camera moves are made here: whether reduced motion is asked for, the last move, and how many of each. */
    get motion() {
      const m = useMotion.getState();
      return { reduced: m.reduced, last: m.last, cuts: m.cuts, flights: m.flights };
    },
    /** The lens booth views are framed for: vertical field of view (degrees), aspect, share of the height the top bar covers. */
    get lens() { return screenLens(); },
    /**
     * Where a booth's edges (its back wall's four corners) and its figure labels (each label's four
     * corners) fall on the page now; null for a point behind the camera.
     */
    boothOnScreen(boothId: string) {
      const s = useExpo.getState().scene;
      const b = s?.booths.find((x) => x.id === boothId);
      const plan = s?.plans.find((p) => p.id === boothId);
      if (!s || !b || !plan || !projector) return null;
      const at = (p: FramePoint) => projector!(p[0], p[1], p[2]);
      return {
        edges: b.sight.edges.map(at),
        labels: boothDetail(plan, s.placements[boothId]).labels.map((l) => ({ text: l.text, corners: labelCorners(l).map(at) })),
      };
    },
    /** Page coordinates of a figure's centre, or null when it is behind the camera. */
    figureOnScreen(boothId: string, targetId: string) {
      const b = useExpo.getState().scene?.blocks.find((x) => x.pick?.type === 'figure' && x.pick.boothId === boothId && x.pick.targetId === targetId);
      return b && projector ? projector(b.x, b.y, b.z) : null;
    },
    /** Page coordinates of a booth's cell on the entrance's hall map, or null when it is behind the camera. */
    mapCellOnScreen(boothId: string) {
      const b = useExpo.getState().scene?.blocks.find((x) => x.pick?.type === 'map' && x.pick.target === boothId);
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
  window.__expo = api;
}
