/**
 * What each kind of tour stop opens when the visitor arrives: one entry per kind, which the
 * compiler holds total. Each calls the store's actions (never writes the store itself).
 */
import { deviceOf } from '../input/modes';
import { dispatchIn } from '../input/dispatch';
import { articleForClause, type StopKind, type StopPlace } from '../layout';
import { goToBooth, leaveBooth, openArticle, setOverview } from '../state/actions';
import { useExpo } from '../state/store';

export type { StopKind };

/** Opens what a stop of kind K shows (the flight there is visitStop's). */
export type StopVisit<K extends StopKind = StopKind> = (place: StopPlace & { kind: K }) => void;

/** A place away from any booth: the overview stop looks from above, the others on foot. */
const away: StopVisit<'entrance' | 'plaza' | 'overview' | 'camera'> = (p) => {
  setOverview(p.kind === 'overview');
  leaveBooth();
};

/** Every stop kind and what arriving there opens. */
export const STOP_VISITS: { [K in StopKind]: StopVisit<K> } = {
  // A figure's quote: on a screen the card on the page, in a headset a quote card (the device's table decides).
  figure: (p) => {
    setOverview(false);
    dispatchIn([deviceOf(useExpo.getState())], { type: 'showFigure', boothId: p.boothId, targetId: p.targetId });
  },
  clause: (p) => {
    setOverview(false);
    const booth = useExpo.getState().scene?.booths.find((b) => b.id === p.boothId);
    const a = booth && articleForClause(booth.articles, p.clause);
    if (a) openArticle(p.boothId, a.index, { fly: false, reader: false });
  },
  booth: (p) => { goToBooth(p.boothId); },
  entrance: away, plaza: away, overview: away, camera: away,
};

/** The place a stop names, checked against its kind (a stop from the wire may lack what its kind needs: null). */
export function placeOf(stop: { kind: StopKind; boothId?: string; clause?: number; targetId?: string }): StopPlace | null {
  const { kind, boothId, clause, targetId } = stop;
  if (kind === 'figure') return boothId && targetId ? { kind, boothId, targetId } : null;
  if (kind === 'clause') return boothId && clause !== undefined ? { kind, boothId, clause } : null;
  if (kind === 'booth') return boothId ? { kind, boothId } : null;
  return { kind };
}
