import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { addDocumentThemes, planText, termId, TERM_ID_PREFIX } from '../../../src/ingest/documentThemes';
import { ingestTexts, linkPlans } from '../../../src/ingest';
import { DEFAULT_VOCABULARY } from '../../../src/ingest/themes';

// Our own plans: one of a field the vocabulary has no theme for, one it knows (VR).
const LOW_ALTITUDE = `某市低空经济发展行动方案
一、重点任务
1.建设低空飞行服务站。到2025年，建成低空飞行服务站10个，开通无人机物流航线50条。
2.发展无人机配送。支持无人机企业开展城市配送，无人机配送覆盖全部街镇。
3.拓展低空观光。开通低空观光线路，无人机表演常态化。`;
const VR = `某市虚拟现实产业发展行动方案
一、重点任务
1.发展虚拟现实终端。到2025年，培育虚拟现实企业100家。
2.推广增强现实应用。`;

describe('themes from the document', () => {
  const { plans } = ingestTexts([{ name: 'air.txt', text: LOW_ALTITUDE }, { name: 'vr.txt', text: VR }]);
  const air = plans.find((p) => p.seed === 'air.txt')!;
  const vr = plans.find((p) => p.seed === 'vr.txt')!;

  it('are given to a plan the vocabulary finds no field in, labelled by the term, with an id of their own', () => {
    expect(air.themes.length).toBeGreaterThan(0);
    expect(air.themes.map((t) => t.label)).toEqual(expect.arrayContaining(['无人机', '低空飞行']));
    for (const t of air.themes.filter((x) => x.label)) {
      expect(t.id).toBe(termId(t.label!));
      expect(t.id.startsWith(TERM_ID_PREFIX)).toBe(true);
      expect(DEFAULT_VOCABULARY[t.id]).toBeUndefined();
      expect(t.count).toBeGreaterThan(0);
    }
  });
  it('are not given to a plan the vocabulary describes', () => {
    expect(vr.themes.map((t) => t.id)).toContain('xr');
    expect(vr.themes.some((t) => t.label)).toBe(false);
  });
  it('tag the clauses that use them', () => {
    const clause = air.sections[0].clauses.find((c) => c.text.includes('无人机配送'))!;
    expect(clause.themes).toContain(termId('无人机'));
  });
  it('are measured again across documents, replacing those found in one document alone', () => {
    const once = structuredClone(air);
    const again = addDocumentThemes([once, structuredClone(vr)])[0];
    expect(again.themes).toEqual(air.themes);
    // Linking twice (the studio relinks cached plans) changes nothing.
    const twice = linkPlans(linkPlans([structuredClone(air), structuredClone(vr)]));
    expect(twice[0].themes).toEqual(air.themes);
    const clauseThemes = twice[0].sections[0].clauses.map((c) => c.themes);
    for (const ts of clauseThemes) expect(new Set(ts).size).toBe(ts.length);
  });
  it('add to aspects only (funding, talent), since those alone do not say what a plan is about', () => {
    const { plans: [p] } = ingestTexts([{ name: 'air2.txt', text: `${LOW_ALTITUDE}\n4.设立低空产业基金，给予无人机企业资金奖励。` }]);
    expect(p.themes.map((t) => t.id)).toContain('finance');
    expect(p.themes.some((t) => t.label === '无人机')).toBe(true);
  });
  it('read the plan as its reader does: preamble, headings and clauses', () => {
    expect(planText(air)).toContain('建设低空飞行服务站');
    expect(planText(air)).toContain('重点任务');
  });
});

describe('every plan of the seeds and the development corpus', () => {
  it('has at least one theme, and every term theme a label', async () => {
    for (const dir of ['seeds', 'test/fixtures/corpus']) {
      const { plans } = await ingestPaths([dir]);
      expect(plans.length).toBeGreaterThan(4);
      expect(plans.filter((p) => p.themes.length === 0).map((p) => `${p.seed} ${p.title}`)).toEqual([]);
      for (const p of plans) for (const t of p.themes) expect(t.label !== undefined || DEFAULT_VOCABULARY[t.id] !== undefined).toBe(true);
    }
  });
});
