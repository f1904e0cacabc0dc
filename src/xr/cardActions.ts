/** What the buttons on headset cards do: one function, like handlePick for the hall. */
import { MENU_ROWS, type CardAction, type Pick } from '../layout';
import { goToBooth } from '../state/actions';
import { exitVR } from '../state/xrSession';
import { setXR, useExpo } from '../state/store';
import { handlePick } from '../world/Hall';
import type { Vector3 } from 'three';

/** Carries out a card button; anything else on a card (a brought-close panel) goes to handlePick. */
export function handleCardPick(pick: Pick | undefined, point: Vector3): void {
  if (pick?.type !== 'card') return handlePick(pick, point);
  runCardAction(pick.action);
}

/** Carries out one card action. */
export function runCardAction(a: CardAction): void {
  const s = useExpo.getState();
  const card = s.xr.card;
  switch (a.do) {
    case 'go':
      setXR({ card: null });
      goToBooth(a.boothId);
      break;
    case 'menuPage':
      if (card?.kind === 'menu') setXR({ card: { kind: 'menu', page: card.page + a.step } });
      break;
    case 'snap': setXR({ snapDegrees: a.degrees }); break;
    case 'smooth': setXR({ smooth: a.on }); break;
    case 'closer': {
      const boothId = card?.kind === 'quote' ? card.boothId : s.boothId;
      if (boothId) setXR({ card: { kind: 'closer', boothId } });
      break;
    }
    case 'menu': setXR({ card: card?.kind === 'menu' ? null : { kind: 'menu', page: menuPageOf(s.boothId) } }); break;
    case 'close': setXR({ card: null }); break;
    case 'exit': void exitVR(); break;
  }
}

/** The directory page that lists the booth the visitor is at. */
function menuPageOf(boothId: string | null): number {
  const plans = useExpo.getState().scene?.plans ?? [];
  const i = plans.findIndex((p) => p.id === boothId);
  return i < 0 ? 0 : Math.floor(i / MENU_ROWS);
}
