/**
 * Kiosk mode for an unattended screen (?kiosk or ?kiosk=<seconds>): once nobody has touched it for
 * the idle time, the default tour plays by itself and loops; any key, click, touch, wheel or
 * mouse movement hands control straight back to the visitor.
 */
import { dispatch } from '../input/dispatch';
import { setPresent, useExpo } from '../state/store';
import { tourById, visitStop } from './stops';

/** Idle seconds before the tour starts, when the URL gives none. */
export const KIOSK_IDLE_SECONDS = 60;

let idleTimer: ReturnType<typeof setTimeout> | null = null;
let stepTimer: ReturnType<typeof setTimeout> | null = null;
let stopListening: (() => void) | null = null;

function clearTimers(): void {
  if (idleTimer) clearTimeout(idleTimer);
  if (stepTimer) clearTimeout(stepTimer);
  idleTimer = stepTimer = null;
}

/** Starts watching for idleness. `dwell` overrides every stop's duration (seconds; for rehearsals). */
export function startKiosk(idleSeconds = KIOSK_IDLE_SECONDS, dwell?: number, tourId?: string | null): void {
  stopKiosk();
  const idleMs = Math.max(1, idleSeconds) * 1000;
  const play = (index: number) => {
    const tour = tourById(tourId);
    const s = useExpo.getState();
    // A presenter, a follower or a headset visitor is in charge: keep waiting.
    if (!tour?.stops.length || s.present.role !== 'none' || s.xr.presenting) { wait(); return; }
    const i = index % tour.stops.length;
    const stop = tour.stops[i];
    setPresent({ kiosk: 'touring', tourId: tour.id, index: i, count: tour.stops.length, stop: { id: stop.id, title: stop.title } });
    visitStop(stop);
    stepTimer = setTimeout(() => play(i + 1), (dwell ?? stop.duration) * 1000);
  };
  const wait = () => {
    clearTimers();
    idleTimer = setTimeout(() => play(0), idleMs);
  };
  const input = (e: Event) => {
    // Synthetic moves (a screen saver, a tiny jitter) do not count as someone there.
    if (e instanceof PointerEvent && e.type === 'pointermove' && Math.abs(e.movementX) + Math.abs(e.movementY) < 3) return;
    // A touring kiosk hands control back where the tour left the visitor (see dispatch's kiosk table).
    dispatch({ type: 'wake' });
    wait();
  };
  const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, input, { capture: true, passive: true });
  stopListening = () => { for (const e of events) window.removeEventListener(e, input, { capture: true }); };
  setPresent({ kiosk: 'idle' });
  wait();
}

/** Stops kiosk mode. */
export function stopKiosk(): void {
  clearTimers();
  stopListening?.();
  stopListening = null;
  if (useExpo.getState().present.kiosk !== 'off') setPresent({ kiosk: 'off' });
}
