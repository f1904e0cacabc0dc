/**
 * Going to a tour stop: the one action the presenter's clicker, a follower's relay message and
 * the kiosk loop all call. Opens what the stop shows and moves the visitor there (a flight on a
 * screen; in a headset the XR rig turns the same flight into a fade).
 */
import { articleForClause, toursOf, type Tour, type TourStop } from '../layout';
import { openArticle, showFigure } from '../state/actions';
import { writeRoute } from '../state/route';
import { setXR, useExpo } from '../state/store';
import { flyTo, rig } from '../world/rig';
import type { WireStop } from './protocol';

/** Seconds a flight between stops takes on a screen. */
export const STOP_FLIGHT_SECONDS = 1.4;

let cache: { key: unknown; tours: Tour[] } | null = null;

/** The tours of the hall on show: the generated one first, then the authored ones. */
export function hallTours(): Tour[] {
  const s = useExpo.getState();
  if (!s.scene) return [];
  if (cache?.key !== s.scene) cache = { key: s.scene, tours: toursOf(s.scene, s.tours) };
  return cache.tours;
}

/** A tour by id (the generated one when the id is unknown or missing). */
export function tourById(id?: string | null): Tour | undefined {
  const all = hallTours();
  return all.find((t) => t.id === id) ?? all[0];
}

/** A stop as it travels to followers. */
export function toWire(tour: Tour, index: number): WireStop {
  const s = tour.stops[index];
  const wire: WireStop = { index, count: tour.stops.length, tourId: tour.id, id: s.id, kind: s.kind, title: s.title.slice(0, 200), view: s.view };
  if (s.boothId) wire.boothId = s.boothId;
  if (s.clause !== undefined) wire.clause = s.clause;
  if (s.targetId) wire.targetId = s.targetId;
  return wire;
}

/** Opens what a stop shows and takes the visitor there. */
export function visitStop(stop: Pick<TourStop, 'kind' | 'boothId' | 'clause' | 'targetId' | 'view'>): void {
  const set = useExpo.setState;
  const s = useExpo.getState();
  const booth = stop.boothId ? s.scene?.booths.find((b) => b.id === stop.boothId) : undefined;
  set({ readerOpen: false, directoryOpen: false, figure: null, overview: stop.kind === 'overview' });
  rig.beforeOverview = null;
  if (booth && stop.kind === 'figure' && stop.targetId) showFigure(booth.id, stop.targetId);
  else if (booth && stop.kind === 'clause' && stop.clause !== undefined) {
    const a = articleForClause(booth.articles, stop.clause);
    if (a) openArticle(booth.id, a.index, { fly: false, reader: false });
  } else if (booth) {
    set({ boothId: booth.id });
    writeRoute(booth.id, null);
  } else set({ boothId: null });
  // In a headset the figure's quote comes as a card; other stops put cards away.
  if (s.xr.presenting) setXR({ card: stop.kind === 'figure' && booth && stop.targetId ? { kind: 'quote', boothId: booth.id, targetId: stop.targetId } : null });
  flyTo(stop.view, STOP_FLIGHT_SECONDS);
}
