/**
 * Where a taken question sends the audience: the figure or clause the asker was looking at,
 * resolved as an authored tour stop would be, keeping the tour's place so "next" goes on from
 * where the presenter was.
 */
import { resolveStop, type Tour, type TourScene } from '../layout';
import type { WireHand } from './presenceProtocol';
import type { WireStop } from './protocol';

/** The stop showing what `hand` asks about (null when it names nothing the hall has). */
export function handStop(scene: TourScene, tour: Tour, index: number, hand: WireHand): WireStop | null {
  const a = hand.about;
  if (!a) return null;
  const def = { booth: a.boothId, ...(a.targetId ? { figure: a.targetId } : a.clause !== undefined ? { clause: a.clause } : {}), notes: [], duration: 20 };
  const r = resolveStop(def, scene, index);
  if ('error' in r) return null;
  const s = r.stop;
  const title = (hand.text || `${hand.name} 举手`).slice(0, 200);
  const wire: WireStop = { index: Math.max(0, index), count: tour.stops.length, tourId: tour.id, id: `hand:${hand.id}`, kind: s.kind, title, view: s.view };
  if (s.boothId) wire.boothId = s.boothId;
  if (s.clause !== undefined) wire.clause = s.clause;
  if (s.targetId) wire.targetId = s.targetId;
  return wire;
}
