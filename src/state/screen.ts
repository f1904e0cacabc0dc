/**
 * The screen the hall is seen on: its shape, the field of view the world gives it, the strips the
 * top bar and the reader's sheet cover, and the booth and tour-stop views framed for all that
 * (src/layout/framing.ts does the maths).
 */
import { EYE, figureBox, fovFor, frameView, mapSight, roomBehind, WALL_HEIGHT, type BoothStatic, type HallScene, type FramePoint as Point3, type Lens, type StopKind, type Viewpoint } from '../layout';
import { useExpo } from './store';

/** Height (px) the page's top bar covers, as the bar reports it. */
let coveredTop = 0;
/** Height (px) the reader covers from the bottom when it is a sheet (a narrow screen), as it last reported; null before it was shown. */
let readerSheet: number | null = null;

/**
 * Before the reader has been shown once, its sheet is foreseen from the stylesheet's rule
 * (styles.css: up to 640 px wide, the reader is a sheet 60vh high, 8 px above the bottom), so the
 * first clause opened on a phone is framed above it rather than moved again when it appears.
 */
const SHEET_RULE = { maxWidth: 640, share: 0.6, rim: 8 };

/** Lets the top bar say how much of the screen's top it covers. */
export function setCoveredTop(px: number): void {
  coveredTop = px;
}

/** Lets the reader say how much of the screen's bottom it covers (0 when it is a side panel). */
export function setReaderSheet(px: number): void {
  readerSheet = px;
}

/** Pixels the open reader covers at the bottom of a screen `w` × `h`. */
function readerCover(w: number, h: number): number {
  if (!useExpo.getState().readerOpen) return 0;
  if (readerSheet !== null) return readerSheet;
  return w <= SHEET_RULE.maxWidth ? h * SHEET_RULE.share + SHEET_RULE.rim : 0;
}

/** The lens of the screen now. */
export function screenLens(): Lens {
  const w = Math.max(1, innerWidth);
  const h = Math.max(1, innerHeight);
  const top = Math.min(coveredTop / h, 0.5);
  // What the bar and the sheet leave is at least a fifth of the screen: a view is never framed into nothing.
  const bottom = Math.min(readerCover(w, h) / h, 0.8 - top);
  return { fovY: fovFor(w / h), aspect: w / h, top, bottom };
}

/** Farthest (m) a booth view steps back along its line of sight to fit a narrow screen. */
const MAX_STEP_BACK = 12;
/** Highest a view rises when stepping back is not enough: to the walls' top, where the spines still hide what is behind them. */
const MAX_RISE = WALL_HEIGHT - EYE;

/** A view moved so this screen shows every point (a headset's view is the visitor's head: unchanged). */
function framed(points: readonly Point3[], start: Viewpoint): Viewpoint {
  const s = useExpo.getState();
  if (s.xr.presenting || !s.scene || !points.length) return start;
  const back = roomBehind(start, s.scene.colliders, s.scene.layout.booths, MAX_STEP_BACK);
  return frameView(points, start, screenLens(), { back, rise: MAX_RISE }).view;
}

/** Farthest (m) the first view of an upright screen steps back from the hall map to show it and the portal's lintel whole. */
const MAP_STEP_BACK = 8;

/**
 * The first view for this screen: the hall's start on a landscape screen or in a headset; on an
 * upright one, which sees a third of the start's width and there only a sliver of the map, the
 * hall map and, above it, the portal's title and welcome, each whole and neither covering the
 * other, as near as shows them — where a visitor is welcomed and finds the way.
 */
export function framedStart(scene: HallScene): Viewpoint {
  const lens = screenLens();
  if (useExpo.getState().xr.presenting || lens.aspect >= 1) return scene.start;
  const { view, corners, apart } = mapSight(scene.layout);
  const back = roomBehind(view, scene.colliders, scene.layout.booths, MAP_STEP_BACK);
  return frameView(corners, view, lens, { back, rise: 0 }, apart).view;
}

/** A booth's view (its front, or its clause panel) moved so this screen shows all it should. */
export function framedView(b: BoothStatic, which: 'front' | 'reading'): Viewpoint {
  return framed(b.sight[which], b[which]);
}

/** A figure's box and the labels centred on it (its value and note), from a booth's front sight. */
function figurePoints(b: BoothStatic, targetId: string): Point3[] {
  const box = figureBox(b.blocks, b.id, targetId);
  if (!box) return [];
  const corners: Point3[] = [];
  for (const dx of [-0.5, 0.5]) for (const dy of [-0.5, 0.5]) for (const dz of [-0.5, 0.5]) corners.push([box.x + dx * box.sx, box.y + dy * box.sy, box.z + dz * box.sz]);
  const reach = Math.max(box.sx, box.sz) / 2;
  // A figure's labels are centred under it on the counter.
  for (const quad of b.sight.figureLabels) {
    const cx = quad.reduce((n, p) => n + p[0], 0) / 4;
    const cz = quad.reduce((n, p) => n + p[2], 0) / 4;
    if (Math.hypot(cx - box.x, cz - box.z) <= reach) corners.push(...quad);
  }
  return corners;
}

/** What a tour stop must show on this screen: a booth's front, its clause panel, or a figure with its labels. */
function stopPoints(stop: { kind: StopKind; boothId?: string; targetId?: string }, b: BoothStatic): Point3[] {
  if (stop.kind === 'booth') return b.sight.front;
  if (stop.kind === 'clause') return b.sight.reading;
  if (stop.kind === 'figure' && stop.targetId) return figurePoints(b, stop.targetId);
  return [];
}

/** A tour stop's view framed for this screen (an upright phone steps back as for a booth); places away from booths as they are. */
export function framedStop(stop: { kind: StopKind; boothId?: string; targetId?: string; view: Viewpoint }): Viewpoint {
  const b = stop.boothId ? useExpo.getState().scene?.booths.find((x) => x.id === stop.boothId) : undefined;
  return b ? framed(stopPoints(stop, b), stop.view) : stop.view;
}
