/**
 * What each role (presenter, follower, unattended kiosk) decides before the device does: it
 * handles an intent itself, refuses it, or passes it on to the device's table.
 */
import { rig } from '../state/rig';
import { setPresent, useExpo } from '../state/store';
import type { Handler } from './deviceTables';
import type { IntentType } from './intents';
import { presenting } from './presenting';

/** A role's table: every intent handled, refused, or passed on to the device. */
export type RoleTable = { [T in IntentType]: Handler<T, void | 'pass'> | 'refuse' | 'pass' };

/** Visitor intents a role leaves to the device. */
const VISITING = {
  walkForward: 'pass', walkBack: 'pass', walkLeft: 'pass', walkRight: 'pass', hurry: 'pass', walk: 'pass', look: 'pass', lockPointer: 'pass',
  walkTo: 'pass', goToBooth: 'pass', openArticle: 'pass', closeReader: 'pass', page: 'pass', readPanel: 'pass', bringClose: 'pass',
  showFigure: 'pass', closeFigure: 'pass', overview: 'pass', directory: 'pass', help: 'pass', dismiss: 'pass', openMenu: 'pass',
  cardAction: 'pass', enterXR: 'pass', startPresenting: 'pass', joinTour: 'pass', language: 'pass', wake: 'pass',
} as const satisfies Partial<RoleTable>;

/** Someone already presenting or following starts or joins no second tour. */
const IN_A_TOUR = { startPresenting: 'refuse', joinTour: 'refuse' } as const satisfies Partial<RoleTable>;

/** The presenter steps the tour and blanks the screen; the rest is a visitor's. */
const PRESENTER: RoleTable = {
  ...VISITING,
  ...IN_A_TOUR,
  nextStop: () => presenting()?.runCommand('next'),
  prevStop: () => presenting()?.runCommand('previous'),
  blank: () => presenting()?.runCommand('blank'),
  // Esc brings a blanked screen back, and closes what is open as for anyone.
  dismiss: () => {
    if (useExpo.getState().present.blank) presenting()?.toggleBlank(false);
    return 'pass';
  },
  arriveAt: 'refuse',
  // The wrist panel's buttons step the tour as the clicker's keys do; other card buttons are the headset's.
  cardAction: (i) => (i.action.do === 'tour' ? presenting()?.runCommand(i.action.command) : 'pass'),
};

/** A follower goes where the presenter's relay says, and may look around meanwhile, but never steps the tour. */
const FOLLOWER: RoleTable = {
  ...VISITING,
  ...IN_A_TOUR,
  nextStop: 'refuse', prevStop: 'refuse', blank: 'refuse',
  arriveAt: (i) => {
    const { stop } = i;
    const now = useExpo.getState().present;
    // The same stop again only blanks or unblanks the view: the follower stays where they looked.
    const again = now.tourId === stop.tourId && now.index === stop.index && now.stop?.id === stop.id && !i.question;
    setPresent({ index: stop.index, count: stop.count, tourId: stop.tourId, stop: { id: stop.id, title: stop.title }, question: i.question ?? null, blank: !!stop.blank });
    if (!again) presenting()?.visitStop(stop);
  },
};

/** A kiosk touring by itself: any touch hands control back where the tour left the visitor. */
const KIOSK: RoleTable = {
  ...VISITING,
  nextStop: 'refuse', prevStop: 'refuse', blank: 'refuse', arriveAt: 'refuse',
  wake: () => {
    rig.flight = null;
    setPresent({ kiosk: 'idle', index: -1, count: 0, stop: null, tourId: null });
  },
};

/** Each role's table. */
export const ROLE_TABLES = { presenter: PRESENTER, follower: FOLLOWER, kiosk: KIOSK } as const;
