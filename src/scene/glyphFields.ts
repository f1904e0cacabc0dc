/** Reading the glyph fields prebuilt with a scene bundle (see src/cli/glyphFields.ts). Pure. */
import type { GlyphFieldIndex } from './bundle';

/** One glyph's field: its box in font units (x0, y0, x1, y1) and size × size bytes, bottom row first. */
export interface GlyphField {
  viewBox: number[];
  field: Uint8Array;
}

/** The fields in `data`, by glyph id; throws, naming the file, when data and index disagree. */
export function readGlyphFields(index: GlyphFieldIndex, data: Uint8Array): Map<number, GlyphField> {
  const area = index.size * index.size;
  const count = index.glyphs.length / 5;
  if (data.length !== count * area) throw new Error(`${index.file}: ${data.length} bytes, but ${count} glyph fields of ${index.size}×${index.size} need ${count * area}`);
  const fields = new Map<number, GlyphField>();
  for (let i = 0; i < count; i++) {
    const [id, ...viewBox] = index.glyphs.slice(i * 5, i * 5 + 5);
    fields.set(id, { viewBox, field: data.subarray(i * area, (i + 1) * area) });
  }
  return fields;
}

