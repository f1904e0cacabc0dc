/**
 * npm run docs:controls: writes README's table of keys from the key map (src/input/keymap.ts),
 * between the markers that hold it. test/unit/input/keymap.test.ts fails while they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { controlsMarkdown } from '../input/keymap';

/** The markers around the generated table in README.md. */
export const CONTROLS_BEGIN = '<!-- controls:begin (npm run docs:controls writes this table from src/input/keymap.ts) -->';
export const CONTROLS_END = '<!-- controls:end -->';

/** `readme` with the table between the markers replaced by the key map's; throws when a marker is missing. */
export function withControls(readme: string): string {
  const begin = readme.indexOf(CONTROLS_BEGIN);
  const end = readme.indexOf(CONTROLS_END);
  if (begin < 0 || end < begin) throw new Error(`README.md lacks the markers ${CONTROLS_BEGIN} … ${CONTROLS_END}`);
  return `${readme.slice(0, begin + CONTROLS_BEGIN.length)}\n${controlsMarkdown()}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../../README.md', import.meta.url);
  writeFileSync(path, withControls(readFileSync(path, 'utf8')));
}
