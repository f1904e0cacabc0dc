/**
 * The hall's Chinese font: Noto Sans SC (OFL) cut down to the characters the hall can show, written
 * next to the scene bundle as WOFF (troika cannot read WOFF2). Shipping it means no glyph is ever
 * fetched from a CDN. The character set is the plans' text plus every character the layout and the
 * synthetic generator can print (taken from their sources), so `?synthetic=N` is covered too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';

/** Characters every hall needs: printable ASCII, typographic punctuation, the missing-glyph box. */
const BASE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '·—–…“”‘’■□‹›×≤≥→←';

/** Source folders whose string literals can reach a label. */
const SOURCE_DIRS = ['src/layout', 'src/plan', 'src/ingest'];

function sourceChars(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += sourceChars(path);
    else if (/\.(ts|json)$/.test(name)) out += readFileSync(path, 'utf8').replace(/[\x00-\x7f]/g, '');
  }
  return out;
}

/** The sorted, de-duplicated characters to keep for a hall showing `text`. */
export function glyphSet(text: string, root = '.'): string {
  const all = BASE + text + SOURCE_DIRS.map((d) => sourceChars(join(root, d))).join('');
  return [...new Set(all.replace(/[\s\u0000-\u001f]/g, ''))].sort().join('') + ' ';
}

/** Path of the full font in node_modules. */
export function fullFontPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
}

/** The font subset to `chars`: as shipped (WOFF), and the same font as plain sfnt for the build to read. */
export async function subsetFonts(chars: string): Promise<{ woff: Buffer; sfnt: Buffer }> {
  const sfnt = await subsetFont(readFileSync(fullFontPath()), chars, { targetFormat: 'sfnt' });
  // One subset, wrapped: the WOFF's glyph ids are the sfnt's, which the prebuilt glyph fields name.
  return { sfnt, woff: await fontverter.convert(sfnt, 'woff') };
}
