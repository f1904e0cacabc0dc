import { existsSync, readFileSync } from 'node:fs';
import { Blob, Face, Font } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { foldPrintedForms, RADICALS_SUPPLEMENT } from '../../../../src/ingest/formats/radicals';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

describe('foldPrintedForms', () => {
  it('folds what a Noto CJK print extracts as radicals back to the ideographs', () => {
    // ⻔ and ⺠ are CJK Radicals Supplement (NFKC leaves them); ⾏ ⼯ ⼈ are Kangxi Radicals (NFKC folds them).
    expect(foldPrintedForms('厦⻔市⾏动⽅案,⼯业和⼈⺠')).toBe('厦门市行动方案,工业和人民');
    expect(foldPrintedForms('⻓江⻋⻢⻣⻥⻦⻩⻰⻳')).toBe('长江车马骨鱼鸟黄龙龟');
  });
  it('folds compatibility ideographs and the printed dash, and leaves other text alone', () => {
    expect(foldPrintedForms('\uF900\u2015')).toBe('\u8C48\u2014');
    const plain = '到2025年,产业规模达到1500亿元(约10个),ＡＢＣ①…「」';
    expect(foldPrintedForms(plain)).toBe(plain); // full-width forms and circled digits are not NFKC'd here
  });
  it('maps every supplement radical to one ideograph outside the radical blocks', () => {
    const entries = Object.entries(RADICALS_SUPPLEMENT);
    expect(entries.length).toBeGreaterThan(100);
    for (const [r, ideo] of entries) {
      expect(r.codePointAt(0)!).toBeGreaterThanOrEqual(0x2e80);
      expect(r.codePointAt(0)!).toBeLessThanOrEqual(0x2eff);
      expect([...ideo]).toHaveLength(1);
      expect(ideo.codePointAt(0)! >= 0x3400).toBe(true);
    }
  });
  it.runIf(existsSync(NOTO))('maps each radical that Noto CJK draws with an ideograph\'s glyph to that ideograph', () => {
    // Chromium writes the radical where the font shares its glyph with the ideograph: the font is the witness.
    const font = new Font(new Face(new Blob(readFileSync(NOTO)), 2));
    const byGlyph = new Map<number, string[]>();
    for (const [a, b] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2ffff]]) {
      for (let c = a; c <= b; c++) {
        const g = font.nominalGlyph(c);
        if (g) byGlyph.set(g, [...(byGlyph.get(g) ?? []), String.fromCodePoint(c)]);
      }
    }
    let witnessed = 0;
    for (let c = 0x2e80; c <= 0x2eff; c++) {
      const g = font.nominalGlyph(c);
      const same = g ? byGlyph.get(g) : undefined;
      if (!same?.length) continue;
      witnessed++;
      expect(same, String.fromCodePoint(c)).toContain(RADICALS_SUPPLEMENT[String.fromCodePoint(c)]);
    }
    expect(witnessed).toBeGreaterThan(70);
  });
});
