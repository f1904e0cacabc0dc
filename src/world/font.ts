/**
 * The hall's font and its prebuilt glyph fields, handed to troika before its first text. Lives in
 * the world's chunk: troika (and three.js with it) stay out of the page's first download.
 */
import { configureTextBuilder, getTextRenderInfo, type PrebuiltGlyphField } from 'troika-three-text';
import type { GlyphFieldIndex } from '../scene/bundle';
import { readGlyphFields } from '../scene/glyphFields';
import { setGlyphFieldSource } from '../state/diagnostics';

/** Glyphs laid out so far whose fields came prebuilt, and those troika had to generate. */
const glyphFieldUse = { prebuilt: 0, generated: 0 };
setGlyphFieldSource(() => ({ ...glyphFieldUse }));

/** Fetches the prebuilt fields; without them (a missing or broken file) troika makes every glyph itself. */
async function fetchGlyphFields(base: string, index: GlyphFieldIndex): Promise<Map<number, PrebuiltGlyphField>> {
  try {
    const res = await fetch(new URL(index.file, base));
    if (!res.ok) throw new Error(`${index.file}: HTTP ${res.status}`);
    return readGlyphFields(index, new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    console.warn(`glyph fields not used, text is laid out without them: ${(e as Error).message}`);
    return new Map();
  }
}

/**
 * Configures troika for the hall's font (its prebuilt fields, and their size, margin and exponent),
 * then has troika fetch and parse the font in its worker. Resolves once configured: troika takes
 * its configuration only before its first text, so the world waits for this before drawing any.
 * `fontLoaded` resolves when the font is parsed.
 */
export async function prepareHallText(font: { url: string; fields?: GlyphFieldIndex }): Promise<{ fontLoaded: Promise<void> }> {
  const fontSrc = new URL(font.url, location.href).href;
  const index = font.fields;
  const fields = index ? await fetchGlyphFields(fontSrc, index) : new Map<number, PrebuiltGlyphField>();
  configureTextBuilder({
    ...(index && { sdfGlyphSize: index.size, sdfMargin: index.margin, sdfExponent: index.exponent }),
    glyphFields: (src, id, size) => {
      const hit = src === fontSrc && size === index?.size ? fields.get(id) ?? null : null;
      glyphFieldUse[hit ? 'prebuilt' : 'generated']++;
      return hit;
    },
  });
  // A few glyphs make troika load the font; in workers, whatever the GPU (they are likely prebuilt).
  const fontLoaded = new Promise<void>((resolve) => getTextRenderInfo({ font: font.url, text: '元宇宙', gpuAccelerateSDF: false }, () => resolve()));
  return { fontLoaded };
}
