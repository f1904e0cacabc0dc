/**
 * Places and bodies: which names are regions, at what level, and how official abbreviations expand.
 * General knowledge of China's administrative divisions, not facts about any one document.
 */
import type { Level } from '../plan/schema';

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

/** Municipalities directly under the central government count as provinces. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** Words ending in 市/区/县 that are not places. */
const NOT_PLACES = /^(城市|全市|我市|本市|该市|各市|市场|全区|我区|本区|该区|各区|园区|景区|社区|城区|地区|片区|区域|专区|全县|我县|全省|我省|本省|各省|示范区|先行区|先导区|聚集区|集聚区|开发区|新区)$/;

const PLACE_AT_START =
  /^(?:(内蒙古|广西|西藏|宁夏|新疆)[\u4e00-\u9fff]{0,5}?自治区|[\u4e00-\u9fff]{2,3}?省|[\u4e00-\u9fff]{2,4}?市(?!场))?(?:[\u4e00-\u9fff]{1,4}?(?:市(?!场)|区(?!域)|县(?!域)|自治州|州|旗))?/;

/** The region a title starts with: 四川省元宇宙… → 四川省; 重庆市永川区… → 重庆市永川区. */
export function regionAtStart(title: string): string | undefined {
  const t = title.replace(/^[《“"]|^关于印发/g, '');
  const m = PLACE_AT_START.exec(t);
  if (!m || !m[0]) return undefined;
  const name = m[0];
  const short = Object.keys(PROVINCES).find((p) => name === p || name.startsWith(p));
  if (short && PROVINCES[short] !== name && name.length <= short.length + 1 && !/[市区县]$/.test(name)) return PROVINCES[short];
  return NOT_PLACES.test(name) ? undefined : name;
}

/** Level of a region name. */
export function levelOf(region: string): Level {
  if (region === '全国' || region === '中国') return 'national';
  if (MUNICIPALITIES.has(region) || /(省|自治区|特别行政区)$/.test(region)) return 'province';
  if (/(区|县|旗)$/.test(region) && region.length > 2) return 'district';
  return 'city';
}

// Zones and areas that end like a district but are not one: 数字经济先行区, 未来产业先导区.
const GENERIC_ZONE = /(城市|先行区|示范区|先导区|集聚区|聚集区|开发区|功能区|发展区|试验区|实验区|保税区|自贸区|产业区|核心区|起步区)$/;
// Two-character words that look like places (山区 would otherwise hide 南山区, so these match whole).
const GENERIC_WORD = /^(新区|园区|景区|社区|城区|地区|片区|专区|城市|都市|超市|门市|上市|股市|街区|校区|厂区|矿区|山区|牧区|灾区|辖区|市区|郊区|疫区)$/;

// Characters that do not occur in place-name stems but often stand right before 省/市/区
// (根据省…, 推动余杭区 → the stem is 余杭, not 动余杭).
const NOT_IN_STEM = /[了对我您们的在于和与及为是据入选走出推动获批加快提升等作全首射约审计谢业分开拓根发展区省市县各本该此其这那到向从把被将由以按给让使同跟共有无不也都还又再就才已要会能可需应把个一二三四五六七八九十新老大小上下中内外前后高低多少并且或等级]/;

/** Names of places in a text: 2–3 character stems + 省/市/区/县, once per occurrence. */
export function placesIn(text: string): string[] {
  const out: string[] = [];
  const re = /[省市区县]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const three = text.slice(Math.max(0, at - 3), at);
    const two = text.slice(Math.max(0, at - 2), at);
    // Prefer a clean 3-character stem (石家庄市), else a clean 2-character one (余杭区).
    const stem = three.length === 3 && /^[\u4e00-\u9fff]{3}$/.test(three) && !NOT_IN_STEM.test(three) ? three : two;
    if (!/^[\u4e00-\u9fff]{2,3}$/.test(stem) || NOT_IN_STEM.test(stem)) continue;
    const name = stem + m[0];
    if (NOT_PLACES.test(name) || GENERIC_ZONE.test(name) || GENERIC_WORD.test(name)) continue;
    out.push(name);
  }
  return out;
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
