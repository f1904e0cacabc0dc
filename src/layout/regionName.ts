/** Short forms of region names for signs where space is tight. Pure. */

/** A district without its province or city prefix: 重庆市永川区 → 永川区; other names unchanged. */
export function districtName(region: string): string {
  return region.replace(/^.+?[省市](.+[区县])$/, '$1');
}

/** Shortest name that still tells regions apart: 四川省 → 四川, 杭州市余杭区 → 余杭区. */
export function shortRegion(region: string): string {
  return districtName(region).replace(/(.{2,})[省市]$/, '$1');
}
