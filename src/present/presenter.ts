/**
 * Presenting a tour: the presenter's window drives the stops, tells the relay (so followers go
 * there too) and the notes window (so the speaker sees what to say). Without a relay — a laptop
 * on a projector with no network — presenting still works; there is just nobody to follow.
 */
import type { Tour } from '../layout';
import { setPresent, useExpo, NO_PRESENTATION } from '../state/store';
import { dispatch } from '../input/dispatch';
import { isNotesIntent, openNotesChannel, type NotesMessage, type NotesState } from './notesChannel';
import type { RelayMessage } from './protocol';
import { RelayLink } from './relayLink';
import { handStop } from './handStop';
import { toWire, tourById, visitStop } from './stops';

interface Presenting {
  tour: Tour;
  link: RelayLink | null;
  token: string | null;
  channel: BroadcastChannel | null;
  stopAt: number;
  /** Resolves startPresenting() once the relay gave a code. */
  opened: ((code: string | null) => void) | null;
}

let p: Presenting | null = null;

/** How long startPresenting waits for the relay before presenting without followers. */
const RELAY_WAIT_MS = 8000;

/** The address audiences open to follow: this server as other devices on the network reach it. */
export function joinUrlFor(code: string, joinOrigins: string[]): string {
  const local = /^(localhost|127\.|\[?::1\]?$)/.test(location.hostname);
  const origin = local && joinOrigins.length ? joinOrigins[0] : location.origin;
  return `${origin}${import.meta.env.BASE_URL}?follow=${code}`;
}

function notesState(): NotesState | null {
  const s = useExpo.getState().present;
  if (!p || s.role !== 'presenter') return null;
  const stop = p.tour.stops[s.index];
  return {
    tourTitle: p.tour.title, index: s.index, count: p.tour.stops.length, title: stop?.title ?? '', notes: stop?.notes ?? [],
    next: p.tour.stops[s.index + 1]?.title ?? null, duration: stop?.duration ?? 0, startedAt: s.startedAt ?? Date.now(), stopAt: p.stopAt,
    blank: s.blank, code: s.code, followers: s.followers,
  };
}

function postNotes(): void {
  p?.channel?.postMessage({ type: 'state', state: notesState() } satisfies NotesMessage);
}

function sendStop(): void {
  const s = useExpo.getState().present;
  if (p?.link && p.token && s.code && s.index >= 0) p.link.send({ t: 'stop', token: p.token, stop: { ...toWire(p.tour, s.index), ...(s.blank && { blank: true }) } });
}

function onRelay(m: RelayMessage): void {
  if (!p) return;
  if (m.t === 'opened') {
    p.token = m.token;
    setPresent({ code: m.code, joinUrl: joinUrlFor(m.code, m.joinOrigins), followers: 0 });
    sendStop();
    p.opened?.(m.code);
    p.opened = null;
  } else if (m.t === 'joined' && m.presenter) {
    // Resumed after a drop: followers may have missed the stops since.
    sendStop();
  } else if (m.t === 'followers') setPresent({ followers: m.count });
  else if (m.t === 'hands') setPresent({ hands: m.hands });
  else if (m.t === 'stop' && m.question) setPresent({ question: m.question });
  else if (m.t === 'error') {
    setPresent({ error: m.reason });
    p.opened?.(null);
    p.opened = null;
  }
  postNotes();
}

/** Goes to stop `index` of the presented tour. */
export function presentStop(index: number): boolean {
  if (!p) return false;
  const i = Math.max(0, Math.min(index, p.tour.stops.length - 1));
  const stop = p.tour.stops[i];
  if (!stop) return false;
  p.stopAt = Date.now();
  setPresent({ index: i, stop: { id: stop.id, title: stop.title }, question: null });
  visitStop(stop);
  sendStop();
  postNotes();
  return true;
}

/**
 * Blanks or unblanks the presenting screen (B on a clicker), and with it every follower's screen
 * and headset: the room looks at the presenter, wherever the audience's eyes were.
 */
export function toggleBlank(on = !useExpo.getState().present.blank): void {
  if (!p) return;
  setPresent({ blank: on });
  sendStop();
  postNotes();
}

/** Starts presenting `tourId` (the generated tour by default) at its first stop; resolves to the follow-me code (null without a relay). */
export function startPresenting(tourId?: string | null, opts: { relay?: boolean } = {}): Promise<string | null> {
  const tour = tourById(tourId);
  if (!tour || !tour.stops.length) return Promise.resolve(null);
  const prev = p;
  if (prev) {
    // Switching tours keeps the session and its followers.
    prev.tour = tour;
    setPresent({ tourId: tour.id, count: tour.stops.length, index: -1 });
    presentStop(0);
    return Promise.resolve(useExpo.getState().present.code);
  }
  p = { tour, link: null, token: null, channel: null, stopAt: Date.now(), opened: null };
  p.channel = openNotesChannel((m) => {
    if (m.type === 'hello') postNotes();
    // The notes window's buttons and keys: intents like any other, carried out as the presenter's.
    else if (m.type === 'intent' && isNotesIntent(m.intent)) dispatch(m.intent);
  });
  setPresent({ ...NO_PRESENTATION, role: 'presenter', tourId: tour.id, count: tour.stops.length, startedAt: Date.now() });
  presentStop(0);
  if (opts.relay === false) return Promise.resolve(null);
  const session = p;
  // Without a relay (a static host, a dev server) presenting goes on locally and the code is null.
  const code = new Promise<string | null>((resolve) => {
    session.opened = resolve;
    setTimeout(() => { if (session.opened === resolve) { session.opened = null; resolve(null); } }, RELAY_WAIT_MS);
  });
  session.link = new RelayLink(
    () => {
      const { code: c } = useExpo.getState().present;
      return c && session.token ? { t: 'resume', code: c, token: session.token } : { t: 'open' };
    },
    onRelay,
    (link) => setPresent({ link }),
  );
  return code;
}

/** Ends presenting: the session closes and followers are told. */
export function stopPresenting(): void {
  if (!p) return;
  p.link?.close({ t: 'leave' });
  p.channel?.postMessage({ type: 'state', state: null } satisfies NotesMessage);
  p.channel?.close();
  p = null;
  setPresent(NO_PRESENTATION);
}

/** Runs a clicker command (next, previous, blank). */
export function runCommand(c: 'next' | 'previous' | 'blank'): void {
  const s = useExpo.getState().present;
  if (c === 'blank') toggleBlank();
  else presentStop(s.index + (c === 'next' ? 1 : -1));
}

/**
 * Takes a raised hand: the presenter and every follower go to the figure (or clause) it asks
 * about, with the question shown and the asker marked. Resolves false when there is no such hand
 * or it names nothing the hall shows.
 */
export async function takeHand(id: string): Promise<boolean> {
  const s = useExpo.getState();
  const hand = s.present.hands.find((h) => h.id === id);
  if (!p || !p.link || !p.token || !hand || !s.scene) return false;
  const stop = handStop(s.scene, p.tour, s.present.index, hand);
  if (!stop) return false;
  if (!p.link.send({ t: 'take', token: p.token, hand: id, stop })) return false;
  setPresent({ stop: { id: stop.id, title: stop.title }, question: hand, hands: s.present.hands.filter((h) => h.id !== id) });
  visitStop(stop);
  postNotes();
  return true;
}

/** Drops the relay connection as a network failure would (diagnostics). */
export function dropPresenterLink(): void {
  p?.link?.drop();
}
