import { describe, expect, it } from 'vitest';
import { clean, isSpamLine } from '../../../src/ingest/clean';
import { stripPinyin, isPinyinSyllable } from '../../../src/ingest/pinyin';
import { fromRaw } from '../../../src/ingest/mappedText';

describe('pinyin readings', () => {
  it('recognises syllables, toned or not, and rejects words', () => {
    for (const s of ['chǎn', 'yè', 'zhuàng', 'de', 'lüè', 'guó']) expect(isPinyinSyllable(s)).toBe(true);
    for (const s of ['Metaverse', 'AR', 'app', 'xyz', 'internet']) expect(isPinyinSyllable(s)).toBe(false);
  });
  it('drops readings after characters but keeps English glosses', () => {
    const t = stripPinyin(fromRaw('產(chǎn)業(yè)元宇宙(Metaverse)由增強(qiáng)現(xiàn)實(AR)組成的(de)'));
    expect(t.text).toBe('產業元宇宙(Metaverse)由增強現實(AR)組成的');
  });
  it('leaves a lone toneless (ai) alone in a page without readings', () => {
    expect(stripPinyin(fromRaw('人工智能(ai)技术')).text).toBe('人工智能(ai)技术');
  });
});

describe('clean', () => {
  it('converts traditional script and keeps every character mapped to its raw offset', () => {
    const raw = '行動計劃全文\n發(fā)展數(shù)字經(jīng)濟。';
    const c = clean(raw);
    expect(c.text).toBe('行动计划全文\n发展数字经济。');
    for (let i = 0; i < c.text.length; i++) {
      if (c.text[i] === '\n') continue;
      expect(c.map[i]).toBeGreaterThanOrEqual(0);
      expect(c.map[i]).toBeLessThan(raw.length);
    }
    // 济 comes from 濟, which stands after the reading of 經.
    expect(raw[c.map[c.text.indexOf('济')]]).toBe('濟');
  });
  it('drops spam lines, page meta, chrome and everything after an end marker', () => {
    const raw = [
      '亚洲欧洲中文,久草中文视频,色综合视频,亚洲免费在线播放,日本在线播放一区',
      '某市元宇宙行动计划',
      '2023-09-11 10:00:16   来源:某网站   浏览:429 次',
      '一、总体要求',
      '正文内容。',
      '(此件公开发布)',
      '展开全部',
      'THEEND',
      '最新评论',
      '这句不应出现。',
    ].join('\n');
    const c = clean(raw);
    expect(c.text).toBe('某市元宇宙行动计划\n一、总体要求\n正文内容。');
    expect(c.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['页面日期', '来源', '浏览']));
  });
  it('reads key/value tables separated by pipes into fields', () => {
    const c = clean('届次\n|\n十二届三次\n|\n案由\n|\n关于某事的建议\n|\n处理情况\n|\n尊敬的委员：\n正文。\n|\n反馈意见\n|');
    expect(c.text).toBe('尊敬的委员：\n正文。');
    expect(Object.fromEntries(c.fields.map((f) => [f.label, f.value]))).toMatchObject({ 届次: '十二届三次', 案由: '关于某事的建议' });
  });
  it('tells spam from an ordinary list', () => {
    expect(isSpamLine('亚洲欧美,久草视频,色综合,在线播放,精品专区')).toBe(true);
    expect(isSpamLine('工业、能源、交通、消费、文旅、广电、娱乐')).toBe(false);
  });
  it('extracts text from saved HTML without markup or scripts', () => {
    const html = '<!doctype html><html><head><title>x</title><script>var a="一、坏";</script></head><body><p>一、总体要求</p><div>到2025年,规模达到100亿元&nbsp;。</div><style>p{}</style></body></html>';
    const c = clean(html);
    expect(c.html).toBe(true);
    expect(c.text).toContain('一、总体要求');
    expect(c.text).toContain('到2025年,规模达到100亿元');
    expect(c.text).not.toMatch(/var|<|坏|p\{/);
  });
});
