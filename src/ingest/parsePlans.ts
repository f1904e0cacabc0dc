/**
 * parsePlans: one decoded document → the Plans it holds (pure; runs in Node and the browser).
 * clean → segment → find where the plan starts → structure → targets, themes, mentions.
 */
import { PLAN_SCHEMA_VERSION, type Level, type Mention, type Plan, type Source, type Target } from '../plan/schema';
import { clean, type Cleaned } from './clean';
import { documentYear, findDates, findPeriod, formatDate } from './dates';
import { announcedBy, findDocNumber, findPlanStart, findSignature, issuedBy, normalizeTitle, sameTitle } from './frontMatter';
import { expandBody, isNationalBody, levelOf, placesIn, regionAtStart } from './gazetteer';
import { rawSpan } from './mappedText';
import { findMentions, type FoundMention } from './mentions';
import { dropRepeats, segment, type Para } from './segment';
import { regionSlug } from './slug';
import { buildSections } from './structure';
import { dedupeTargets, findTargets, type FoundTarget } from './targets';
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

function regionOf(title: string | undefined, issuers: string[], text: string): string {
  let region = title ? regionAtStart(title) : undefined;
  if (!region && issuers.length && issuers.every(isNationalBody)) return '全国';
  region ??= issuers.map((o) => regionAtStart(o)).find(Boolean);
  if (!region) {
    // The place the document names most often.
    const counts = new Map<string, number>();
    for (const p of placesIn(text)) counts.set(p, (counts.get(p) ?? 0) + 1);
    region = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (!region) return '未知地区';
  if (levelOf(region) === 'district' && !/(市|州|盟).+/.test(region)) {
    // A district named alone: prefix its city, written out (重庆市永川区) or the one city the text names.
    const full = new RegExp(`([\\u4e00-\\u9fff]{2,4}市)${region}`).exec(text);
    if (full) return full[1] + region;
    const cities = new Set(placesIn(text).filter((p) => p.endsWith('市') && !region!.startsWith(p)));
    if (cities.size === 1) return [...cities][0] + region;
  }
  return region;
}

function toTarget(t: FoundTarget, i: number, id: string, c: Cleaned, seed: string, locate: (s: Source) => Target['where']): Target {
  const source = { seed, ...rawSpan(c, t.start, t.end) };
  const unitInfo = UNITS[t.unit] ?? { factor: 1, base: 'count' as const };
  return {
    id: `${id}-t${i + 1}`,
    metric: t.metric, min: t.min, max: t.max, unit: t.unit,
    normalized: { min: t.min * unitInfo.factor, max: t.max * unitInfo.factor, unit: unitInfo.base },
    kind: t.kind, ceiling: t.ceiling, ...(t.per ? { per: t.per } : {}), ...(t.year ? { year: t.year } : {}),
    quote: t.quote, where: locate(source), source,
  };
}


const TRUNCATED_END = /[。！？!?”’」』）)…：:；;]$/;

