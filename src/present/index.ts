/**
 * Presenting at events, loaded on demand: tours played by a presenter (clicker keys, speaker
 * notes, blank screen), followed by an audience through the relay, or looped by an idle kiosk.
 */
import { lendPresenting } from '../input/presenting';
import { useExpo } from '../state/store';
import { dropFollowerLink, joinSession, leaveSession } from './follower';
import { startKiosk, stopKiosk } from './kiosk';
import { dropPresenterLink, presentStop, runCommand, startPresenting, stopPresenting, takeHand, toggleBlank } from './presenter';
import { hallTours, visitStop } from './stops';

// Dispatch carries out the presenter's and follower's intents with these.
lendPresenting({ runCommand, toggleBlank, visitStop });

export { joinSession, leaveSession, startKiosk, stopKiosk, presentStop, runCommand, startPresenting, stopPresenting, takeHand, toggleBlank, hallTours, visitStop };

/** Next stop (presenter only: a follower's or visitor's call changes nothing). */
export function nextStop(): boolean {
  const s = useExpo.getState().present;
  return s.role === 'presenter' && presentStop(s.index + 1);
}

/** Previous stop (presenter only). */
export function previousStop(): boolean {
  const s = useExpo.getState().present;
  return s.role === 'presenter' && presentStop(s.index - 1);
}

/** Leaves whatever the page is doing: a presenter ends the session, a follower steps away. */
export function leave(): void {
  const role = useExpo.getState().present.role;
  if (role === 'presenter') stopPresenting();
  else if (role === 'follower') leaveSession();
}

/** Drops the relay connection as a network failure would; it comes back by itself (diagnostics). */
export function dropConnection(): void {
  dropPresenterLink();
  dropFollowerLink();
}

/** Starts what the URL asks for: ?present[=tour], ?follow=CODE, ?kiosk[=idle seconds][&dwell=seconds]. */
export function startFromURL(params: URLSearchParams): void {
  if (params.has('follow')) void joinSession(params.get('follow') ?? '');
  else if (params.has('present')) void startPresenting(params.get('present') || undefined);
  else if (params.has('kiosk')) {
    const idle = Number(params.get('kiosk'));
    const dwell = Number(params.get('dwell'));
    startKiosk(idle > 0 ? idle : undefined, dwell > 0 ? dwell : undefined, params.get('tour'));
  }
}
