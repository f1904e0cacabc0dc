/**
 * Loading the hall: the scene bundle (or N generated plans run through the same ingest) and the
 * layout, with the world's code and the font on their way alongside — reporting errors for the page.
 */
import { buildHallScene } from '../layout';
import type { ComponentType, ReactNode } from 'react';
import type { Plan } from '../plan/schema';
import type { GlyphFieldIndex } from '../scene/bundle';
import type { GlyphField } from '../scene/glyphFields';
import { loadBundle, loadGlyphFields } from './loadBundle';
import { flyTo } from './rig';
import { framedStart } from './screen';
import { goToBooth, openClause } from './actions';
import { parseRoute } from './route';
import { setXR, useExpo } from './store';
import type { SyntheticRequest } from './syntheticWorker';
import { detectImmersiveVR } from './xrSession';

/** Generated plans for ?synthetic=N, through the real ingest, in a worker that ends with the answer. */
function syntheticPlans(n: number): Promise<Plan[]> {
  const worker = new Worker(new URL('./syntheticWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Plan[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<string>) => resolve(JSON.parse(e.data) as Plan[]);
    worker.onerror = (e) => reject(new Error(`generating ${n} plans failed: ${e.message}`));
    worker.postMessage({ n, seed: 7 } satisfies SyntheticRequest);
  }).finally(() => worker.terminate());
}

/** Takes the visitor to the place the URL names; false when it names none. */
export function followRoute(hash = location.hash): boolean {
  const r = parseRoute(hash);
  if (!r) return false;
  return r.clause === null ? goToBooth(r.boothId) : openClause(r.boothId, r.clause);
}

/**
 * What the world's module (three.js, troika and the hall: src/world/World.tsx) offers the loader.
 * State does not import the world: main.tsx, which knows both, hands its loaders in (registerWorld).
 */
export interface WorldModule {
  default: ComponentType;
  prepareHallText(url: string, index: GlyphFieldIndex | undefined, fields: Promise<Map<number, GlyphField>>): { fieldsIn: Promise<void>; fontLoaded: Promise<void> };
  setGlyphFields(url: string, index: GlyphFieldIndex | undefined, fields: Promise<Map<number, GlyphField>>): Promise<void>;
  /** Whether what back walls and spines hide is left undrawn (?drawHidden draws it, for comparisons). */
  setBackWallCulling(on: boolean): void;
  /** Wraps the one world in the XR shell (before its first render). */
  setShell(shell: ComponentType<{ children: ReactNode }>): void;
}

/** Where the world's code and the XR wrapper come from. */
export interface WorldLoaders {
  world: () => Promise<WorldModule>;
  xrShell: () => Promise<{ default: ComponentType<{ children: ReactNode }> }>;
}

let loaders: WorldLoaders | null = null;
let worldModule: WorldModule | null = null;

/** Called once by main.tsx, before loadHall. */
export function registerWorld(l: WorldLoaders): void {
  loaders = l;
}

/** The world's code, fetched while the bundle downloads. */
function loadWorld(): Promise<WorldModule> {
  if (!loaders) return Promise.reject(new Error('no world registered (main.tsx calls registerWorld)'));
  return loaders.world().then((m) => (worldModule = m));
}

/**
 * The world's module once loaded, which App renders as a plain component: through `lazy` the
 * first reveal would wait for React's Suspense throttle (300 ms of an idle page, in the profile).
 */
export const loadedWorld = (): WorldModule | null => worldModule;

/** Loads everything and fills the store. Marks `expo:world`, `expo:bundle`, `expo:font` (parsed by troika) and `expo:scene` for the benchmark. */
export async function loadHall(search = location.search): Promise<void> {
  const params = new URLSearchParams(search);
  const set = useExpo.setState;
  // Everything that does not depend on the bundle starts at once and runs alongside it: the XR
  // question (the world is wrapped for XR or not from the start) and the world's code.
  const xrSupported = detectImmersiveVR();
  const world = loadWorld().then((m) => { performance.mark('expo:world'); return m; });
  try {
    const bundle = await loadBundle(params.get('scene') ?? 'hall');
    performance.mark('expo:bundle');
    if (!bundle.font) throw new Error('the scene bundle has no font; run npm run scenes');
    const font = { url: `${import.meta.env.BASE_URL}generated/${bundle.font.file}`, chars: bundle.font.chars };
    // ?generateGlyphs leaves the prebuilt fields aside (tests compare the two).
    const fields = params.has('generateGlyphs') ? undefined : bundle.font.fields;
    const fieldsLoaded = fields ? loadGlyphFields(fields) : Promise.resolve(new Map());
    // ?drawHidden draws what back walls and spines hide (tests check that hiding it changes no pixel).
    void world.then((m) => m.setBackWallCulling(!params.has('drawHidden')));
    // troika fetches and parses the font in its worker while this thread lays out the hall and
    // builds the canvas. Nothing waits for the font: labels appear when laid out, and `ready` waits
    // for them. The first render, which has text, waits for the prebuilt glyph fields.
    const text = world.then((m) => m.prepareHallText(font.url, fields, fieldsLoaded));
    void text.then((t) => t.fontLoaded).then(() => performance.mark('expo:font'));
    // The same subset also sets the overlay's Chinese text, so it reads alike on every machine.
    document.fonts?.add(new FontFace('Expo SC', `url(${font.url})`));
    const n = Number(params.get('synthetic') ?? 0);
    const plans = n > 0 ? await syntheticPlans(Math.min(n, 2000)) : bundle.plans;
    const scene = buildHallScene(plans, { title: bundle.title, titleEn: bundle.titleEn, themes: bundle.themes });
    performance.mark('expo:scene');
    const m = await world;
    const supported = await xrSupported;
    // The XR wrapper is fetched only by browsers that can enter immersive VR, and before the first
    // render, so that render is the final one.
    if (supported && loaders) m.setShell((await loaders.xrShell()).default);
    await (await text).fieldsIn;
    setXR({ supported });
    set({ scene, font, problems: bundle.problems, tours: bundle.tours, status: 'ready' });
    flyTo(framedStart(scene), 0);
    followRoute();
    // The hall follows what the studio publishes (not a generated one, which no studio publishes).
    if (n === 0) void import('./liveHall').then((m) => m.watchHall(bundle.scene));
    // Visitors see each other in the served hall (a generated one exists only in this page); ?alone keeps a page out.
    if (n === 0 && !params.has('alone')) void import('../presence/presence').then((m) => m.startPresence(bundle.scene));
    // Presenting, following and kiosk code loads only when the address asks for it.
    if (['present', 'follow', 'kiosk'].some((k) => params.has(k))) void import('../present').then((m) => m.startFromURL(params));
  } catch (e) {
    set({ status: 'error', error: (e as Error).message });
  }
}
