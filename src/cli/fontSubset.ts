/**
 * The hall's Chinese font: Noto Sans SC (OFL) cut down to the characters the hall can show, written
 * next to the scene bundle as WOFF (troika cannot read WOFF2). Shipping it means no glyph is ever
 * fetched from a CDN. The character set is the plans' text plus every character the layout and the
 * synthetic generator can print (taken from their sources), so `?synthetic=N` is covered too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { sfntToWoff } from './woff';

/** Characters every hall needs: printable ASCII, typographic punctuation, the missing-glyph box. */
const BASE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '·—–…“”‘’■□‹›×≤≥→←';

/** Source folders whose string literals can reach a label. */
const SOURCE_DIRS = ['src/layout', 'src/plan', 'src/ingest'];

/** Source characters by folder: read once a process (a studio publish would read them every time). */
const sourceMemo = new Map<string, string>();

function sourceChars(dir: string): string {
  const known = sourceMemo.get(dir);
  if (known !== undefined) return known;
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += sourceChars(path);
    else if (/\.(ts|json)$/.test(name)) out += readFileSync(path, 'utf8').replace(/[\x00-\x7f]/g, '');
  }
  sourceMemo.set(dir, out);
  return out;
}

/** The sorted, de-duplicated characters to keep for a hall showing `text`. */
export function glyphSet(text: string, root = '.'): string {
  // ASCII below DEL is in BASE or is dropped below: taking it out first spares walking a
  // multi-megabyte bundle's JSON character by character (most of a publish's font step).
  const all = BASE + text.replace(/[\x00-\x7e]+/g, '') + SOURCE_DIRS.map((d) => sourceChars(join(root, d))).join('');
  return [...new Set(all.replace(/[\s\u0000-\u001f]/g, ''))].sort().join('') + ' ';
}

/** Path of the full font in node_modules. */
export function fullFontPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
}

/** The full font's bytes, read once (10 MB). */
let fullFont: Buffer | null = null;

/** A font subset: as shipped (WOFF), and the same font as plain sfnt for the build to read. */
export interface FontSubset { woff: Buffer; sfnt: Buffer }

/** The font subset to `chars`. */
export async function subsetFonts(chars: string): Promise<FontSubset> {
  fullFont ??= readFileSync(fullFontPath());
  const sfnt = await subsetFont(fullFont, chars, { targetFormat: 'sfnt' });
  // One subset, wrapped: the WOFF's glyph ids are the sfnt's, which the prebuilt glyph fields name.
  return { sfnt, woff: sfntToWoff(sfnt) };
}

/**
 * Reads the full font and starts the subsetter (harfbuzz's WebAssembly) with a one-glyph subset:
 * a process's first subset otherwise pays for both, three times its own work.
 */
export async function prepareSubsetter(): Promise<void> {
  await subsetFonts('□');
}

/**
 * Subsets made in this process, so a rebuild whose characters an earlier subset already covers
 * (a corrected figure, a hidden booth, an undo) makes no new one: a font is rebuilt only when new
 * glyphs appear. The few most recent are kept.
 */
export class SubsetCache {
  private made: { chars: string; set: Set<string>; subset: Promise<FontSubset> }[] = [];
  constructor(private readonly keep = 4) {}

  /** Remembers a subset made elsewhere (the one the build shipped). */
  add(chars: string, subset: FontSubset): void {
    this.made = [{ chars, set: new Set(chars), subset: Promise.resolve(subset) }, ...this.made].slice(0, this.keep);
  }

  /** A subset covering `chars`, with the characters it really has (a superset of `chars` when reused). */
  async get(chars: string): Promise<FontSubset & { chars: string }> {
    const need = [...chars];
    // The smallest that covers: a hall does not carry more glyphs than it must.
    const hit = this.made.filter((m) => need.every((c) => m.set.has(c))).sort((a, b) => a.set.size - b.set.size)[0];
    const entry = hit ?? { chars, set: new Set(need), subset: subsetFonts(chars) };
    this.made = [entry, ...this.made.filter((m) => m !== entry)].slice(0, this.keep);
    try {
      return { ...(await entry.subset), chars: entry.chars };
    } catch (e) {
      this.made = this.made.filter((m) => m !== entry);
      throw e;
    }
  }
}
