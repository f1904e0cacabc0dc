/**
 * Glyph distance fields built ahead of time for the characters of the hall's first view.
 *
 * troika draws text from a signed distance field per glyph, which it makes when a glyph is first
 * shown: in JavaScript workers about 9 ms a CJK glyph on one core, so the hundred-odd glyphs of
 * the entrance cost a second of CPU before a visitor can read anything (measured under SwiftShader:
 * the seed hall is ready in 1.23 s with these fields, 1.93 s without, medians of 11 loads).
 * They are made by the generator troika uses (webgl-sdf-generator's JavaScript one) at troika's
 * size, margin and exponent over troika's glyph boxes, so a prebuilt glyph is the glyph troika
 * would have drawn. Our troika patch (patches/) asks for them before generating one.
 */
import { Blob, Face, Font } from 'harfbuzzjs';
import createSDFGenerator from 'webgl-sdf-generator';
import type { GlyphFieldIndex } from '../scene/bundle';
import type { GlyphField } from '../scene/glyphFields';

/** troika's defaults, which the app hands back to it from the bundle so both sides agree. */
export const FIELD_PARAMS = { size: 64, margin: 1 / 16, exponent: 9 } as const;

/** The fields of a set of glyphs: their index for the bundle (file name left to the caller) and their bytes. */
export interface GlyphFields {
  index: Omit<GlyphFieldIndex, 'file'>;
  data: Uint8Array;
}

const generate = createSDFGenerator().javascript.generate;

/**
 * Fields made so far, by character (null: a blank glyph). A glyph's outline is the same in every
 * subset of one font — only its id changes — so a rebuild with another subset of the same font
 * makes fields only for characters it has not seen (at ~50 ms a CJK glyph, the most of a publish).
 * One cache per font.
 */
export type FieldCache = Map<string, { viewBox: number[]; field: Uint8Array } | null>;

/** One glyph's field and its box, or null when it draws nothing. */
function makeField(font: Font, id: number): { viewBox: number[]; field: Uint8Array } | null {
  const { size, margin, exponent } = FIELD_PARAMS;
  const path = font.glyphToPath(id);
  const ext = font.glyphExtents(id);
  // Blank glyphs (spaces) have nothing to draw and cost troika nothing.
  if (!path || !ext || ext.width === 0 || ext.height === 0) return null;
  // The glyph's box as troika reads it from the font (xMin, yMin, xMax, yMax), with troika's margin.
  const box = [ext.xBearing, ext.yBearing + ext.height, ext.xBearing + ext.width, ext.yBearing];
  const pad = Math.max(box[2] - box[0], box[3] - box[1]) / size * (margin * size + 0.5);
  // Hundredths of a font unit are plenty, and keep the bundle's index short.
  const viewBox = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad].map((v) => Math.round(v * 100) / 100);
  const maxDist = Math.max(viewBox[2] - viewBox[0], viewBox[3] - viewBox[1]);
  return { viewBox, field: generate(size, size, path, viewBox, maxDist, exponent) };
}

/** Fields, in font units and troika's layout, of the glyphs `chars` map to in `sfnt` (the font the app ships). */
export function buildGlyphFields(sfnt: Uint8Array, chars: string, cache: FieldCache = new Map()): GlyphFields {
  const { size } = FIELD_PARAMS;
  const font = new Font(new Face(new Blob(sfnt)));
  const glyphs: number[] = [];
  const fields: Uint8Array[] = [];
  const seen = new Set<number>();
  for (const ch of chars) {
    const id = font.nominalGlyph(ch.codePointAt(0)!);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (!cache.has(ch)) cache.set(ch, makeField(font, id));
    const made = cache.get(ch);
    if (!made) continue;
    fields.push(made.field);
    glyphs.push(id, ...made.viewBox);
  }
  const data = new Uint8Array(fields.length * size * size);
  fields.forEach((f, i) => data.set(f, i * size * size));
  return { index: { ...FIELD_PARAMS, glyphs }, data };
}

/**
 * Puts fields an earlier build shipped into `cache`, by character: `byId` names them by their ids
 * in `sfnt`, the subset they were built with, which maps `chars` to those ids. Fields of other
 * parameters are left out (they would not be the glyphs troika draws now).
 */
export function rememberFields(cache: FieldCache, sfnt: Uint8Array, chars: string, index: Pick<GlyphFieldIndex, 'size' | 'margin' | 'exponent'>, byId: Map<number, GlyphField>): void {
  if (index.size !== FIELD_PARAMS.size || index.margin !== FIELD_PARAMS.margin || index.exponent !== FIELD_PARAMS.exponent) return;
  const font = new Font(new Face(new Blob(sfnt)));
  for (const ch of chars) {
    const id = font.nominalGlyph(ch.codePointAt(0)!);
    const made = id === undefined ? undefined : byId.get(id);
    if (made && !cache.has(ch)) cache.set(ch, { viewBox: made.viewBox, field: made.field.slice() });
  }
}
