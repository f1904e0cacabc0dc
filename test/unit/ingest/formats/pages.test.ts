import { describe, expect, it } from 'vitest';
import { dropRunningLines, joinLines, PAGE_NUMBER, type PrintedLine } from '../../../../src/ingest/formats/pages';

/** A page laid out at 12 pt between x = 50 and 500: each entry is [text, indent?, width fraction]. */
function page(lines: [string, boolean?, number?][], top = 800): PrintedLine[] {
  return lines.map(([text, indent, width], i) => ({
    text, x0: indent ? 74 : 50, x1: 50 + 450 * (width ?? 1), y: top - i * 20, size: 12,
  }));
}
const texts = (pages: PrintedLine[][]) => pages.map((p) => p.map((l) => l.text));

describe('dropRunningLines', () => {
  it('drops a header repeated on most pages and numbered footers, keeping the body', () => {
    const body = ['推进数字产业化。', '建设创新平台。', '培育龙头企业。', '加强组织保障。'];
    const pages = body.map((text, i) => page([['某某市数字经济发展行动方案'], [text, true, 0.5], [`第 ${i + 1} 页 共 4 页`]]));
    expect(texts(dropRunningLines(pages))).toEqual(body.map((text) => [text]));
  });
  it('keeps the title where the body prints it, at another height than the header', () => {
    const first = page([['某某市数字经济发展行动方案'], ['某某市数字经济发展行动方案', true, 0.5], ['一、总体要求', true, 0.3]]);
    const rest = [2, 3].map((n) => page([['某某市数字经济发展行动方案'], [`内容${n}。`, true, 0.4]]));
    expect(texts(dropRunningLines([first, ...rest]))[0]).toEqual(['某某市数字经济发展行动方案', '一、总体要求']);
  });
  it('drops bare page numbers at a page\'s edge but not numbers in the body', () => {
    const p = page([['到2025年,培育企业'], ['100'], ['家以上。'], ['— 7 —']]);
    expect(texts(dropRunningLines([p]))).toEqual([['到2025年,培育企业', '100', '家以上。']]);
    for (const n of ['12', '- 3 -', '—3—', '第 5 页', '第5页 共30页', '4 / 30', 'Page 2 of 9']) expect(PAGE_NUMBER.test(n), n).toBe(true);
    for (const n of ['2025年', '第三章', '100亿元']) expect(PAGE_NUMBER.test(n), n).toBe(false);
  });
});

describe('joinLines', () => {
  it('joins lines wrapped at the margin, CJK without a space, and ends paragraphs at indented lines', () => {
    const p = page([
      ['为加快数字经济发展,到2025年,全市数字经济核心产', true], ['业增加值达到1000亿元,培育龙头企业', false], ['50家。', false, 0.2],
      ['一、主要任务', true, 0.3], ['(一)推进数字产业化。建设一批创新平台,打造', true], ['产业集群。', false, 0.2],
    ]);
    expect(joinLines([p])).toBe('为加快数字经济发展,到2025年,全市数字经济核心产业增加值达到1000亿元,培育龙头企业50家。\n一、主要任务\n(一)推进数字产业化。建设一批创新平台,打造产业集群。');
  });
  it('joins a paragraph across a page break', () => {
    const a = page([['第一段开始。', true, 0.3], ['第二段写到页末还没有', true]]);
    const b = page([['写完。', false, 0.2]]);
    expect(joinLines([a, b])).toBe('第一段开始。\n第二段写到页末还没有写完。');
  });
  it('without indentation, a full line that ends a sentence ends its paragraph; Latin words keep their space', () => {
    const p = page([['The plan covers virtual reality and', false], ['digital twins.', false, 0.3], ['第一条写满了一整行并且以句号结束。', false], ['第二条另起一行。', false, 0.4]]);
    expect(joinLines([p])).toBe('The plan covers virtual reality and digital twins.\n第一条写满了一整行并且以句号结束。\n第二条另起一行。');
  });
});
