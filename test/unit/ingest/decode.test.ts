import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../../src/ingest/decode';

const text = '四川省元宇宙产业发展行动计划(2023—2025年)';
const utf16 = (s: string, be: boolean) => {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    b[i * 2 + (be ? 1 : 0)] = c & 0xff;
    b[i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return b;
};
// GB18030 bytes of 中文元宇宙 (encoded by hand: TextEncoder only writes UTF-8).
const GB = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xd4, 0xaa, 0xd3, 0xee, 0xd6, 0xe6]);

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(text);
    expect(decode(plain)).toMatchObject({ text, encoding: 'utf-8', bom: false });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decode(bom)).toMatchObject({ text, encoding: 'utf-8', bom: true });
  });
  it('reads UTF-16 LE and BE, with a BOM or sniffed without one', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, ...utf16(text, false)]))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decode(new Uint8Array([0xfe, 0xff, ...utf16(text, true)]))).toMatchObject({ text, encoding: 'utf-16be' });
    const ascii = 'Plan 2023-2025 for the metaverse industry';
    expect(decode(utf16(ascii, false))).toMatchObject({ text: ascii, encoding: 'utf-16le' });
    expect(decode(utf16(ascii, true))).toMatchObject({ text: ascii, encoding: 'utf-16be' });
  });
  it('detects GB18030 when the bytes are not UTF-8', () => {
    expect(decode(GB)).toMatchObject({ text: '中文元宇宙', encoding: 'gb18030' });
  });
  it('keeps what a truncated UTF-8 file holds and warns', () => {
    const bytes = new TextEncoder().encode(text.repeat(20));
    const cut = bytes.subarray(0, bytes.length - 2); // ends inside 年
    const d = decode(cut);
    expect(d.text.startsWith(text)).toBe(true);
    expect(d.warnings.join()).toMatch(/undecodable|truncated/);
  });
  it('rejects empty, blank and binary input with a reason', () => {
    expect(() => decode(new Uint8Array())).toThrow(/empty/);
    expect(() => decode(new TextEncoder().encode('  \n\t '))).toThrow(/white space/);
    const png = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect(() => decode(png)).toThrow(DecodeError);
  });
});
