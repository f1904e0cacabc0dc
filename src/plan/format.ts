/** Display helpers shared by the page, the hall's labels and the XR cards. Pure. */
import type { Bound, Plan, Target } from '../plan/schema';

/** How each bound is written before the number (≥ 100 家, 约 10 个, 最高 500 万元); exact has none. */
export const BOUND_PREFIX: Record<Bound, { zh: string; en: string }> = {
  exact: { zh: '', en: '' },
  atLeast: { zh: '≥ ', en: '≥ ' },
  atMost: { zh: '最高 ', en: 'up to ' },
  about: { zh: '约 ', en: '≈ ' },
};

/** 2500 亿元, ≥ 100 家, 约 10 个, 最高 500 万元, 3–5 家, 1500–2000 人/年. */
export function formatFigure(t: Pick<Target, 'min' | 'max' | 'unit' | 'per' | 'bound'>, lang: 'zh' | 'en' = 'zh'): string {
  const n = (x: number) => x.toLocaleString('zh-CN');
  // A range states both ends; its bound is already in them.
  const value = t.min === t.max ? `${BOUND_PREFIX[t.bound][lang]}${n(t.min)}` : `${n(t.min)}–${n(t.max)}`;
  return `${value} ${t.unit}${t.per === 'year' ? '/年' : ''}`;
}

/** What a figure is to the plan: a goal it sets, or support it offers. */
export const TARGET_ROLE: Record<Target['kind'], { zh: string; en: string }> = {
  goal: { zh: '目标', en: 'Goal' },
  support: { zh: '支持', en: 'Support' },
};

/** The words that say what a figure is to its plan: its role (目标, 支持), a yearly rate, its year (2025, or 到2025年 as a deadline). */
export function figureTerms(t: Pick<Target, 'kind' | 'year'> & Partial<Pick<Target, 'per'>>, lang: 'zh' | 'en' = 'zh', opts: { perYear?: boolean; deadline?: boolean } = {}): string[] {
  const terms = [TARGET_ROLE[t.kind][lang]];
  if (opts.perYear && t.per === 'year') terms.push(lang === 'zh' ? '每年' : 'per year');
  if (t.year) terms.push(opts.deadline ? (lang === 'zh' ? `到${t.year}年` : `by ${t.year}`) : String(t.year));
  return terms;
}

/** The line above a figure's value on cards: 四川省 · 支持 · 2025 (the hall's own cards pass their separator). */
export function figureContext(region: string, t: Pick<Target, 'kind' | 'year'>, lang: 'zh' | 'en' = 'zh', separator = ' · '): string {
  return [region, ...figureTerms(t, lang)].join(separator);
}

/** 中文 level names. */
export const LEVEL_ZH: Record<Plan['level'], string> = { national: '国家', province: '省级', city: '市级', district: '区县' };

/** 2023—2025. */
export function formatPeriod(p: Plan['period']): string {
  return p ? `${p[0]}—${p[1]}` : '';
}
