import fontverter from 'fontverter';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { subsetFonts } from '../../../src/cli/fontSubset';
import { sfntToWoff } from '../../../src/cli/woff';

const { sfnt } = await subsetFonts('规划目标亿元AZ ');

/** The sfnt's tables by tag, as bytes. */
function tables(font: Uint8Array): Map<string, string> {
  const b = Buffer.from(font);
  const n = b.readUInt16BE(4);
  return new Map(Array.from({ length: n }, (_, i) => {
    const at = 12 + 16 * i;
    const off = b.readUInt32BE(at + 8);
    return [b.toString('latin1', at, at + 4), b.subarray(off, off + b.readUInt32BE(at + 12)).toString('hex')];
  }));
}

describe('sfnt → WOFF', () => {
  const woff = sfntToWoff(sfnt);

  it('is a WOFF another reader unpacks to the same tables', async () => {
    expect(woff.toString('latin1', 0, 4)).toBe('wOFF');
    expect(woff.readUInt32BE(8)).toBe(woff.length);
    const back = await fontverter.convert(woff, 'sfnt');
    expect(tables(back)).toEqual(tables(sfnt));
  });

  it('is smaller than the font it wraps, and the font in it still maps the characters', async () => {
    expect(woff.length).toBeLessThan(sfnt.length);
    const font = new Font(new Face(new Blob(await fontverter.convert(woff, 'sfnt'))));
    for (const ch of '规划亿Z') expect(font.nominalGlyph(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    expect(font.nominalGlyph('丁'.codePointAt(0)!)).toBeUndefined();
  });
});
