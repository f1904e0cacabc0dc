/**
 * An open hall follows the studio: it watches the relay's socket for {t:'hall'} and, when a new
 * bundle is published, loads it with its font subset and glyph fields and puts the new hall in
 * place — the visitor keeps their position, booth and open panel; followers are not moved (the
 * presenting state is not touched); the default tour is generated again from the new hall.
 */
import { buildHallScene } from '../layout';
import { RELAY_PATH, type RelayMessage } from '../present/protocol';
import { loadBundle, loadGlyphFields } from './loadBundle';
import { setHallSource } from './diagnostics';
import { loadedWorld } from './load';
import { useExpo } from './store';

/**
 * The last update: the bundle version shown, when its message came and when the new hall was drawn
 * (performance.now()), and how long each step of putting it in place took (ms), for the bench.
 */
export const liveHall = { version: null as string | null, told: 0, drawn: 0, updates: 0, error: null as string | null, steps: {} as Record<string, number> };

/** Runs one step of an update, noting its time under `name`. */
async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try { return await run(); } finally { liveHall.steps[name] = Math.round(performance.now() - t0); }
}

/** Loads the published bundle of `scene` and puts it in place. */
export async function applyPublished(scene: string): Promise<void> {
  liveHall.steps = {};
  const bundle = await loadBundle(scene, liveHall.steps);
  if (!bundle.font) throw new Error('the published bundle has no font');
  const font = { url: `${import.meta.env.BASE_URL}generated/${bundle.font.file}`, chars: bundle.font.chars };
  const fields = bundle.font.fields;
  // The new subset's fields travel while this thread lays the hall out.
  const fieldsIn = fields ? loadedWorld()?.setGlyphFields(font.url, fields, loadGlyphFields(fields)) : undefined;
  const hall = await step('layout', () => buildHallScene(bundle.plans, { title: bundle.title, titleEn: bundle.titleEn, themes: bundle.themes }));
  // They are in place before any new label asks for a glyph.
  await step('fields', () => fieldsIn);
  document.fonts?.add(new FontFace('Expo SC', `url(${font.url})`));
  const s = useExpo.getState();
  const has = (id: string | undefined | null) => !!id && hall.booths.some((b) => b.id === id);
  await step('render', () => useExpo.setState({
    scene: hall, font, problems: bundle.problems, tours: bundle.tours,
    // A booth that was taken away closes what was open on it; everything else stays as it was.
    boothId: has(s.boothId) ? s.boothId : null,
    figure: s.figure && has(s.figure.boothId) ? s.figure : null,
    readerOpen: s.readerOpen && has(s.boothId),
  }));
  // Drawn: two frames after the new hall went in (the first renders it, the second shows it).
  await step('frame1', () => new Promise((r) => requestAnimationFrame(r)));
  await step('frame2', () => new Promise((r) => requestAnimationFrame(r)));
}

/** Watches for published bundles of `scene` while the page is open; reconnects when the socket drops. */
export function watchHall(scene: string): void {
  setHallSource(() => ({ ...liveHall, steps: { ...liveHall.steps } }));
  let wait = 1000;
  let busy: Promise<void> = Promise.resolve();
  const connect = () => {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RELAY_PATH}`);
    ws.onopen = () => { wait = 1000; ws.send(JSON.stringify({ t: 'watch' })); };
    ws.onmessage = (e) => {
      let m: RelayMessage;
      try { m = JSON.parse(String(e.data)) as RelayMessage; } catch { return; }
      if (m.t !== 'hall' || m.scene !== scene || m.version === liveHall.version) return;
      liveHall.told = performance.now();
      liveHall.version = m.version;
      // One update at a time, in the order they were published.
      busy = busy.then(() => applyPublished(scene)).then(
        () => { liveHall.drawn = performance.now(); liveHall.updates++; liveHall.error = null; },
        (err: Error) => { liveHall.error = err.message; console.warn(`the published hall could not be loaded: ${err.message}`); },
      );
    };
    ws.onclose = () => { setTimeout(connect, wait); wait = Math.min(wait * 2, 30_000); };
  };
  connect();
}
