/**
 * Targets: quantified goals and support figures in a plan's text. Every quantity is found by the
 * grammar (quantity.ts); which are commitments is decided on the whole clause (commitment.ts);
 * here each one gets its metric, bound, deadline and quote, and restatements are dropped.
 */
import type { Bound } from '../plan/schema';
import { commitment, isStructure, VERBS } from './commitment';
import { boundOf, quantities, type Quantity } from './quantity';
import { BARE_MONEY, UNITS } from './units';

/** A target found in a paragraph, with cleaned-text offsets; turned into a schema Target later. */
export interface FoundTarget {
  metric: string;
  min: number;
  max: number;
  unit: string;
  kind: 'goal' | 'support';
  bound: Bound;
  per?: 'year';
  year?: number;
  quote: string;
  /** Offsets of the quote in the cleaned text. */
  start: number;
  end: number;
  /** Offset of the paragraph it stands in, and whether that is a heading or headline (no full sentence). */
  para?: number;
  heading?: boolean;
  /** The other figures of its clause, as min|max|unit keys (tells equal values of different measures apart). */
  siblings?: string;
}

const REACH = /(达到|达|突破|超过|超|增长到|增至|提升至|提高到|实现)$/;
// Words between a verb and its figure that say how the figure binds, not what it counts.
const QUALIFIERS = /(可|约|近|逾|共|累计|总计|再|不少于|不低于|至少|以上|每年|年均|每年度|规模|总规模|力争|争取|分别|共计|一共|新|了)$/;
const VERB_END = new RegExp(`(${VERBS.join('|')})$`);
// Characters that end a segment (between commas), a sentence, or a clause as siblingsOf reads
// it, as bits of one table by UTF-16 code unit: one read per character scanned.
const SEGMENT_BREAK = 1;
const SENTENCE_END = 2;
const CLAUSE_BREAK = 4;
const BREAKS = new Uint8Array(0x10000);
for (const [chars, bit] of [['，,；;、：:', SEGMENT_BREAK], ['。；;！!？?\n', SENTENCE_END], ['，,；;：:', CLAUSE_BREAK]] as const) {
  for (const c of chars) BREAKS[c.charCodeAt(0)] |= bit;
}
const isBreak = (text: string, i: number, bit: number) => (BREAKS[text.charCodeAt(i)] & bit) !== 0;

export { boundOf } from './quantity';

