import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { boothDetail, buildHallScene, type HallScene } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { closeUp, firstSightChars, firstSightLabels, signsInSight } from '../../../src/world/firstSight';
import { boothsNear, SIGN_RADIUS } from '../../../src/world/nearBooths';
import { readableFrom } from '../../../src/world/readable';

const seedHall = buildHallScene((await ingestPaths(['seeds'])).plans, { title: '元宇宙产业政策展' });
const bigHall = buildHallScene((await ingestAll(syntheticDocuments(300, 5))).plans, { title: '300' });
const eye = (h: HallScene) => ({ x: h.start.position[0], y: h.start.position[1], z: h.start.position[2] });

describe('the first sight (glyphs prebuilt with the bundle)', () => {
  it.each([['seed', seedHall], ['300-booth', bigHall]] as [string, HallScene][])('in the %s hall: the readable signs and the nearest booth\'s text, and only what can be read from the start', (_, hall) => {
    const labels = firstSightLabels(hall);
    expect(labels.every((l) => readableFrom(l, eye(hall)))).toBe(true);
    const texts = new Set(labels.map((l) => l.text));
    for (const s of hall.signs.filter((l) => readableFrom(l, eye(hall)))) expect(texts.has(s.text)).toBe(true);
    const [nearest] = boothsNear(hall.booths, eye(hall).x, eye(hall).z, { radius: SIGN_RADIUS, max: 1 });
    const fascia = hall.booths.find((b) => b.id === nearest)!.signs.filter((l) => readableFrom(l, eye(hall)));
    expect(fascia.length).toBeGreaterThan(0);
    for (const s of fascia) expect(texts.has(s.text)).toBe(true);
    // Few enough glyphs (4 KB of field each) to stay well inside the 1 MB font budget with the font.
    const glyphs = [...firstSightChars(hall)].filter((c) => c.trim()).length;
    expect(glyphs).toBeGreaterThan(20);
    expect(glyphs).toBeLessThan(180);
  });
});

describe('close-ups and signs seen from a booth\'s front', () => {
  const b = bigHall.booths[40];
  const p = bigHall.placements[b.id];
  const eyeAt = { x: b.front.position[0], y: b.front.position[1], z: b.front.position[2] };
  const partner = bigHall.layout.booths.find((q) => q.facing !== p.facing && Math.abs(q.x - p.x) < 0.01 && Math.abs(q.z - p.z) < p.depth + 2)!;
  const detailOf = (id: string) => boothDetail(bigHall.plans.find((x) => x.id === id)!, bigHall.placements[id]);

  it('draw the booth in front of the visitor whole, and nothing of the one back to back with it', () => {
    const own = closeUp(bigHall, b.id, detailOf(b.id), { article: 0, page: 0 }, eyeAt);
    expect(own.labels.length).toBeGreaterThan(detailOf(b.id).labels.length + detailOf(b.id).onWall.length); // panels too
    expect(own.blocks.length).toBeGreaterThan(detailOf(b.id).tiles.length);
    expect(closeUp(bigHall, partner.id, detailOf(partner.id), { article: 0, page: 0 }, eyeAt)).toEqual({ blocks: [], labels: [] });
    const signs = new Set(signsInSight(bigHall, [b.id, partner.id], eyeAt));
    expect(b.signs.some((l) => signs.has(l))).toBe(true);
    expect(bigHall.booths.find((x) => x.id === partner.id)!.signs.some((l) => signs.has(l))).toBe(false);
  });
});
