import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { articleForClause, articleOfTarget, boothDetail, articlePages, buildHallScene, PANEL, quoteSpan, searchArticles, textColumns, timelineOf } from '../../../src/layout';
import { canStand, resolveMove } from '../../../src/layout/collide';
import { clauseCount } from '../../../src/plan/counts';

const { plans } = await ingestPaths(['seeds']);
const hall = buildHallScene(plans, { title: '元宇宙产业政策展' });

describe('the seed hall', () => {
  it('has one booth per plan, each with a pickable figure per target (up to six)', () => {
    expect(hall.booths.map((b) => b.id).sort()).toEqual(plans.map((p) => p.id).sort());
    for (const p of plans) {
      const picked = new Set(hall.blocks.flatMap((b) => (b.pick?.type === 'figure' && b.pick.boothId === p.id ? [b.pick.targetId] : [])));
      expect(picked.size).toBe(Math.min(6, p.targets.length));
    }
  });
  it('builds close-up detail on demand: a label for every figure, tiles that pick their booth\'s targets', () => {
    for (const p of plans) {
      const d = boothDetail(p, hall.placements[p.id]);
      const figures = new Set(hall.blocks.flatMap((b) => (b.pick?.type === 'figure' && b.pick.boothId === p.id ? [b.pick.targetId] : [])));
      expect(d.labels.length).toBeGreaterThanOrEqual(figures.size);
      for (const t of d.tiles) expect(t.pick).toMatchObject({ type: 'figure', boothId: p.id });
      for (const t of d.tiles) expect(figures.has((t.pick as { targetId: string }).targetId)).toBe(true);
    }
    expect(plans.some((p) => boothDetail(p, hall.placements[p.id]).tiles.length > 0)).toBe(true);
  });
  it('signs every booth with its region and title', () => {
    for (const p of plans) {
      const signs = hall.booths.find((b) => b.id === p.id)!.signs.map((l) => l.text).join('\n');
      expect(signs).toContain(p.title.slice(0, 20));
    }
  });
  it('traces every target to an article whose text holds its quote', () => {
    for (const p of plans) {
      const b = hall.booths.find((x) => x.id === p.id)!;
      for (const t of p.targets) {
        const a = articleOfTarget(b.articles, t);
        expect(a, `${p.id} ${t.metric}`).toBeDefined();
        expect(quoteSpan(a!, t), `${p.id} ${t.metric} in ${a!.lead}`).toBeDefined();
      }
    }
  });
  it('maps clause indexes onto clauses, and a Q&A plan onto its answers', () => {
    for (const p of plans) {
      const b = hall.booths.find((x) => x.id === p.id)!;
      const n = clauseCount(p);
      if (n) expect(articleForClause(b.articles, n - 1)?.kind).toBe('clause');
      else if (b.articles.length) expect(articleForClause(b.articles, 0)).toBe(b.articles[0]);
    }
  });
  it('pages every article without a line over the panel width and without losing text', () => {
    for (const b of hall.booths) {
      for (const a of b.articles) {
        const pages = articlePages(a);
        for (const page of pages) {
          expect(page.length).toBeLessThanOrEqual(PANEL.bodyLines + 3);
          for (const l of page) expect(textColumns(l.text)).toBeLessThanOrEqual(PANEL.columns + 1);
        }
        expect(pages.flat().filter((l) => l.role === 'body').map((l) => l.text).join('')).toBe(a.text.replace(/\n/g, ''));
      }
    }
  });
  it('lets visitors stand at every viewpoint, and stops them at a booth wall', () => {
    for (const b of hall.booths) {
      expect(canStand(b.front.position[0], b.front.position[2], hall.colliders), b.id).toBe(true);
      expect(canStand(b.reading.position[0], b.reading.position[2], hall.colliders), b.id).toBe(true);
    }
    const b = hall.booths[0];
    const [x, z] = b.front.position.filter((_, i) => i !== 1);
    const [, z2] = resolveMove(x, z, 0, -b.frame.facing * 20, hall.colliders);
    expect(Math.abs(z2 - b.frame.z)).toBeGreaterThan(0.5);
  });
  it('puts mentioned plans on the timeline in date order, Shanghai the first of them', () => {
    const t = timelineOf(plans);
    const dated = t.filter((e) => e.date).map((e) => e.date!);
    expect(dated).toEqual([...dated].sort());
    expect(t.find((e) => e.kind === 'mention')).toMatchObject({ region: '上海市', date: '2022-07-08' });
    expect(t.find((e) => e.region === '山东省')).toMatchObject({ date: '2023-09-04', status: 'draft' });
    expect(t.filter((e) => e.kind === 'booth')).toHaveLength(plans.length);
  });
  it('finds clause text in search', async () => {
    const hits = searchArticles(hall.booths, '揭榜挂帅');
    expect(hits.length).toBeGreaterThan(0);
    expect(hall.booths.find((b) => b.id === hits[0].boothId)!.articles[hits[0].article].text).toContain('揭榜挂帅');
  });
});

const generated300 = (await ingestAll(syntheticDocuments(300, 7))).plans;

describe('a generated hall of 300 booths', () => {
  const many = generated300;
  const big = buildHallScene(many, { title: 'x' });
  it('builds a booth for every plan', () => {
    expect(big.booths).toHaveLength(many.length);
    expect(many.length).toBeGreaterThanOrEqual(300);
  });
  it('keeps its plaza the same size as the seed hall (comparisons are capped)', () => {
    // The plaza's boards and charts (the hall map's lectern also stands in the plaza, tilted: it has a cell per booth).
    const plazaBlocks = (h: typeof hall) => h.blocks.filter((b) => b.rotX === undefined && Math.abs(b.x - h.layout.plaza.x) < h.layout.plaza.width / 2 && Math.abs(b.z - h.layout.plaza.z) < h.layout.plaza.depth / 2 && b.y > 0.05).length;
    expect(plazaBlocks(big)).toBeLessThan(plazaBlocks(hall) * 3);
  });
});

describe('a hall with a plan of a field the vocabulary lacks', () => {
  const text = `某市低空经济发展行动方案
一、重点任务
1.建设低空飞行服务站。到2025年，建成低空飞行服务站10个，开通无人机物流航线50条。
2.发展无人机配送。支持无人机企业开展城市配送，无人机配送覆盖全部街镇。`;
  it('labels its themes by the terms themselves, on the clause chips and the plaza matrix', async () => {
    const { plans: own } = await ingestAll([{ name: 'air.txt', bytes: new TextEncoder().encode(text) }]);
    const scene = buildHallScene(own, { title: '展' });
    const term = own[0].themes.find((t) => t.label)!;
    expect(term).toBeDefined();
    expect(scene.themeLabel(term.id)).toBe(term.label);
    expect(scene.blocks.length).toBeGreaterThan(0);
    const plazaText = scene.signs.map((l) => l.text).join('\n');
    expect(plazaText).toContain(term.label!.slice(0, 5));
  });
});
