/**
 * What each device does with every intent: a screen (desktop, phone, tablet) and a headset. The
 * compiler holds each table total, so a new intent does not compile until both say what it does.
 */
import { openArticle, closeFigure, goToBooth, pagePanel, setOverview, showFigure, walkTo } from '../state/actions';
import { rig, turnBy, type HeldKeys } from '../state/rig';
import { panelOf, setPresent, setXR, useExpo } from '../state/store';
import { enterVR } from '../state/xrSession';
import { runCardAction } from './cardActions';
import type { IntentOf, IntentType } from './intents';

/** Carries out an intent. A role's handler may answer 'pass' to let the device's table act too. */
export type Handler<T extends IntentType, R = void> = (intent: IntentOf<T>) => R;

/** A device's table: every intent handled or refused. */
export type DeviceTable = { [T in IntentType]: Handler<T> | 'refuse' };

const hold = (k: keyof HeldKeys) => (i: { on: boolean }) => { rig.keys[k] = i.on; };

function openInReader(boothId: string): void {
  const view = panelOf(useExpo.getState(), boothId);
  openArticle(boothId, view.article, { reader: true, fly: false, page: view.page });
}

function dismiss(): void {
  useExpo.setState({ helpOpen: false, directoryOpen: false, figure: null });
}

function lockPointer(): void {
  if (document.pointerLockElement) document.exitPointerLock();
  else document.querySelector<HTMLCanvasElement>('.world canvas')?.requestPointerLock?.();
}

/** The presenting module comes with the first presenter (it is not in a visitor's first download). */
function startPresenting(): void {
  void import('../present').then((m) => m.startPresenting());
}

/** What both devices do alike. */
const ANYWHERE = {
  walkTo: (i: IntentOf<'walkTo'>) => walkTo(i.x, i.z),
  goToBooth: (i: IntentOf<'goToBooth'>) => { goToBooth(i.boothId); },
  page: (i: IntentOf<'page'>) => pagePanel(i.boothId, i.step),
  closeReader: () => useExpo.setState({ readerOpen: false }),
  closeFigure,
  dismiss,
  startPresenting,
  joinTour: () => setPresent({ joinOpen: true, error: undefined }),
  language: (i: IntentOf<'language'>) => useExpo.setState((s) => ({ lang: i.lang ?? (s.lang === 'zh' ? 'en' : 'zh') })),
  // There is no tour to step, blank or follow without a role.
  nextStop: 'refuse', prevStop: 'refuse', blank: 'refuse', arriveAt: 'refuse',
  // Someone touched the screen: nothing to hand back unless a kiosk was touring.
  wake: () => {},
} satisfies Partial<DeviceTable>;

/** A visitor at a screen (desktop, phone, tablet). */
const SCREEN: DeviceTable = {
  ...ANYWHERE,
  walkForward: hold('forward'), walkBack: hold('back'), walkLeft: hold('left'), walkRight: hold('right'), hurry: hold('hurry'),
  walk: (i) => { rig.move = { forward: i.forward, right: i.right }; },
  look: (i) => turnBy(i.dx, i.dy),
  lockPointer,
  openArticle: (i) => { openArticle(i.boothId, i.article, { fly: i.fly ?? false, reader: i.reader }); },
  readPanel: (i) => openInReader(i.boothId),
  bringClose: (i) => openInReader(i.boothId),
  showFigure: (i) => { showFigure(i.boothId, i.targetId); },
  overview: (i) => setOverview(i.on ?? !useExpo.getState().overview),
  directory: (i) => useExpo.setState((s) => ({ directoryOpen: i.open ?? !s.directoryOpen })),
  help: (i) => useExpo.setState((s) => ({ helpOpen: i.open ?? !s.helpOpen })),
  enterXR: () => { void enterVR(); },
  // Headset cards exist only in a headset.
  openMenu: 'refuse', cardAction: 'refuse',
};

/** A visitor in a headset: the head is tracked (no keys walk, no pointer looks) and there is no page to open. */
const XR: DeviceTable = {
  ...ANYWHERE,
  walkForward: 'refuse', walkBack: 'refuse', walkLeft: 'refuse', walkRight: 'refuse', hurry: 'refuse',
  walk: 'refuse', look: 'refuse', lockPointer: 'refuse',
  // The page's reader is not seen from inside a headset: the clause opens on the booth's panel.
  openArticle: (i) => { openArticle(i.boothId, i.article, { fly: i.fly ?? false }); },
  // The trigger on a panel turns its page; 近看 brings it close as a card (again puts it back).
  readPanel: (i) => pagePanel(i.boothId, 1),
  bringClose: (i) => {
    const card = useExpo.getState().xr.card;
    setXR({ card: card?.kind === 'closer' && card.boothId === i.boothId ? null : { kind: 'closer', boothId: i.boothId } });
  },
  showFigure: (i) => { if (showFigure(i.boothId, i.targetId)) setXR({ card: { kind: 'quote', boothId: i.boothId, targetId: i.targetId } }); },
  // The overview and the page's overlays are not seen from inside a headset.
  overview: 'refuse', directory: 'refuse', help: 'refuse',
  enterXR: 'refuse',
  openMenu: () => runCardAction({ do: 'menu' }),
  cardAction: (i) => runCardAction(i.action),
};

/** Each device's table. */
export const DEVICE_TABLES = { screen: SCREEN, xr: XR } as const;
