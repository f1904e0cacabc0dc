/** Colours of the hall: warm neutral walls, one accent per level, gold for support money. */
import type { Level } from '../plan/schema';

/** Materials by role. */
export const PALETTE = {
  floor: '#d9d4cb',
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

/** 中文 and English names of levels for zone signs. */
export const LEVEL_SIGN: Record<Level, [string, string]> = {
  national: ['国家', 'National'],
  province: ['省级', 'Provinces'],
  city: ['市级', 'Cities'],
  district: ['区县', 'Districts'],
};
