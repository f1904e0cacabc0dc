import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { buildHallScene, type HallScene } from '../../../src/layout';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { firstSightChars, firstSightLabels } from '../../../src/world/firstSight';
import { boothsNear, SIGN_RADIUS } from '../../../src/world/nearBooths';
import { readableFrom } from '../../../src/world/readable';

const seedHall = buildHallScene(ingestPaths(['seeds']).plans, { title: '元宇宙产业政策展' });
const bigHall = buildHallScene(ingestAll(syntheticDocuments(300, 5)).plans, { title: '300' });
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
