/** Search over every article of every booth: what the directory's search box runs. Pure. */
import type { Article } from './articles';

/** One hit: which booth and article, and the text around the match. */
export interface SearchHit {
  boothId: string;
  article: number;
  /** Text before, the match, and text after — rendered as text, never as HTML. */
  before: string;
  match: string;
  after: string;
  title: string;
}

/** Finds `query` (case-insensitive, whitespace ignored) in heading and body text; at most `limit` hits. */
export function searchArticles(booths: { id: string; articles: Article[] }[], query: string, limit = 50): SearchHit[] {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const b of booths) {
    for (const a of b.articles) {
      const full = `${a.lead}\n${a.text}`;
      const i = full.toLowerCase().indexOf(q);
      if (i < 0) continue;
      hits.push({
        boothId: b.id, article: a.index, title: `${a.number ? `${a.number} ` : ''}${a.lead}`,
        before: full.slice(Math.max(0, i - 14), i).replace(/\n/g, ' '), match: full.slice(i, i + q.length), after: full.slice(i + q.length, i + q.length + 24).replace(/\n/g, ' '),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
