import { describe, expect, it } from 'vitest';
import { BOUND_BUTTONS, BUTTON_MAP, intentForButton } from '../../../src/input/buttonMap';
import type { Mode } from '../../../src/input/modes';

describe('the controller-button map', () => {
  it('steps and blanks a presenter\'s tour with A, X and the left grip, in a headset only while presenting', () => {
    const presenting: Mode[] = ['presenter', 'xr'];
    expect(intentForButton('right', 'a-button', presenting)).toBe('nextStop');
    expect(intentForButton('left', 'x-button', presenting)).toBe('prevStop');
    expect(intentForButton('left', 'xr-standard-squeeze', presenting)).toBe('blank');
    for (const modes of [['xr'], ['follower', 'xr']] as Mode[][]) {
      expect(intentForButton('right', 'a-button', modes)).toBeNull();
      expect(intentForButton('left', 'xr-standard-squeeze', modes)).toBeNull();
    }
    // The hand matters: the right grip is not the left one.
    expect(intentForButton('right', 'xr-standard-squeeze', presenting)).toBeNull();
  });
  it('opens the menu with Y or B in every mode', () => {
    for (const modes of [['xr'], ['presenter', 'xr'], ['follower', 'xr']] as Mode[][]) {
      expect(intentForButton('left', 'y-button', modes)).toBe('openMenu');
      expect(intentForButton('right', 'b-button', modes)).toBe('openMenu');
    }
  });
  it('binds no button twice in the same mode, and leaves triggers and thumbsticks to the rays and locomotion', () => {
    const seen = new Set<string>();
    for (const [intent, bs] of Object.entries(BUTTON_MAP)) {
      for (const b of bs) {
        const key = `${b.hand ?? 'any'}:${b.button}:${b.in?.join() ?? ''}`;
        expect(seen.has(key), `${intent} ${key}`).toBe(false);
        seen.add(key);
      }
    }
    expect(BOUND_BUTTONS).not.toContain('xr-standard-trigger');
    expect(BOUND_BUTTONS).not.toContain('xr-standard-thumbstick');
  });
});
