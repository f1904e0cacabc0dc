/**
 * Targets: quantified goals and support figures in a plan's text.
 * A figure counts only where the plan commits to it: after a goal or support verb (打造200个,
 * 达到2500亿元, 最高给予500万元) or as the next item of a list that began that way. Years, dates,
 * clause numbers, ordinals (第四个), vague amounts (一批) and structure counts (5大任务,
 * 14项具体措施) are never targets.
 */
import { parseNumber } from './numbers';
import { BARE_MONEY, UNIT_PATTERN, UNITS } from './units';

/** A target found in a paragraph, with cleaned-text offsets; turned into a schema Target later. */
export interface FoundTarget {
  metric: string;
  min: number;
  max: number;
  unit: string;
  kind: 'goal' | 'support';
  ceiling: boolean;
  per?: 'year';
  year?: number;
  quote: string;
  /** Offsets of the quote in the cleaned text. */
  start: number;
  end: number;
}

const NUM = '(?:\\d+(?:[.,]\\d+)*|[一二两三四五六七八九十][一二两三四五六七八九十百千]*)';
const FIGURE = new RegExp(
  `(?<![第\\d.A-Za-z])(${NUM})(?:\\s*[-—–~～至到]\\s*(${NUM}))?\\s*(${UNIT_PATTERN}|万(?!元)|亿(?!元))`,
  'g',
);

const VERBS =
  '达到|达|突破|超过|超|增长到|增至|提升至|提高到|实现|培育|引育|引进|引入|打造|建设|建成|组建|形成|新增|培养|汇聚|集聚|聚集|给予|享受|提供|设立|安排|扶持|奖励|补助|资助|补贴|创建|认定|孵化|带动|吸引|布局|开发|推出|举办|制定|建立|落地|招引|引培|储备|扩大到|发展|打响|推广|应用|服务|吸纳|支持';
const REACH = /(达到|达|突破|超过|超|增长到|增至|提升至|提高到|实现)$/;
const QUALIFIERS = /(可|约|近|逾|共|累计|总计|再|不少于|不低于|至少|以上|每年|年均|每年度|规模|总规模|力争|争取|分别|共计|一共|新|了|出|成)$/;
const VERB_END = new RegExp(`(${VERBS})$`);
const SUPPORT_BEFORE = /(最高|最多|不超过|给予|享受|补助|资助|奖励|补贴)/;
const SUPPORT_AFTER = /^(的)?[\u4e00-\u9fffA-Za-z]{0,8}?(基金|资金|风险池|补助|资助|奖励|补贴|安家费|扶持)/;
const STRUCTURE_AFTER = /^(大|方面|层面|方向|任务|措施|工程|部门|阶段|体系|亮点|维度|原则|环节|步骤|重点|特点|要素|行动|板块|问题|类|批|级|倍)/;
const MONEY_CONTEXT = /^[\u4e00-\u9fffA-Za-z]{0,6}?(基金|资金|风险池|资助|补助|奖励|补贴|投资|支持|融资|安家费)/;
const SEGMENT_BREAK = /[，,；;、：:]/;

