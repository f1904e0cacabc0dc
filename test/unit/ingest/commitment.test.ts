import { describe, expect, it } from 'vitest';
import { VERBS } from '../../../src/ingest/commitment';
import { findTargets, stripQualifiers } from '../../../src/ingest/targets';

const got = (s: string) => findTargets(s, 0).map((t) => `${t.min}${t.min !== t.max ? `-${t.max}` : ''}${t.unit}:${t.kind}`);

describe('qualifier stripper', () => {
  it('leaves every goal or support verb whole (建成, 形成, 推出 end in 成 or 出)', () => {
    for (const v of VERBS) expect(stripQualifiers(`力争${v}`), v).toMatch(new RegExp(`${v}$`));
  });
  it('still strips qualifiers between a verb and its figure', () => {
    expect(stripQualifiers('培育约')).toBe('培育');
    expect(stripQualifiers('新增不少于')).toBe('新增');
  });
});

describe('decision on the whole clause', () => {
  it('takes a verb anywhere earlier in the sentence, not only right before the figure', () => {
    expect(got('到2027年,争创国家级示范园区3个,集聚高新技术企业500家。')).toEqual(['3个:goal', '500家:goal']);
    expect(got('建成新能源汽车充电桩2万个。')).toEqual(['2万个:goal']);
    expect(got('推出精品线路10条。')).toEqual(['10条:goal']);
  });
  it('takes a deadline sentence without a verb', () => {
    expect(got('到2026年,全市低空经济规模800亿元。')).toEqual(['800亿元:goal']);
  });
  it('reads support figures: caps, support nouns, shares of cost and durations', () => {
    expect(got('对新建无人机起降点,按建设投入的40%给予补贴,最高200万元。')).toEqual(['40%:support', '200万元:support']);
    expect(got('设立30亿元低空产业基金。')).toEqual(['30亿元:support']);
    expect(got('提供最长5年的免租办公场地。')).toEqual(['5年:support']);
    expect(got('企业上市奖励800万元。')).toEqual(['800万元:support']);
  });
  it('drops the present and the past', () => {
    expect(got('目前全市已有机器人企业120家。')).toEqual([]);
    expect(got('据统计,今年以来产业规模同比增长超过15%。')).toEqual([]);
    expect(got('会上宣布成立了2只规模为10亿元的基金。')).toEqual([]);
    expect(got('预计2023年全市软件收入超3000亿元。')).toEqual([]);
  });
  it('drops eligibility thresholds but keeps what is given', () => {
    expect(got('对年营业收入首次超过1亿元的企业,给予最高100万元奖励。')).toEqual(['100万元:support']);
  });
  it('drops structure counts, enumerations, parts and names in quotes', () => {
    expect(got('围绕5大任务,实施12项工程。')).toEqual([]);
    expect(got('推动8大示范场景落地。')).toEqual(['8个:goal']);
    expect(got('以东区、西区、南区三大产业园为载体,发展产业。')).toEqual([]);
    expect(got('聚焦制造、物流、农业等6个领域推动应用。')).toEqual([]);
    expect(got('政策共包含四项内容,打造“一核两翼三带”格局。')).toEqual([]);
    expect(got('一次性给予最高50万元奖励。')).toEqual(['50万元:support']);
    expect(got('打造“一核三园”布局。')).toEqual([]);
  });
  it('keeps every item of a list that began with a verb', () => {
    expect(got('到2025年,培育10家龙头企业、200家配套企业、30家专精特新企业。')).toEqual(['10家:goal', '200家:goal', '30家:goal']);
  });
});
