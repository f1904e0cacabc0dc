import { describe, expect, it } from 'vitest';
import { countedThing, figureKind, inSeries, SERIES, seriesValue, UNIT_FAMILY } from '../../../src/layout/comparable';
import { enterprisesAndScenarios, industryScale } from '../../../src/layout/plaza';
import { BaseUnit, type Plan, type Target } from '../../../src/plan/schema';

const FACTOR: Record<string, [number, BaseUnit]> = {
  亿元: [1e8, 'CNY'], 万元: [1e4, 'CNY'], 万亿元: [1e12, 'CNY'], 家: [1, 'count'], 万家: [1e4, 'count'], 个: [1, 'count'],
  '%': [1, 'percent'], 个百分点: [1, 'points'], 平方米: [1, 'm2'],
};
let n = 0;
function target(v: number, unit: string, metric: string, kind: Target['kind'] = 'goal', bound: Target['bound'] = 'exact'): Target {
  const [f, base] = FACTOR[unit];
  return {
    id: `t${n++}`, metric, min: v, max: v, unit, normalized: { min: v * f, max: v * f, unit: base }, kind, bound,
    quote: `${metric}${v}${unit}`, where: {}, source: { seed: 'x', start: 0, end: 1 },
  };
}
const plan = (id: string, targets: Target[]) => ({ id, region: id, level: 'city', targets }) as unknown as Plan;

describe('unit families', () => {
  it('cover every base unit; percentages and percentage points are apart', () => {
    for (const u of BaseUnit.options) expect(UNIT_FAMILY[u]).toBeDefined();
    expect(UNIT_FAMILY.percent).not.toBe(UNIT_FAMILY.points);
    expect(UNIT_FAMILY.CNY).not.toBe(UNIT_FAMILY.count);
  });
});

describe('figure kinds', () => {
  it('a ceiling is a cap whatever it caps; otherwise the target kind', () => {
    expect(figureKind({ kind: 'support', bound: 'atMost' })).toBe('cap');
    expect(figureKind({ kind: 'goal', bound: 'atMost' })).toBe('cap');
    expect(figureKind({ kind: 'goal', bound: 'atLeast' })).toBe('goal');
    expect(figureKind({ kind: 'support', bound: 'exact' })).toBe('support');
  });
});

describe('what a count counts', () => {
  it('firms by 家 or by the metric, scenes by the metric, hospitals not as firms', () => {
    expect(countedThing(target(50, '家', '培育软件企业'))).toBe('enterprises');
    expect(countedThing(target(5, '个', '龙头企业'))).toBe('enterprises');
    expect(countedThing(target(3, '万家', '市场主体'))).toBe('enterprises');
    expect(countedThing(target(20, '个', '智慧医疗应用场景'))).toBe('scenarios');
    expect(countedThing(target(8, '家', '智慧医院'))).toBeUndefined();
    expect(countedThing(target(4, '个', '公共服务平台'))).toBeUndefined();
    expect(countedThing(target(30, '%', '企业上云率'))).toBeUndefined(); // a share of firms is not a count of them
  });
});

describe('series', () => {
  const p = plan('a', [
    target(800, '亿元', '核心产业规模'),
    target(2, '亿元', '单个项目补助', 'support', 'atMost'), // a cap on support: not an industry's size
    target(50, '亿元', '产业基金', 'support'),
    target(1.2, '万亿元', '带动相关产业规模'),
    target(30, '%', '产业规模年均增长'),
  ]);
  it('take money goals only, converted to one base', () => {
    expect(seriesValue(p, SERIES.industryScale)).toBe(12000);
    expect(p.targets.filter((t) => inSeries(t, SERIES.industryScale)).map((t) => t.metric)).toEqual(['核心产业规模', '带动相关产业规模']);
  });
  it('never add counts of different things, nor a plan\'s overlapping figures', () => {
    const q = plan('b', [target(100, '家', '科技型企业'), target(20, '家', '专精特新企业'), target(40, '个', '示范场景'), target(6, '个', '产业园区')]);
    expect(seriesValue(q, SERIES.enterprises)).toBe(100);
    expect(seriesValue(q, SERIES.scenarios)).toBe(40);
  });
  it('a plan with only caps, supports or shares is on no board', () => {
    const caps = plan('c', [target(500, '万元', '奖励', 'support', 'atMost'), target(10, '个百分点', '提高'), target(1000, '平方米', '载体')]);
    expect(industryScale([caps])).toEqual([]);
    expect(enterprisesAndScenarios([caps])).toEqual([]);
  });
  it('the boards rank plans by comparable figures', () => {
    const small = plan('s', [target(300, '亿元', '产业规模'), target(10, '家', '企业')]);
    const big = plan('b', [target(5000, '万元', '奖励', 'support', 'atMost'), target(900, '亿元', '产业规模'), target(200, '家', '企业')]);
    expect(industryScale([small, big]).map((r) => [r.plan.id, r.yi])).toEqual([['b', 900], ['s', 300]]);
    expect(enterprisesAndScenarios([small, big]).map((r) => r.plan.id)).toEqual(['b', 's']);
  });
});
