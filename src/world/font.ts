/**
 * The hall's font, parsed before the first frame so no label draws in a fallback face. Lives in
 * the world's chunk: troika (and three.js with it) stay out of the page's first download.
 */
import { preloadFont } from 'troika-three-text';

/** Resolves once troika has fetched and parsed the font at `url` (a few glyphs primed). */
export function preloadHallFont(url: string): Promise<void> {
  return new Promise((resolve) => preloadFont({ font: url, characters: '元宇宙' }, () => resolve()));
}
