/**
 * Front matter: what a document says about the plan rather than in it — title, issuing bodies,
 * dates, document number — and where the plan's own text begins.
 */
import type { Para } from './segment';

const PLAN_WORDS = /(计划|方案|规划|意见|办法|措施|纲要|政策|通知|决定|细则|答复|解读|要点|条例|指南)/;
const PERIOD_LINE = /^[（(]\s*\d{4}\s*[-—–─~至]\s*\d{4}\s*年?\s*[）)]$/;
const ATTACHMENT = /^附(?:件\s*\d*)?\s*[:：]?\s*《(.+?)》\s*(?:[（(]\s*全文\s*[）)])?$/;

/** Normalises a title: no spaces, no outer 《》, no 关于印发…的通知 wrapper, no 解读 suffix. */
export function normalizeTitle(t: string): string {
  let s = t.replace(/\s+/g, '').replace(/^《(.+)》$/, '$1');
  s = s.replace(/^《(.+)》(解读|全文)$/, '$1');
  const notice = /^(?:.*?)《?关于印发(.+?)的通知》?$/.exec(s);
  if (notice) s = notice[1].replace(/^《|》$/g, '');
  return s;
}

/** True when two titles name the same plan (ignoring spacing, brackets and a region prefix). */
export function sameTitle(a: string, b: string): boolean {
  return sameTitleKey(titleKey(a), titleKey(b));
}

