import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glyphSet, SubsetCache } from '../../../src/cli/fontSubset';

describe('font subsets made once', () => {
  it('reuses the smallest subset that covers the characters, and makes one when new glyphs appear', async () => {
    const cache = new SubsetCache();
    const small = await cache.get('国家 ');
    const big = await cache.get('国家亿元 ');
    expect(big.chars).toBe('国家亿元 ');
    expect(small.sfnt.length).toBeLessThan(big.sfnt.length);
    // Covered by the big one only: it comes back as it is, with the characters it really has.
    expect((await cache.get('亿 ')).chars).toBe('国家亿元 ');
    // Covered by both: the smaller one comes back, the very same bytes.
    const again = await cache.get('国 ');
    expect(again.chars).toBe('国家 ');
    expect(again.woff).toBe(small.woff);
    // A character none has: a new subset, with exactly what was asked.
    const grown = await cache.get('国丁 ');
    expect(grown.chars).toBe('国丁 ');
    expect(grown.woff).not.toBe(small.woff);
  });
});

describe('the characters a hall keeps', () => {
  it('are those of its text without whitespace and controls, whatever ASCII the text carries', () => {
    const base = glyphSet('');
    // What the set is defined as: every character of the text but whitespace and controls, sorted, with a space.
    const defined = (text: string) => [...new Set([...base.trimEnd(), ...text.replace(/[\s\u0000-\u001f]/g, '')])].sort().join('') + ' ';
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '7', '{', '\t', '\n', '\u0001', '\u007f', '\u00a0', '\u3000', '国', '家', '“', '𠀋') }), (text) => {
      expect(glyphSet(text)).toBe(defined(text));
    }));
  });
});
