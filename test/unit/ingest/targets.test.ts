import { describe, expect, it } from 'vitest';
import { boundOf, dedupeTargets, findTargets, sameMetric } from '../../../src/ingest/targets';

const figures = (text: string, year?: number) =>
  findTargets(text, 0, year).map((t) => ({ min: t.min, max: t.max, unit: t.unit, kind: t.kind }));

describe('findTargets', () => {
  it('reads single figures, ranges with any dash, and Chinese numerals', () => {
    expect(figures('到2030年,全市数字产业规模达到800亿元。')).toEqual([{ min: 800, max: 800, unit: '亿元', kind: 'goal' }]);
    expect(figures('培育5-8家龙头企业,建设2—3个创新中心。')).toEqual([
      { min: 5, max: 8, unit: '家', kind: 'goal' },
      { min: 2, max: 3, unit: '个', kind: 'goal' },
    ]);
    expect(figures('组建一个产业联盟,打造十五个示范项目。')).toEqual([
      { min: 1, max: 1, unit: '个', kind: 'goal' },
      { min: 15, max: 15, unit: '个', kind: 'goal' },
    ]);
  });
  it('continues a list that began with a verb', () => {
    expect(figures('引育20家链主企业,80家专精特新企业、120家科技型企业。').map((t) => t.min)).toEqual([20, 80, 120]);
  });
  it('reads support ceilings and funds, and a bare 万 in a money context as 万元', () => {
    const t = findTargets('对重大项目最高给予800万元补助,设立规模20亿元的产业基金,优质项目最高可享受300万风险池支持。', 0);
    expect(t.map((x) => [x.min, x.unit, x.kind, x.bound === 'atMost'])).toEqual([
      [800, '万元', 'support', true],
      [20, '亿元', 'support', false],
      [300, '万元', 'support', true],
    ]);
  });
  it('marks per-year rates and areas', () => {
    const [talent] = findTargets('每年培养引进800-1000人。', 0, 2026);
    expect(talent).toMatchObject({ min: 800, max: 1000, unit: '人', per: 'year', year: 2026, metric: '每年培养引进人才' });
    const [area] = findTargets('建设30万平方米产业园区。', 0);
    expect(area).toMatchObject({ min: 30, unit: '万平方米', metric: '产业园区面积' });
  });
  it('takes the deadline from the sentence, else the plan end year', () => {
    expect(findTargets('到2027年,产值突破50亿元。', 0, 2025)[0].year).toBe(2027);
    expect(findTargets('打造10个应用场景。', 0, 2025)[0].year).toBe(2025);
  });
  it('gives quote and offsets that point back into the text', () => {
    const text = '前文。到2025年,全省相关产业规模达到2500亿元,其他。';
    const [t] = findTargets(text, 100);
    expect(t.quote).toBe('到2025年,全省相关产业规模达到2500亿元');
    expect(text.slice(t.start - 100, t.end - 100)).toBe(t.quote);
    expect(t.metric).toBe('相关产业规模');
  });
  it('never takes years, dates, ordinals, clause numbers, vague or structure counts', () => {
    const none = [
      '这是继上海市后的第四个省级专项政策。',
      '主要内容概括为5大任务,14项具体措施,4项工程。',
      '工业和信息化部等5部门共同印发。',
      '打造一批典型应用,建成若干个产业园区。',
      '引入培育一批营收上亿元的企业。',
      '从近期和远期两个层面做了系统谋划,在三个方向发力。',
      '加快培育6G、建设3D-LED显示屏,发展8K显示。',
      '2022年12月15日,永川府发〔2022〕22号。',
      '围绕“五大行动、十五项重点任务”。',
      '构建集研发设计、生产制造、服务管理三大阶段为一体的体系。',
    ];
    for (const s of none) expect(figures(s), s).toEqual([]);
  });
});

describe('dedupeTargets', () => {
  it('drops a figure a clause restates, keeps different things with the same figure', () => {
    const a = findTargets('打造一个高端研究平台,组建一个产业联盟。', 0);
    const b = findTargets('打造一个技术高端协作研究平台。', 50);
    expect(sameMetric('高端研究平台', '技术高端协作研究平台')).toBe(true);
    expect(sameMetric('研究平台', '产业联盟')).toBe(false);
    expect(dedupeTargets([...a, ...b]).map((t) => t.metric)).toEqual(['高端研究平台', '产业联盟']);
  });
});

describe('boundOf', () => {
  it('reads ceilings, open lower bounds and approximations from the words around a figure', () => {
    expect(boundOf('最高给予', '')).toBe('atMost');
    expect(boundOf('单个项目不超过', '')).toBe('atMost');
    expect(boundOf('产值突破', '')).toBe('atLeast');
    expect(boundOf('企业不少于', '')).toBe('atLeast');
    expect(boundOf('培育', '以上')).toBe('atLeast');
    expect(boundOf('引进', '+')).toBe('atLeast');
    expect(boundOf('规模约', '')).toBe('about');
    expect(boundOf('带动就业', '左右')).toBe('about');
    expect(boundOf('打造', '')).toBe('exact');
  });
});