/** The form sameTitle compares a title in: normalised, without brackets, 年, dashes or spaces. */
export function titleKey(title: string): string {
  return normalizeTitle(title).replace(/[()（）《》“”"年\-—–─\s]/g, '');
}

/** sameTitle of two titles already made keys (titleKey): a title compared with many is keyed once. */
export function sameTitleKey(x: string, y: string): boolean {
  return x.length >= 6 && y.length >= 6 && (x.includes(y) || y.includes(x));
}

function isTitleLike(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length < 6 || t.length > 90) return false;
  if (/[。；：:，,]$/.test(t) || /[。；]/.test(t)) return false;
  if (/^《[^》]+》[\u4e00-\u9fff]{0,4}$/.test(t)) return true;
  return PLAN_WORDS.test(t) && !/[，,]/.test(t);
}

/** Where the plan itself starts, and its title as the document prints it. */
export interface PlanStart {
  title?: string;
  /** Index of the first paragraph of the plan body. */
  bodyFrom: number;
  /** Index range [0, preludeTo) of paragraphs before the plan: a notice, or a news article. */
  preludeTo: number;
  /** Para index of the title line, when there is one. */
  titleAt?: number;
  kind: 'plan' | 'interpretation' | 'notice';
  /** A full text attached to a news article (附：《…》（全文）). */
  attached: boolean;
}

/** Finds the plan's title and where its body begins. */
export function findPlanStart(paras: Para[]): PlanStart {
  let firstHeading = paras.findIndex((p) => p.level === 1);
  if (firstHeading < 0) firstHeading = paras.length;
  for (let i = 0; i < firstHeading; i++) {
    const m = ATTACHMENT.exec(paras[i].text.replace(/\s+/g, ''));
    if (m) return { title: m[1], bodyFrom: i + 1, preludeTo: i, titleAt: i, kind: 'plan', attached: true };
  }
  // The last title-like line before the first section heading is the plan's own title;
  // earlier ones are a page title or the notice that issues it.
  let at = -1;
  for (let i = 0; i < firstHeading; i++) {
    const t = paras[i].text;
    if (isTitleLike(t) || (PERIOD_LINE.test(t.replace(/\s+/g, '')) && at === i - 1 && at >= 0)) at = i;
  }
  if (at < 0) return { bodyFrom: 0, preludeTo: 0, kind: 'plan', attached: false };
  let titleAt = at;
  let title = paras[at].text;
  if (PERIOD_LINE.test(title.replace(/\s+/g, '')) && at > 0) {
    titleAt = at - 1;
    title = paras[at - 1].text + title;
  } else if (at + 1 < firstHeading && PERIOD_LINE.test(paras[at + 1].text.replace(/\s+/g, ''))) {
    title += paras[at + 1].text;
    at += 1;
  }
  const kind = /解读$/.test(title.replace(/\s+/g, '')) ? 'interpretation' : /关于印发.+的通知/.test(title.replace(/\s+/g, '')) ? 'notice' : 'plan';
  return { title: normalizeTitle(title), bodyFrom: at + 1, preludeTo: titleAt, titleAt, kind, attached: false };
}

const ORG_TAIL = '(?:局|厅|部|委|府|办|会|室|院|组|处|中心|政府|委员会|办公室|办公厅|总局|国资委)';
const ORG_LINE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,30}?${ORG_TAIL}(?:\\s+[\\u4e00-\\u9fff（）()]{2,30}?${ORG_TAIL})*$`);
const DATE_PARA = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** A signature block: one or more bodies on a line, then the date line. */
export function findSignature(paras: Para[]): { orgs: string[]; date: string; at: number } | undefined {
  for (let i = 0; i + 1 < paras.length; i++) {
    const org = paras[i].text.trim();
    const date = paras[i + 1].text.trim();
    if (ORG_LINE.test(org) && DATE_PARA.test(date)) return { orgs: org.split(/\s+/), date, at: i + 1 };
  }
  return undefined;
}

/** Splits a list of bodies (A、B、C办公厅) and strips a suffix shared by the whole list. */
export function splitBodies(list: string): string[] {
  const items = list.split(/[、，,]/).map((s) => s.trim()).filter(Boolean);
  if (items.length > 1) {
    const last = items[items.length - 1];
    const shared = /(办公厅|办公室)$/.exec(last);
    if (shared && !items.slice(0, -1).some((x) => x.endsWith(shared[1]))) items[items.length - 1] = last.slice(0, -shared[1].length);
  }
  return items;
}

/** Bodies named as issuing `title` (…、…联合印发《title》), with the date the sentence gives. */
export function issuedBy(text: string, title: string): { orgs: string[]; dateText?: string } | undefined {
  // No match starts more than 122 characters before its verb: before each search the lazy lead
  // is moved up to there, not tried from every character between one issued title and the next.
  const re = /([^，,。；;：:\n]{2,120}?)(?:联合|共同)?(?:印发|发布|出台|公布)(?:了)?《([^》]{4,80})》/g;
  const nextMatch = (from: number) => {
    ISSUING_VERB.lastIndex = from;
    const verb = ISSUING_VERB.exec(text);
    if (!verb) return null;
    re.lastIndex = Math.max(from, verb.index - 122);
    return re.exec(text);
  };
  const own = titleKey(title);
  for (let m = nextMatch(0); m; m = nextMatch(re.lastIndex)) {
    if (!sameTitleKey(titleKey(m[2]), own)) continue;
    let lead = m[1].replace(/^(近日|日前|近期|此前|早在)/, '').replace(/(正式|近日|日前|已)+$/, '').trim();
    const date = /^((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)[，,]?/.exec(lead);
    if (date) lead = lead.slice(date[0].length);
    lead = lead.replace(/等[\d\u4e00-\u9fff]{1,3}(部门|单位)(近日|日前)?$/, '').replace(/^(由|经)/, '');
    const orgs = splitBodies(lead).filter((o) => new RegExp(`${ORG_TAIL}$`).test(o));
    if (orgs.length) return { orgs, dateText: date?.[1] };
  }
  return undefined;
}

/** 据四川省经济和信息化厅消息: the body that announced the plan. */
export function announcedBy(text: string): string | undefined {
  const m = new RegExp(`据([\\u4e00-\\u9fff]{2,30}?${ORG_TAIL})(?:消息|介绍|发布)`).exec(text);
  return m?.[1];
}

/** A document number such as 永川府发〔2022〕22号. */
export function findDocNumber(text: string): string | undefined {
  // The bracketed year is sought first and the issuer's 1–10 characters read back from it: a
  // pattern starting with them would be tried at every Chinese character of the document.
  DOC_YEAR.lastIndex = 0;
  for (let m = DOC_YEAR.exec(text); m; m = DOC_YEAR.exec(text)) {
    let from = m.index;
    while (from > 0 && m.index - from < 10 && HAN.test(text[from - 1])) from--;
    if (from < m.index) return (text.slice(from, m.index) + m[0]).replace(/\s+/g, '');
  }
  return undefined;
}
const ISSUING_VERB = /(?:印发|发布|出台|公布)了?《/g;
const DOC_YEAR = /[〔［【\[（(]\s*(?:19|20)\d\d\s*[〕］】\])）]\s*\d{1,4}\s*号/g;
const HAN = /[\u4e00-\u9fff]/;
