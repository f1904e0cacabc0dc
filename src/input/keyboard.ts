/**
 * The page's keyboard listener: a key press becomes the intent the key map gives it in the modes
 * in force, and dispatch carries it out. Keys typed into a field are text, never commands. The
 * walking keys are held and let go through drei's KeyboardControls (src/input/WalkKeys.tsx); here
 * they only keep the page from scrolling, and a window that loses focus lets go of them.
 */
import { useExpo } from '../state/store';
import { dispatch } from './dispatch';
import { HELD_INTENTS, isHeld, pressedIntent, type IntentType } from './intents';
import { intentForKey } from './keymap';
import { modesOf } from './modes';
import { isTyping } from './typing';

/** Intents a held-down key repeats (stepping through a tour); toggles fire once. */
const REPEATS: ReadonlySet<IntentType> = new Set<IntentType>(['nextStop', 'prevStop']);

/** Listens on the window until the returned function is called. */
export function listenToKeys(target: Window = window): () => void {
  const down = (e: KeyboardEvent) => {
    if (isTyping(e.target)) return;
    const type = intentForKey(e, modesOf(useExpo.getState()));
    if (type && isHeld(type)) return void e.preventDefault();
    const intent = type && pressedIntent(type);
    if (!intent || (e.repeat && !REPEATS.has(intent.type))) return;
    if (dispatch(intent)) e.preventDefault();
  };
  // A window that loses focus never hears its keys come up: let go of everything.
  const blur = () => { for (const type of HELD_INTENTS) dispatch({ type, on: false }); };
  target.addEventListener('keydown', down);
  target.addEventListener('blur', blur);
  return () => {
    target.removeEventListener('keydown', down);
    target.removeEventListener('blur', blur);
  };
}
