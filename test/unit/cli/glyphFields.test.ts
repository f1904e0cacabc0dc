import fontverter from 'fontverter';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { subsetFonts } from '../../../src/cli/fontSubset';
import { buildGlyphFields, FIELD_PARAMS, rememberFields, type FieldCache } from '../../../src/cli/glyphFields';
import { readGlyphFields } from '../../../src/scene/glyphFields';

const { woff, sfnt } = await subsetFonts('国家亿元L ');
const built = buildGlyphFields(sfnt, '国家亿元L 国');
const fields = readGlyphFields({ file: 'test.fields.bin', ...built.index }, built.data);
const size = FIELD_PARAMS.size;

/** The glyph id the shipped WOFF gives a character (troika reads that file). */
async function woffGlyph(ch: string): Promise<number> {
  const font = new Font(new Face(new Blob(await fontverter.convert(woff, 'sfnt'))));
  return font.nominalGlyph(ch.codePointAt(0)!)!;
}

/** The field's value at a point given as fractions of the glyph's box (0,0 bottom left), inside its margin. */
function at(id: number, fx: number, fy: number): number {
  const { viewBox: [x0, y0, x1, y1], field } = fields.get(id)!;
  const c = FIELD_PARAMS.margin + 0.5 / size;
  const pad = Math.max(x1 - x0, y1 - y0) / (1 + 2 * c) * c;
  const col = Math.floor((pad + fx * (x1 - x0 - 2 * pad)) / (x1 - x0) * size);
  const row = Math.floor((pad + fy * (y1 - y0 - 2 * pad)) / (y1 - y0) * size);
  return field[row * size + col];
}

describe('prebuilt glyph fields', () => {
  it('has one field per drawn glyph, named by the id the shipped font gives it', async () => {
    // Five glyphs with outlines; the space and the repeated 国 add none.
    expect(built.index.glyphs.length / 5).toBe(5);
    expect(built.data.length).toBe(5 * size * size);
    for (const ch of '国家亿元L') expect(fields.has(await woffGlyph(ch)), ch).toBe(true);
  });

  it('is a distance field over the glyph, bottom row first as troika samples it', async () => {
    // L: its stem rises on the left, so high on the left is inside (above half) and high on the right outside.
    const L = await woffGlyph('L');
    expect(at(L, 0.05, 0.9)).toBeGreaterThan(127);
    expect(at(L, 0.9, 0.9)).toBeLessThan(127);
    // Its foot runs along the bottom: low on the right is inside.
    expect(at(L, 0.9, 0.03)).toBeGreaterThan(127);
    // Every field has both inside and outside.
    for (const { field } of fields.values()) {
      expect(Math.max(...field)).toBeGreaterThan(127);
      expect(Math.min(...field)).toBeLessThan(127);
    }
  });

  it('refuses data that does not match its index, naming the file', () => {
    expect(() => readGlyphFields({ file: 'hall.fields.bin', ...built.index }, built.data.subarray(1))).toThrow(/hall\.fields\.bin: .* need/);
  });
});

describe('glyph fields made once', () => {
  it('reuses a field made with another subset of the font, under the id the new subset gives it', async () => {
    const cache: FieldCache = new Map();
    const first = buildGlyphFields((await subsetFonts('国家 ')).sfnt, '国家', cache);
    expect([...cache.keys()].sort()).toEqual(['国', '家']);
    // A bigger subset renumbers the glyphs: 丁 and 亿 come before 国 in the full font.
    const { sfnt: other } = await subsetFonts('丁亿国家 ');
    const cached = buildGlyphFields(other, '丁国家', cache);
    const fresh = buildGlyphFields(other, '丁国家');
    expect(cached.index).toEqual(fresh.index);
    expect(Buffer.from(cached.data).equals(Buffer.from(fresh.data))).toBe(true);
    // 国: first in the first subset's list, second (after 丁) in the other's, under a new id.
    expect(cached.index.glyphs[5]).not.toBe(first.index.glyphs[0]);
    expect(cache.size).toBe(3);
  });
});

describe('fields a build shipped', () => {
  it('are remembered by character from the shipped font and index, and serve a later subset', async () => {
    const shipped = await subsetFonts('国家元 ');
    const made = buildGlyphFields(shipped.sfnt, '国家');
    const cache: FieldCache = new Map();
    rememberFields(cache, shipped.sfnt, '国家元 ', made.index, readGlyphFields({ file: 'x', ...made.index }, made.data));
    // 元 was in the font but not in the first view: no field to remember.
    expect([...cache.keys()].sort()).toEqual(['国', '家']);
    const { sfnt } = await subsetFonts('丁国家 ');
    expect(buildGlyphFields(sfnt, '国家', cache)).toEqual(buildGlyphFields(sfnt, '国家'));
    // Fields of another size are not troika's now: none remembered.
    const other: FieldCache = new Map();
    rememberFields(other, shipped.sfnt, '国家', { ...made.index, size: 32 }, readGlyphFields({ file: 'x', ...made.index }, made.data));
    expect(other.size).toBe(0);
  });
});
