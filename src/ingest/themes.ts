/**
 * Themes: which technologies and fields a clause or plan addresses, from a vocabulary a user
 * can extend (seeds/vocabulary.yaml has the same shape as vocab/themes.json).
 */
import builtIn from './vocab/themes.json';

/** One theme: labels and the terms that signal it. */
export interface Theme {
  zh: string;
  en: string;
  terms: string[];
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
    };
  }
  return out;
}

interface Compiled {
  id: string;
  re: RegExp;
}
const cache = new WeakMap<Vocabulary, Compiled[]>();

function compile(vocab: Vocabulary): Compiled[] {
  let c = cache.get(vocab);
  if (!c) {
    c = Object.entries(vocab).map(([id, t]) => {
      // Latin terms must stand alone (AR, not the AR in "ARM"); Chinese terms match anywhere.
      const parts = t.terms.map((term) => {
        const esc = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return /^[A-Za-z0-9]+$/.test(term) ? `(?<![A-Za-z])${esc}(?![A-Za-z])` : esc;
      });
      return { id, re: new RegExp(parts.join('|'), 'gi') };
    });
    cache.set(vocab, c);
  }
  return c;
}

/** Counts how often each theme is signalled in `text`. */
export function themeCounts(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): Map<string, number> {
  const out = new Map<string, number>();
  for (const { id, re } of compile(vocab)) {
    re.lastIndex = 0;
    const n = text.match(re)?.length ?? 0;
    if (n) out.set(id, n);
  }
  return out;
}

/** Themes signalled in `text`, most signalled first. */
export function themesOf(text: string, vocab: Vocabulary = DEFAULT_VOCABULARY): string[] {
  return [...themeCounts(text, vocab).entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
