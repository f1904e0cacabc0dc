import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/html';
import { fromRaw } from '../../../src/ingest/mappedText';

const text = (html: string) => htmlToText(fromRaw(html)).text;

/** A page of `bytes` made of many small elements of every kind the parser treats apart. */
function tagSoup(bytes: number): string {
  const unit = '<div class="x"><p>第一条 发展目标。</p><SCRIPT>var a = 1 < 2 && b;</script><style>p{color:red}</STYLE><!-- c --><span>规模&amp;</span>&&&<br/><td>a</td></div>\n';
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** The fastest of three runs (ms): the least disturbed by other work on a shared machine. */
function timed(html: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    htmlToText(fromRaw(html));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('htmlToText', () => {
  it('drops scripts, styles and comments whatever the tag case, and keeps the text', () => {
    const out = text('<html><head><title>t</title></head><body><p>一、目标</p><Script type="x">alert("no")</SCRIPT><STYLE>.a{}</style><!-- hidden --><p>到2025年&nbsp;产值&amp;规模</p></body></html>');
    expect(out).toContain('一、目标');
    expect(out).toContain('到2025年 产值&规模');
    expect(out).not.toMatch(/alert|\.a\{|hidden/);
  });

  it('keeps a bare ampersand and one whose entity is unknown or too long', () => {
    expect(text('<p>A & B &unknown; &verylongentityname; &#x5c55;</p>')).toBe('\nA & B &unknown; &verylongentityname; 展\n');
  });

  it('reads a script that never closes as the end of the page', () => {
    expect(text('<p>前文</p><script>var a = "</scrip";')).toBe('\n前文\n');
  });

  // The budget (1 MB in under a second) is read in the bench; here, the shape: linear, not quadratic.
  it('takes linear time: 1 MB of tags in about a second at most, 4 MB in about four times that', () => {
    timed(tagSoup(64 * 1024)); // warm up the JIT
    const one = timed(tagSoup(1024 * 1024));
    const four = timed(tagSoup(4 * 1024 * 1024));
    expect(one).toBeLessThan(2000);
    // Quadratic would be 16×; allow for a shared machine's noise.
    expect(four / one).toBeLessThan(8);
  });
});
