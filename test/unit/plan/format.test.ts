import { describe, expect, it } from 'vitest';
import { figureContext, figureTerms, formatFigure } from '../../../src/plan/format';

describe('formatFigure', () => {
  const t = { min: 100, max: 100, unit: '家' };
  it('writes each bound before a single number', () => {
    expect(formatFigure({ ...t, bound: 'exact' })).toBe('100 家');
    expect(formatFigure({ ...t, bound: 'atLeast' })).toBe('≥ 100 家');
    expect(formatFigure({ ...t, bound: 'about' })).toBe('约 100 家');
    expect(formatFigure({ ...t, unit: '万元', bound: 'atMost' })).toBe('最高 100 万元');
    expect(formatFigure({ ...t, unit: '万元', bound: 'atMost' }, 'en')).toBe('up to 100 万元');
  });
  it('writes a range as both ends, and a yearly rate', () => {
    expect(formatFigure({ min: 10, max: 20, unit: '万元', bound: 'exact' })).toBe('10–20 万元');
    expect(formatFigure({ min: 1500, max: 1500, unit: '人', per: 'year', bound: 'atLeast' })).toBe('≥ 1,500 人/年');
  });
});

describe('figureContext', () => {
  it('names the region, the role and the year', () => {
    expect(figureContext('四川省', { kind: 'support', year: 2025 })).toBe('四川省 · 支持 · 2025');
    expect(figureContext('Sichuan', { kind: 'goal' }, 'en')).toBe('Sichuan · Goal');
  });
});

describe('figureTerms (one source for the booth\'s note and the cards\' context)', () => {
  it('gives the role, a yearly rate and the year, as a deadline where asked', () => {
    const t = { kind: 'goal' as const, year: 2025, per: 'year' as const };
    expect(figureTerms(t)).toEqual(['目标', '2025']);
    expect(figureTerms(t, 'zh', { perYear: true, deadline: true })).toEqual(['目标', '每年', '到2025年']);
    expect(figureTerms({ kind: 'support' }, 'en', { perYear: true, deadline: true })).toEqual(['Support']);
  });
});
