/**
 * What the plaza may put side by side: figures of one unit family (money with money, once 万元 and
 * 亿元 are one base; counts of enterprises with counts of enterprises; percentages with
 * percentages) and one kind (a goal with goals, a support with supports, a cap with caps). A
 * 500万元 subsidy ceiling is not an industry's size, 3个百分点 is not 3%, 20 scenes are not 20 firms.
 */
import type { BaseUnit, Plan, Target } from '../plan/schema';

/** Families of base units: figures compare only within one. */
export type UnitFamily = 'money' | 'area' | 'count' | 'share' | 'shareChange' | 'multiple' | 'duration' | 'compute' | 'storage' | 'power' | 'price';

/** The family of every base unit (the compiler checks that none is left out). */
export const UNIT_FAMILY: Record<BaseUnit, UnitFamily> = {
  CNY: 'money',
  m2: 'area',
  count: 'count',
  percent: 'share',
  points: 'shareChange',
  ratio: 'multiple',
  years: 'duration',
  flops: 'compute',
  bytes: 'storage',
  watts: 'power',
  'CNY/kWh': 'price',
};

/** What a figure commits to: a goal to reach, support to give, or a cap (最高, 不超过) on either. */
export type FigureKind = 'goal' | 'support' | 'cap';

/** A figure's kind: a cap whatever it caps, else the target's own kind. */
export function figureKind(t: Pick<Target, 'kind' | 'bound'>): FigureKind {
  return t.bound === 'atMost' ? 'cap' : t.kind;
}

/** Things a count can count. */
export type Counted = 'enterprises' | 'scenarios';

/** How each thing counted is written: its measure word (家 counts firms), or words of the metric. */
const COUNTED: Record<Counted, { unit?: RegExp; words: RegExp }> = {
  enterprises: { unit: /^万?家$/, words: /企业|链主|厂商|公司/ },
  scenarios: { words: /场景/ },
};
// 家 also counts hospitals, banks, institutes: the measure word alone says firms only when the metric names none of those.
const OTHER_HOUSEHOLDS = /医院|学校|院校|银行|机构|平台|实验室|中心|基地|园区|门店/;

/** What a count target counts, if it is one the plaza knows. */
export function countedThing(t: Pick<Target, 'unit' | 'metric' | 'normalized'>): Counted | undefined {
  if (UNIT_FAMILY[t.normalized.unit] !== 'count') return undefined;
  return (Object.keys(COUNTED) as Counted[]).find((c) => COUNTED[c].words.test(t.metric) || (COUNTED[c].unit?.test(t.unit) && !OTHER_HOUSEHOLDS.test(t.metric)));
}

/** One figure the plaza compares across plans, and how it is shown. */
export interface Series {
  family: UnitFamily;
  kind: FigureKind;
  /** For counts: the one thing counted. */
  counted?: Counted;
  /** Base units → the unit shown (1e-8: CNY → 亿元). */
  scale: number;
  unit: string;
}

/** The series of the plaza's comparison boards. */
export const SERIES = {
  industryScale: { family: 'money', kind: 'goal', scale: 1e-8, unit: '亿' },
  enterprises: { family: 'count', kind: 'goal', counted: 'enterprises', scale: 1, unit: '家' },
  scenarios: { family: 'count', kind: 'goal', counted: 'scenarios', scale: 1, unit: '个' },
} as const satisfies Record<string, Series>;

/** True when `t` belongs to `s`: its family, its kind, and for counts what it counts. */
export function inSeries(t: Target, s: Series): boolean {
  if (UNIT_FAMILY[t.normalized.unit] !== s.family || figureKind(t) !== s.kind) return false;
  return s.counted === undefined || countedThing(t) === s.counted;
}

/**
 * A plan's value in a series, in the unit shown: its largest figure there (figures of one plan
 * may overlap — 专精特新 firms are among the tech SMEs — so they are not added up); 0 for none.
 */
export function seriesValue(plan: Pick<Plan, 'targets'>, s: Series): number {
  return Math.max(0, ...plan.targets.filter((t) => inSeries(t, s)).map((t) => t.normalized.max * s.scale));
}
