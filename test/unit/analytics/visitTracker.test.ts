import { describe, expect, it } from 'vitest';
import { READ_SECONDS, VisitTracker, type VisitSnapshot } from '../../../src/analytics/visitTracker';

const idle: VisitSnapshot = {
  booth: null, figure: null, reading: null, xr: false,
  present: { role: 'none', code: null, tourId: null, followers: 0, kiosk: 'off', index: -1, count: 0 },
};
const at = (patch: Partial<VisitSnapshot>, present: Partial<VisitSnapshot['present']> = {}): VisitSnapshot => ({ ...idle, ...patch, present: { ...idle.present, ...present } });

describe('visit tracker', () => {
  it('turns a walk through two booths into entries and dwell times', () => {
    const t = new VisitTracker();
    expect(t.update(at({ booth: 'sichuan' }), 10)).toEqual([{ k: 'enter', booth: 'sichuan' }]);
    expect(t.update(at({ booth: 'sichuan' }), 20)).toEqual([]);
    expect(t.update(at({ booth: 'xiamen' }), 40)).toEqual([{ k: 'dwell', booth: 'sichuan', s: 30 }, { k: 'enter', booth: 'xiamen' }]);
    expect(t.update(at({ booth: null }), 55)).toEqual([{ k: 'dwell', booth: 'xiamen', s: 15 }]);
  });

  it('counts a clause as read only once it stayed in the reader long enough, and once', () => {
    const t = new VisitTracker();
    expect(t.update(at({ reading: { booth: 'a', n: 1 } }), 0)).toEqual([]);
    expect(t.update(at({ reading: { booth: 'a', n: 2 } }), 1)).toEqual([]); // paged past clause 1
    expect(t.update(at({ reading: { booth: 'a', n: 2 } }), 1 + READ_SECONDS)).toEqual([{ k: 'clause', booth: 'a', n: 2 }]);
    expect(t.update(at({ reading: { booth: 'a', n: 2 } }), 10)).toEqual([]);
  });

  it('reports time so far when the page is hidden, and not the time it stayed hidden', () => {
    const t = new VisitTracker();
    t.update(at({ booth: 'a', xr: true }), 0);
    expect(t.settle(20)).toEqual([{ k: 'dwell', booth: 'a', s: 20 }, { k: 'xr', s: 20 }]);
    t.resume(500);
    expect(t.update(at({ booth: null, xr: false }), 510)).toEqual([{ k: 'dwell', booth: 'a', s: 10 }, { k: 'xr', s: 10 }]);
  });

  it('reports figures opened, a tour followed once, a presenter\'s new peaks and a kiosk\'s loops', () => {
    const t = new VisitTracker();
    expect(t.update(at({ figure: { boothId: 'a', targetId: 't1' } }), 0)).toEqual([{ k: 'figure', booth: 'a', target: 't1' }]);
    expect(t.update(at({}, { role: 'follower', code: 'ABCDE', tourId: 'default' }), 1)).toEqual([{ k: 'tour', tour: 'default' }]);
    expect(t.update(at({}, { role: 'follower', code: 'ABCDE', tourId: 'default' }), 2)).toEqual([]);
    const p = new VisitTracker();
    expect(p.update(at({}, { role: 'presenter', code: 'XYZ23', tourId: 'highlights', followers: 0 }), 0)).toEqual([{ k: 'session', code: 'XYZ23', tour: 'highlights', peak: 0 }]);
    expect(p.update(at({}, { role: 'presenter', code: 'XYZ23', tourId: 'highlights', followers: 7 }), 1)).toEqual([{ k: 'session', code: 'XYZ23', tour: 'highlights', peak: 7 }]);
    expect(p.update(at({}, { role: 'presenter', code: 'XYZ23', tourId: 'highlights', followers: 3 }), 2)).toEqual([]);
    const k = new VisitTracker();
    const loop = [0, 1, 2, 0, 1].flatMap((index, i) => k.update(at({}, { kiosk: 'touring', tourId: 'default', index, count: 3 }), i));
    expect(loop).toEqual([{ k: 'kiosk-loop', tour: 'default' }]);
  });
});
