/**
 * The page's side of Reach: watches the store (and where the visitor stands) without touching any
 * action, turns what changes into coarse events (visitTracker), and posts them in batches every
 * few seconds, with sendBeacon when the page is hidden or left. Nothing is sent when the browser
 * asks not to be tracked (Do Not Track, Global Privacy Control) or the server has collection off.
 */
import { searchArticles } from '../layout';
import { useExpo, type ExpoState } from '../state/store';
import { rig } from '../state/rig';
import { boothAt } from './boothAt';
import { deviceClass } from './device';
import { CONFIG_PATH, EVENTS_PATH, HEAT_CELL_METRES, MAX_BATCH_EVENTS, type AnalyticsEvent, type CollectConfig } from './events';
import { VisitTracker, type VisitSnapshot } from './visitTracker';

/** True when the browser says its user does not want to be tracked. */
export function optedOut(nav: Navigator & { globalPrivacyControl?: boolean } = navigator): boolean {
  return nav.doNotTrack === '1' || nav.globalPrivacyControl === true;
}

/** A random id for this visit (this tab, until it is closed): 128 random bits, nothing else. */
function visitId(): string {
  const KEY = 'policy-expo.visit';
  try {
    const kept = sessionStorage.getItem(KEY);
    if (kept) return kept;
  } catch { /* storage off: the id lasts this page */ }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  try { sessionStorage.setItem(KEY, id); } catch { /* as above */ }
  return id;
}

let lastBooth: string | null = null;

/** What the tracker needs from the store and the rig, now. */
function snapshot(s: ExpoState): VisitSnapshot {
  const booths = s.scene?.layout.booths ?? [];
  // Flying past a booth (a jump from the directory, a tour) is not visiting it.
  const at = rig.flight ? lastBooth : s.ready && !s.overview ? boothAt(booths, rig.x, rig.z, s.boothId) : null;
  lastBooth = at;
  const article = s.readerOpen && s.boothId ? s.scene?.booths.find((b) => b.id === s.boothId)?.articles[s.panels[s.boothId]?.article ?? 0] : undefined;
  const p = s.present;
  return {
    booth: at,
    figure: s.figure,
    reading: article && s.boothId ? { booth: s.boothId, n: article.clauseIndex ?? article.index } : null,
    xr: s.xr.presenting,
    present: { role: p.role, code: p.code, tourId: p.tourId, followers: p.followers, kiosk: p.kiosk, index: p.index, count: p.count },
  };
}

/** Reports a search that found nothing once the visitor stops typing (each query once a visit). */
function watchSearches(push: (e: AnalyticsEvent[]) => void): void {
  const seen = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('input', (e) => {
    const input = e.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'search') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value.replace(/\s+/g, ' ').trim().slice(0, 64);
      const scene = useExpo.getState().scene;
      if (!q || !scene || seen.has(q) || searchArticles(scene.booths, q, 1).length) return;
      seen.add(q);
      push([{ k: 'search', q }]);
    }, 1500);
  }, { capture: true, passive: true });
}

/** Starts collecting, unless the visitor or the server says no; resolves whether it started. */
export async function startCollector(): Promise<boolean> {
  if (optedOut()) return false;
  let config: CollectConfig;
  try {
    const res = await fetch(CONFIG_PATH, { cache: 'no-store' });
    if (!res.ok) return false;
    config = (await res.json()) as CollectConfig;
  } catch {
    return false; // no server of ours (vite dev, a static host): nothing to send to
  }
  if (config.collect !== true) return false;

  const visit = visitId();
  const tracker = new VisitTracker();
  const queue: AnalyticsEvent[] = [];
  const now = () => performance.now() / 1000;
  const flush = (leaving = false) => {
    while (queue.length) {
      const body = JSON.stringify({ visit, events: queue.splice(0, MAX_BATCH_EVENTS) });
      // A beacon outlives the page; a string body goes as text/plain, which needs no preflight.
      if (leaving && navigator.sendBeacon?.(EVENTS_PATH, body)) continue;
      void fetch(EVENTS_PATH, { method: 'POST', body, keepalive: true }).catch(() => { /* lost with the network: coarse counts */ });
    }
  };
  const push = (events: AnalyticsEvent[]) => {
    queue.push(...events);
    if (queue.length >= MAX_BATCH_EVENTS) flush();
  };
  const tick = () => push(tracker.update(snapshot(useExpo.getState()), now()));

  const s = useExpo.getState();
  push([{ k: 'device', device: deviceClass({ xr: s.xr.supported || s.xr.presenting, coarse: matchMedia('(pointer: coarse)').matches, shortSide: Math.min(screen.width, screen.height) }) }]);
  useExpo.subscribe(tick);
  // Walking changes no state: where the visitor stands is looked at every second.
  setInterval(tick, 1000);
  setInterval(() => {
    const st = useExpo.getState();
    if (document.visibilityState !== 'visible' || !st.ready || st.overview) return;
    push([{ k: 'stand', x: Math.floor(rig.x / HEAT_CELL_METRES), z: Math.floor(rig.z / HEAT_CELL_METRES) }]);
  }, config.sampleSeconds * 1000);
  setInterval(() => flush(), config.flushSeconds * 1000);
  const leave = () => {
    tick();
    push(tracker.settle(now()));
    flush(true);
  };
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? leave() : tracker.resume(now())));
  window.addEventListener('pagehide', leave);
  watchSearches(push);
  return true;
}
