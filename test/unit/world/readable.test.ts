import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { boothDetail, boothPanels, buildHallScene, type HallScene, type Label } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { READABLE_RANGE, readableFrom } from '../../../src/world/readable';

const hall = buildHallScene((await ingestAll(syntheticDocuments(40, 5))).plans, { title: 'LOD' });
const seedHall = buildHallScene((await ingestPaths(['seeds'])).plans, { title: '元宇宙产业政策展' });
const eyeAt = (v: { position: [number, number, number] }) => ({ x: v.position[0], y: v.position[1], z: v.position[2] });
const unreadable = (labels: Label[], eye: { x: number; y: number; z: number }) => labels.filter((l) => !readableFrom(l, eye)).map((l) => `${l.text.slice(0, 12)} (${l.size} m)`);

describe('text level of detail', () => {
  it('draws a label within READABLE_RANGE times its height, and not beyond', () => {
    const at = { x: 0, y: 1.5, z: 0, size: 0.1 };
    expect(readableFrom(at, { x: 0, y: 1.5, z: 0.1 * READABLE_RANGE - 0.01 })).toBe(true);
    expect(readableFrom(at, { x: 0, y: 1.5, z: 0.1 * READABLE_RANGE + 0.01 })).toBe(false);
    // Height counts: the overview camera high above is far from everything.
    expect(readableFrom(at, { x: 0, y: 1.5 + 0.1 * READABLE_RANGE + 0.01, z: 0 })).toBe(false);
  });

  it.each([['seed', seedHall], ['generated', hall]] as [string, HallScene][])('hides nothing a visitor is brought to read in the %s hall: a booth\'s signs and figures from its front, its panel from the reading spot', (_, hall) => {
    for (const b of hall.booths) {
      const plan = hall.plans.find((p) => p.id === b.id)!;
      const placement = hall.placements[b.id];
      expect(unreadable([...b.signs, ...boothDetail(plan, placement).labels, ...boothDetail(plan, placement).onWall], eyeAt(b.front)), b.id).toEqual([]);
      for (let article = 0; article < b.articles.length; article++) {
        expect(unreadable(boothPanels(b, placement, { article, page: 0 }, hall.themeLabel).labels, eyeAt(b.reading)), `${b.id} article ${article}`).toEqual([]);
      }
    }
  });

  it('leaves out the small print of booths across the hall', () => {
    const [first, last] = [hall.booths[0], hall.booths[hall.booths.length - 1]];
    const d = boothDetail(hall.plans.find((p) => p.id === last.id)!, hall.placements[last.id]);
    const far = [...d.labels, ...d.onWall];
    expect(unreadable(far, eyeAt(first.front)).length).toBe(far.length);
  });
});
