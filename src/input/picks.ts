/**
 * What a click, tap, trigger or pinch on something in the hall means: one entry per kind of pick,
 * which the compiler holds total, each turning the pick into an intent. What the intent then does
 * depends on the mode (a panel opens the reader on a screen and turns its page in a headset).
 */
import type { Pick } from '../layout';
import { dispatch } from './dispatch';
import type { Intent } from './intents';

/** Where a pointer hit, in hall coordinates. */
export interface Point3 {
  x: number;
  y: number;
  z: number;
}

/** A kind of pick. */
export type PickKind = Pick['type'];

/** Turns a pick of one kind, hit at a point, into an intent (null: it means nothing). */
export type PickReader<K extends PickKind> = (pick: Extract<Pick, { type: K }>, point: Point3) => Intent | null;

/** Runner carpets and contact skirts lie on the floor (the floor has holes under them): a hit there walks. */
const onFloor = (p: Point3) => p.y < 0.1;

/** Every kind of pick and the intent it means. */
export const PICKS: { [K in PickKind]: PickReader<K> } = {
  figure: (p) => ({ type: 'showFigure', boothId: p.boothId, targetId: p.targetId }),
  toc: (p) => ({ type: 'openArticle', boothId: p.boothId, article: p.article }),
  page: (p) => ({ type: 'page', boothId: p.boothId, step: p.step }),
  panel: (p) => ({ type: 'readPanel', boothId: p.boothId }),
  closer: (p) => ({ type: 'bringClose', boothId: p.boothId }),
  card: (p) => ({ type: 'cardAction', action: p.action }),
  map: (p) => ({ type: 'goToBooth', boothId: p.target }),
  // The carpet is floor to walk on; walls and counters take the visitor to the booth.
  booth: (p, at) => (onFloor(at) ? { type: 'walkTo', x: at.x, z: at.z } : { type: 'goToBooth', boothId: p.boothId }),
};

/** The intent a pick (or a hit on nothing pickable) means. */
export function intentOfPick(pick: Pick | undefined, point: Point3): Intent | null {
  if (!pick) return onFloor(point) ? { type: 'walkTo', x: point.x, z: point.z } : null;
  return (PICKS[pick.type] as PickReader<PickKind>)(pick, point);
}

/** A pointer chose something in the hall. */
export function handlePick(pick: Pick | undefined, point: Point3): void {
  const intent = intentOfPick(pick, point);
  if (intent) dispatch(intent);
}
