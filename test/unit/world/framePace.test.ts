/** The drawing pace: every frame while things change and a moment after, then resting. */
import { describe, expect, it } from 'vitest';
import { ACTIVE_FOR_MS, Pace } from '../../../src/world/framePace';

describe('Pace', () => {
  it('rests until woken, draws every frame for a while after each change, then rests again', () => {
    const p = new Pace();
    expect(p.active(0)).toBe(false);
    p.wake(1000);
    expect(p.active(1000 + ACTIVE_FOR_MS - 1)).toBe(true);
    p.wake(1500);
    expect(p.active(1000 + ACTIVE_FOR_MS + 100)).toBe(true);
    expect(p.active(1500 + ACTIVE_FOR_MS)).toBe(false);
  });
  it('an older change never shortens a newer one', () => {
    const p = new Pace();
    p.wake(5000);
    p.wake(1000);
    expect(p.active(5000 + ACTIVE_FOR_MS - 1)).toBe(true);
  });
});
