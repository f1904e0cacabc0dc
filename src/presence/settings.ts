/**
 * How a visitor appears to others, as they left it on this device: a display name (none: an
 * anonymous 访客 NN from the relay), a colour, and whether they walk unseen. Kept in localStorage
 * only; the relay stores nothing of it.
 */
import { AVATAR_COLOURS, MAX_NAME } from '../present/presenceProtocol';

/** A visitor's presence settings. */
export interface PresenceSettings {
  name: string;
  colour: number;
  unseen: boolean;
}

const KEY = 'policy-expo.presence';

/** The settings saved on this device (a colour of its own on first visit). */
export function loadSettings(): PresenceSettings {
  const fresh = { name: '', colour: Math.floor(Math.random() * AVATAR_COLOURS.length), unseen: false };
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PresenceSettings> | null;
    if (!s) { saveSettings(fresh); return fresh; }
    const colour = Number.isInteger(s.colour) && s.colour! >= 0 && s.colour! < AVATAR_COLOURS.length ? s.colour! : fresh.colour;
    return { name: cleanName(typeof s.name === 'string' ? s.name : ''), colour, unseen: s.unseen === true };
  } catch {
    return fresh;
  }
}

/** Remembers the settings on this device. */
export function saveSettings(s: PresenceSettings): void {
  try { localStorage.setItem(KEY, JSON.stringify(s)); } catch { /* private mode: they last the visit */ }
}

/** A name as the relay accepts it: trimmed, no control characters, at most MAX_NAME characters. */
export function cleanName(name: string): string {
  return [...name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim()].slice(0, MAX_NAME).join('');
}
