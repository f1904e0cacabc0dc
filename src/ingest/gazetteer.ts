/**
 * Places and bodies: which names are regions, at what level, and how official abbreviations expand.
 * General knowledge of China's administrative divisions (see divisions.ts), not facts about any one document.
 */
import type { Level } from '../plan/schema';
import { ancestors, divisionOf, placeAt, placesInText, resolve, shortName } from './divisions';

/** Provincial-level divisions, short name → full name. */
export const PROVINCES: Record<string, string> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市', 河北: '河北省', 山西: '山西省',
  辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省', 江苏: '江苏省', 浙江: '浙江省', 安徽: '安徽省',
  福建: '福建省', 江西: '江西省', 山东: '山东省', 河南: '河南省', 湖北: '湖北省', 湖南: '湖南省',
  广东: '广东省', 海南: '海南省', 四川: '四川省', 贵州: '贵州省', 云南: '云南省', 陕西: '陕西省',
  甘肃: '甘肃省', 青海: '青海省', 台湾: '台湾省', 内蒙古: '内蒙古自治区', 广西: '广西壮族自治区',
  西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区', 香港: '香港特别行政区',
  澳门: '澳门特别行政区',
};

const ZONE_AFTER_CITY = /^(高新技术产业开发区|高新区|经济技术开发区|经开区)/;

/**
 * The region a title (or a body's name) starts with, resolved through the gazetteer and filed
 * with its parents: 四川省元宇宙… → 四川省; 永川区… → 重庆市永川区; 广州市白云区… → 广州市白云区;
 * 上海长宁区… → 上海市长宁区; 咸阳高新区… → 咸阳高新区. `context` names nearby places for
 * ambiguous names (鼓楼区 ×4).
 */
export function regionAtStart(title: string, context = ''): string | undefined {
  const t = title.replace(/^[《“"]|^关于印发/g, '');
  const first = placeAt(t, 0);
  if (!first) return undefined;
  const picked = resolve(first.candidates, `${t}${context}`);
  // 南山区 with no city named anywhere: keep the name as written rather than guess the city.
  if (!picked) return first.name;
  let div = picked;
  let at = first.name.length;
  // A division inside the one just read (广州市 + 白云区).
  for (let next = placeAt(t, at); next; next = placeAt(t, at)) {
    const inner = next.candidates.find((c) => ancestors(c).includes(div));
    if (!inner) break;
    div = inner;
    at += next.name.length;
  }
  const zone = ZONE_AFTER_CITY.exec(t.slice(at));
  if (zone && div.level === 'city') return `${shortName(div.name, 'city') ?? div.name}${zone[1] === '高新技术产业开发区' ? '高新区' : zone[1]}`;
  return div.region;
}

/** Level of a region name: the gazetteer's, else read from how the name ends. */
export function levelOf(region: string): Level {
  if (region === '全国' || region === '中国') return 'national';
  const div = divisionOf(region);
  if (div) return div.level;
  if (/(省|自治区|特别行政区)$/.test(region)) return 'province';
  if (/(区|县|旗)$/.test(region) && region.length > 2) return 'district';
  return 'city';
}

/** Division names written in full in a text (南山区, 深圳市), once per occurrence. */
export function placesIn(text: string): string[] {
  return placesInText(text).filter((h) => !h.short).map((h) => h.name);
}

const DEPTH: Record<Level, number> = { national: 0, province: 1, city: 2, district: 3 };

/**
 * Resolved regions of the places a text names, in order. A county-level name in short form
 * (虹口 for 虹口区) counts only when the text also writes it in full, since many are common words
 * (白云, 新华, 长安).
 */
export function regionsNamed(text: string): string[] {
  const hits = placesInText(text);
  const full = new Set(hits.filter((h) => !h.short).flatMap((h) => h.candidates));
  const out: string[] = [];
  for (const h of hits) {
    const cands = h.short ? h.candidates.filter((c) => c.level !== 'district' || full.has(c)) : h.candidates;
    // Nearby text only: the whole document per name would make this quadratic.
    const d = resolve(cands, text.slice(Math.max(0, h.at - 60), h.at + 60));
    if (d) out.push(d.region);
  }
  return out;
}

/** The most specific region a sentence names (an issuing sentence: 深圳印发《…》 → 深圳市). */
export function deepestRegion(sentence: string): string | undefined {
  return regionsNamed(sentence).sort((a, b) => DEPTH[levelOf(b)] - DEPTH[levelOf(a)])[0];
}

/** The region a text names most often (ties: the more specific one). */
export function mostNamedRegion(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const r of regionsNamed(text)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || DEPTH[levelOf(b[0])] - DEPTH[levelOf(a[0])])[0]?.[0];
}

/** Expands a bare province name (河南 → 河南省). */
export function fullProvince(name: string): string | undefined {
  if (PROVINCES[name]) return PROVINCES[name];
  return Object.values(PROVINCES).includes(name) ? name : undefined;
}

/** True for bodies of the central government. */
export function isNationalBody(org: string): boolean {
  return /^(国务院|国家|中共中央|中央|全国)/.test(org) || /^[\u4e00-\u9fff]{1,8}(部|总局|委员会)$/.test(org) && !/[省市区县]/.test(org);
}

/** Official abbreviations of bodies and what they stand for. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/经信局$/, '经济和信息化局'],
  [/经信厅$/, '经济和信息化厅'],
  [/经信委$/, '经济和信息化委员会'],
  [/工信局$/, '工业和信息化局'],
  [/工信厅$/, '工业和信息化厅'],
  [/发改委$/, '发展和改革委员会'],
  [/科技局$/, '科学技术局'],
  [/人社局$/, '人力资源和社会保障局'],
  [/文旅局$/, '文化和旅游局'],
  [/大数据局$/, '大数据管理局'],
];

/** Expands an abbreviated body (区经信局 → 余杭区经济和信息化局) given the region it belongs to. */
export function expandBody(org: string, region: string): string {
  let out = org;
  for (const [re, full] of ABBREVIATIONS) {
    if (re.test(out)) {
      out = out.replace(re, full);
      break;
    }
  }
  // 区经信局: a body named only by its level belongs to the region's own unit of that level.
  const unit = /^(省|市|区|县)(?=[\u4e00-\u9fff])/.exec(out);
  if (unit) {
    const own = new RegExp(`[\\u4e00-\\u9fff]{1,6}${unit[1]}$`).exec(region.replace(/^.*?(省|市)(?=.+[区县]$)/, ''));
    if (own) out = own[0] + out.slice(1);
  }
  return out;
}
