import { describe, expect, it } from 'vitest';
import { divisionsNamed, resolve } from '../../../src/ingest/divisions';
import { mostNamedRegion, regionsNamed } from '../../../src/ingest/gazetteer';
import { namedTitle } from '../../../src/ingest/namedTitle';
import { regionOf } from '../../../src/ingest/region';

describe('divisions', () => {
  it('knows ambiguous county names and resolves them by the city named nearby', () => {
    expect(divisionsNamed('鼓楼区').length).toBeGreaterThanOrEqual(4);
    expect(resolve(divisionsNamed('鼓楼区'), '南京市发布')?.region).toBe('南京市鼓楼区');
    expect(resolve(divisionsNamed('鼓楼区'), '没有城市')).toBeUndefined();
    expect(resolve(divisionsNamed('吉林'))?.region).toBe('吉林省');
  });
  it('counts a short county name only when the text writes it in full too', () => {
    expect(regionsNamed('白云山下的白云')).toEqual([]);
    expect(regionsNamed('上海市虹口区发布方案。虹口将成立基金')).toEqual(['上海市', '上海市虹口区', '上海市虹口区']);
    expect(mostNamedRegion('据山东省消息,潍坊将建设产业园,潍坊市政府表示')).toBe('潍坊市');
  });
});

describe('region of a plan', () => {
  it('takes the title first, then national issuers, then the issuing sentence, then the most named place', () => {
    expect(regionOf('宁波市低空经济行动方案', [], '')).toBe('宁波市');
    expect(regionOf('新型储能行动计划', ['国家发展和改革委员会', '国家能源局'], '')).toBe('全国');
    expect(regionOf('新型储能行动计划', [], '', '国务院办公厅近日印发《新型储能行动计划》')).toBe('全国');
    expect(regionOf('机器人产业行动计划', [], '', '7月1日,东莞印发《机器人产业行动计划》')).toBe('东莞市');
    expect(regionOf(undefined, [], '据报道,合肥将建设机器人产业园,合肥市政府介绍')).toBe('合肥市');
  });
  it('never returns a phrase around a place name', () => {
    expect(regionOf(undefined, [], '据绍兴市消息,绍兴将推动产业发展')).toBe('绍兴市');
  });
});

describe('named title', () => {
  it('reads the plan a news article names as issued, not its headline', () => {
    const text = '东莞机器人产业再迎利好:到2027年规模破千亿\n近日,东莞市正式印发《东莞市机器人产业发展行动计划(2024—2027年)》(以下简称《计划》)。';
    expect(namedTitle(text)?.title).toBe('东莞市机器人产业发展行动计划(2024—2027年)');
  });
  it('accepts the verb after the title and skips an abbreviation note', () => {
    expect(namedTitle('《宁波市低空经济发展方案》(以下简称《方案》)正式发布。')?.title).toBe('宁波市低空经济发展方案');
  });
  it('skips an earlier plan and quoted phrases that are not issued', () => {
    const text = '贯彻落实此前已印发的《宁波市低空经济发展方案》,打造“低空经济示范区”。《宁波市低空经济发展方案实施细则》近日印发。';
    expect(namedTitle(text)?.title).toBe('宁波市低空经济发展方案实施细则');
    expect(namedTitle('会上,“产业发展行动计划”发布。')?.title).toBe('产业发展行动计划');
    expect(namedTitle('他说“要抓好落实”。')).toBeUndefined();
  });
});
