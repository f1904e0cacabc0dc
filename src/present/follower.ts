/**
 * Following a presenter: join with the code, go to every stop the relay sends, catch up on the
 * current stop when joining late or after the connection comes back. A follower can step away
 * (walk on their own) and rejoin with the same code.
 */
import { dispatch } from '../input/dispatch';
import { setPresent, useExpo, NO_PRESENTATION } from '../state/store';
import { Code, WireStop, type RelayMessage } from './protocol';
import type { WireHand } from './presenceProtocol';
import { RelayLink } from './relayLink';

let link: RelayLink | null = null;
let joining: ((ok: boolean) => void) | null = null;

function onRelay(m: RelayMessage): void {
  if (m.t === 'joined') {
    setPresent({ role: 'follower', code: m.code, away: false, error: undefined });
    const stop = m.stop && WireStop.safeParse(m.stop);
    if (stop?.success) dispatch({ type: 'arriveAt', stop: stop.data });
    joining?.(true);
    joining = null;
  } else if (m.t === 'stop') {
    const stop = WireStop.safeParse(m.stop);
    // Only a follower goes there (dispatch refuses it in any other mode); a taken hand's question comes along.
    if (stop.success) dispatch({ type: 'arriveAt', stop: stop.data, question: m.question ?? null });
  } else if (m.t === 'ended' || m.t === 'error') {
    link?.close();
    link = null;
    const code = useExpo.getState().present.code;
    setPresent({ ...NO_PRESENTATION, code, error: m.t === 'ended' ? 'ended' : m.reason });
    joining?.(false);
    joining = null;
  }
}

/** Follows the session `code`; resolves true once joined (false when no such session runs). */
export function joinSession(code: string): Promise<boolean> {
  const c = Code.safeParse(code);
  if (!c.success) {
    setPresent({ error: 'bad-code' });
    return Promise.resolve(false);
  }
  leaveSession();
  setPresent({ code: c.data, error: undefined });
  const done = new Promise<boolean>((resolve) => { joining = resolve; });
  // Every (re)connection joins again, and the relay answers with the current stop.
  link = new RelayLink(() => ({ t: 'join', code: c.data }), onRelay, (state) => setPresent({ link: state }));
  return done;
}

/** Steps away: stops following but remembers the code to rejoin with. */
export function leaveSession(): void {
  if (!link) return;
  link.close({ t: 'leave' });
  link = null;
  setPresent({ ...NO_PRESENTATION, code: useExpo.getState().present.code, away: true });
}

/** Drops the relay connection as a network failure would (diagnostics). */
export function dropFollowerLink(): void {
  link?.drop();
}
