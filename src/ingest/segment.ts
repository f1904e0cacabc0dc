/**
 * Segment: cleaned text → paragraphs with heading markers (一、 / （一） / 1. / （1）),
 * splitting items the page ran into the previous one and dropping text the page repeats.
 */
import { ordinal } from './numbers';

/** Heading levels: 1 一、  2 （一）  3 1.  4 （1）/①. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A paragraph of cleaned text, with its heading marker when it starts with one. */
export interface Para {
  start: number;
  end: number;
  text: string;
  level?: HeadingLevel;
  /** Heading number as written: 三, 一, 12. */
  number?: string;
  ord?: number;
  /** Text after the marker. */
  body?: string;
  /** Index of `body` within `text`. */
  bodyOffset?: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: [HeadingLevel, RegExp][] = [
  [1, new RegExp(`^(${CN})[、.．]\\s*`)],
  [2, new RegExp(`^[（(](${CN})[）)]\\s*`)],
  [3, /^(\d{1,3})\s*[.．、](?!\d)\s*/],
  [4, /^[（(](\d{1,2})[）)]\s*/],
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The heading marker a paragraph starts with, if any. */
export function markerOf(text: string): { level: HeadingLevel; number: string; length: number } | undefined {
  for (const [level, re] of MARKERS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { level, number: m[1], length: m[0].length };
  }
  const c = CIRCLED.indexOf(text[0]);
  if (c >= 0 && text.length > 1) return { level: 4, number: String(c + 1), length: 1 };
  return undefined;
}

// A sentence end followed by a marker: where a page ran the next item into this one (the match
// ends where the item begins). The sentence end is matched, not looked behind for: a pattern that
// begins with a character class is searched for quickly, one that begins with a look-behind is
// tried at every character.
const RUN_IN = new RegExp(`[。；;！!？?]\\s*(?=(?:\\d{1,3}[.．、](?!\\d))|(?:[（(]${CN}[）)])|(?:${CN}、))`, 'g');

function toPara(text: string, start: number): Para {
  const p: Para = { start, end: start + text.length, text };
  const mk = markerOf(text);
  if (mk) {
    p.level = mk.level;
    p.number = mk.number;
    p.ord = ordinal(mk.number);
    p.bodyOffset = mk.length;
    p.body = text.slice(mk.length);
  }
  return p;
}

/** Splits cleaned text into paragraphs, separating run-in items the page ran together. */
export function segment(text: string): Para[] {
  const raw: Para[] = [];
  let i = 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    if (j > i) raw.push(toPara(text.slice(i, j), i));
    i = j + 1;
  }
  // Split run-in items, but only where the marker continues its level's sequence.
  // The last ordinal seen at each level (undefined: none since its parent's last heading).
  const last: (number | undefined)[] = [];
  const split: Para[] = [];
  for (const p of raw) {
    const pieces: Para[] = [];
    if (p.level) {
      last[p.level] = p.ord!;
      for (let l = p.level + 1; l <= 4; l++) last[l] = undefined;
    }
    RUN_IN.lastIndex = 0;
    const cuts: number[] = [];
    for (let m = RUN_IN.exec(p.text); m; m = RUN_IN.exec(p.text)) {
      const at = m.index + m[0].length;
      const mk = markerOf(p.text.slice(at));
      if (!mk) continue;
      const ord = ordinal(mk.number);
      const before = last[mk.level];
      if (before !== undefined && ord === before + 1) {
        cuts.push(at);
        last[mk.level] = ord;
        for (let l = mk.level + 1; l <= 4; l++) last[l] = undefined;
      }
    }
    let from = 0;
    for (const at of cuts) {
      pieces.push(toPara(p.text.slice(from, at).trimEnd(), p.start + from));
      from = at;
    }
    if (cuts.length) {
      pieces.push(toPara(p.text.slice(from), p.start + from));
      split.push(...pieces);
    } else split.push(p);
  }
  return split;
}

/** Drops paragraphs a page printed twice (keeps the first). Apply within one part of a document. */
export function dropRepeats(paras: Para[]): { paras: Para[]; repeats: Para[] } {
  const seen = new Set<string>();
  const kept: Para[] = [];
  const repeats: Para[] = [];
  for (const p of paras) {
    const key = p.text.replace(/\s+/g, '').replace(/^[·•]/, '');
    if (key.length >= 12 && seen.has(key)) {
      repeats.push(p);
      continue;
    }
    seen.add(key);
    kept.push(p);
  }
  return { paras: kept, repeats };
}
