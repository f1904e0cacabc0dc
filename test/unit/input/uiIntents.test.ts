/**
 * What the page's buttons send (Directory, Reader, FigureCard, Help, TopBar): the same intents
 * through the same dispatch, so a role's refusals apply to a click as to a key.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('navigator', { language: 'en-GB' });
vi.stubGlobal('location', { hash: '', pathname: '/', search: '' });
vi.stubGlobal('history', { replaceState: () => {} });
// A phone held upright: booths are framed for its portrait screen.
vi.stubGlobal('innerWidth', 390);
vi.stubGlobal('innerHeight', 844);

const { dispatchIn } = await import('../../../src/input/dispatch');
const { NO_PRESENTATION, useExpo } = await import('../../../src/state/store');
const { rig } = await import('../../../src/state/rig');
const { registerXR } = await import('../../../src/state/xrSession');
const { ingestPaths } = await import('../../../src/cli/readSeeds');
const { buildHallScene } = await import('../../../src/layout');
type Intent = import('../../../src/input/intents').Intent;
type Mode = import('../../../src/input/modes').Mode;

const hall = buildHallScene((await ingestPaths(['seeds'])).plans, { title: 'ui' });
const booth = hall.booths.find((b) => b.articles.length > 2)!;
const plan = hall.plans.find((p) => p.id === booth.id)!;
const initial = useExpo.getState();

beforeEach(() => {
  useExpo.setState({ ...initial, scene: hall }, true);
  Object.assign(rig, { flight: null, walkTo: null });
});

describe('the directory', () => {
  const screen = (i: Intent) => dispatchIn(['screen'], i);
  it('opens a search hit in the reader and flies there, then closes itself', () => {
    screen({ type: 'directory', open: true });
    expect(screen({ type: 'openArticle', boothId: booth.id, article: 2, reader: true, fly: true })).toBe(true);
    screen({ type: 'directory', open: false });
    expect(useExpo.getState()).toMatchObject({ boothId: booth.id, readerOpen: true, directoryOpen: false, panels: { [booth.id]: { article: 2, page: 0 } } });
    expect(rig.flight).not.toBeNull();
  });
  it('takes a follower to a booth between stops (a role passes it to the screen)', () => {
    expect(dispatchIn(['follower', 'screen'], { type: 'goToBooth', boothId: booth.id })).toBe(true);
    expect(useExpo.getState().boothId).toBe(booth.id);
  });
});

describe('the reader and the figure card', () => {
  const screen = (i: Intent) => dispatchIn(['screen'], i);
  it('steps clause by clause without flying, and closes', () => {
    screen({ type: 'openArticle', boothId: booth.id, article: 0, reader: true });
    screen({ type: 'openArticle', boothId: booth.id, article: 1, reader: true });
    expect(useExpo.getState().panels[booth.id]).toEqual({ article: 1, page: 0 });
    expect(rig.flight).toBeNull();
    expect(screen({ type: 'closeReader' })).toBe(true);
    expect(useExpo.getState().readerOpen).toBe(false);
  });
  it('closes a figure\'s quote', () => {
    const target = plan.targets[0];
    screen({ type: 'showFigure', boothId: booth.id, targetId: target.id });
    expect(useExpo.getState().figure).toEqual({ boothId: booth.id, targetId: target.id });
    expect(screen({ type: 'closeFigure' })).toBe(true);
    expect(useExpo.getState().figure).toBeNull();
  });
  it('in a headset opens a clause on the panel, never the page\'s unseen reader', () => {
    expect(dispatchIn(['xr'], { type: 'openArticle', boothId: booth.id, article: 1, reader: true })).toBe(true);
    expect(useExpo.getState()).toMatchObject({ readerOpen: false, panels: { [booth.id]: { article: 1 } } });
  });
});

describe('the top bar', () => {
  it('toggles the directory, help and overview, and switches the language', () => {
    const screen = (i: Intent) => dispatchIn(['screen'], i);
    screen({ type: 'directory' });
    screen({ type: 'help' });
    screen({ type: 'overview', on: true });
    expect(useExpo.getState()).toMatchObject({ directoryOpen: true, helpOpen: true, overview: true });
    screen({ type: 'language' });
    expect(useExpo.getState().lang).toBe('zh');
    screen({ type: 'language', lang: 'zh' });
    expect(useExpo.getState().lang).toBe('zh');
  });
  it('opens the dialog to follow a presenter, unless one already presents or follows', () => {
    for (const role of ['presenter', 'follower'] as const) {
      useExpo.setState({ present: { ...NO_PRESENTATION, role } });
      expect(dispatchIn([role, 'screen'], { type: 'joinTour' }), role).toBe(false);
      expect(dispatchIn([role, 'screen'], { type: 'startPresenting' }), role).toBe(false);
      expect(useExpo.getState().present.joinOpen).toBe(false);
    }
    useExpo.setState({ present: { ...NO_PRESENTATION, error: 'old' } });
    expect(dispatchIn(['screen'], { type: 'joinTour' })).toBe(true);
    expect(useExpo.getState().present).toMatchObject({ joinOpen: true, error: undefined });
  });
  it('enters VR from a screen, never again from inside the headset', async () => {
    const enter = vi.fn(async () => {});
    registerXR({ enter, exit: async () => {} });
    expect(dispatchIn(['xr'] as Mode[], { type: 'enterXR' })).toBe(false);
    expect(dispatchIn(['screen'], { type: 'enterXR' })).toBe(true);
    await vi.waitFor(() => expect(enter).toHaveBeenCalledTimes(1));
    registerXR(null);
  });
});
