/**
 * The readable units of a plan, in document order: what a booth's clause panel pages through and
 * what the reader shows. A clause is one unit; so is the text of a group (指导思想, 发展目标,
 * a safeguard) or of a section that has text of its own (the answers of a Q&A interpretation).
 */
import type { Plan, Source, Target } from '../plan/schema';

/** One readable unit of a plan. */
export interface Article {
  /** Position among the plan's articles. */
  index: number;
  /** Position among the plan's clauses, when this article is a clause. */
  clauseIndex: number | null;
  kind: 'section' | 'group' | 'clause';
  sectionIndex: number;
  /** The section heading it stands under, e.g. "二、主要任务". */
  sectionTitle: string;
  /** Heading of the unit itself: the group title, or the clause number with its lead. */
  number: string;
  lead: string;
  text: string;
  units: string[];
  themes: string[];
  source: Source;
}

/** Every article of `plan`, in document order. */
export function articlesOf(plan: Pick<Plan, 'sections'>): Article[] {
  const out: Article[] = [];
  let clauseIndex = 0;
  plan.sections.forEach((s, sectionIndex) => {
    const sectionTitle = `${s.number}、${s.title}`;
    const push = (a: Omit<Article, 'index' | 'sectionIndex' | 'sectionTitle'>) => out.push({ ...a, index: out.length, sectionIndex, sectionTitle });
    if (s.text.trim()) push({ kind: 'section', clauseIndex: null, number: '', lead: s.title, text: s.text, units: [], themes: [], source: s.source });
    const clause = (c: (typeof s.clauses)[number]) =>
      push({ kind: 'clause', clauseIndex: clauseIndex++, number: c.number, lead: c.lead, text: c.text, units: c.units, themes: c.themes, source: c.source });
    const placed = new Set<string>();
    for (const g of s.groups ?? []) {
      if (g.text.trim()) push({ kind: 'group', clauseIndex: null, number: `（${g.number}）`, lead: g.title, text: g.text, units: [], themes: [], source: g.source });
      for (const c of s.clauses) if (c.group === g.number) { clause(c); placed.add(c.number); }
    }
    for (const c of s.clauses) if (!placed.has(c.number)) clause(c);
  });
  return out;
}

/** The article that deep links and `openClause` mean by a clause index: the clause itself, or,
 * in a plan without numbered clauses (a Q&A), the article at that position. */
export function articleForClause(articles: Article[], clauseIndex: number): Article | undefined {
  const hasClauses = articles.some((a) => a.clauseIndex !== null);
  return hasClauses ? articles.find((a) => a.clauseIndex === clauseIndex) : articles[clauseIndex];
}

/** What locating a target's quote needs to know of the target. */
export type QuotedTarget = Pick<Target, 'where' | 'source' | 'quote' | 'min' | 'max' | 'unit'>;

/** The article a target's figure stands in (its clause, else the first article of its section). */
export function articleOfTarget(articles: Article[], t: Pick<Target, 'where' | 'source'>): Article | undefined {
  // A quote's offset is the surest link: the article whose source span contains it.
  const at = t.source.start;
  const hit = articles.find((a) => a.source.start <= at && at < a.source.end);
  if (hit) return hit;
  const inSection = articles.filter((a) => a.sectionIndex === t.where.section);
  return inSection.find((a) => a.kind === 'clause' && a.number === t.where.clause) ?? inSection[0];
}

/** The article a target's quote stands in, and where in its text (when the quote can be found). */
export function quoteLocation(articles: Article[], t: QuotedTarget): { article: Article; span?: { start: number; end: number } } | undefined {
  const article = articleOfTarget(articles, t);
  return article && { article, span: quoteSpan(article, t) };
}

/** Where a target's quote stands in an article's text (offsets into `text`), if it can be found. */
export function quoteSpan(article: Article, t: Pick<Target, 'quote' | 'min' | 'max' | 'unit'>): { start: number; end: number } | undefined {
  for (const needle of [t.quote, t.quote.replace(/[。；，]$/, ''), `${t.max}${t.unit}`, String(t.max)]) {
    const i = needle ? article.text.indexOf(needle) : -1;
    if (i >= 0) return { start: i, end: i + needle.length };
  }
  return undefined;
}
