/** Units targets are written in, and how they convert to base units for comparing plans. */
import type { BaseUnit } from '../plan/schema';

/** A unit as written, with its factor to the base unit. */
export interface UnitInfo {
  factor: number;
  base: BaseUnit;
  /** Word for "what is counted" when a figure names nothing after it (1500人 → 人才). */
  noun?: string;
}

const COUNT = (noun?: string): UnitInfo => ({ factor: 1, base: 'count', noun });
const WAN_COUNT = (noun?: string): UnitInfo => ({ factor: 1e4, base: 'count', noun });

/** Known units, longest first so 万平方米 wins over 万. */
export const UNITS: Record<string, UnitInfo> = {
  万亿元: { factor: 1e12, base: 'CNY' },
  亿元: { factor: 1e8, base: 'CNY' },
  千万元: { factor: 1e7, base: 'CNY' },
  万元: { factor: 1e4, base: 'CNY' },
  元: { factor: 1, base: 'CNY' },
  万平方米: { factor: 1e4, base: 'm2' },
  平方米: { factor: 1, base: 'm2' },
  平方公里: { factor: 1e6, base: 'm2' },
  万亩: { factor: 1e4 * (10000 / 15), base: 'm2' },
  亩: { factor: 10000 / 15, base: 'm2' },
  万人次: WAN_COUNT('人次'),
  万人: WAN_COUNT('人才'),
  万家: WAN_COUNT('企业'),
  万个: WAN_COUNT(),
  万台: WAN_COUNT('设备'),
  万户: WAN_COUNT('用户'),
  人次: COUNT('人次'),
  人: COUNT('人才'),
  名: COUNT('人才'),
  家: COUNT('企业'),
  个: COUNT(),
  项: COUNT('项目'),
  所: COUNT(),
  座: COUNT(),
  条: COUNT(),
  套: COUNT(),
  台: COUNT('设备'),
  款: COUNT('产品'),
  种: COUNT(),
  支: COUNT('团队'),
  户: COUNT('用户'),
  辆: COUNT('车辆'),
  万辆: WAN_COUNT('车辆'),
  次: COUNT('次'),
  场: COUNT('活动'),
  件: COUNT(),
  部: COUNT(),
  类: COUNT(),
  只: COUNT(),
  张: COUNT(),
  平米: { factor: 1, base: 'm2' },
  '%': { factor: 1, base: 'percent' },
  个百分点: { factor: 1, base: 'points' },
  百分点: { factor: 1, base: 'points' },
  倍: { factor: 1, base: 'ratio' },
  年: { factor: 1, base: 'years' },
  EFLOPS: { factor: 1e18, base: 'flops' },
  PFLOPS: { factor: 1e15, base: 'flops' },
  EB: { factor: 1e18, base: 'bytes' },
  PB: { factor: 1e15, base: 'bytes' },
  GW: { factor: 1e9, base: 'watts' },
  MW: { factor: 1e6, base: 'watts' },
  万千瓦: { factor: 1e7, base: 'watts' },
  '元/千瓦时': { factor: 1, base: 'CNY/kWh' },
};

/** Unit alternatives for a regex, longest first. */
export const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace('%', '%|％').replace('/', '\\/').replace(/^([EP])FLOPS$/, '$1\\s?FLOPS'))
  .join('|');

/** The unit as the table spells it: ％ → %, 'P FLOPS' → PFLOPS. */
export function unitKey(written: string): string {
  return written === '％' ? '%' : written.replace(/\s+/g, '');
}

/** Money read from a bare magnitude: 500万创业风险池 → 万元. */
export const BARE_MONEY: Record<string, string> = { 万: '万元', 亿: '亿元' };
