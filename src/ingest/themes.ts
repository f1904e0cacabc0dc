/**
 * Themes: which technologies and fields a clause or plan addresses, from a vocabulary a user
 * can extend (seeds/vocabulary.yaml has the same shape as vocab/themes.json).
 */
import builtIn from './vocab/themes.json';
import { counterFor, type TermCounter } from './termCounter';

/** One theme: labels and the terms that signal it. */
export interface Theme {
  zh: string;
  en: string;
  terms: string[];
  /** A side every kind of plan has (funding, talent, governance), not a field: alone it does not say what a plan is about. */
  aspect?: boolean;
}

/** Theme id → theme. */
export type Vocabulary = Record<string, Theme>;

/** The built-in vocabulary. */
export const DEFAULT_VOCABULARY: Vocabulary = builtIn.themes;

/** Merges a user's vocabulary over the built-in one (new themes added, terms of existing ones extended). */
export function mergeVocabulary(base: Vocabulary, extra: Partial<Record<string, Partial<Theme>>> | undefined): Vocabulary {
  const out: Vocabulary = { ...base };
  for (const [id, t] of Object.entries(extra ?? {})) {
    if (!t) continue;
    const prev = out[id];
    out[id] = {
      zh: t.zh ?? prev?.zh ?? id,
      en: t.en ?? prev?.en ?? id,
      terms: [...new Set([...(prev?.terms ?? []), ...(t.terms ?? [])])],
      ...((t.aspect ?? prev?.aspect) ? { aspect: true } : {}),
    };
  }
  return out;
}

interface Compiled {
  ids: string[];
  /** One pass over a text for all themes; undefined when a term needs the regular expressions. */
  counter?: TermCounter;
  res: RegExp[];
}
const cache = new WeakMap<Vocabulary, Compiled>();

function compile(vocab: Vocabulary): Compiled {
  let c = cache.get(vocab);
  if (!c) {
    const themes = Object.entries(vocab);
    const res = themes.map(([, t]) => {
      // Latin terms must stand alone (AR, not the AR in "ARM"); Chinese terms match anywhere.
      const parts = t.terms.map((term) => {
        const esc = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return /^[A-Za-z0-9]+$/.test(term) ? `(?<![A-Za-z])${esc}(?![A-Za-z])` : esc;
      });
      return new RegExp(parts.join('|'), 'gi');
    });
    c = { ids: themes.map(([id]) => id), counter: counterFor(themes.map(([, t]) => t.terms)), res };
    cache.set(vocab, c);
  }
  return c;
}

/** Counts how often each theme is signalled in `text`. */
export function themeCounts(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): Map<string, number> {
  const out = new Map<string, number>();
  const { ids, counter, res } = compile(vocab);
  // The same counts as the regular expressions (termCounter.ts), in one pass for all themes.
  const counts = counter?.(text);
  for (let i = 0; i < ids.length; i++) {
    let n: number;
    if (counts) n = counts[i];
    else {
      res[i].lastIndex = 0;
      n = text.match(res[i])?.length ?? 0;
    }
    if (n) out.set(ids[i], n);
  }
  return out;
}

/** Themes signalled in `text`, most signalled first. */
export function themesOf(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): string[] {
  return [...themeCounts(text, vocab).entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
