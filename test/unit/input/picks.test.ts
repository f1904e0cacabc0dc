import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('navigator', { language: 'en-GB' });
const { intentOfPick } = await import('../../../src/input/picks');

const up = { x: 1, y: 1.2, z: 2 };
const floor = { x: 1, y: 0.02, z: 2 };

describe('what a pick means', () => {
  it('turns each kind into its intent', () => {
    expect(intentOfPick({ type: 'figure', boothId: 'b', targetId: 't' }, up)).toEqual({ type: 'showFigure', boothId: 'b', targetId: 't' });
    expect(intentOfPick({ type: 'panel', boothId: 'b' }, up)).toEqual({ type: 'readPanel', boothId: 'b' });
    expect(intentOfPick({ type: 'closer', boothId: 'b' }, up)).toEqual({ type: 'bringClose', boothId: 'b' });
    expect(intentOfPick({ type: 'page', boothId: 'b', step: -1 }, up)).toEqual({ type: 'page', boothId: 'b', step: -1 });
    expect(intentOfPick({ type: 'map', target: 'b' }, up)).toEqual({ type: 'goToBooth', boothId: 'b' });
    expect(intentOfPick({ type: 'card', action: { do: 'exit' } }, up)).toEqual({ type: 'cardAction', action: { do: 'exit' } });
  });
  it('walks on a booth\'s carpet and goes to the booth from its walls', () => {
    expect(intentOfPick({ type: 'booth', boothId: 'b' }, floor)).toEqual({ type: 'walkTo', x: 1, z: 2 });
    expect(intentOfPick({ type: 'booth', boothId: 'b' }, up)).toEqual({ type: 'goToBooth', boothId: 'b' });
  });
  it('walks on the floor, and means nothing on anything else unpickable', () => {
    expect(intentOfPick(undefined, floor)).toEqual({ type: 'walkTo', x: 1, z: 2 });
    expect(intentOfPick(undefined, up)).toBeNull();
  });
});
