/**
 * The hall's font, fetched and parsed in troika's worker as soon as the bundle names it, so the
 * first labels need not wait for it. Lives in the world's chunk: troika (and three.js with it)
 * stay out of the page's first download.
 */
import { preloadFont } from 'troika-three-text';

/** Resolves once troika has fetched and parsed the font at `url` (a few glyphs primed). */
export function preloadHallFont(url: string): Promise<void> {
  return new Promise((resolve) => preloadFont({ font: url, characters: '元宇宙' }, () => resolve()));
}
