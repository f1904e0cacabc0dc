/**
 * Pinyin noise: some pages print each character followed by its reading, 產(chǎn)業(yè).
 * A parenthesised token (a stray space inside is tolerated: 創(chuàng )) is a reading only if it is one pinyin syllable; "(Metaverse)" or "(AR)" stay.
 */
import { replaceMapped, type MappedText } from './mappedText';

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const TONE_BASE: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'ü', ǘ: 'ü', ǚ: 'ü', ǜ: 'ü',
};
// initial? + medial? + final — the shape of every standard Mandarin syllable.
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[iuüv])?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|u|ü|v|in|ing|un|ün|ie|ue|üe|iu|ui|n|ng|m)$/;

/** True when `token` is a single pinyin syllable (tone marks allowed). */
export function isPinyinSyllable(token: string): boolean {
  if (!token || token.length > 7) return false;
  let yes = syllables.get(token);
  if (yes === undefined) syllables.set(token, (yes = syllableTest(token)));
  return yes;
}
// A page asks about the same few hundred tokens again and again; there are only so many syllables.
const syllables = new Map<string, boolean>();

function syllableTest(token: string): boolean {
  const base = token.replace(/./g, (c) => TONE_BASE[c] ?? c);
  if (!/^[a-zü]+$/.test(base)) return false;
  return SYLLABLE.test(base);
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const ANNOTATION = new RegExp(`(?<=[${CJK}])[(（]\\s?([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\\s?[)）]`, 'g');

/** Removes pinyin readings that follow CJK characters. */
export function stripPinyin(src: MappedText): MappedText {
  let toned = 0;
  ANNOTATION.lastIndex = 0;
  for (let m = ANNOTATION.exec(src.text); m && toned < 3; m = ANNOTATION.exec(src.text)) {
    if (TONED.test(m[1]) && isPinyinSyllable(m[1])) toned++;
  }
  if (toned === 0) return src;
  // In a page with tone-marked readings, toneless syllables (neutral tone: 的(de)) are readings too.
  const noisy = toned >= 3;
  return replaceMapped(src, ANNOTATION, (m) => {
    const t = m[1];
    if (!isPinyinSyllable(t)) return m[0];
    return TONED.test(t) || noisy ? '' : m[0];
  });
}
