/**
 * Loading the hall: the scene bundle (or N generated plans run through the same ingest), the
 * layout, then the font — reporting progress for the loading bar, errors for the page.
 */
import { preloadFont } from 'troika-three-text';
import { buildHallScene } from '../layout';
import type { Plan } from '../plan/schema';
import { loadBundle } from '../ui/loadBundle';
import { flyTo } from '../world/rig';
import { goToBooth, openClause } from './actions';
import { parseRoute } from './route';
import { setXR, useExpo } from './store';
import { detectImmersiveVR } from './xrSession';

/** Generated plans for ?synthetic=N, through the real ingest (loaded only when asked for). */
async function syntheticPlans(n: number): Promise<Plan[]> {
  const [{ ingestAll }, { syntheticDocuments }] = await Promise.all([import('../ingest'), import('../ingest/synthetic')]);
  return ingestAll(syntheticDocuments(n, 7)).plans;
}

/** Takes the visitor to the place the URL names; false when it names none. */
export function followRoute(hash = location.hash): boolean {
  const r = parseRoute(hash);
  if (!r) return false;
  return r.clause === null ? goToBooth(r.boothId) : openClause(r.boothId, r.clause);
}

/** Loads everything and fills the store. */
export async function loadHall(search = location.search): Promise<void> {
  const params = new URLSearchParams(search);
  const set = useExpo.setState;
  // Asked at once, answered long before the hall is built: the world is wrapped for XR or not from the start.
  const xrSupported = detectImmersiveVR();
  try {
    set({ progress: 0.05 });
    const bundle = await loadBundle(params.get('scene') ?? 'hall');
    set({ progress: 0.35 });
    const n = Number(params.get('synthetic') ?? 0);
    const plans = n > 0 ? await syntheticPlans(Math.min(n, 2000)) : bundle.plans;
    const scene = buildHallScene(plans, { title: bundle.title, titleEn: bundle.titleEn, themes: bundle.themes });
    if (!bundle.font) throw new Error('the scene bundle has no font; run npm run scenes');
    const font = { url: `${import.meta.env.BASE_URL}generated/${bundle.font.file}`, chars: bundle.font.chars };
    set({ progress: 0.5 });
    // The same subset also sets the overlay's Chinese text, so it reads alike on every machine.
    document.fonts?.add(new FontFace('Expo SC', `url(${font.url})`));
    await new Promise<void>((resolve) => preloadFont({ font: font.url, characters: '元宇宙' }, resolve));
    setXR({ supported: await xrSupported });
    set({ progress: 0.8, scene, font, problems: bundle.problems, tours: bundle.tours, status: 'ready' });
    flyTo(scene.start, 0);
    followRoute();
    // Presenting, following and kiosk code loads only when the address asks for it.
    if (['present', 'follow', 'kiosk'].some((k) => params.has(k))) void import('../present').then((m) => m.startFromURL(params));
  } catch (e) {
    set({ status: 'error', error: (e as Error).message });
  }
}
