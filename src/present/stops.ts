/**
 * Going to a tour stop: the one action the presenter's clicker, a follower's relay message and
 * the kiosk loop all call. Opens what the stop shows and moves the visitor there (a flight on a
 * screen; in a headset the XR rig turns the same flight into a fade).
 */
import { toursOf, type Tour } from '../layout';
import { closeOverlays, leaveBooth } from '../state/actions';
import { setXR, useExpo } from '../state/store';
import { flyTo } from '../state/rig';
import { framedStop } from '../state/screen';
import { placeOf, STOP_VISITS, type StopVisit } from './stopVisits';
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
export function visitStop(stop: Pick<WireStop, 'kind' | 'boothId' | 'clause' | 'targetId' | 'view'>): void {
  const booth = stop.boothId && useExpo.getState().scene?.booths.some((b) => b.id === stop.boothId);
  closeOverlays();
  // Other stops put a headset's cards away; a figure's brings its quote.
  setXR({ card: null });
  const place = placeOf(stop);
  // A booth no longer in the hall (the studio took it away) is visited as a place: its view only.
  if (place && (booth || !place.boothId)) (STOP_VISITS[place.kind] as StopVisit)(place);
  else leaveBooth();
  // After the actions, whose own flights (to a booth's front, out of the overview) this replaces;
  // framed for this screen, so an upright follower sees the whole booth, panel or figure too.
  flyTo(framedStop(stop), STOP_FLIGHT_SECONDS);
}
