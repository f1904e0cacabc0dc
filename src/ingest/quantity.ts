/**
 * The quantity grammar: every figure a Chinese plan writes, before deciding which are commitments.
 * Arabic and Chinese numerals (两, 十二, 千), thousands separators and decimals (1,000; 1.5),
 * ranges (3-5, 3—5, 3~5, 3至5, 1到2), 余/多 after the number (20余次), magnitudes in the unit
 * (万元, 亿元, 万亿元, 千亿级 = 1000 亿元), measure words (units.ts), and N大 (8大场景), whose unit
 * stays 大 until the decision reads what follows it.
 */
import type { Bound } from '../plan/schema';
import { parseNumber } from './numbers';
import { UNIT_PATTERN, unitKey } from './units';

/** A figure as written. */
export interface Quantity {
  min: number;
  max: number;
  /** Unit as the unit table spells it; a bare magnitude (万, 亿) stays bare for the caller to read. */
  unit: string;
  /** Offsets of the figure (number to unit) in the text. */
  at: number;
  end: number;
  /** The number as written (to tell a year from a count). */
  written: string;
  /** 余 or 多 after the number: more than written. */
  more: boolean;
}

const NUM = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*)';
const FIGURE = new RegExp(
  `(?<![第\\d.A-Za-z])(${NUM})(?:\\s*[-—–~～至到]\\s*(${NUM}))?\\s*(余|多)?\\s*(${UNIT_PATTERN}|万(?!元)|亿(?!元)|大)`,
  'g',
);
// 千亿级, 百亿级, 千万级: an order of magnitude written as a class of money.
const MAGNITUDE_CLASS = /^级/;

/** Every quantity in `text`, left to right. */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, a, b, more, u] = m;
    let unit = unitKey(u);
    const end = m.index + whole.length;
    if ((unit === '万' || unit === '亿') && MAGNITUDE_CLASS.test(text.slice(end))) unit += '元';
    const min = parseNumber(a);
    const max = b ? parseNumber(b) : min;
    if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) continue;
    out.push({ min, max, unit, at: m.index, end, written: a, more: !!more });
  }
  return out;
}

// How a figure is bound, read from the words around it (最高500万元, 100家以上, 约10个).
const AT_MOST_BEFORE = /(最高|最多|最长|不超过|不高于|上限)/;
const AT_LEAST_BEFORE = /(超过|超|突破|逾|不低于|不少于|至少)(?:了)?$/;
const AT_LEAST_AFTER = /^(以上|\+|＋|"\+"|余|多)/;
const ABOUT_BEFORE = /(约|近|大约|接近)$/;
const ABOUT_AFTER = /^(左右|上下)/;
const AT_MOST_AFTER = /^(以内|以下)/;

/** The bound of a figure from the text just before it (`pre`) and just after its unit (`after`). */
export function boundOf(pre: string, after: string, more = false): Bound {
  if (AT_MOST_BEFORE.test(pre) || AT_MOST_AFTER.test(after)) return 'atMost';
  if (more || AT_LEAST_BEFORE.test(pre.trim()) || AT_LEAST_AFTER.test(after)) return 'atLeast';
  if (ABOUT_BEFORE.test(pre.trim()) || ABOUT_AFTER.test(after)) return 'about';
  return 'exact';
}
