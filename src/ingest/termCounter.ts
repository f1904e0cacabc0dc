/**
 * Counts, for several lists of terms at once, how often each list is signalled in a text — in one
 * pass over the text, where one regular expression per list would scan it once per list (a plan
 * has hundreds of clauses and the vocabulary a dozen or more themes).
 *
 * It counts exactly what `text.match(new RegExp(terms.join('|'), 'gi'))` counts for each list,
 * with Latin terms (letters and digits only) standing alone, as themes.ts writes them: matches
 * of one list do not overlap, are taken left to right, and at each position the first term of the
 * list that matches wins. Case is folded for ASCII letters only; a list with a term whose letters
 * could fold otherwise (é, Ａ, Ж) is left to the regular expression (`counterFor` gives undefined).
 */

/** One term of one list, as the counter compares it. */
interface Alternative {
  list: number;
  /** The term with ASCII letters lower-cased. */
  folded: string;
  /** A Latin term: no ASCII letter may touch it on either side. */
  standalone: boolean;
}

/** Counts per list for a text; lists that never match are 0. */
export type TermCounter = (text: string) => Int32Array;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const foldCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * True when case-insensitive matching (no `u` flag) of this character can only ever equal itself
 * or, for an ASCII letter, its other case: ASCII, and caseless characters from the CJK blocks up
 * (no character upper-cases to one of those; checked over the whole BMP when this was written).
 */
function foldsSafely(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return true;
  return c >= 0x2e80 && ch.toUpperCase() === ch && ch.toLowerCase() === ch;
}

/** A counter for these lists of terms, or undefined when one of them needs the regular expression. */
export function counterFor(lists: readonly (readonly string[])[]): TermCounter | undefined {
  // Alternatives by the folded first code unit of their term, in list order then term order;
  // `first` gives a code unit's place in `byFirst` plus one (a typed array: one read per character).
  const byFirst: Alternative[][] = [];
  const first = new Int32Array(0x10000);
  for (let list = 0; list < lists.length; list++) {
    for (const term of lists[list]) {
      if (!term || ![...term].every(foldsSafely)) return undefined;
      let folded = '';
      for (let i = 0; i < term.length; i++) folded += String.fromCharCode(foldCode(term.charCodeAt(i)));
      const alt = { list, folded, standalone: /^[A-Za-z0-9]+$/.test(term) };
      const code = folded.charCodeAt(0);
      if (!first[code]) first[code] = byFirst.push([]);
      byFirst[first[code] - 1].push(alt);
    }
  }
  const n = lists.length;
  return (text: string) => {
    const counts = new Int32Array(n);
    // Where each list may next match: after the end of its last match (matches do not overlap).
    const next = new Int32Array(n);
    for (let at = 0; at < text.length; at++) {
      const slot = first[foldCode(text.charCodeAt(at))];
      if (!slot) continue;
      for (const alt of byFirst[slot - 1]) {
        if (next[alt.list] > at || !matchesAt(text, at, alt)) continue;
        counts[alt.list]++;
        next[alt.list] = at + alt.folded.length;
      }
    }
    return counts;
  };
}

function matchesAt(text: string, at: number, alt: Alternative): boolean {
  const term = alt.folded;
  if (at + term.length > text.length) return false;
  for (let k = 1; k < term.length; k++) if (foldCode(text.charCodeAt(at + k)) !== term.charCodeAt(k)) return false;
  if (!alt.standalone) return true;
  return !(at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) && !(at + term.length < text.length && isAsciiLetter(text.charCodeAt(at + term.length)));
}
