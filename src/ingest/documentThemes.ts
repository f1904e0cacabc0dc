/**
 * Themes taken from the documents themselves: a plan the theme vocabulary finds no field in gets
 * its most distinctive terms (a new-energy-vehicle plan → 新能源汽车, 充电桩 …), measured
 * against the other plans of the same ingest, so a plan is never left without a theme.
 */
import { pinyin } from 'pinyin-pro';
import type { Plan } from '../plan/schema';
import { distinctiveTerms } from './distinctiveTerms';
import { DEFAULT_VOCABULARY, type Vocabulary } from './themes';

/** How many terms stand for a plan the vocabulary does not describe. */
const TERMS_PER_PLAN = 5;
/** Ids of terms are kept apart from the vocabulary's (xr, ai …) by this prefix. */
export const TERM_ID_PREFIX = 'term-';

/** A stable id for a term: its pinyin, 新能源汽车 → term-xinnengyuanqiche. */
export function termId(term: string): string {
  const slug = pinyin(term, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `${TERM_ID_PREFIX}${slug || 'x'}`;
}

/** The words of a plan a reader sees: preamble, headings, clauses. */
export function planText(plan: Pick<Plan, 'preamble' | 'sections'>): string {
  const parts = [plan.preamble];
  for (const s of plan.sections) {
    parts.push(s.title, s.text);
    for (const g of s.groups) parts.push(g.title, g.text);
    for (const c of s.clauses) parts.push(c.lead, c.text);
  }
  return parts.join('\n');
}

/** True when a theme came from the document, not the vocabulary. */
const fromDocument = (t: Plan['themes'][number]) => t.label !== undefined;

/**
 * Gives every plan the vocabulary finds no field in (no theme, or only aspects such as funding)
 * its distinctive terms as themes, first, and the clauses that use a term that term's id. In
 * place. Terms found in an earlier pass (one document alone) are replaced, since the background
 * is now all the plans at hand.
 */
export function addDocumentThemes(plans: Plan[], vocab: Vocabulary = DEFAULT_VOCABULARY): Plan[] {
  // Read only when some plan needs its terms: most plans have a field the vocabulary names.
  let texts: string[] | undefined;
  plans.forEach((plan, i) => {
    const named = plan.themes.filter((t) => !fromDocument(t));
    if (named.some((t) => !vocab[t.id]?.aspect)) return;
    // Ids of the terms an earlier pass found: the same term has the same id, without asking pinyin again.
    const known = new Map(plan.themes.filter(fromDocument).map((t) => [t.label!, t.id]));
    const before = new Set(plan.themes.filter(fromDocument).map((t) => t.id));
    texts ??= plans.map(planText);
    const background = texts.filter((_, j) => j !== i);
    // A plan whose text is all generic words still has a title that says what it is about.
    let terms = distinctiveTerms(texts[i], background, { limit: TERMS_PER_PLAN });
    if (!terms.length) terms = distinctiveTerms(plan.title, background, { limit: TERMS_PER_PLAN });
    const own = terms.map((t) => ({ id: known.get(t.term) ?? termId(t.term), count: t.count, label: t.term }));
    plan.themes = [...own, ...named];
    for (const s of plan.sections) {
      for (const c of s.clauses) {
        const words = `${c.lead}${c.text}`;
        c.themes = [...own.filter((t) => words.includes(t.label)).map((t) => t.id), ...c.themes.filter((id) => !before.has(id))];
      }
    }
  });
  return plans;
}