/** Removes qualifiers from the end of the text before a figure; returns what is left. */
function stripQualifiers(pre: string): string {
  let s = pre;
  for (let k = 0; k < 6; k++) {
    const next = s.replace(QUALIFIERS, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

function sentenceBounds(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !/[。；;！!？?\n]/.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !/[。；;！!？?\n]/.test(text[b])) b++;
  return [a, b];
}

function segmentBounds(text: string, at: number, from: number, to: number): [number, number] {
  let a = at;
  while (a > from && !SEGMENT_BREAK.test(text[a - 1])) a--;
  let b = at;
  while (b < to && !SEGMENT_BREAK.test(text[b])) b++;
  return [a, b];
}

const DEADLINE = /(?:到|至|于)(20\d\d)年(?:底|末)?|(20\d\d)年(?:前|底前|以前)/g;

function deadlineIn(text: string): number | undefined {
  DEADLINE.lastIndex = 0;
  let y: number | undefined;
  for (let m = DEADLINE.exec(text); m; m = DEADLINE.exec(text)) y = Number(m[1] ?? m[2]);
  return y;
}

function metricFor(pre: string, after: string, unit: string, kind: 'goal' | 'support', ceiling: boolean, per?: 'year'): string {
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
  if (kind === 'support' && ceiling && !metric.endsWith('(最高)')) metric += '(最高)';
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
  let lastEnd = -1;
  let lastKind: 'goal' | 'support' = 'goal';
  let lastSentence = -1;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, a, b] = m;
    let unit = m[3] === '％' ? '%' : m[3];
    const at = m.index;
    const end = at + whole.length;
    const [sa, sb] = sentenceBounds(text, at);
    const [ga, gb] = segmentBounds(text, at, sa, sb);
    const pre = text.slice(ga, at);
    const after = text.slice(end, gb);
    if (BARE_MONEY[unit]) {
      if (!MONEY_CONTEXT.test(after) && !SUPPORT_BEFORE.test(pre)) continue;
      unit = BARE_MONEY[unit];
    }
    if (STRUCTURE_AFTER.test(after)) continue;
    const min = parseNumber(a);
    const max = b ? parseNumber(b) : min;
    if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) continue;
    if (/^\d{4}$/.test(a) && /^(19|20)/.test(a) && !b && UNITS[unit]?.base === 'count') continue;

    const stripped = stripQualifiers(pre.trim());
    const hasVerb = VERB_END.test(stripped);
    // The next item of a list that began with a verb: 引育15家…，150家…，300家…
    const continues = !stripped && lastSentence === sa && lastEnd >= 0 && text.slice(lastEnd, ga).replace(/[\s，,、；;]/g, '').length === 0;
    if (!hasVerb && !continues) continue;

    const support: boolean = SUPPORT_BEFORE.test(pre) || SUPPORT_AFTER.test(after) || (continues && lastKind === 'support');
    const kind: 'goal' | 'support' = support ? 'support' : 'goal';
    const ceiling = /(最高|最多|不超过)/.test(pre);
    const per = /(每年|年均|每年度)/.test(pre) ? ('year' as const) : undefined;

    // The quote: from the verb (or 最高…, or the subject for 达到-type verbs) to the end of the segment.
    let qa = ga;
    const reach = REACH.exec(stripped);
    if (reach) {
      const sentence = text.slice(sa, ga);
      const dl = /(?:到|至)20\d\d年(?:底|末)?[^。；;]*$/.exec(sentence);
      qa = dl ? sa + dl.index : ga;
    } else if (hasVerb) {
      const verbAt = stripped.search(VERB_END);
      const ceil = pre.search(/最高|最多|不超过/);
      const perAt = pre.search(/每年|年均/);
      qa = ga + Math.min(...[verbAt, ceil, perAt].filter((x) => x >= 0));
    }
    const metric = metricFor(pre, after, unit, kind, ceiling, per);
    const year = deadlineIn(text.slice(sa, at)) ?? deadlineIn(text.slice(0, at)) ?? defaultYear;
    out.push({
      metric, min, max, unit, kind, ceiling, per, year,
      quote: text.slice(qa, gb), start: base + qa, end: base + gb,
    });
    lastEnd = gb;
    lastKind = kind;
    lastSentence = sa;
  }
  return out;
}

/** Drops a target that restates one found earlier (same figure, same thing). */
export function dedupeTargets<T extends FoundTarget>(list: T[]): T[] {
  const out: T[] = [];
  for (const t of list) {
    const dup = out.some((o) => o.min === t.min && o.max === t.max && o.unit === t.unit && sameMetric(o.metric, t.metric));
    if (!dup) out.push(t);
  }
  return out;
}
