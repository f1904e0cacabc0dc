import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The presenting module lends dispatch its commands once loaded; here they are watched instead.
const present = { runCommand: vi.fn(), toggleBlank: vi.fn(), visitStop: vi.fn() };

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('navigator', { language: 'en-GB' });

const { dispatchIn, TABLES } = await import('../../../src/input/dispatch');
(await import('../../../src/input/presenting')).lendPresenting(present);
const { modesOf } = await import('../../../src/input/modes');
const { INTENT_NAMES } = await import('../../../src/input/keymap');
const { NO_PRESENTATION, useExpo } = await import('../../../src/state/store');
const { NO_KEYS, rig } = await import('../../../src/state/rig');
type Intent = import('../../../src/input/intents').Intent;

const initial = useExpo.getState();
const stop = { index: 3, count: 9, tourId: 'default', id: 'booth:a', kind: 'booth' as const, title: 'A', view: { position: [1, 1.6, 2] as [number, number, number], target: [1, 1.6, 0] as [number, number, number] } };

beforeEach(() => {
  useExpo.setState(initial, true);
  Object.assign(rig, { yaw: 0, pitch: 0, flight: null, walkTo: null, keys: { ...NO_KEYS }, move: { forward: 0, right: 0 } });
  for (const f of Object.values(present)) f.mockClear();
});
afterEach(() => vi.clearAllTimers());

describe('the modes a state is in', () => {
  it('puts the role first and the device after it', () => {
    const s = useExpo.getState();
    expect(modesOf(s)).toEqual(['screen']);
    expect(modesOf({ ...s, xr: { ...s.xr, presenting: true } })).toEqual(['xr']);
    expect(modesOf({ ...s, present: { ...NO_PRESENTATION, role: 'presenter' } })).toEqual(['presenter', 'screen']);
    expect(modesOf({ ...s, present: { ...NO_PRESENTATION, role: 'follower' }, xr: { ...s.xr, presenting: true } })).toEqual(['follower', 'xr']);
    expect(modesOf({ ...s, present: { ...NO_PRESENTATION, kiosk: 'touring' } })).toEqual(['kiosk', 'screen']);
    // An idle kiosk is a visitor's screen: nobody else drives.
    expect(modesOf({ ...s, present: { ...NO_PRESENTATION, kiosk: 'idle' } })).toEqual(['screen']);
  });
});

describe('every mode decides every intent', () => {
  it('has an entry for each intent in each table', () => {
    for (const [mode, table] of Object.entries(TABLES)) expect(Object.keys(table).sort(), mode).toEqual(Object.keys(INTENT_NAMES).sort());
  });
});

describe('on a screen', () => {
  const screen = (i: Intent) => dispatchIn(['screen'], i);
  it('walks while a key is held and stops when it is let go', () => {
    expect(screen({ type: 'walkForward', on: true })).toBe(true);
    expect(screen({ type: 'hurry', on: true })).toBe(true);
    expect(rig.keys).toMatchObject({ forward: true, hurry: true, back: false });
    screen({ type: 'walkForward', on: false });
    expect(rig.keys.forward).toBe(false);
  });
  it('walks by the joystick and turns by a drag', () => {
    screen({ type: 'walk', forward: 0.5, right: -1 });
    expect(rig.move).toEqual({ forward: 0.5, right: -1 });
    screen({ type: 'look', dx: 100, dy: 0 });
    expect(rig.yaw).toBeLessThan(0);
  });
  it('opens and closes the overlays', () => {
    screen({ type: 'help' });
    screen({ type: 'directory', open: true });
    expect(useExpo.getState()).toMatchObject({ helpOpen: true, directoryOpen: true });
    screen({ type: 'dismiss' });
    expect(useExpo.getState()).toMatchObject({ helpOpen: false, directoryOpen: false, figure: null });
  });
  it('walks to a floor point', () => {
    screen({ type: 'walkTo', x: 3, z: -4 });
    expect(rig.walkTo).toEqual({ x: 3, z: -4 });
  });
  it('refuses what needs a role or a headset: stepping a tour, blanking, a relay stop, the headset menu', () => {
    for (const type of ['nextStop', 'prevStop', 'blank', 'openMenu'] as const) expect(screen({ type }), type).toBe(false);
    expect(screen({ type: 'arriveAt', stop })).toBe(false);
    expect(screen({ type: 'cardAction', action: { do: 'close' } })).toBe(false);
    expect(present.runCommand).not.toHaveBeenCalled();
    expect(present.visitStop).not.toHaveBeenCalled();
  });
});

describe('in a headset', () => {
  const xr = (i: Intent) => dispatchIn(['xr'], i);
  it('opens the menu and brings a panel close as cards (again puts it back)', () => {
    expect(xr({ type: 'openMenu' })).toBe(true);
    expect(useExpo.getState().xr.card).toEqual({ kind: 'menu', page: 0 });
    xr({ type: 'bringClose', boothId: 'b' });
    expect(useExpo.getState().xr.card).toEqual({ kind: 'closer', boothId: 'b' });
    xr({ type: 'bringClose', boothId: 'b' });
    expect(useExpo.getState().xr.card).toBeNull();
    xr({ type: 'cardAction', action: { do: 'snap', degrees: 45 } });
    expect(useExpo.getState().xr.snapDegrees).toBe(45);
  });
  it('refuses walking keys, pointer looking, the overview and the page overlays (the head is tracked, the page unseen)', () => {
    for (const i of [{ type: 'walkForward', on: true }, { type: 'look', dx: 5, dy: 0 }, { type: 'overview' }, { type: 'help' }, { type: 'directory' }] as Intent[]) expect(xr(i), i.type).toBe(false);
    expect(rig.keys.forward).toBe(false);
    expect(rig.yaw).toBe(0);
    expect(useExpo.getState()).toMatchObject({ overview: false, helpOpen: false });
  });
});

