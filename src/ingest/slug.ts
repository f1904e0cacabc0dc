/** Readable, stable ids for booths and deep links: 四川省 → sichuan, 重庆市永川区 → chongqing-yongchuan. */
import { pinyin } from 'pinyin-pro';

/** Slug of a region name (pinyin of each place, administrative suffixes dropped). */
export function regionSlug(region: string): string {
  let slug = slugs.get(region);
  if (slug === undefined) slugs.set(region, (slug = slugOf(region)));
  return slug;
}
// pinyin-pro takes a while per call, and a hall has few regions.
const slugs = new Map<string, string>();

function slugOf(region: string): string {
  if (region === '全国' || region === '中国') return 'national';
  const parts = region
    .split(/(?<=省|市|区|县|自治区|自治州|特别行政区)/)
    .map((p) => p.replace(/(省|市|区|县|自治区|自治州|特别行政区|壮族|回族|维吾尔)+$/, ''))
    .filter(Boolean);
  const slug = parts
    .map((p) => pinyin(p, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'plan';
}
