/**
 * Speaker notes in a second window (?notes) that stays in step with the presenting one, on the
 * same machine, through a BroadcastChannel: the hall posts each stop, the notes window posts the
 * clicker's commands back (a clicker sends its keys to whichever window has focus).
 */

import type { IntentOf } from '../input/intents';

/** The channel's name; both windows are on the same origin. */
export const NOTES_CHANNEL = 'policy-expo-notes';

/** What the notes window shows. */
export interface NotesState {
  tourTitle: string;
  index: number;
  count: number;
  title: string;
  notes: string[];
  next: string | null;
  /** Planned seconds for this stop. */
  duration: number;
  startedAt: number;
  /** When this stop began (ms since the epoch). */
  stopAt: number;
  blank: boolean;
  code: string | null;
  followers: number;
}

/** The intents the notes window sends (its buttons, and the clicker's keys when it has focus). */
export type NotesIntent = IntentOf<'nextStop' | 'prevStop' | 'blank'>;

/** What goes over the channel. */
export type NotesMessage =
  | { type: 'state'; state: NotesState | null }
  | { type: 'hello' }
  | { type: 'intent'; intent: NotesIntent };

/** Opens the channel (null where BroadcastChannel is missing). */
export function openNotesChannel(onMessage: (m: NotesMessage) => void): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const ch = new BroadcastChannel(NOTES_CHANNEL);
  ch.onmessage = (e: MessageEvent<NotesMessage>) => onMessage(e.data);
  return ch;
}

/** Whether an intent is one the notes window may send. */
export function isNotesIntent(i: { type: string }): i is NotesIntent {
  return i.type === 'nextStop' || i.type === 'prevStop' || i.type === 'blank';
}
