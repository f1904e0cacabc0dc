/**
 * What a visitor, presenter or kiosk can mean, whatever they pressed, clicked, pinched or were
 * sent. Every input (keyboard, pointer, joystick, XR buttons and rays, clicker, notes window, relay
 * messages, kiosk) is translated into one of these and handed to dispatch (src/input/dispatch.ts).
 */
import type { CardAction } from '../layout';
import type { WireStop } from '../present/protocol';
import type { WireHand } from '../present/presenceProtocol';

/** A walking direction held down (a key), released with `on: false`. */
interface Held<T extends string> {
  type: T;
  on: boolean;
}

/** Every intent, told apart by `type`. */
export type Intent =
  | Held<'walkForward'> | Held<'walkBack'> | Held<'walkLeft'> | Held<'walkRight'> | Held<'hurry'>
  /** Analog walking in -1..1 (the touch joystick); 0, 0 stops. */
  | { type: 'walk'; forward: number; right: number }
  /** Turning the view by a pointer's movement (pixels). */
  | { type: 'look'; dx: number; dy: number }
  | { type: 'lockPointer' }
  | { type: 'walkTo'; x: number; z: number }
  | { type: 'goToBooth'; boothId: string }
  /** A clause of a booth's panel; `reader` also opens it as text (a screen's reader), `fly` goes to read it. */
  | { type: 'openArticle'; boothId: string; article: number; reader?: boolean; fly?: boolean }
  | { type: 'closeReader' }
  | { type: 'page'; boothId: string; step: 1 | -1 }
  /** A clause panel itself was chosen: read it (a screen opens the reader, a headset turns the page). */
  | { type: 'readPanel'; boothId: string }
  /** 近看: bring a panel close (a screen opens the reader, a headset brings a card). */
  | { type: 'bringClose'; boothId: string }
  | { type: 'showFigure'; boothId: string; targetId: string }
  | { type: 'closeFigure' }
  | { type: 'overview'; on?: boolean }
  | { type: 'directory'; open?: boolean }
  | { type: 'help'; open?: boolean }
  /** Esc: close what is open (help, directory, quote; a blanked screen comes back). */
  | { type: 'dismiss' }
  | { type: 'nextStop' }
  | { type: 'prevStop' }
  | { type: 'blank' }
  /** A stop the relay sent (only a follower goes there). */
  | { type: 'arriveAt'; stop: WireStop; question?: WireHand | null }
  /** The headset menu (Y / B, or the 菜单 button). */
  | { type: 'openMenu' }
  | { type: 'cardAction'; action: CardAction }
  /** Into the headset (the bar's VR button). */
  | { type: 'enterXR' }
  /** Start presenting a tour, or open the dialog to follow one. */
  | { type: 'startPresenting' }
  | { type: 'joinTour' }
  /** The interface's language: the one given, or the other one. */
  | { type: 'language'; lang?: 'zh' | 'en' }
  /** Someone touched an unattended screen (kiosk): control comes back to them. */
  | { type: 'wake' };

/** The name of an intent. */
export type IntentType = Intent['type'];

/** The intent named `T`. */
export type IntentOf<T extends IntentType> = Extract<Intent, { type: T }>;

/** Intents a key holds down (pressed and released) rather than fires once. */
export const HELD_INTENTS = ['walkForward', 'walkBack', 'walkLeft', 'walkRight', 'hurry'] as const satisfies readonly IntentType[];

/** One of HELD_INTENTS. */
export type HeldIntent = (typeof HELD_INTENTS)[number];

/** Whether `t` is held rather than fired. */
export function isHeld(t: IntentType): t is HeldIntent {
  return (HELD_INTENTS as readonly string[]).includes(t);
}

/** The intent a pressed key or button fires: held ones are pressed, the rest carry no payload from a key or button. */
export function pressedIntent(type: IntentType): Intent | null {
  if (isHeld(type)) return { type, on: true };
  const bare: Partial<Record<IntentType, Intent>> = {
    lockPointer: { type: 'lockPointer' }, overview: { type: 'overview' }, directory: { type: 'directory', open: true },
    help: { type: 'help' }, dismiss: { type: 'dismiss' }, nextStop: { type: 'nextStop' }, prevStop: { type: 'prevStop' }, blank: { type: 'blank' },
    openMenu: { type: 'openMenu' },
  };
  return bare[type] ?? null;
}