/** Removes qualifiers from the end of the text before a figure; returns what is left. */
export function stripQualifiers(pre: string): string {
  let s = pre;
  for (let k = 0; k < 6; k++) {
    const next = s.replace(QUALIFIERS, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The figures written right beside a figure in its clause (50%、最高1000万元 → 50%): a measure's other half. */
function siblingsOf(text: string, figures: Quantity[], q: Quantity, sa: number, sb: number): string {
  let a = q.at;
  while (a > sa && !isBreak(text, a - 1, CLAUSE_BREAK)) a--;
  let b = q.end;
  while (b < sb && !isBreak(text, b, CLAUSE_BREAK)) b++;
  const near = (f: Quantity) => (f.end <= q.at ? q.at - f.end : f.at - q.end) <= 6;
  return figures.filter((f) => f !== q && f.at >= a && f.end <= b && near(f)).map((f) => `${f.min}|${f.max}|${f.unit}`).join(' ');
}

function sentenceBounds(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !isBreak(text, a - 1, SENTENCE_END)) a--;
  let b = at;
  while (b < text.length && !isBreak(text, b, SENTENCE_END)) b++;
  return [a, b];
}

function segmentBounds(text: string, at: number, from: number, to: number): [number, number] {
  let a = at;
  while (a > from && !isBreak(text, a - 1, SEGMENT_BREAK)) a--;
  let b = at;
  while (b < to && !isBreak(text, b, SEGMENT_BREAK)) b++;
  return [a, b];
}

const DEADLINE = /(?:到|至|于)(20\d\d)年(?:底|末)?|(20\d\d)年(?:前|底前|以前)/g;

function deadlineIn(text: string): number | undefined {
  DEADLINE.lastIndex = 0;
  let y: number | undefined;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) y = Number(m[1] ?? m[2]);
  return y;
}

function metricFor(pre: string, after: string, unit: string, kind: 'goal' | 'support', bound: Bound, per?: 'year'): string {
  const reach = REACH.exec(stripQualifiers(pre));
  let metric = '';
  if (reach) {
    metric = stripQualifiers(pre).slice(0, reach.index);
    metric = metric.replace(/^.*?(?:到|至)20\d\d年(?:底|末)?[，,]?/, '').replace(/^(力争|争取|全省|全市|全区|全县|全国|我省|我市|我区)+/, '');
  }
  if (!metric) {
    metric = after.replace(/^的/, '').replace(/等.*$/, '');
    if (!metric) {
      const verb = /([\u4e00-\u9fff]{2,4})$/.exec(stripQualifiers(pre).replace(/^.*?(每年|年均)/, ''));
      metric = (verb ? verb[1] : '') + (UNITS[unit]?.noun ?? '');
    }
  }
  if (UNITS[unit]?.base === 'm2' && !/面积$/.test(metric)) metric += '面积';
  if (per === 'year' && !/^(每年|年均)/.test(metric)) metric = '每年' + metric;
  if (kind === 'support' && bound === 'atMost' && !metric.endsWith('(最高)')) metric += '(最高)';
  return metric.trim() || unit;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** True when two metrics name the same thing (高端研究平台 ~ 高端协作研究平台). */
export function sameMetric(a: string, b: string): boolean {
  const x = bigrams(a.replace(/\(最高\)|面积$/g, ''));
  const y = bigrams(b.replace(/\(最高\)|面积$/g, ''));
  if (!x.size || !y.size) return a === b;
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return inter / Math.min(x.size, y.size) >= 0.6;
}

/**
 * Finds targets in one paragraph of cleaned text. `base` is the paragraph's offset in the
 * cleaned document; `defaultYear` is the plan's end year for figures that name no deadline.
 */
export function findTargets(text: string, base: number, defaultYear?: number): FoundTarget[] {
  const out: FoundTarget[] = [];
  let lastKind: 'goal' | 'support' | undefined;
  let lastSentence = -1;
  const figures = quantities(text);
  const heading = !/[。；;！？!?]/.test(text) && text.length < 80;
  for (const q of figures) {
    let unit = q.unit;
    const [sa, sb] = sentenceBounds(text, q.at);
    const [ga, gb] = segmentBounds(text, q.at, sa, sb);
    const pre = text.slice(ga, q.at);
    const after = text.slice(q.end, gb);
    if (lastSentence !== sa) lastKind = undefined;
    const ctx = { sentenceBefore: text.slice(sa, q.at), sentenceAfter: text.slice(q.end, sb), pre, after };
    if (BARE_MONEY[unit]) {
      if (!/^[\u4e00-\u9fffA-Za-z]{0,6}?(基金|资金|风险池|资助|补助|奖励|补贴|投资|支持|融资|安家费)/.test(after) && !/(最高|最多|不超过|给予|享受|补助|资助|奖励|补贴)/.test(pre)) continue;
      unit = BARE_MONEY[unit];
    }
    if (/^(19|20)\d\d$/.test(q.written) && q.min === q.max && (UNITS[unit]?.base === 'count' || unit === '年')) continue;
    if (isStructure(ctx, unit, q.written)) continue;
    if (unit === '大') unit = '个';
    const kind = commitment(ctx, lastKind);
    if (!kind) continue;
    const { min, max } = q;
    const bound = boundOf(pre, after, q.more);
    const per = /(每年|年均|每年度)/.test(pre) ? ('year' as const) : undefined;

    // The quote: from the verb (or 最高…, or the subject for 达到-type verbs) to the end of the segment.
    const stripped = stripQualifiers(pre.trim());
    let qa = ga;
    const reach = REACH.exec(stripped);
    if (reach) {
      const dl = /(?:到|至)20\d\d年(?:底|末)?[^。；;]*$/.exec(text.slice(sa, ga));
      qa = dl ? sa + dl.index : ga;
    } else {
      const verbAt = stripped.search(VERB_END);
      const ceil = pre.search(/最高|最多|最长|不超过/);
      const perAt = pre.search(/每年|年均/);
      const starts = [verbAt, ceil, perAt].filter((x) => x >= 0);
      if (starts.length) qa = ga + Math.min(...starts);
    }
    const metric = metricFor(pre, after, unit, kind, bound, per);
    const year = deadlineIn(text.slice(sa, q.at)) ?? deadlineIn(text.slice(0, q.at)) ?? defaultYear;
    out.push({
      metric, min, max, unit, kind, bound, per, year,
      quote: text.slice(qa, gb), start: base + qa, end: base + gb, para: base, heading,
      siblings: siblingsOf(text, figures, q, sa, sb),
    });
    lastKind = kind;
    lastSentence = sa;
  }
  return out;
}

/**
 * Drops a target that restates another: a heading's or headline's figure the body gives again, or
 * the same figure in another paragraph with the same neighbours and wording (a lead restating the
 * body). Equal values within one paragraph are different measures and all stay.
 */
export function dedupeTargets<T extends FoundTarget>(list: T[]): T[] {
  const same = (a: T, b: T) => a.min === b.min && a.max === b.max && a.unit === b.unit;
  const body = list.filter((t) => !t.heading);
  const out: T[] = [];
  for (const t of list) {
    if (t.heading && body.some((b) => same(b, t))) continue;
    const dup = out.some((o) => same(o, t) && (o.para === undefined || o.para !== t.para) && o.siblings === t.siblings && (sameMetric(o.metric, t.metric) || sameMetric(o.quote, t.quote)));
    if (!dup) out.push(t);
  }
  return out;
}
