import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { articleOfTarget, buildHallScene, CARD_DISTANCE, CARD_TYPE, clausePanel, CLOSER_SCALE, MENU_ROWS, menuCard, PANEL, quoteCard, textColumns, visualAngle } from '../../../src/layout';

const { plans } = await ingestPaths(['seeds']);
const hall = buildHallScene(plans, { title: '元宇宙产业政策展' });
/** 0.8° of visual angle: the least for clause text in a headset (2.1 cm at 1.5 m). */
const MIN_ANGLE = 0.8;
const menu = (over: Partial<Parameters<typeof menuCard>[1]> = {}) => menuCard(plans, { page: 0, snapDegrees: 30, smooth: false, boothId: null, ...over });

describe('legibility in a headset', () => {
  it('visualAngle: 2.1 cm at 1.5 m is 0.8°', () => {
    expect(visualAngle(0.021, 1.5)).toBeCloseTo(0.8, 1);
  });
  it('clause text on a booth wall is at least 0.8° from where the reader stands', () => {
    for (const b of hall.booths) {
      const [x, , z] = b.reading.position;
      const [tx, , tz] = b.reading.target;
      expect(visualAngle(PANEL.size, Math.hypot(tx - x, tz - z))).toBeGreaterThan(MIN_ANGLE);
    }
  });
  it('a panel brought close has clause text of at least 0.8°, and fits a headset view at 1–2 m', () => {
    expect(CARD_DISTANCE).toBeGreaterThanOrEqual(1);
    expect(CARD_DISTANCE).toBeLessThanOrEqual(2);
    expect(visualAngle(PANEL.size * CLOSER_SCALE, CARD_DISTANCE)).toBeGreaterThan(MIN_ANGLE);
    // Narrower than ~60° of view, so it can be read without turning the head.
    expect(2 * Math.atan((PANEL.width * CLOSER_SCALE) / 2 / CARD_DISTANCE) * 180 / Math.PI).toBeLessThan(60);
  });
  it('every label on the menu and quote cards is at least 0.8° at card distance', () => {
    const b = hall.booths.find((x) => x.id === 'sichuan')!;
    const p = plans.find((x) => x.id === 'sichuan')!;
    const cards = [menu(), quoteCard(p, p.targets[0], articleOfTarget(b.articles, p.targets[0]))];
    for (const c of cards) for (const l of c.labels) expect(visualAngle(l.size, CARD_DISTANCE), l.text).toBeGreaterThan(MIN_ANGLE);
    expect(Math.min(...Object.values(CARD_TYPE))).toBeGreaterThanOrEqual(0.021 * CARD_DISTANCE / 1.5);
  });
});

describe('the headset menu', () => {
  it('lists every booth once across its pages, each row going to its booth', async () => {
    const synthetic = (await ingestAll(syntheticDocuments(30, 7))).plans;
    const pages = Math.ceil(synthetic.length / MENU_ROWS);
    const goes: string[] = [];
    for (let page = 0; page < pages; page++) {
      const c = menuCard(synthetic, { page, snapDegrees: 45, smooth: true, boothId: null });
      for (const b of c.blocks) if (b.pick?.type === 'card' && b.pick.action.do === 'go') goes.push(b.pick.action.boothId);
      expect(c.blocks.some((b) => b.pick?.type === 'card' && b.pick.action.do === 'menuPage')).toBe(true);
    }
    expect(goes.sort()).toEqual(synthetic.map((p) => p.id).sort());
  });
  it('offers 30° and 45° snap turns with the current one marked, smooth movement, and exit', () => {
    const c = menu({ snapDegrees: 45 });
    const actions = c.blocks.flatMap((b) => (b.pick?.type === 'card' ? [b.pick.action] : []));
    expect(actions).toContainEqual({ do: 'snap', degrees: 30 });
    expect(actions).toContainEqual({ do: 'snap', degrees: 45 });
    expect(actions).toContainEqual({ do: 'smooth', on: true });
    expect(actions).toContainEqual({ do: 'exit' });
    const snapColor = (d: number) => c.blocks.find((b) => b.pick?.type === 'card' && b.pick.action.do === 'snap' && b.pick.action.degrees === d)!.color;
    expect(snapColor(45)).not.toBe(snapColor(30));
  });
  it('keeps every label inside the card', () => {
    for (const c of [menu({ boothId: 'sichuan' })]) {
      for (const l of c.labels) {
        const w = textColumns(l.text) * l.size * 0.55;
        const left = l.anchorX === 'left' ? l.x : l.x - w / 2;
        expect(left, l.text).toBeGreaterThanOrEqual(-c.width / 2);
        expect(left + w, l.text).toBeLessThanOrEqual(c.width / 2 + 1e-9);
      }
    }
  });
});

describe('clause panels', () => {
  it('carry a 近看 button; the copy brought close carries 放回', () => {
    const b = hall.booths.find((x) => x.id === 'sichuan')!;
    const at = { x: 0, y: 0, z: 0 };
    const f = { x: 0, z: 0, facing: 1 as const };
    const wall = clausePanel(f, b.id, at, { article: b.articles[0], articleCount: b.articles.length, page: 0 }, b.accent);
    const near = clausePanel(f, b.id, at, { article: b.articles[0], articleCount: b.articles.length, page: 0, brought: true }, b.accent);
    expect(wall.blocks.some((x) => x.pick?.type === 'closer')).toBe(true);
    expect(wall.labels.map((l) => l.text)).toContain('近看');
    expect(near.labels.map((l) => l.text)).toContain('放回');
  });
});
