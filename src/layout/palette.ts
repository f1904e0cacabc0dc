/** Colours of the hall: warm neutral walls, one accent per level, gold for support money. */
import type { Level } from '../plan/schema';

/** Materials by role. */
export const PALETTE = {
  floor: '#d9d4cb',
  path: '#a4433a',
  ceiling: '#746e66',
  lightStrip: '#fff6e2',
  hallWall: '#ece8e1',
  wall: '#f7f5f0',
  panel: '#fffdf8',
  panelLine: '#efe9dc',
  panelCurrent: '#fbe7b5',
  highlight: '#ffd34d',
  counter: '#3b3f46',
  ink: '#1f2328',
  inkSoft: '#59606b',
  onAccent: '#ffffff',
  onAccentSoft: '#f0e6e0',
  goal: '#2f7dd1',
  count: '#2aa198',
  band: '#e07a2f',
  axis: '#b7bcc4',
  support: '#d4a017',
  area: '#7cb342',
  chip: '#e8eef7',
  tag: '#f3ebdd',
  button: '#2d3748',
} as const;

/** Accent colour per level (overridable per plan by a meta overlay). */
export const LEVEL_COLOR: Record<Level, string> = {
  national: '#b3261e',
  province: '#1d4e89',
  city: '#0f766e',
  district: '#6b46c1',
};

/** English names of levels for zone signs (the Chinese ones are LEVEL_ZH in plan/format). */
export const LEVEL_EN: Record<Level, string> = { national: 'National', province: 'Provinces', city: 'Cities', district: 'Districts' };

/** Mixes white towards `hex` by `amount` (0 = white, 1 = the colour itself). */
export function towardWhite(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1, 7), 16);
  const mix = (c: number) => Math.round(255 + (c - 255) * amount).toString(16).padStart(2, '0');
  return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** Darkens `hex` by `factor` (1 = unchanged, 0 = black): baked shading, where no light computes it. */
export function shade(hex: string, factor: number): string {
  const n = parseInt(hex.slice(1, 7), 16);
  const mul = (c: number) => Math.round(Math.min(255, c * factor)).toString(16).padStart(2, '0');
  return `#${mul(n >> 16)}${mul((n >> 8) & 255)}${mul(n & 255)}`;
}
