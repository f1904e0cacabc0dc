/**
 * The facts parsePlans reads off one cleaned document, one function each: where the plan starts,
 * its title and kind, who issued it and where, when it was published and signed, where a figure
 * stands, and what a reader should be warned of. Pure.
 */
import type { Level, Plan, Source, Target } from '../plan/schema';
import type { Cleaned } from './clean';
import { findDates, formatDate } from './dates';
import { findPlanStart, findSignature, issuedBy, normalizeTitle, sameTitle, type PlanStart } from './frontMatter';
import { expandBody, levelOf } from './gazetteer';
import { namedTitle, type NamedTitle } from './namedTitle';
import { regionOf } from './region';
import type { Para } from './segment';

// How a plan's own title ends: the kind of document, then perhaps its period.
const PLAN_TITLE_END = /(计划|方案|规划|意见|办法|措施|纲要|政策|细则|条例|指南|要点|决定|通知|答复|解读)(\(.*\))?$/;
const TRUNCATED_END = /[。！？!?”’」』）)…：:；;]$/;

/** Where the plan starts, and the plan a news article names as issued (its headline is not the plan's title). */
export function planStart(paras: Para[], text: string): { start: PlanStart; named: NamedTitle | undefined } {
  const start = findPlanStart(paras);
  const named = namedTitle(text);
  const headline = start.title !== undefined && !start.attached && !PLAN_TITLE_END.test(start.title);
  if (named && (start.title === undefined || headline)) return { start: { ...start, title: named.title, bodyFrom: 0, preludeTo: 0, kind: 'plan' }, named };
  return { start, named };
}

/** Title: the plan's own, else a reply to a proposal (案由 + 的答复), else the first line (with a warning). */
export function titleAndKind(start: PlanStart, c: Cleaned, fields: Map<string, string>, paras: Para[], warnings: string[]): { title: string; kind: Plan['kind'] } {
  let title = start.title;
  const isReply = /答复如下|答复意见|的答复/.test(c.text) && (fields.has('案由') || /提案|建议.{0,6}收悉/.test(c.text));
  if (!title && isReply && fields.get('案由')) {
    const session = fields.get('届次');
    const no = fields.get('编号');
    title = `${fields.get('案由')}的答复${session && no ? `(${session}第${no}号提案)` : ''}`;
  }
  if (!title) {
    title = normalizeTitle(paras[0].text.slice(0, 60));
    warnings.push('no title line found; using the first line');
  }
  return { title, kind: isReply ? 'reply' : start.kind };
}

/** Who issued the plan, and where it applies. */
export interface Issue {
  issued: ReturnType<typeof issuedBy>;
  signature: ReturnType<typeof findSignature>;
  issuers: string[];
  region: string;
  level: Level;
}

/** Issuers: 「…联合印发《title》」, else the signature block, else the print line; and the region they govern. */
export function issueOf(c: Cleaned, title: string, paras: Para[], named: NamedTitle | undefined): Issue {
  const issued = issuedBy(c.text, title);
  const signature = findSignature(paras);
  const orgs = issued?.orgs ?? signature?.orgs ?? [];
  const region = regionOf(title, orgs, c.text, named && sameTitle(named.title, title) ? named.sentence : undefined);
  return { issued, signature, issuers: orgs.map((o) => expandBody(o, region)), region, level: levelOf(region) };
}

/** Dates: 《title》于9月15日正式发布 > the date of the issuing sentence > the signature date > the page's 发布日期. */
export function datesOf(c: Cleaned, title: string, issue: Issue, fields: Map<string, string>, year: number | undefined): { published?: string; signed?: string } {
  let published: string | undefined;
  const released = /《([^》]{4,80})》于((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:正式)?(?:发布|印发|出台|公布)/.exec(c.text);
  if (released && sameTitle(released[1], title)) published = formatDate(findDates(released[2])[0], year);
  if (!published && issue.issued?.dateText) published = formatDate(findDates(issue.issued.dateText)[0], year);
  const signed = issue.signature ? formatDate(findDates(issue.signature.date)[0], year) : undefined;
  const fieldDate = findDates(fields.get('发布日期') ?? '')[0];
  published ??= signed ?? (fieldDate ? formatDate(fieldDate) : undefined);
  return { published, signed };
}

/** Where a figure stands: the section and clause whose span contains it. */
export function locator(sections: Plan['sections']): (s: Source) => Target['where'] {
  return (s) => {
    for (let i = 0; i < sections.length; i++) {
      const sec = sections[i];
      if (s.start < sec.source.start || s.start >= sec.source.end) continue;
      const clause = sec.clauses.find((cl) => s.start >= cl.source.start && s.start < cl.source.end);
      return clause ? { section: i, clause: clause.number } : { section: i };
    }
    return {};
  };
}

/** What a reader of the plan should know about its text: no headings, repeats dropped, a truncated end. */
export function textWarnings(paras: Para[], o: { sections: number; bodyFrom: number; repeats: number }): string[] {
  const warnings: string[] = [];
  if (!o.sections && o.bodyFrom < paras.length) warnings.push('no section headings (一、二、…) found; the text is kept as a preamble');
  if (o.repeats) warnings.push(`dropped ${o.repeats} paragraph(s) the page printed twice`);
  const lastPara = paras[paras.length - 1];
  const closing = /^\d{4}\s*年.{1,8}日$|(局|厅|部|委|府|办|会|室|院|组|处|中心|政府)$/.test(lastPara.text);
  if (!closing && !TRUNCATED_END.test(lastPara.text)) warnings.push('the document appears truncated: its last paragraph ends mid-sentence');
  return warnings;
}
