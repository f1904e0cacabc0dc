/** The headset's per-frame steps, each on its own: nothing moves before the head is known, flights fade, walks teleport. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('navigator', { language: 'en-GB' });

const { advanceJump, arrive, BLANKED_OPACITY, dimWhileBlanked, FADE_SECONDS, flightsBecomeJumps, newSteps, pollButtons, settle, trackHead } = await import('../../../src/xr/frameSteps');
const { xrPose } = await import('../../../src/xr/xrPose');
const { rig } = await import('../../../src/state/rig');
const { NO_PRESENTATION, useExpo } = await import('../../../src/state/store');

const pose = { x: 4, y: 1.6, z: -2, yaw: 0, pitch: 0 };
const setter = () => ({ set: vi.fn() });
const targets = () => ({ origin: { position: setter(), rotation: setter() }, fade: { visible: false, material: { opacity: 0 }, position: setter() } });
/** A renderer and frame whose headset reports a head at (x, 1.7, z) on the origin, drawn for two eyes. */
const headset = (x: number, z: number) => ({
  gl: { xr: { getReferenceSpace: () => ({}) }, info: { render: { calls: 40, triangles: 9000 } } },
  frame: { getViewerPose: () => ({ transform: { position: { x, y: 1.7, z }, orientation: { x: 0, y: 0, z: 0, w: 1 } }, views: [{}, {}] }) },
});

beforeEach(() => {
  Object.assign(rig, { ...pose, flight: null, walkTo: null });
  Object.assign(xrPose, { origin: { x: 0, z: 0, yaw: 0 }, head: { x: 0, y: 1.6, z: 0, yaw: 0 } });
});

describe('arriving in a headset', () => {
  it('waits for the head, then puts it where the screen\'s camera stood', () => {
    const steps = newSteps();
    const into = targets();
    arrive(steps);
    settle(steps, into);
    expect(steps.arrived).toBe(false);
    expect(rig.x).toBe(4);
    expect(into.origin.position.set).not.toHaveBeenCalled();
    const { gl, frame } = headset(0.5, 0.25);
    trackHead(gl as never, frame as never, steps);
    expect(xrPose).toMatchObject({ head: { x: 0.5, y: 1.7, z: 0.25 }, views: 2, calls: 40 });
    arrive(steps);
    settle(steps, into);
    expect(steps.arrived).toBe(true);
    expect(rig.x).toBeCloseTo(4);
    expect(rig.z).toBeCloseTo(-2);
    expect(xrPose.origin).toMatchObject({ x: 3.5, z: -2.25 });
  });
});

describe('moving in a headset', () => {
  it('turns a flight into a fade out, a move while black, and a fade back in', () => {
    const steps = { ...newSteps(), tracked: true, arrived: true };
    rig.flight = { from: pose, to: { x: 10, y: 1.6, z: 5, yaw: 0, pitch: 0 }, t: 0, duration: 1 };
    flightsBecomeJumps(steps);
    expect(rig.flight).toBeNull();
    advanceJump(FADE_SECONDS / 2, steps);
    expect(steps.opacity).toBeCloseTo(0.5);
    expect(xrPose.origin.x).toBe(0);
    advanceJump(FADE_SECONDS / 2, steps);
    expect(xrPose.origin).toMatchObject({ x: 10, z: 5 });
    advanceJump(FADE_SECONDS / 2, steps);
    expect(steps.opacity).toBeCloseTo(0.5);
    advanceJump(FADE_SECONDS / 2, steps);
    expect(steps.jump).toBeNull();
    expect(steps.opacity).toBe(0);
  });
  it('leaves a flight alone before arriving (arriving takes it)', () => {
    const steps = newSteps();
    rig.flight = { from: pose, to: pose, t: 0, duration: 1 };
    flightsBecomeJumps(steps);
    expect(steps.jump).toBeNull();
    expect(rig.flight).not.toBeNull();
  });
});

describe('a presenter\'s blank', () => {
  it('dims a follower\'s headset, never the presenter\'s own, and lifts with it', () => {
    const steps = newSteps();
    for (const [role, blank, dark] of [['follower', true, true], ['presenter', true, false], ['follower', false, false]] as const) {
      useExpo.setState({ present: { ...NO_PRESENTATION, role, blank } });
      advanceJump(1 / 60, steps);
      dimWhileBlanked(steps);
      expect(steps.opacity, `${role} blank=${blank}`).toBe(dark ? BLANKED_OPACITY : 0);
    }
  });
});

describe('the menu buttons', () => {
  it('open the menu once per press', () => {
    useExpo.setState((s) => ({ xr: { ...s.xr, presenting: true, card: null } }));
    const steps = newSteps();
    let state = 'pressed';
    const store = { getState: () => ({ inputSourceStates: [{ type: 'controller', inputSource: { handedness: 'left' }, gamepad: { 'y-button': { state } } }] }) };
    pollButtons(store as never, steps);
    pollButtons(store as never, steps);
    expect(useExpo.getState().xr.card).toEqual({ kind: 'menu', page: 0 });
    state = 'default';
    pollButtons(store as never, steps);
    state = 'pressed';
    pollButtons(store as never, steps);
    expect(useExpo.getState().xr.card).toBeNull();
  });
});
