/** Display helpers shared by the page and (later) the hall's labels. Pure. */
import type { Plan, Target } from '../plan/schema';

/** 2500 亿元, 3–5 家, 1500–2000 人/年. */
export function formatFigure(t: Pick<Target, 'min' | 'max' | 'unit' | 'per'>): string {
  const n = (x: number) => x.toLocaleString('zh-CN');
  const value = t.min === t.max ? n(t.min) : `${n(t.min)}–${n(t.max)}`;
  return `${value} ${t.unit}${t.per === 'year' ? '/年' : ''}`;
}

/** 中文 level names. */
export const LEVEL_ZH: Record<Plan['level'], string> = { national: '国家', province: '省级', city: '市级', district: '区县' };

/** 2023—2025. */
export function formatPeriod(p: Plan['period']): string {
  return p ? `${p[0]}—${p[1]}` : '';
}