describe('presenting', () => {
  const modes = ['presenter', 'screen'] as const;
  it('steps the tour and blanks the screen', () => {
    expect(dispatchIn(modes, { type: 'nextStop' })).toBe(true);
    expect(dispatchIn(modes, { type: 'prevStop' })).toBe(true);
    expect(dispatchIn(modes, { type: 'blank' })).toBe(true);
    expect(present.runCommand.mock.calls).toEqual([['next'], ['previous'], ['blank']]);
  });
  it('brings a blanked screen back with Esc, which also closes what is open', () => {
    useExpo.setState({ present: { ...NO_PRESENTATION, role: 'presenter', blank: true }, helpOpen: true });
    expect(dispatchIn(modes, { type: 'dismiss' })).toBe(true);
    expect(present.toggleBlank).toHaveBeenCalledWith(false);
    expect(useExpo.getState().helpOpen).toBe(false);
  });
  it('walks like anyone and ignores a relay stop (the presenter sends them)', () => {
    expect(dispatchIn(modes, { type: 'walkLeft', on: true })).toBe(true);
    expect(rig.keys.left).toBe(true);
    expect(dispatchIn(modes, { type: 'arriveAt', stop })).toBe(false);
  });
  it('steps the tour from the wrist panel in a headset, and leaves the other card buttons to the headset', () => {
    const xr = ['presenter', 'xr'] as const;
    for (const command of ['next', 'previous', 'blank'] as const) expect(dispatchIn(xr, { type: 'cardAction', action: { do: 'tour', command } })).toBe(true);
    expect(present.runCommand.mock.calls).toEqual([['next'], ['previous'], ['blank']]);
    expect(dispatchIn(xr, { type: 'cardAction', action: { do: 'menu' } })).toBe(true);
    expect(useExpo.getState().xr.card?.kind).toBe('menu');
  });
});

describe('following', () => {
  const modes = ['follower', 'screen'] as const;
  it('cannot step the tour or blank the presenter\'s screen', () => {
    for (const type of ['nextStop', 'prevStop', 'blank'] as const) expect(dispatchIn(modes, { type }), type).toBe(false);
    expect(present.runCommand).not.toHaveBeenCalled();
  });
  it('goes to the stop the relay sends', () => {
    expect(dispatchIn(modes, { type: 'arriveAt', stop })).toBe(true);
    expect(useExpo.getState().present).toMatchObject({ index: 3, count: 9, stop: { id: 'booth:a', title: 'A' } });
    expect(present.visitStop).toHaveBeenCalledWith(stop);
  });
  it('goes dark when the presenter blanks the same stop, without being moved again, and lights up with the next', () => {
    dispatchIn(modes, { type: 'arriveAt', stop });
    vi.mocked(present.visitStop).mockClear();
    expect(dispatchIn(modes, { type: 'arriveAt', stop: { ...stop, blank: true } })).toBe(true);
    expect(useExpo.getState().present.blank).toBe(true);
    expect(present.visitStop).not.toHaveBeenCalled();
    const next = { ...stop, index: 4, id: 'booth:b', title: 'B' };
    dispatchIn(modes, { type: 'arriveAt', stop: next });
    expect(useExpo.getState().present.blank).toBe(false);
    expect(present.visitStop).toHaveBeenCalledWith(next);
  });
  it('looks around on a screen between stops, and in a headset uses its menu', () => {
    expect(dispatchIn(modes, { type: 'look', dx: 10, dy: 0 })).toBe(true);
    expect(dispatchIn(['follower', 'xr'], { type: 'openMenu' })).toBe(true);
    expect(useExpo.getState().xr.card?.kind).toBe('menu');
  });
  it('cannot step the tour from a wrist panel', () => {
    expect(dispatchIn(['follower', 'xr'], { type: 'cardAction', action: { do: 'tour', command: 'next' } })).toBe(true);
    expect(present.runCommand).not.toHaveBeenCalled();
  });
});

describe('a kiosk touring by itself', () => {
  const modes = ['kiosk', 'screen'] as const;
  it('hands control back on any touch, stopping where the tour was', () => {
    useExpo.setState({ present: { ...NO_PRESENTATION, kiosk: 'touring', index: 2, count: 5, stop: { id: 'x', title: 'X' } } });
    rig.flight = { from: { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 }, to: { x: 1, y: 0, z: 0, yaw: 0, pitch: 0 }, t: 0.5, duration: 1 };
    expect(dispatchIn(modes, { type: 'wake' })).toBe(true);
    expect(rig.flight).toBeNull();
    expect(useExpo.getState().present).toMatchObject({ kiosk: 'idle', index: -1, stop: null });
  });
  it('cannot be stepped by a visitor, nor sent a relay stop', () => {
    for (const i of [{ type: 'nextStop' }, { type: 'prevStop' }, { type: 'blank' }, { type: 'arriveAt', stop }] as Intent[]) expect(dispatchIn(modes, i), i.type).toBe(false);
  });
});
