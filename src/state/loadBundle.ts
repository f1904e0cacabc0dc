/** Loads and validates a scene bundle, and the glyph fields beside it, from this origin. */
import type { GlyphFieldIndex, SceneBundle } from '../scene/bundle';
import { BundleChecker } from '../scene/bundleCheck';
import { readGlyphFields, type GlyphField } from '../scene/glyphFields';

/** One checker a page: a bundle published while the page is open has only its changed plans checked. */
const checker = new BundleChecker();

/**
 * Fetches /generated/<scene>.json and checks it against the schema. `steps` gets the time (ms) of
 * each part: fetch (until the response's headers), read (the body, parsed) and check.
 */
export async function loadBundle(scene = 'hall', steps?: Record<string, number>): Promise<SceneBundle> {
  let t = performance.now();
  const lap = (name: string) => { const now = performance.now(); if (steps) steps[name] = Math.round(now - t); t = now; };
  const res = await fetch(`${import.meta.env.BASE_URL}generated/${encodeURIComponent(scene)}.json`);
  lap('fetch');
  if (!res.ok) throw new Error(`scene "${scene}" could not be loaded (HTTP ${res.status}); run npm run scenes`);
  const raw: unknown = await res.json();
  lap('read');
  const r = checker.check(raw);
  lap('check');
  if (!r.success) throw new Error(`scene "${scene}" is not a valid bundle: ${r.message}`);
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
