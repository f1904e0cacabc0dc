import { describe, expect, it } from 'vitest';
import { boundOf, quantities } from '../../../src/ingest/quantity';

const one = (s: string) => quantities(s).map((q) => [q.min, q.max, q.unit]);

describe('quantity grammar', () => {
  it('reads Arabic and Chinese numerals, separators and decimals', () => {
    expect(one('培育十二家企业')).toEqual([[12, 12, '家']]);
    expect(one('建设两个基地')).toEqual([[2, 2, '个']]);
    expect(one('引进一百五十名人才')).toEqual([[150, 150, '名']]);
    expect(one('带动就业1,000人')).toEqual([[1000, 1000, '人']]);
    expect(one('规模达1.5万亿元')).toEqual([[1.5, 1.5, '万亿元']]);
    expect(one('企业达千家')).toEqual([[1000, 1000, '家']]);
  });
  it('reads ranges written every way', () => {
    for (const s of ['3-5家', '3—5家', '3~5家', '3至5家', '3到5家']) expect(one(`培育${s}龙头企业`)).toEqual([[3, 5, '家']]);
    expect(one('给予10-20万元奖励')).toEqual([[10, 20, '万元']]);
  });
  it('reads magnitudes, 级 classes and measure words', () => {
    expect(one('打造百亿级产业集群')).toEqual([[100, 100, '亿元']]);
    expect(one('算力达到500EFLOPS,存储120EB')).toEqual([[500, 500, 'EFLOPS'], [120, 120, 'EB']]);
    expect(one('调度能力达8000P FLOPS')).toEqual([[8000, 8000, 'PFLOPS']]);
    expect(one('提高2个百分点,增长1.2倍')).toEqual([[2, 2, '个百分点'], [1.2, 1.2, '倍']]);
    expect(one('产量达到50万辆,建设30座充电站,举办8场活动')).toEqual([[50, 50, '万辆'], [30, 30, '座'], [8, 8, '场']]);
  });
  it('marks 余 and 多 after the number as more than written', () => {
    const [q] = quantities('举办讲座30余次');
    expect([q.min, q.unit, q.more]).toEqual([30, '次', true]);
  });
});

describe('bound of a figure', () => {
  it('reads open bounds, approximations and ceilings from the words around it', () => {
    expect(boundOf('', '以上')).toBe('atLeast');
    expect(boundOf('', '+')).toBe('atLeast');
    for (const w of ['超过', '超', '突破', '逾', '不低于', '不少于', '至少']) expect(boundOf(`收入${w}`, '')).toBe('atLeast');
    for (const w of ['约', '近']) expect(boundOf(`投资${w}`, '')).toBe('about');
    expect(boundOf('', '左右')).toBe('about');
    for (const w of ['最高', '不超过', '最多']) expect(boundOf(`给予${w}`, '')).toBe('atMost');
    expect(boundOf('', '以内')).toBe('atMost');
    expect(boundOf('', '', true)).toBe('atLeast');
    expect(boundOf('建成', '')).toBe('exact');
  });
});
