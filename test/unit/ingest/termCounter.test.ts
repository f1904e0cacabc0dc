import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterFor } from '../../../src/ingest/termCounter';
import { DEFAULT_VOCABULARY, themeCounts } from '../../../src/ingest/themes';

/** What themes.ts counted before the one-pass counter: one case-insensitive pattern per list. */
function regexCounts(lists: string[][], text: string): number[] {
  return lists.map((terms) => {
    const parts = terms.map((term) => {
      const esc = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /^[A-Za-z0-9]+$/.test(term) ? `(?<![A-Za-z])${esc}(?![A-Za-z])` : esc;
    });
    return text.match(new RegExp(parts.join('|'), 'gi'))?.length ?? 0;
  });
}

// Our own lists: terms that begin alike, nest (数字人 in 虚拟数字人), repeat a letter (AA), and
// Latin terms that must stand alone, in either case.
const LISTS = [
  ['数字人', '虚拟数字人', '虚拟人', '数字'],
  ['AR', 'VR', '5G', 'AIGC', 'AI'],
  ['人工智能', '智能', '能源', 'AA'],
  ['(3D)', 'a.b', '人'],
];
const ALPHABET = [...'数字人虚拟工智能源ARVRarvrAIGCaigc5G3D()a.bxX ，。\n'];

describe('one-pass term counter', () => {
  it('counts what one case-insensitive pattern per list counts, on any text', () => {
    const count = counterFor(LISTS)!;
    // Whole terms (in either case) among single characters, so that terms meet, nest and touch.
    const pieces = [...ALPHABET, ...LISTS.flat(), ...LISTS.flat().map((t) => t.toLowerCase())];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect([...count(t)]).toEqual(regexCounts(LISTS, t));
    }), { numRuns: 3000 });
  });
  it('takes the first term of a list that matches, and never overlaps matches of one list', () => {
    const count = counterFor([['数字', '数字人'], ['字人', '人']])!;
    expect([...count('数字人数字人')]).toEqual([2, 2]);
    expect([...count('虚拟数字人')]).toEqual([1, 1]);
  });
  it('lets a Latin term stand only where no Latin letter touches it', () => {
    const count = counterFor([['AR']])!;
    expect(count('AR眼镜、ar设备、ARM芯片、CAR、AR')[0]).toBe(3);
  });
  it('leaves lists whose letters fold beyond ASCII to the regular expression', () => {
    expect(counterFor([['Café']])).toBeUndefined();
    expect(counterFor([['ＡＲ']])).toBeUndefined();
    expect(counterFor([['']])).toBeUndefined();
    expect(counterFor([['元宇宙', 'XR']])).toBeDefined();
  });
  it('gives the built-in vocabulary the counts of its patterns', () => {
    const lists = Object.values(DEFAULT_VOCABULARY).map((t) => t.terms);
    const text = '推进VR/AR头戴设备、ar眼镜和数字孪生工厂建设，打造虚拟数字人IP；支持AIGC大模型算法。ARM芯片与5G、6G网络。';
    const ids = Object.keys(DEFAULT_VOCABULARY);
    const expected = new Map(regexCounts(lists, text).map((n, i) => [ids[i], n] as const).filter(([, n]) => n > 0));
    expect([...themeCounts(text)]).toEqual([...expected]); // in vocabulary order, as themesOf ranks ties
  });
});
