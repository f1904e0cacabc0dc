import { describe, expect, it } from 'vitest';
import { parsePlans } from '../../../src/ingest/parsePlans';
import { ingestAll } from '../../../src/ingest';
import { Plan } from '../../../src/plan/schema';

// A document these rules have never seen: a notice wrapping a plan, with page chrome around it.
const NOTICE = [
  '首页 > 政策',
  '深圳市南山区人民政府关于印发南山区数字经济发展行动方案(2024—2026年)的通知',
  '南府发〔2024〕3号',
  '各街道办事处:',
  '现将《南山区数字经济发展行动方案(2024—2026年)》印发给你们,请认真贯彻执行。',
  '深圳市南山区人民政府',
  '2024年2月20日',
  '南山区数字经济发展行动方案(2024—2026年)',
  '为加快数字经济发展,制定本方案。',
  '一、发展目标',
  '到2026年,全区数字经济核心产业增加值达到1200亿元,培育10家领军企业、50家专精特新企业。',
  '二、重点任务',
  '(一)夯实数字底座',
  '1.建设算力中心。建设5个智算中心,推进人工智能大模型应用。(责任单位:区工信局、区发改委)',
  '2.推广虚拟现实。在文旅、教育领域推广VR/AR应用。(责任单位:区文旅局)',
  '(二)强化要素保障',
  '3.加大资金支持。对重大项目最高给予1000万元补助。(责任单位:区财政局)',
  '三、保障措施',
  '(一)加强组织领导。成立工作专班。',
  '分享到:',
  '相关阅读',
  '这行是推荐文章。',
].join('\n');

describe('parsePlans on an unseen notice', () => {
  const [plan] = parsePlans(NOTICE, 'nanshan.txt');
  it('validates against the schema', () => {
    expect(Plan.safeParse(plan).success).toBe(true);
  });
  it('reads title, region, level, issuer, number, dates and period', () => {
    expect(plan).toMatchObject({
      id: 'shenzhen-nanshan', title: '南山区数字经济发展行动方案(2024—2026年)', region: '深圳市南山区', level: 'district',
      issuers: ['深圳市南山区人民政府'], docNumber: '南府发〔2024〕3号', published: '2024-02-20', period: [2024, 2026],
      preamble: '为加快数字经济发展,制定本方案。',
    });
  });
  it('builds sections, groups, clauses and units', () => {
    expect(plan.sections.map((s) => [s.number, s.title, s.clauses.length])).toEqual([['一', '发展目标', 0], ['二', '重点任务', 3], ['三', '保障措施', 0]]);
    expect(plan.sections[1].clauses[0]).toMatchObject({ number: '1', lead: '建设算力中心。', units: ['区工信局', '区发改委'], group: '一' });
    expect(plan.sections[1].clauses[1].themes).toContain('xr');
    expect(plan.sections[2].safeguards).toBe(true);
  });
  it('extracts every target once, with year, kind and where it stands', () => {
    expect(plan.targets.map((t) => [t.min, t.unit, t.kind, t.year])).toEqual([
      [1200, '亿元', 'goal', 2026], [10, '家', 'goal', 2026], [50, '家', 'goal', 2026], [5, '个', 'goal', 2026], [1000, '万元', 'support', 2026],
    ]);
    expect(plan.targets[0].normalized).toEqual({ min: 1200e8, max: 1200e8, unit: 'CNY' });
    expect(plan.targets[3].where).toEqual({ section: 1, clause: '1' });
  });
  it('keeps source spans that point at the quoted text in the raw document', () => {
    for (const t of plan.targets) {
      const raw = NOTICE.slice(t.source.start, t.source.end);
      expect(raw).toBe(t.quote);
    }
    const c = plan.sections[1].clauses[2];
    expect(NOTICE.slice(c.source.start, c.source.end)).toContain('加大资金支持');
  });
  it('drops chrome after the article', () => {
    expect(JSON.stringify(plan)).not.toContain('推荐文章');
  });
});

describe('ingestAll', () => {
  it('reports a bad file by name and still ingests the others', async () => {
    const good = new TextEncoder().encode(NOTICE);
    const r = await ingestAll([
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'nanshan.txt', bytes: good },
      { name: 'image.png', bytes: new Uint8Array(400).map((_, i) => (i * 91) % 256) },
    ]);
    expect(r.plans.map((p) => p.seed)).toEqual(['nanshan.txt']);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['empty.txt', 'image.png']);
  });
  it('warns about a truncated document and keeps what it holds', async () => {
    const cut = NOTICE.slice(0, NOTICE.indexOf('(二)强化要素保障') - 16) // ends inside a sentence;
    const r = await ingestAll([{ name: 'cut.txt', bytes: new TextEncoder().encode(cut) }]);
    expect(r.plans[0].sections[1].clauses.length).toBe(2);
    expect(r.problems.map((p) => p.message).join()).toMatch(/truncated/);
  });
  it('makes ids unique', async () => {
    const b = new TextEncoder().encode(NOTICE);
    const r = await ingestAll([{ name: 'a.txt', bytes: b }, { name: 'b.txt', bytes: b }]);
    expect(r.plans.map((p) => p.id)).toEqual(['shenzhen-nanshan', 'shenzhen-nanshan-2']);
  });
});