/** Parses one document's text into its Plans. `seed` names the file (used in every source span). */
export function parsePlans(raw: string, seed: string, opts: ParseOptions = {}): Plan[] {
  const vocab = opts.vocabulary ?? DEFAULT_VOCABULARY;
  const c = clean(raw);
  const paras = segment(c.text);
  const span = (start: number, end: number): Source => ({ seed, ...rawSpan(c, start, end) });
  const warnings = [...(opts.decodeWarnings ?? [])];
  if (!paras.length) throw new Error('no text left after removing page chrome');

  const start = findPlanStart(paras);
  // Repeats are judged within each part: a notice may restate the plan's preamble on purpose.
  const bodyPart = dropRepeats(paras.slice(start.bodyFrom));
  const preludePart = dropRepeats(paras.slice(0, start.preludeTo));
  const body = bodyPart.paras;
  const prelude = preludePart.paras;
  const repeats = [...bodyPart.repeats, ...preludePart.repeats];
  const year = documentYear(c.text);
  const fields = new Map(c.fields.map((f) => [f.label, f.value]));

  // Title: the plan's own, else a reply to a proposal (案由 + 的答复), else the first line.
  let title = start.title;
  let kind: Plan['kind'] = start.kind;
  const isReply = /答复如下|答复意见|的答复/.test(c.text) && (fields.has('案由') || /提案|建议.{0,6}收悉/.test(c.text));
  if (!title && isReply && fields.get('案由')) {
    const session = fields.get('届次');
    const no = fields.get('编号');
    title = `${fields.get('案由')}的答复${session && no ? `(${session}第${no}号提案)` : ''}`;
  }
  if (isReply) kind = 'reply';
  if (!title) {
    title = normalizeTitle(paras[0].text.slice(0, 60));
    warnings.push('no title line found; using the first line');
  }

  // Issuers: 「…联合印发《title》」, else the signature block, else the print line.
  const issued = issuedBy(c.text, title);
  const signature = findSignature(paras);
  let issuers = issued?.orgs ?? signature?.orgs ?? [];
  const region = regionOf(title, issuers, c.text);
  issuers = issuers.map((o) => expandBody(o, region));
  const level: Level = levelOf(region);

  // Dates: 《title》于9月15日正式发布 > the date of the issuing sentence > the signature date.
  let published: string | undefined;
  const released = new RegExp(`《([^》]{4,80})》于((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)(?:正式)?(?:发布|印发|出台|公布)`).exec(c.text);
  if (released && sameTitle(released[1], title)) published = formatDate(findDates(released[2])[0], year);
  if (!published && issued?.dateText) published = formatDate(findDates(issued.dateText)[0], year);
  const signed = signature ? formatDate(findDates(signature.date)[0], year) : undefined;
  const fieldDate = findDates(fields.get('发布日期') ?? '')[0];
  published ??= signed ?? (fieldDate ? formatDate(fieldDate) : undefined);

  const period = findPeriod(title);
  const docNumber = findDocNumber(c.text);
  const { preamble, sections } = buildSections(body, span);
  const id = opts.meta?.id ?? regionSlug(region);

  // Where a figure stands: the section and clause whose span contains it.
  const locate = (s: Source): Target['where'] => {
    for (let i = 0; i < sections.length; i++) {
      const sec = sections[i];
      if (s.start < sec.source.start || s.start >= sec.source.end) continue;
      const clause = sec.clauses.find((cl) => s.start >= cl.source.start && s.start < cl.source.end);
      return clause ? { section: i, clause: clause.number } : { section: i };
    }
    return {};
  };
  const found = dedupeTargets(body.flatMap((p) => findTargets(p.text, p.start, period?.[1])));
  const targets = found.map((t, i) => toTarget(t, i, id, c, seed, locate));

  for (const sec of sections) for (const cl of sec.clauses) cl.themes = themesOf(`${cl.lead}${cl.text}`, vocab);
  const bodyText = body.map((p) => p.text).join('\n');
  const themes = [...themeCounts(bodyText, vocab).entries()].sort((a, b) => b[1] - a[1]).map(([tid, count]) => ({ id: tid, count }));

  if (!sections.length && start.bodyFrom < paras.length) warnings.push('no section headings (一、二、…) found; the text is kept as a preamble');
  if (repeats.length) warnings.push(`dropped ${repeats.length} paragraph(s) the page printed twice`);
  const lastPara = paras[paras.length - 1];
  const closing = /^\d{4}\s*年.{1,8}日$|(局|厅|部|委|府|办|会|室|院|组|处|中心|政府)$/.test(lastPara.text);
  if (!closing && !TRUNCATED_END.test(lastPara.text)) warnings.push('the document appears truncated: its last paragraph ends mid-sentence');

  const mentionsFound = start.preludeTo > 0 ? findMentions(prelude, title, region, year) : [];
  const mentions: Mention[] = [];
  const quoted: Plan[] = [];
  const bodySource = span(body[0]?.start ?? 0, (body[body.length - 1] ?? paras[paras.length - 1]).end);
  const announcer = announcedBy(prelude.map((p) => p.text).join('\n'));

  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION, id, seed, evidence: 'full', kind, region, level, title, issuers,
    ...(announcer ? { announcedBy: announcer } : {}),
    ...(published ? { published } : {}), ...(signed ? { signed } : {}), ...(period ? { period } : {}),
    ...(docNumber ? { docNumber } : {}),
    preamble, sections, targets, themes, mentions, warnings, display: {}, source: bodySource,
  };

  for (const m of mentionsFound) {
    if (m.targets.length && m.title) quoted.push(quotedPlan(m, seed, c, vocab, warnings));
    else mentions.push(toMention(m, seed, c));
  }
  return [plan, ...quoted];
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
