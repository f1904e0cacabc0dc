/** Loads and validates a scene bundle, and the glyph fields beside it, from this origin. */
import { SceneBundle, type GlyphFieldIndex } from '../scene/bundle';
import { readGlyphFields, type GlyphField } from '../scene/glyphFields';

/** Fetches /generated/<scene>.json and checks it against the schema. */
export async function loadBundle(scene = 'hall'): Promise<SceneBundle> {
  const res = await fetch(`${import.meta.env.BASE_URL}generated/${encodeURIComponent(scene)}.json`);
  if (!res.ok) throw new Error(`scene "${scene}" could not be loaded (HTTP ${res.status}); run npm run scenes`);
  const r = SceneBundle.safeParse(await res.json());
  if (!r.success) throw new Error(`scene "${scene}" is not a valid bundle: ${r.error.issues[0]?.message}`);
  return r.data;
}

/** Fetches the prebuilt glyph fields; without them (a missing or broken file) every glyph is made in the page. */
export async function loadGlyphFields(index: GlyphFieldIndex): Promise<Map<number, GlyphField>> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}generated/${encodeURIComponent(index.file)}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return readGlyphFields(index, new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    console.warn(`glyph fields ${index.file} not used, the first view's glyphs are made in the page: ${(e as Error).message}`);
    return new Map();
  }
}
