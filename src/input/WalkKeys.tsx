/**
 * The walking keys, through drei's KeyboardControls fed from the key map (walkKeyMap): it holds
 * which are down and tells each change, which becomes a held intent for dispatch (a headset's
 * table refuses them). Its map is rebuilt when the mode changes, so the arrows walk, except
 * while presenting, when they step the tour (the page's key listener, src/input/keyboard.ts,
 * handles every key that fires once).
 *
 * Why drei's component fits only the walking keys: it listens passively (it cannot keep a key
 * from scrolling the page) and sees neither the event's target (text typed into a field) nor
 * modifiers. So a press while a field has focus is ignored here, a press with Ctrl, Alt or Meta
 * (a shortcut: Ctrl+W, Alt+S) is ignored by what a capturing listener saw of it first, the page's
 * listener keeps the page still, and a window that loses focus lets go of every key there.
 */
import { useEffect, useMemo } from 'react';
import { KeyboardControls } from '@react-three/drei';
import { useShallow } from 'zustand/react/shallow';
import { useExpo } from '../state/store';
import { dispatch } from './dispatch';
import { isHeld, type IntentType } from './intents';
import { walkKeyMap } from './keymap';
import { modesOf } from './modes';
import { isTyping } from './typing';

/** Whether the last key pressed came with Ctrl, Alt or Meta (read before drei's listener runs). */
let chord = false;
function noteChord(e: KeyboardEvent): void {
  chord = e.ctrlKey || e.altKey || e.metaKey;
}

/** A walking key went down or up: held intents on or off (a press while typing into a field is text, one in a chord a shortcut). */
function onWalkKey(name: string, pressed: boolean): void {
  const type = name as IntentType;
  if (!isHeld(type) || (pressed && (chord || isTyping(document.activeElement)))) return;
  dispatch({ type, on: pressed });
}

/** Listens for the walking keys of the modes in force while mounted. */
export function WalkKeys() {
  const modes = useExpo(useShallow(modesOf));
  const map = useMemo(() => walkKeyMap(modes), [modes]);
  useEffect(() => {
    window.addEventListener('keydown', noteChord, { capture: true });
    return () => window.removeEventListener('keydown', noteChord, { capture: true });
  }, []);
  return <KeyboardControls map={map} onChange={onWalkKey}>{null}</KeyboardControls>;
}
