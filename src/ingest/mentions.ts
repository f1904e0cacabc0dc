/**
 * Other plans a document talks about (usually in a news article before an attached full text).
 * A plan quoted with figures becomes a Plan of its own (evidence: quoted); one only named becomes
 * a mention (region, title, date) for the hall's timeline.
 */
import { findDates, formatDate } from './dates';
import { issuedBy, sameTitleKey, titleKey } from './frontMatter';
import { fullProvince, isNationalBody, PROVINCES, regionAtStart } from './gazetteer';
import { findTargets, type FoundTarget } from './targets';

/** A plan named in the text, before it is turned into a schema Mention or Plan. */
export interface FoundMention {
  region: string;
  title?: string;
  published?: string;
  status: 'published' | 'draft';
  issuers: string[];
  /** Sentence offsets in the cleaned text. */
  start: number;
  end: number;
  quote: string;
  targets: FoundTarget[];
}

const POLICY = /(政策|计划|方案|意见|规划|措施)/;

function sentences(text: string, base: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: base + m.index });
  return out;
}

/** The date nearest before `at` in the sentence, formatted with the document's year when it has none. */
function dateBefore(s: string, at: number, year?: number): string | undefined {
  const ds = findDates(s.slice(0, at));
  return ds.length ? formatDate(ds[ds.length - 1], year) : undefined;
}

/**
 * Finds plans named in `paras` other than the document's own plan (`ownTitle`, `ownRegion`).
 * `year` fills dates written without one.
 */
export function findMentions(
  paras: { text: string; start: number }[],
  ownTitle: string | undefined,
  ownRegion: string,
  year?: number,
): FoundMention[] {
  const byRegion = new Map<string, FoundMention>();
  const add = (m: FoundMention) => {
    const prev = byRegion.get(m.region);
    if (!prev) byRegion.set(m.region, m);
    else {
      prev.title ??= m.title;
      prev.published ??= m.published;
      if (m.targets.length && !prev.targets.length) Object.assign(prev, { ...m, title: prev.title ?? m.title });
    }
  };
  const own = (r: string) => r === ownRegion || ownRegion.startsWith(r) || r.startsWith(ownRegion);
  const ownKey = ownTitle ? titleKey(ownTitle) : undefined;

  for (const para of paras) {
    for (const s of sentences(para.text, para.start)) {
      const draft = /(起草|征求意见|草案)/.test(s.text) ? 'draft' : 'published';
      // Named plans: 《上海市培育“元宇宙”新赛道行动方案(2022—2025年)》
      const titled = /《([^》]{8,80})》/g;
      for (let m = titled.exec(s.text); m; m = titled.exec(s.text)) {
        const title = m[1];
        if (!POLICY.test(title) || (ownKey !== undefined && sameTitleKey(titleKey(title), ownKey))) continue;
        const issuers = issuedBy(s.text, title)?.orgs ?? [];
        const region =
          regionAtStart(title) ?? (issuers.some(isNationalBody) || /(部|国务院|国家)[^《]*《$/.test(s.text.slice(0, m.index + 1)) ? '全国' : undefined);
        if (!region || own(region)) continue;
        const tail = s.text.slice(m.index + m[0].length);
        const targets = findTargets(tail, s.start + m.index + m[0].length);
        add({
          region, title, published: dateBefore(s.text, m.index, year), status: draft, issuers,
          start: s.start, end: s.start + s.text.length, quote: s.text.trim(), targets,
        });
      }
      // Regions named with a policy but no title: 继上海市、河南省、浙江省后的第四个省级…政策
      if (!POLICY.test(s.text)) continue;
      for (const short of Object.keys(PROVINCES)) {
        const idx = s.text.indexOf(short);
        if (idx < 0) continue;
        const region = fullProvince(short)!;
        if (own(region) || byRegion.has(region)) continue;
        // Only as a list item or subject (followed by 、 省 市 两省 发布…), not inside another word.
        if (!/^(省|市|自治区|、|，|,|两省|等|也|发布|印发)/.test(s.text.slice(idx + short.length))) continue;
        add({
          region, status: 'published', issuers: [], start: s.start, end: s.start + s.text.length, quote: s.text.trim(), targets: [],
        });
      }
    }
  }
  return [...byRegion.values()];
}
