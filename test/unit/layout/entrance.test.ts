import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { buildHallScene, fovFor, labelCorners, poseOf, type FramePoint, type Label } from '../../../src/layout';
import { fits, seenApart } from '../../../src/layout/framing';
import { buildPlaza } from '../../../src/layout/plaza';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { canStand } from '../../../src/layout/collide';
import { mapSight, mapStand, portalBoards, welcomeLines } from '../../../src/layout/entrance';
import { frameView, roomBehind } from '../../../src/layout';
import { ZONE_LETTER } from '../../../src/layout/hallLayout';
import { textColumns } from '../../../src/layout/textWrap';
import { LEVEL_EN, PALETTE } from '../../../src/layout/palette';
import { LEVEL_ZH } from '../../../src/plan/format';

const hall = buildHallScene((await ingestPaths(["seeds"])).plans, { title: '元宇宙产业政策展', titleEn: 'Metaverse Industry Policy Expo' });
const big = buildHallScene((await ingestAll(syntheticDocuments(300, 3))).plans, { title: 'big' });
const [ex, ey, ez] = hall.start.position;
const [tx, ty, tz] = hall.start.target;

/** Angles (degrees) of a point off the first view's axis, sideways and up. */
function offAxis(p: { x: number; y: number; z: number }) {
  const yaw = Math.atan2(tx - ex, ez - tz);
  const pitch = Math.atan2(ty - ey, Math.hypot(tx - ex, tz - ez));
  const side = (Math.atan2(p.x - ex, ez - p.z) - yaw) * (180 / Math.PI);
  const up = (Math.atan2(p.y - ey, Math.hypot(p.x - ex, p.z - ez)) - pitch) * (180 / Math.PI);
  return { side, up, distance: Math.hypot(p.x - ex, p.y - ey, p.z - ez) };
}

