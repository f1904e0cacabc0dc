/**
 * parsePlans: one decoded document → the Plans it holds (pure; runs in Node and the browser).
 * clean → segment → find where the plan starts → structure → targets, themes, mentions.
 */
import { PLAN_SCHEMA_VERSION, type Mention, type Plan, type Source, type Target } from '../plan/schema';
import { clean, type Cleaned } from './clean';
import { documentYear, findPeriod } from './dates';
import { announcedBy, findDocNumber, normalizeTitle } from './frontMatter';
import { levelOf } from './gazetteer';
import { datesOf, issueOf, locator, planStart, textWarnings, titleAndKind } from './planFacts';
import { rawSpan } from './mappedText';
import { findMentions, type FoundMention } from './mentions';
import { dropRepeats, segment, type Para } from './segment';
import { regionSlug } from './slug';
import { buildSections } from './structure';
import { dedupeTargets, findTargets, type FoundTarget } from './targets';
import { addDocumentThemes } from './documentThemes';
import { DEFAULT_VOCABULARY, themeCounts, themesOf, type Vocabulary } from './themes';
import type { MetaOverlay } from './meta';
import { UNITS } from './units';

/** Options for parsePlans. */
export interface ParseOptions {
  vocabulary?: Vocabulary;
  meta?: MetaOverlay;
  /** Warnings from decoding, carried into every plan of the document. */
  decodeWarnings?: string[];
}

function toTarget(t: FoundTarget, i: number, id: string, c: Cleaned, seed: string, locate: (s: Source) => Target['where']): Target {
  const source = { seed, ...rawSpan(c, t.start, t.end) };
  const unitInfo = UNITS[t.unit] ?? { factor: 1, base: 'count' as const };
  return {
    id: `${id}-t${i + 1}`,
    metric: t.metric, min: t.min, max: t.max, unit: t.unit,
    normalized: { min: t.min * unitInfo.factor, max: t.max * unitInfo.factor, unit: unitInfo.base },
    kind: t.kind, bound: t.bound, ...(t.per ? { per: t.per } : {}), ...(t.year ? { year: t.year } : {}),
    quote: t.quote, where: locate(source), source,
  };
}



/** The plan's sections, its figures (each located in them) and the themes of its clauses and body. */
function bodyFacts(body: Para[], span: (start: number, end: number) => Source, o: { id: string; c: Cleaned; seed: string; vocab: Vocabulary; period: [number, number] | undefined }) {
  const { preamble, sections } = buildSections(body, span);
  const locate = locator(sections);
  const found = dedupeTargets(body.flatMap((p) => findTargets(p.text, p.start, o.period?.[1])));
  const targets = found.map((t, i) => toTarget(t, i, o.id, o.c, o.seed, locate));
  for (const sec of sections) for (const cl of sec.clauses) cl.themes = themesOf(`${cl.lead}${cl.text}`, o.vocab);
  const bodyText = body.map((p) => p.text).join('\n');
  const themes = [...themeCounts(bodyText, o.vocab).entries()].sort((x, y) => y[1] - x[1]).map(([tid, count]) => ({ id: tid, count }));
  return { preamble, sections, targets, themes };
}

/** Parses one document's text into its Plans. `seed` names the file (used in every source span). */
export function parsePlans(raw: string, seed: string, opts: ParseOptions = {}): Plan[] {
  const vocab = opts.vocabulary ?? DEFAULT_VOCABULARY;
  const c = clean(raw);
  const paras = segment(c.text);
  const span = (start: number, end: number): Source => ({ seed, ...rawSpan(c, start, end) });
  const warnings = [...(opts.decodeWarnings ?? [])];
  if (!paras.length) throw new Error('no text left after removing page chrome');

  const { start, named } = planStart(paras, c.text);
  // Repeats are judged within each part: a notice may restate the plan's preamble on purpose.
  const bodyPart = dropRepeats(paras.slice(start.bodyFrom));
  const preludePart = dropRepeats(paras.slice(0, start.preludeTo));
  const body = bodyPart.paras;
  const prelude = preludePart.paras;
  const year = documentYear(c.text);
  const fields = new Map(c.fields.map((f) => [f.label, f.value]));
  const { title, kind } = titleAndKind(start, c, fields, paras, warnings);
  const issue = issueOf(c, title, paras, named);
  const { published, signed } = datesOf(c, title, issue, fields, year);
  const period = findPeriod(title);
  const docNumber = findDocNumber(c.text);
  const id = opts.meta?.id ?? regionSlug(issue.region);
  const { preamble, sections, targets, themes } = bodyFacts(body, span, { id, c, seed, vocab, period });
  warnings.push(...textWarnings(paras, { sections: sections.length, bodyFrom: start.bodyFrom, repeats: bodyPart.repeats.length + preludePart.repeats.length }));

  const mentionsFound = start.preludeTo > 0 ? findMentions(prelude, title, issue.region, year) : [];
  const mentions: Mention[] = [];
  const quoted: Plan[] = [];
  const bodySource = span(body[0]?.start ?? 0, (body[body.length - 1] ?? paras[paras.length - 1]).end);
  const announcer = announcedBy(prelude.map((p) => p.text).join('\n'));

  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION, id, seed, evidence: 'full', kind, region: issue.region, level: issue.level, title, issuers: issue.issuers,
    ...(announcer ? { announcedBy: announcer } : {}),
    ...(published ? { published } : {}), ...(signed ? { signed } : {}), ...(period ? { period } : {}),
    ...(docNumber ? { docNumber } : {}),
    preamble, sections, targets, themes, mentions, warnings, display: {}, source: bodySource,
  };

  for (const m of mentionsFound) {
    if (m.targets.length && m.title) quoted.push(quotedPlan(m, seed, c, vocab, warnings));
    else mentions.push(toMention(m, seed, c));
  }
  // Plans the vocabulary finds nothing in take their own terms (refined by linkPlans across documents).
  return addDocumentThemes([plan, ...quoted], vocab);
}

function toMention(m: FoundMention, seed: string, c: Cleaned): Mention {
  return {
    region: m.region, level: levelOf(m.region), ...(m.title ? { title: m.title } : {}),
    ...(m.published ? { published: m.published } : {}), status: m.status, quote: m.quote,
    source: { seed, ...rawSpan(c, m.start, m.end) },
  };
}

function quotedPlan(m: FoundMention, seed: string, c: Cleaned, vocab: Vocabulary, docWarnings: string[]): Plan {
  const id = regionSlug(m.region);
  const source = { seed, ...rawSpan(c, m.start, m.end) };
  const title = normalizeTitle(m.title!);
  const period = findPeriod(title);
  const targets = dedupeTargets(m.targets).map((t, i) => {
    const tt = t.year ? t : { ...t, year: period?.[1] };
    return toTarget(tt, i, id, c, seed, () => ({}));
  });
  return {
    schemaVersion: PLAN_SCHEMA_VERSION, id, seed, evidence: 'quoted', kind: 'plan', region: m.region,
    level: levelOf(m.region), title, issuers: m.issuers, ...(m.published ? { published: m.published } : {}),
    ...(period ? { period } : {}), preamble: m.quote, sections: [], targets,
    themes: [...themeCounts(m.quote, vocab).entries()].map(([tid, count]) => ({ id: tid, count })),
    mentions: [], warnings: docWarnings.filter((w) => /truncated|undecodable/.test(w)).concat('known only from a quote in another document'),
    display: {}, source,
  };
}

/** Paragraph helper for tests: the segmented paragraphs of a raw document. */
export function paragraphsOf(raw: string): Para[] {
  return segment(clean(raw).text);
}
