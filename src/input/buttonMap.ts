/**
 * The one controller-button map, the headset's counterpart of the key map: for every intent the
 * buttons that mean it (by the WebXR gamepad's button id and the hand holding it), some only in a
 * mode. The headset's button step (pollButtons in src/xr/frameSteps.ts) reads it, nothing else binds
 * a button, so a binding is added or changed here.
 */
import type { IntentType } from './intents';
import { boundIntent, type Mode } from './modes';

/** A controller button that means an intent. */
export interface ButtonBinding {
  /** The button's id in the controller's layout (xr-standard-squeeze, a-button, y-button…). */
  button: string;
  /** The hand holding it; unset: either. */
  hand?: 'left' | 'right';
  /** Holds only in these modes, ahead of unscoped bindings of the same button. */
  in?: Mode[];
}

const PRESENTING: Mode[] = ['presenter'];

/**
 * Every intent's buttons. A and X step a presenter's tour forward and back (right hand on, left
 * hand back, as a clicker's two keys), the left grip blanks; Y and B open the menu for everyone.
 * The triggers are the rays' (picks), the thumbsticks move (XRSteps): neither is bound here.
 */
export const BUTTON_MAP: Record<IntentType, ButtonBinding[]> = {
  walkForward: [], walkBack: [], walkLeft: [], walkRight: [], hurry: [], walk: [], look: [], lockPointer: [],
  walkTo: [], goToBooth: [], openArticle: [], page: [], readPanel: [], bringClose: [], showFigure: [],
  overview: [], directory: [], help: [], dismiss: [], arriveAt: [], cardAction: [], wake: [],
  closeReader: [], closeFigure: [], enterXR: [], startPresenting: [], joinTour: [], language: [],
  nextStop: [{ button: 'a-button', hand: 'right', in: PRESENTING }],
  prevStop: [{ button: 'x-button', hand: 'left', in: PRESENTING }],
  blank: [{ button: 'xr-standard-squeeze', hand: 'left', in: PRESENTING }],
  openMenu: [{ button: 'y-button' }, { button: 'b-button' }],
};

const ENTRIES = Object.entries(BUTTON_MAP) as [IntentType, ButtonBinding[]][];

/** The intent a button pressed on `hand`'s controller means in `modes` (role first), or null; a binding scoped to a mode in force wins. */
export function intentForButton(hand: string, button: string, modes: readonly Mode[]): IntentType | null {
  return boundIntent(ENTRIES, modes, (b) => b.button === button && (!b.hand || b.hand === hand));
}

/** Every button id the map binds (the listener watches only these). */
export const BOUND_BUTTONS: readonly string[] = [...new Set(ENTRIES.flatMap(([, bs]) => bs.map((b) => b.button)))];
