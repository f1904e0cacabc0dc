import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, textColumns, wrapLines } from '../../../src/layout/textWrap';

describe('wrapLines', () => {
  it('keeps every character, in order, and no line runs over the limit by more than one stuck punctuation mark', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('元', '宇', '宙', '，', '。', 'A', '1', ' ', '、') , maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, cols) => {
      const lines = wrapLines(text, cols);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(textColumns(l)).toBeLessThanOrEqual(cols + 1);
    }));
  });
  it('never starts a line with closing punctuation', () => {
    const lines = wrapLines('一二三四五，六七八九十。甲乙丙丁戊，己庚辛壬癸。', 5);
    for (const l of lines.slice(1)) expect('，。').not.toContain(l[0]);
  });
  it('counts Latin and digits as narrower than Chinese', () => {
    expect(textColumns('2025年')).toBeLessThan(textColumns('二零二五年'));
  });
  it('clips with an ellipsis only when the text is too long', () => {
    expect(clip('四川省', 10)).toBe('四川省');
    expect(clip('四川省元宇宙产业发展行动计划', 6)).toBe('四川省元宇…');
  });
});

describe('wrapLines with runs of closing marks', () => {
  it('lets only one mark hang and carries the last character down with the rest', () => {
    expect(wrapLines('元元元元元，、', 5)).toEqual(['元元元元', '元，、']);
  });
});
