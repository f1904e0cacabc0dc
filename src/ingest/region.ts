/**
 * The region a plan belongs to, from the strongest evidence down: the place its title starts with,
 * national issuers, the issuers' own names, the places named in the sentence that issues it,
 * and last the place the document names most often.
 */
import { deepestRegion, isNationalBody, mostNamedRegion, regionAtStart } from './gazetteer';

// Central bodies: the State Council, the Party centre, 国家…局/委, and the ministries.
const MINISTRY = '(工业和信息化|教育|科学技术|科技|财政|商务|农业农村|文化和旅游|交通运输|自然资源|生态环境|住房和城乡建设|人力资源和社会保障|民政|公安|司法|水利|应急管理|审计)部';
// The subject of an issuing sentence is a central body: 国务院办公厅印发, 工业和信息化部等六部门联合印发.
const NATIONAL_SUBJECT = new RegExp(`(国务院|中共中央|党中央|国家[\\u4e00-\\u9fff]{1,8}?(局|委|部)|${MINISTRY})[\\u4e00-\\u9fff\\d、]{0,24}?(印发|发布|出台)`);

/** The region of the plan titled `title`, issued by `issuers`, in `text`; `issuing` is the sentence that names it. */
export function regionOf(title: string | undefined, issuers: string[], text: string, issuing?: string): string {
  const fromTitle = title ? regionAtStart(title, text) : undefined;
  if (fromTitle) return fromTitle;
  if (issuers.length && issuers.every(isNationalBody)) return '全国';
  const fromIssuer = issuers.map((o) => regionAtStart(o, text)).find(Boolean);
  if (fromIssuer) return fromIssuer;
  if (issuing) {
    const named = deepestRegion(issuing);
    if (named) return named;
    if (NATIONAL_SUBJECT.test(issuing)) return '全国';
  }
  return mostNamedRegion(text) ?? '未知地区';
}
