import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, findPeriod, documentYear, formatDate } from '../../../src/ingest/dates';
import { findDocNumber, issuedBy, normalizeTitle, sameTitle, splitBodies } from '../../../src/ingest/frontMatter';
import { expandBody, levelOf, placesIn, regionAtStart } from '../../../src/ingest/gazetteer';
import { findMentions } from '../../../src/ingest/mentions';
import { parseChineseNumber } from '../../../src/ingest/numbers';
import { regionSlug } from '../../../src/ingest/slug';

describe('numbers and dates', () => {
  it('parses Chinese numerals', () => {
    expect(['一', '十', '十五', '二十三', '一百零五', '一千五百', '两'].map(parseChineseNumber)).toEqual([1, 10, 15, 23, 105, 1500, 2]);
  });
  it('finds dates in their common forms and fills a missing year', () => {
    const ds = findDates('2022年12月15日印发,2023年1月发布,9月4日宣布,2022/3/25 9:14');
    expect(ds.map((d) => formatDate(d, 2023))).toEqual(['2022-12-15', '2023-01', '2023-09-04', '2022-03-25']);
    expect(documentYear('早在2023年1月…2022年7月8日…到2025年')).toBe(2023);
  });
  it('reads plan periods written with any dash', () => {
    expect(findPeriod('行动计划(2023-2025年)')).toEqual([2023, 2025]);
    expect(findPeriod('行动计划(2022 —2024年)')).toEqual([2022, 2024]);
    expect(findPeriod('2023年至2027年')).toEqual([2023, 2027]);
    expect(findPeriod('第2号')).toBeUndefined();
  });
});

describe('titles, bodies and numbers', () => {
  it('normalises titles and compares them', () => {
    expect(normalizeTitle('《某产业创新发展三年行动计划(2023-2025年)》解读')).toBe('某产业创新发展三年行动计划(2023-2025年)');
    expect(normalizeTitle('关于印发某市产业发展 三年行动计划(2023-2025年)的通知')).toBe('某市产业发展三年行动计划(2023-2025年)');
    expect(sameTitle('某市产业发展行动计划(2023-2025年)', '某市产业发展行动计划(2023—2025)')).toBe(true);
    expect(sameTitle('甲市产业行动计划', '乙省数据条例')).toBe(false);
  });
  it('finds who issued a plan, stripping a suffix the list shares', () => {
    const r = issuedBy('近日,科学技术部、财政部、国家数据局办公室联合印发《数据要素行动计划》,提出', '数据要素行动计划');
    expect(r?.orgs).toEqual(['科学技术部', '财政部', '国家数据局']);
    expect(splitBodies('某市人民政府办公室')).toEqual(['某市人民政府办公室']);
  });
  it('finds a document number', () => {
    expect(findDocNumber('某某府办发〔2023〕7号')).toBe('某某府办发〔2023〕7号');
    expect(findDocNumber('没有文号')).toBeUndefined();
    // At most ten characters of issuer, spaces dropped.
    expect(findDocNumber('某省人民政府办公厅关于印发的通知〔 2024 〕 12 号')).toBe('办公厅关于印发的通知〔2024〕12号');
  });
  it('finds the same document number as the one pattern over the whole text would', () => {
    const whole = /[\u4e00-\u9fff]{1,10}[〔［【\[（(]\s*(?:19|20)\d\d\s*[〕］】\])）]\s*\d{1,4}\s*号/;
    const piece = fc.constantFrom('某', '府', '办', '发', '〔', '〕', '（', '）', '[', ']', '20', '19', '23', ' ', '7', '号', '，', 'a');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(findDocNumber(text)).toBe(whole.exec(text)?.[0].replace(/\s+/g, ''));
    }), { numRuns: 3000 });
  });
});

describe('gazetteer', () => {
  it('reads the region a title starts with and its level', () => {
    expect(regionAtStart('广东省数字经济行动方案')).toBe('广东省');
    expect(regionAtStart('深圳市元宇宙行动计划')).toBe('深圳市');
    expect(regionAtStart('南山区元宇宙行动计划')).toBe('南山区');
    expect(regionAtStart('南山区元宇宙行动计划', '深圳市科技创新局')).toBe('深圳市南山区');
    expect(regionAtStart('余杭区数字经济政策')).toBe('杭州市余杭区');
    expect(regionAtStart('上海长宁区科创街区方案')).toBe('上海市长宁区');
    expect(regionAtStart('广州市白云区若干措施')).toBe('广州市白云区');
    expect(regionAtStart('鼓楼区人工智能计划', '福州市')).toBe('福州市鼓楼区');
    expect(regionAtStart('上海低空经济方案')).toBe('上海市');
    expect(regionAtStart('咸阳高新区产业方案')).toBe('咸阳高新区');
    expect(regionAtStart('两江新区智能网联汽车方案')).toBe('重庆市两江新区');
    expect(regionAtStart('市场监管行动计划')).toBeUndefined();
    expect(['全国', '上海市', '河北省', '苏州市', '苏州市吴中区', '上海市浦东新区', '重庆市两江新区'].map(levelOf)).toEqual(['national', 'province', 'province', 'city', 'district', 'district', 'district']);
  });
  it('finds place names, not word fragments', () => {
    expect(placesIn('推动南山区发展,获批深圳市首批,根据省、市要求,全区企业开拓市场')).toEqual(['南山区', '深圳市']);
  });
  it('expands abbreviated bodies for the region', () => {
    expect(expandBody('区经信局', '深圳市南山区')).toBe('南山区经济和信息化局');
    expect(expandBody('市发改委', '苏州市')).toBe('苏州市发展和改革委员会');
  });
  it('makes readable slugs', () => {
    expect(regionSlug('广东省')).toBe('guangdong');
    expect(regionSlug('深圳市南山区')).toBe('shenzhen-nanshan');
    expect(regionSlug('全国')).toBe('national');
  });
});

describe('mentions', () => {
  it('turns quoted plans with figures into targets and named plans into mentions', () => {
    const paras = [
      { text: '早在2023年3月,宁波市数字办印发《宁波市元宇宙行动方案(2023—2026年)》,提出到2026年,产业规模达到300亿元。', start: 0 },
      { text: '这是继北京市、湖北省后的第三个专项政策。广东省工业和信息化厅5月2日宣布,已起草《广东省元宇宙发展指导意见》,并征求意见。', start: 100 },
    ];
    const found = findMentions(paras, '江西省元宇宙行动计划(2023—2025年)', '江西省', 2023);
    const byRegion = Object.fromEntries(found.map((m) => [m.region, m]));
    expect(byRegion['宁波市']).toMatchObject({ published: '2023-03', issuers: ['宁波市数字办'] });
    expect(byRegion['宁波市'].targets.map((t) => [t.min, t.unit])).toEqual([[300, '亿元']]);
    expect(byRegion['广东省']).toMatchObject({ title: '广东省元宇宙发展指导意见', published: '2023-05-02', status: 'draft' });
    expect(Object.keys(byRegion)).toEqual(expect.arrayContaining(['北京市', '湖北省']));
  });
});
