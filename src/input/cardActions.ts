/** What the buttons on headset cards do (the cardAction and openMenu intents in a headset). */
import { MENU_ROWS, type CardAction } from '../layout';
import { goToBooth } from '../state/actions';
import { exitVR } from '../state/xrSession';
import { setXR, useExpo } from '../state/store';

/** Carries out one kind of card action. */
export type CardHandler<D extends CardAction['do'] = CardAction['do']> = (a: Extract<CardAction, { do: D }>) => void;

const card = () => useExpo.getState().xr.card;

/** Every card button and what it does: a button without an entry does not compile. */
export const CARD_ACTIONS: { [D in CardAction['do']]: CardHandler<D> } = {
  go: (a) => { setXR({ card: null }); goToBooth(a.boothId); },
  menuPage: (a) => { const c = card(); if (c?.kind === 'menu') setXR({ card: { kind: 'menu', page: c.page + a.step } }); },
  snap: (a) => setXR({ snapDegrees: a.degrees }),
  smooth: (a) => setXR({ smooth: a.on }),
  closer: () => {
    const c = card();
    const boothId = c?.kind === 'quote' ? c.boothId : useExpo.getState().boothId;
    if (boothId) setXR({ card: { kind: 'closer', boothId } });
  },
  menu: () => setXR({ card: card()?.kind === 'menu' ? null : { kind: 'menu', page: menuPageOf(useExpo.getState().boothId) } }),
  close: () => setXR({ card: null }),
  exit: () => { void exitVR(); },
  present: (a) => {
    setXR({ card: null });
    void import('../present').then((m) => (a.on ? void m.startPresenting() : m.leave()));
  },
  hand: (a) => { void import('../presence/presence').then((m) => (a.up ? m.raiseHand() : m.lowerHand())); },
  // Only a presenter's table carries these out (dispatch's PRESENTER); anyone else's wrist has no tour to step.
  tour: () => {},
};

/** Carries out one card action. */
export function runCardAction(a: CardAction): void {
  (CARD_ACTIONS[a.do] as CardHandler)(a);
}

/** The directory page that lists the booth the visitor is at. */
function menuPageOf(boothId: string | null): number {
  const plans = useExpo.getState().scene?.plans ?? [];
  const i = plans.findIndex((p) => p.id === boothId);
  return i < 0 ? 0 : Math.floor(i / MENU_ROWS);
}