describe('the entrance', () => {
  const titles = hall.signs.filter((l) => l.text === '元宇宙产业政策展' && l.rotY === 0);
  it('shows the exhibition\'s title, facing the doors, in the first view (62° high, 1280 × 800) and large', () => {
    const inView = titles.filter((l) => Math.abs(offAxis(l).up) < 31 - l.size && Math.abs(offAxis(l).side) < 45);
    expect(inView.length).toBeGreaterThan(0);
    const l = inView[0];
    // Letters over 1.5° high: about 20 px of an 800 px view.
    expect((Math.atan2(l.size, offAxis(l).distance) * 180) / Math.PI).toBeGreaterThan(1.5);
    expect(hall.signs.some((x) => x.text === 'Metaverse Industry Policy Expo' && x.rotY === 0)).toBe(true);
  });
  it('stands a hall map in the first view where every booth can be picked, with a you-are-here mark', () => {
    const map = hall.blocks.filter((b) => b.rotX !== undefined);
    const picks = map.flatMap((b) => (b.pick?.type === 'map' ? [b.pick.target] : []));
    expect(new Set(picks)).toEqual(new Set(hall.booths.map((b) => b.id)));
    for (const b of map.filter((x) => x.pick)) expect(Math.abs(offAxis(b).side)).toBeLessThan(40);
    const here: Label | undefined = hall.signs.find((l) => l.text.includes('You are here'));
    expect(here).toBeDefined();
    for (const b of hall.layout.booths) expect(hall.signs.some((l) => l.text === b.number && l.rotX !== undefined), b.number).toBe(true);
  });
  it.each([['seed', hall], ['300-booth', big]] as const)('draws the %s hall\'s booths on the map as cells of one size, full and small booths alike, numbered in one size', (_, h) => {
    const cells = h.blocks.filter((b) => b.pick?.type === 'map');
    expect(cells).toHaveLength(h.layout.booths.length);
    expect(h.layout.booths.some((b) => b.size === 'small') || h === big).toBe(true);
    for (const c of cells) {
      expect(c.sx, c.pick?.type === 'map' ? c.pick.target : '').toBeCloseTo(cells[0].sx, 9);
      expect(c.sy).toBeCloseTo(cells[0].sy, 9);
    }
    const numbers = new Set(h.layout.booths.map((b) => b.number));
    const sizes = new Set(h.signs.filter((l) => l.rotX !== undefined && numbers.has(l.text)).map((l) => l.size));
    expect(sizes.size).toBeLessThanOrEqual(1);
  });
  it('stands the map nearly upright, square to the first view, its names in letters over 1° high from there', () => {
    const board = hall.blocks.filter((b) => b.rotY !== undefined).reduce((a, b) => (b.sx * b.sy > a.sx * a.sy ? b : a));
    expect(Math.abs(board.rotX ?? 0)).toBeLessThanOrEqual((15 * Math.PI) / 180);
    // Square to the first view's line of sight (parallel to the screen): letters keep their shape in that view.
    expect(Math.abs(Math.atan2(ex - tx, ez - tz) - board.rotY!)).toBeLessThan((5 * Math.PI) / 180);
    const onMap = hall.signs.filter((l) => l.rotX !== undefined && l.rotY === board.rotY);
    for (const l of onMap.filter((x) => /[A-D] |Hall map|You are here|Plaza/.test(x.text))) {
      expect((Math.atan2(l.size, offAxis(l).distance) * 180) / Math.PI, l.text).toBeGreaterThan(1);
    }
  });
  it('keeps each zone\'s two names in the legend on its ground, one line above the other', () => {
    const stand = mapStand(hall.layout);
    // Up the board: upright tilted back by its lean, turned with it.
    const up = [-Math.sin(stand.lean) * Math.sin(stand.turn), Math.cos(stand.lean), -Math.sin(stand.lean) * Math.cos(stand.turn)];
    const v = (p: { x: number; y: number; z: number }) => (p.x - stand.x) * up[0] + (p.y - stand.y) * up[1] + (p.z - stand.z) * up[2];
    const grounds = hall.blocks.filter((b) => b.rotY === stand.turn && Math.abs(b.sx - 0.58) < 1e-9 && b.color !== PALETTE.panel);
    expect(grounds).toHaveLength(hall.layout.zones.length);
    for (const zn of hall.layout.zones) {
      const onMap = (text: string) => hall.signs.find((l) => l.rotX !== undefined && l.text === text)!;
      const zh = onMap(`${ZONE_LETTER[zn.level]} ${LEVEL_ZH[zn.level]}`);
      const en = onMap(LEVEL_EN[zn.level]);
      const ground = grounds.reduce((a, b) => (Math.abs(v(b) - v(zh)) < Math.abs(v(a) - v(zh)) ? b : a));
      const half = (l: Label) => (l.size * (l.lineHeight ?? 1.2)) / 2;
      expect(v(zh) + half(zh), en.text).toBeLessThanOrEqual(v(ground) + ground.sy / 2 + 1e-6);
      expect(v(en) - half(en), en.text).toBeGreaterThanOrEqual(v(ground) - ground.sy / 2 - 1e-6);
      expect(v(zh) - half(zh), en.text).toBeGreaterThanOrEqual(v(en) + half(en) - 1e-6);
    }
  });
  it('welcomes in Chinese and English under the title, naming the zones in their order, with no middle dot', () => {
    const lines = welcomeLines(hall.layout);
    const order = hall.layout.zones.map((zn) => LEVEL_EN[zn.level]);
    for (const text of [lines.zh, ...lines.en.split('\n')]) {
      const l = hall.signs.find((x) => x.text === text && x.rotY === 0);
      expect(l, text).toBeDefined();
      expect(text).not.toMatch(/[·・•]/);
      // Letters over 1° from the doors: about 13 px of an 800 px view.
      expect((Math.atan2(l!.size, offAxis(l!).distance) * 180) / Math.PI, text).toBeGreaterThan(1);
    }
    // On the lintel's face, one line under the other, none over the lintel's underside (3.7 m).
    const onLintel = [lines.zh, ...lines.en.split('\n')].map((t) => hall.signs.find((x) => x.text === t && x.rotY === 0)!);
    for (let i = 1; i < onLintel.length; i++) expect(onLintel[i].y + onLintel[i].size * 0.6, onLintel[i].text).toBeLessThanOrEqual(onLintel[i - 1].y - onLintel[i - 1].size * 0.6 + 1e-9);
    expect(onLintel[onLintel.length - 1].y - onLintel[onLintel.length - 1].size * 0.6).toBeGreaterThan(3.7);
    expect(lines.en.indexOf(order[0])).toBeLessThan(lines.en.indexOf(order[order.length - 1]));
  });
  it.each([['seed', hall], ['300-booth', big]] as const)('shows the %s hall\'s plaza boards whole in the first view on a 1280 × 800 screen', (_, h) => {
    const { blocks, labels } = buildPlaza(h.plans, h.layout.plaza, h.themeLabel, h.start.position[2], portalBoards(h.layout));
    const lens = { fovY: fovFor(1.6), aspect: 1.6, top: 56 / 800 };
    const corners = blocks.flatMap((b) => [-1, 1].flatMap((sx) => [-1, 1].map((sy): FramePoint => [b.x + (sx * b.sx) / 2, b.y + (sy * b.sy) / 2, b.z + b.sz / 2])));
    expect(fits(corners, poseOf(h.start), lens)).toBe(true);
    expect(fits(labels.flatMap(labelCorners), poseOf(h.start), lens)).toBe(true);
  });
  it.each([['seed', hall], ['300-booth', big]] as const)('sets the %s hall\'s timeline and regions × themes boards in letters read from the doors', (_, h) => {
    const { labels } = buildPlaza(h.plans, h.layout.plaza, h.themeLabel, h.start.position[2], portalBoards(h.layout));
    // The two boards right of the central aisle; what kind of entry a timeline mark is, its colour also says.
    const right = labels.filter((l) => l.x > 0 && !/^(展位|仅被提及)/.test(l.text));
    expect(right.length).toBeGreaterThan(10);
    const degrees = (l: Label) => (Math.atan2(l.size, offAxis(l).distance) * 180) / Math.PI;
    for (const l of right) expect(degrees(l), l.text).toBeGreaterThan(0.7);
    for (const title of ['Timeline', 'Regions × themes']) expect(degrees(right.find((l) => l.text.includes(title))!)).toBeGreaterThan(0.79);
    // Still a timeline and a matrix: several dates, several regions by several themes.
    expect(labels.filter((l) => l.x > 0 && /^(展位|仅被提及)/.test(l.text)).length).toBeGreaterThanOrEqual(Math.min(4, h.plans.length));
    expect(right.filter((l) => /^\d+$/.test(l.text)).length).toBeGreaterThanOrEqual(4);
    // The matrix says what its numbers count, in letters read from the doors like the rest.
    expect(right.find((l) => l.text === '次数'), 'what the matrix counts').toBeDefined();
    // No two lines of the timeline at one height run into each other.
    const timeline = labels.filter((l) => l.x > 0 && l.x < h.start.position[0] + 8 && l.y < 2.6 && l.z > 0);
    const extent = (l: Label) => {
      const w = textColumns(l.text) * l.size;
      const left = l.anchorX === 'left' ? l.x : l.anchorX === 'right' ? l.x - w : l.x - w / 2;
      return [left, left + w];
    };
    for (const a of timeline) for (const b of timeline) {
      if (a === b || Math.abs(a.y - b.y) > 1e-6 || a.x > b.x) continue;
      expect(extent(a)[1], `${a.text} | ${b.text}`).toBeLessThanOrEqual(extent(b)[0] + 1e-6);
    }
  });
  it('frames the hall map whole and near for an upright phone (390 × 844, under its bar), from where it can be read, under the title and the welcome, whole', () => {
    const lens = { fovY: fovFor(390 / 844), aspect: 390 / 844, top: 56 / 844 };
    const { view, corners, apart } = mapSight(hall.layout);
    const framed = frameView(corners, view, lens, { back: roomBehind(view, hall.colliders, hall.layout.booths, 8), rise: 0 }, apart);
    expect(framed.fits).toBe(true);
    expect(fits(corners, poseOf(framed.view), lens)).toBe(true);
    // The title and the welcome's lines, facing the doors: whole on the screen, and the map's board below all of them.
    const lines = welcomeLines(hall.layout);
    const lintel = hall.signs.filter((l) => l.rotY === 0 && l.z < ez && [hall.title, lines.zh, ...lines.en.split('\n')].includes(l.text));
    expect(lintel).toHaveLength(2 + lines.en.split('\n').length);
    const words = lintel.flatMap(labelCorners);
    expect(fits(words, poseOf(framed.view), lens)).toBe(true);
    // The board's top edge (its corners run left-bottom, left-top, right-bottom, right-top) under the welcome's lowest line.
    const lowest = lintel.reduce((a, b) => (b.y < a.y ? b : a));
    const [lb, , rb] = labelCorners(lowest);
    expect(seenApart({ below: [corners[1], corners[3]], above: [lb, rb] }, poseOf(framed.view), lens)).toBe(true);
    expect(canStand(framed.view.position[0], framed.view.position[2], hall.colliders)).toBe(true);
    // Near: the board takes over half the screen's width, so its booth numbers read (over 0.8°).
    const stand = mapStand(hall.layout);
    const [px, py, pz] = framed.view.position;
    const distance = Math.hypot(px - stand.x, py - stand.y, pz - stand.z);
    const seenWidth = 2 * distance * Math.tan((fovFor(lens.aspect) * Math.PI) / 360) * lens.aspect;
    expect(stand.width / seenWidth).toBeGreaterThan(0.5);
    const number = hall.signs.find((l) => l.rotX !== undefined && l.text === hall.layout.booths[0].number)!;
    expect((Math.atan2(number.size, distance) * 180) / Math.PI).toBeGreaterThan(0.8);
  });
  it.each([['seed', hall], ['300-booth', big]] as const)('shows an upright phone the %s hall\'s map whole, under the lintel\'s title and welcome, whole', (_, h) => {
    const lens = { fovY: fovFor(390 / 844), aspect: 390 / 844, top: 56 / 844 };
    const { view, corners, apart } = mapSight(h.layout);
    const framed = frameView(corners, view, lens, { back: roomBehind(view, h.colliders, h.layout.booths, 8), rise: 0 }, apart);
    const pose = poseOf(framed.view);
    const lines = welcomeLines(h.layout);
    const lintel = h.signs.filter((l) => l.rotY === 0 && l.z < h.start.position[2] && [h.title, lines.zh, ...lines.en.split('\n')].includes(l.text));
    expect(fits([...corners, ...lintel.flatMap(labelCorners)], pose, lens)).toBe(true);
    const [lb, , rb] = labelCorners(lintel.reduce((a, b) => (b.y < a.y ? b : a)));
    expect(seenApart({ below: [corners[1], corners[3]], above: [lb, rb] }, pose, lens)).toBe(true);
  });
  it('sets "you are here" beside a dot like the one on the plan, not over it', () => {
    const here = hall.signs.find((l) => l.text.includes('您在这里'))!;
    const dots = hall.blocks.filter((b) => b.rotY !== undefined && b.color === '#b3261e' && b.sx === b.sy && b.sx < 0.1);
    expect(dots.length).toBeGreaterThanOrEqual(2);
    // The legend's dot: the one level with the words.
    const dot = dots.reduce((a, b) => (Math.abs(b.y - here.y) < Math.abs(a.y - here.y) ? b : a));
    // Along the board, left to right: the words begin past the dot's right edge.
    const across = (p: { x: number; z: number }) => (p.x - dot.x) * Math.cos(dot.rotY!) - (p.z - dot.z) * Math.sin(dot.rotY!);
    expect(here.anchorX).toBe('left');
    expect(across(here)).toBeGreaterThan(dot.sx / 2);
  });
  it('leaves the path in walkable, from the doors through the portal to the first zone', () => {
    const path = hall.layout.runners.find((r) => !r.level)!;
    for (let z = path.z + path.depth / 2 - 0.5; z > path.z - path.depth / 2; z -= 0.5) expect(canStand(0, z, hall.colliders), `z ${z}`).toBe(true);
    expect(canStand(ex, ez, hall.colliders)).toBe(true);
  });
});

describe('the hall map beside booths hidden from the eye', () => {
  it('keeps every booth\'s cell when the booths themselves are left undrawn (behind a spine)', async () => {
    const { withoutHidden } = await import('../../../src/world/nearBooths');
    const all = new Map(hall.booths.map((b) => [b.id, 'all' as const]));
    const cells = withoutHidden(hall.blocks, all).filter((b) => b.pick?.type === 'map');
    expect(cells).toHaveLength(hall.booths.length);
  });
});
