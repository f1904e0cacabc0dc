/**
 * Speaker notes in a second window (?notes) that stays in step with the presenting one, on the
 * same machine, through a BroadcastChannel: the hall posts each stop, the notes window posts the
 * clicker's commands back (a clicker sends its keys to whichever window has focus).
 */

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

/** What goes over the channel. */
export type NotesMessage =
  | { type: 'state'; state: NotesState | null }
  | { type: 'hello' }
  | { type: 'command'; do: 'next' | 'previous' | 'blank' };

/** Opens the channel (null where BroadcastChannel is missing). */
export function openNotesChannel(onMessage: (m: NotesMessage) => void): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const ch = new BroadcastChannel(NOTES_CHANNEL);
  ch.onmessage = (e: MessageEvent<NotesMessage>) => onMessage(e.data);
  return ch;
}

/** Which command a key press from a presentation clicker (or keyboard) means, if any (none with Ctrl, Alt or Meta held: those are the browser's). */
export function clickerCommand(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): NotesMessage & { type: 'command' } | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'PageDown': case 'ArrowRight': case 'ArrowDown': case 'n': case 'N':
      return { type: 'command', do: 'next' };
    case 'PageUp': case 'ArrowLeft': case 'ArrowUp': case 'p': case 'P': case 'Backspace':
      return { type: 'command', do: 'previous' };
    case ' ':
      return { type: 'command', do: e.shiftKey ? 'previous' : 'next' };
    // Clickers' blank-screen button sends B or "." (PowerPoint's keys).
    case 'b': case 'B': case '.':
      return { type: 'command', do: 'blank' };
    default:
      return null;
  }
}
