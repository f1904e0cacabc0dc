/**
 * The hall's font and its prebuilt glyph fields, handed to troika before its first text. Lives in
 * the world's chunk: troika (and three.js with it) stay out of the page's first download.
 */
import { configureTextBuilder, getTextRenderInfo } from 'troika-three-text';
import type { GlyphFieldIndex } from '../scene/bundle';
import type { GlyphField } from '../scene/glyphFields';
import { setGlyphFieldSource } from '../state/diagnostics';

/** Glyphs laid out so far whose fields came prebuilt, and those troika had to generate. */
const glyphFieldUse = { prebuilt: 0, generated: 0 };
setGlyphFieldSource(() => ({ ...glyphFieldUse }));

/** The font whose glyph fields came prebuilt, and the fields. */
let prebuilt = { src: '', size: -1, byId: new Map<number, GlyphField>() };

/**
 * The prebuilt glyph fields troika uses from now on: those of the font at `url`. A hall the studio
 * republished while open switches to its new font subset and the fields built with it.
 */
export function setGlyphFields(url: string, index: GlyphFieldIndex | undefined, fields: Promise<Map<number, GlyphField>>): Promise<void> {
  const src = new URL(url, location.href).href;
  return fields.then((byId) => { prebuilt = { src, size: index?.size ?? -1, byId }; });
}

/**
 * Configures troika for the hall's font — the prebuilt glyph fields `index` describes and `fields`
 * brings, with their size, margin and exponent — and has troika fetch and parse the font at once.
 * troika takes configuration only before its first text; the fields may still be on their way
 * then, so the world draws no label until `fieldsIn`. `fontLoaded`: the font is parsed.
 *
 * The first view is typeset on this thread: while loading it has time to spare, and starting
 * troika's worker (a dozen module round trips through a busy page, then its own font request) put
 * 350 ms on the way to the first frame. typesetInWorker hands later text to the worker.
 */
export function prepareHallText(url: string, index: GlyphFieldIndex | undefined, fields: Promise<Map<number, GlyphField>>): { fieldsIn: Promise<void>; fontLoaded: Promise<void> } {
  const fieldsIn = setGlyphFields(url, index, fields);
  configureTextBuilder({
    useWorker: false,
    ...(index && { sdfGlyphSize: index.size, sdfMargin: index.margin, sdfExponent: index.exponent }),
    glyphFields: (src, id, size) => {
      const hit = src === prebuilt.src && size === prebuilt.size ? prebuilt.byId.get(id) ?? null : null;
      glyphFieldUse[hit ? 'prebuilt' : 'generated']++;
      return hit;
    },
  });
  return { fieldsIn, fontLoaded: loadFont(url) };
}

/**
 * From now on troika typesets in its worker, so text that comes while walking never holds up a
 * frame; the worker loads the font at once, while the visitor looks at the first view.
 */
export function typesetInWorker(url: string): void {
  configureTextBuilder({ useWorker: true });
  void loadFont(url);
}

/** Has troika's current typesetter load and parse the font: a space, which needs no glyph field made. */
function loadFont(url: string): Promise<void> {
  return new Promise((resolve) => getTextRenderInfo({ font: url, text: ' ', gpuAccelerateSDF: false }, () => resolve()));
}
