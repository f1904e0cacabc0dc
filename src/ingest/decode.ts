/**
 * Decode: bytes → text, detecting the encoding instead of assuming it.
 * Government files arrive as UTF-8 (with or without BOM), UTF-16 LE/BE, or GB18030/GBK.
 */

/** Encodings the decoder recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Result of decoding one document. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  warnings: string[];
}

/** Thrown for input that is not a text document; message names the problem. */
export class DecodeError extends Error {}

const decoders = new Map<string, TextDecoder>();
function decoder(enc: Encoding, fatal: boolean): TextDecoder {
  const key = `${enc}:${fatal}`;
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(enc, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

function tryDecode(bytes: Uint8Array, enc: Encoding): string | null {
  try {
    return decoder(enc, true).decode(bytes);
  } catch {
    return null;
  }
}

/** Guesses BOM-less UTF-16 from where the zero bytes fall (ASCII and CJK both leave a pattern). */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that are control characters or replacement marks: high means binary. */
function junkRatio(text: string): number {
  if (!text.length) return 0;
  let junk = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) junk++;
  }
  return junk / n;
}

/** Decodes with a lenient decoder and reports how many characters had to be replaced. */
function lenient(bytes: Uint8Array, enc: Encoding): { text: string; bad: number } {
  const text = decoder(enc, false).decode(bytes);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  return { text, bad };
}

/** Detects the encoding of `bytes` and decodes them. Throws DecodeError for empty, binary or undecodable input. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const warnings: string[] = [];
  let enc: Encoding | null = null;
  let bom = false;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    enc = 'utf-8';
    bom = true;
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    enc = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    enc = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  }
  enc ??= sniffUtf16(bytes);

  let text: string | null = null;
  if (enc) {
    text = tryDecode(body, enc);
    if (text === null) {
      const l = lenient(body, enc);
      text = l.text;
      warnings.push(`${l.bad} undecodable byte sequence(s) in ${enc}; the file may be truncated or damaged`);
    }
  } else {
    text = tryDecode(body, 'utf-8');
    if (text !== null) enc = 'utf-8';
    else {
      // Almost-UTF-8 (a cut multi-byte tail, a stray byte) is UTF-8 with damage, not GB18030:
      // GB18030 would decode those bytes too, as nonsense.
      const u = lenient(body, 'utf-8');
      if (u.bad <= Math.max(3, u.text.length * 0.001)) {
        text = u.text;
        enc = 'utf-8';
        warnings.push(`${u.bad} undecodable byte sequence(s) in utf-8; the file may be truncated or damaged`);
      } else {
        text = tryDecode(body, 'gb18030');
        if (text !== null) enc = 'gb18030';
      }
    }
    if (text === null) {
      const u = lenient(body, 'utf-8');
      const g = lenient(body, 'gb18030');
      const best = u.bad <= g.bad ? { ...u, enc: 'utf-8' as const } : { ...g, enc: 'gb18030' as const };
      if (best.bad > Math.max(4, best.text.length * 0.01)) {
        throw new DecodeError('not text in any supported encoding (UTF-8, UTF-16, GB18030): binary or damaged file');
      }
      text = best.text;
      enc = best.enc;
      warnings.push(`${best.bad} undecodable byte sequence(s) in ${enc}; the file may be truncated or damaged`);
    }
  }
  if (junkRatio(text) > 0.05) throw new DecodeError(`binary content (decoded as ${enc}, but mostly control characters)`);
  if (!text.trim()) throw new DecodeError('no text (the file holds only white space)');
  return { text, encoding: enc ?? 'utf-8', bom, warnings };
}
