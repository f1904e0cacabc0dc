import { describe, expect, it } from 'vitest';
import { buttonsInBar, titleKeeps, TITLE_SHARE } from '../../../src/ui/overflow';

const bar = { row: 362, title: 150, buttons: [76, 80, 70, 66, 50, 46], toggle: 44, gap: 6 };

describe('the top bar on a narrow screen', () => {
  it('keeps every button when they all fit beside the title', () => {
    expect(buttonsInBar({ ...bar, row: 1252 })).toBe(6);
  });
  it('keeps the first buttons that fit with the menu toggle, in order, and the title whole', () => {
    // 362 - 150 - 6 = 206 for buttons: toggle 44, Directory 76 + 6, Overview 80 + 6 = 212 > 206.
    expect(buttonsInBar(bar)).toBe(1);
    expect(buttonsInBar({ ...bar, row: 368 })).toBe(2);
  });
  it('never lets a long title push every button out: the title keeps at most its share of the row', () => {
    expect(titleKeeps({ row: 400, title: 900 })).toBe(400 * TITLE_SHARE);
    expect(buttonsInBar({ ...bar, title: 900, row: 400 })).toBe(1);
  });
  it('puts everything in the menu when even one button does not fit beside the toggle', () => {
    expect(buttonsInBar({ ...bar, row: 260 })).toBe(0);
  });
  it('needs no menu for a bar without buttons', () => {
    expect(buttonsInBar({ ...bar, buttons: [] })).toBe(0);
  });
});
