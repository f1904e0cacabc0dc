import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { buildHallScene, overlaps, PANEL, textColumns } from '../../../src/layout';
import { boothTop, landmarkBoards } from '../../../src/layout/boothArchitecture';
import type { BoothPlacement } from '../../../src/layout/hallLayout';
import { portalBoards } from '../../../src/layout/entrance';
import { buildPlaza } from '../../../src/layout/plaza';
import { WALL_HEIGHT } from '../../../src/layout/boothArchitecture';
import { boardAngles, boardsCrowd, type Board, CEILING, heightOverWalls, letterFor, OVER_WALLS, numberRange, SIGN_ANGLE, SIGN_GAP, SIGN_READ_DISTANCE, staggerSigns } from '../../../src/layout/wayfinding';
import { LEVEL_ZH } from '../../../src/plan/format';

const seed = buildHallScene((await ingestPaths(["seeds"])).plans, { title: '元宇宙产业政策展', titleEn: 'Metaverse Industry Policy Expo' });
const big = buildHallScene((await ingestAll(syntheticDocuments(300, 3))).plans, { title: 'big' });
const readable = letterFor(SIGN_READ_DISTANCE, SIGN_ANGLE);

describe('letter heights', () => {
  it('gives 0.8° at 30 m about 42 cm, at 3 m about 4 cm', () => {
    expect(readable).toBeCloseTo(0.419, 2);
    expect(letterFor(3, 0.8)).toBeCloseTo(0.0419, 3);
  });
  it('makes a panel\'s lead line readable at 3 m and its body at 1.5 m', () => {
    expect(PANEL.leadSize).toBeGreaterThanOrEqual(letterFor(3, 0.8));
    expect(PANEL.size).toBeGreaterThanOrEqual(letterFor(1.5, 0.8));
  });
});

describe.each([['seed', seed], ['300-booth', big]] as const)('wayfinding in the %s hall', (_, hall) => {
  it('numbers every booth once, by zone letter, and shows the number on the booth in letters read from 30 m', () => {
    const numbers = hall.layout.booths.map((b) => b.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const b of hall.layout.booths) {
      expect(b.number).toMatch(/^[A-D]\d{2,}$/);
      const sign = hall.booths.find((x) => x.id === b.id)!.signs.find((l) => l.text === b.number);
      expect(sign, b.id).toBeDefined();
      expect(sign!.size).toBeGreaterThanOrEqual(readable);
    }
  });
  it('hangs a banner over each zone, both faces, under the ceiling, naming it in letters read from 30 m, with its booth numbers', () => {
    for (const zn of hall.layout.zones) {
      const names = hall.signs.filter((l) => l.text.includes(LEVEL_ZH[zn.level]) && Math.abs(l.z - zn.z) < 0.1 && l.y > 4);
      expect(names.map((l) => l.rotY).sort()).toEqual(expect.arrayContaining([0, Math.PI]));
      for (const l of names) {
        expect(l.size).toBeGreaterThanOrEqual(readable);
        expect(l.y + l.size / 2).toBeLessThan(CEILING);
      }
      expect(hall.signs.some((l) => l.text.includes(numberRange(hall.layout.booths, zn.level)))).toBe(true);
    }
  });
  it('signs each cross aisle for each zone', () => {
    for (const x of hall.layout.crossAisles) {
      expect(hall.signs.filter((l) => Math.abs(l.x - x) < 0.01 && l.size >= readable).length).toBeGreaterThanOrEqual(hall.layout.zones.length * 2);
    }
  });
  it('lays runners along the aisles and a path in from the doors, over no booth or spine', () => {
    const { runners, booths, spines, bounds } = hall.layout;
    expect(runners.filter((r) => r.level).length).toBeGreaterThanOrEqual(hall.layout.zones.length);
    const path = runners.find((r) => !r.level)!;
    expect(path.z + path.depth / 2).toBeCloseTo(bounds.maxZ);
    for (const r of runners) for (const o of [...booths, ...spines]) expect(overlaps(r, o), JSON.stringify(r)).toBe(false);
  });
  it('has a ceiling over the whole hall with light strips at a steady pitch, above every booth and sign', () => {
    const strips = hall.overhead.filter((b) => b.sy < 0.05 && b.sz < 0.5);
    expect(strips.length).toBeGreaterThan((hall.layout.bounds.maxZ - hall.layout.bounds.minZ) / 8);
    const top = Math.max(...hall.blocks.map((b) => b.y + b.sy / 2));
    expect(top).toBeLessThanOrEqual(CEILING);
    for (const b of hall.overhead) expect(b.y).toBeGreaterThan(CEILING - 0.5);
  });
});

describe('hanging signs from the first view', () => {
  const eyeOf = (hall: typeof seed) => ({ x: hall.start.position[0], y: hall.start.position[1], z: hall.start.position[2] });
  it('keeps a sign that crowds nothing where it is, and moves one that would pile onto a nearer sign aside, zigzagging', () => {
    const eye = { x: 0, y: 1.6, z: 0 };
    const board = (z: number) => ({ x: 0, y: 5.7, z, width: 6.4, height: 1.1 });
    // Four banners straight down the line of sight, close enough in angle to pile up.
    const xs = staggerSigns([board(-20), board(-32), board(-44), board(-56)], [], eye, -20, 20);
    expect(xs[0]).toBe(0);
    const boards = xs.map((x, i) => ({ ...board([-20, -32, -44, -56][i]), x }));
    for (let i = 0; i < boards.length; i++) for (let j = i + 1; j < boards.length; j++) expect(boardsCrowd(boards[i], boards[j], eye, SIGN_GAP * 0.99), `${i} ${j}`).toBe(false);
    // Moved signs alternate sides.
    const moved = xs.filter((x) => x !== 0).map(Math.sign);
    for (let i = 1; i < moved.length; i++) expect(moved[i]).toBe(-moved[i - 1]);
    // Far apart in angle, nothing moves.
    expect(staggerSigns([board(-10), { ...board(-60), y: 2.5 }], [], eye, -20, 20)).toEqual([0, 0]);
  });
  it('moves a nearer sign over when that is the only way a farther one finds a clear place', () => {
    const eye = { x: 0, y: 1.6, z: 0 };
    const board = (z: number) => ({ x: 0, y: 5.7, z, width: 6.4, height: 1.1 });
    // Two posts close in on the line of sight: between them, room for the two far signs side by side only.
    const posts = [-1, 1].map((s) => ({ x: s * 3.8, y: 2.5, z: -20, width: 0.4, height: 5 }));
    const signs = [board(-47), board(-60)];
    const xs = staggerSigns(signs, posts, eye, -12, 12);
    const placed = signs.map((b, i) => ({ ...b, x: xs[i] }));
    expect(boardsCrowd(placed[1], placed[0], eye, SIGN_GAP * 0.99)).toBe(false);
    for (const b of placed) for (const p of posts) expect(boardsCrowd(b, p, eye, SIGN_GAP * 0.99)).toBe(false);
    // The nearer sign moved although its own place was clear of the posts.
    expect(posts.some((p) => boardsCrowd(signs[0], p, eye, SIGN_GAP))).toBe(false);
    expect(xs[0]).not.toBe(0);
  });
  it.each([['seed', seed], ['300-booth', big]] as const)('hangs no zone banner where, from the %s hall\'s first view, it crowds a nearer one, the portal or a nearer landmark\'s beam and columns', (_, hall) => {
    const eye = eyeOf(hall);
    // Each banner's board: the widest hanging board at its zone's line, under the ceiling.
    const banners = hall.layout.zones.map((zn) => hall.blocks.find((b) => Math.abs(b.z - zn.z) < 0.01 && b.y > WALL_HEIGHT && b.sy > 1 && b.sx > 6)!);
    for (const b of banners) {
      expect(b).toBeDefined();
      expect(b.x - b.sx / 2).toBeGreaterThanOrEqual(hall.layout.bounds.minX);
      expect(b.x + b.sx / 2).toBeLessThanOrEqual(hall.layout.bounds.maxX);
    }
    const boards = banners.map((b) => ({ x: b.x, y: b.y, z: b.z, width: b.sx, height: b.sy }));
    const beams = [...portalBoards(hall.layout), ...hall.layout.booths.flatMap(landmarkBoards)];
    // Each banner is clear of everything nearer: where through the portal there is room for two far
    // banners side by side only if the nearer one moves over, it does.
    // Banners hung out of sight behind a nearer wall crowd nothing the doors see.
    const hidden = boards.map((b) => hiddenBehind(b, backWalls(hall), eye));
    boards.forEach((b, i) => {
      if (hidden[i]) return;
      const nearer = [...boards.slice(0, i).filter((_, j) => !hidden[j]), ...beams].filter((o) => o.z > b.z);
      expect(nearer.some((o) => boardsCrowd(b, o, eye, SIGN_GAP * 0.99)), `banner ${i} at ${b.x}`).toBe(false);
    });
    // The nearest banner and the next are clear: from the doors they do not pile up.
    for (const b of boards.slice(0, 2).filter((_, i) => !hidden[i])) expect([...boards.filter((_, j) => !hidden[j]), ...beams].filter((o) => o.z > b.z).some((o) => boardsCrowd(b, o, eye, SIGN_GAP * 0.99))).toBe(false);
    // The zone's name stays on its banner, and fits it.
    for (const [i, zn] of hall.layout.zones.entries()) {
      const name = hall.signs.find((l) => l.text.includes(LEVEL_ZH[zn.level]) && Math.abs(l.z - zn.z) < 0.1 && l.y > 4 && Math.abs(l.x - boards[i].x) < 0.01);
      expect(name, zn.level).toBeDefined();
      expect(textColumns(name!.text) * name!.size).toBeLessThanOrEqual(boards[i].width);
    }
  });
  it.each([['seed', seed], ['300-booth', big]] as const)('shows each zone banner of the %s hall whole from the first view: over the fascias of the booths and the plaza\'s boards in front of it, under the portal\'s lintel', (_, hall) => {
    const eye = eyeOf(hall);
    // The booths' back walls (fascias at their top), worked out here from the placements: the wall
    // stands at a booth's back, which is its far side when it faces the doors.
    const walls = hall.layout.booths.map((b) => ({ x: b.x, y: WALL_HEIGHT / 2, z: b.facing === 1 ? b.z - b.depth / 2 : b.z + b.depth / 2, width: b.width, height: WALL_HEIGHT }));
    // The plaza's boards: its tallest boxes, their fronts.
    const { blocks } = buildPlaza(hall.plans, hall.layout.plaza, hall.themeLabel, eye.z, portalBoards(hall.layout));
    const tallest = Math.max(...blocks.map((b) => b.sy));
    walls.push(...blocks.filter((b) => b.sy === tallest).map((b) => ({ x: b.x, y: b.y, z: b.z + b.sz / 2, width: b.sx, height: b.sy })));
    expect(walls.length).toBe(hall.layout.booths.length + 4);
    // The underside of the portal's lintel (entrance.ts: PORTAL.under).
    const lintel = 3.7;
    const portalZ = portalBoards(hall.layout)[0].z;
    for (const zn of hall.layout.zones) {
      const b = hall.blocks.find((x) => Math.abs(x.z - zn.z) < 0.01 && x.y > WALL_HEIGHT && x.sy > 1 && x.sx > 6)!;
      const board = { x: b.x, y: b.y, z: b.z, width: b.sx, height: b.sy };
      const seen = boardAngles(board, eye);
      // A banner hung out of sight behind a nearer wall is not seen at all (see below).
      if (hiddenBehind(board, [...walls, ...backWalls(hall)], eye)) continue;
      for (const w of walls.filter((x) => x.z > board.z && x.z < eye.z)) {
        const a = boardAngles(w, eye);
        if (a.right <= seen.left || seen.right <= a.left) continue;
        expect(seen.low, `${zn.level} banner over the wall at x ${w.x}, z ${w.z}`).toBeGreaterThan(a.high);
      }
      // Under the lintel (its underside 3.7 m up), and under the ceiling.
      const under = (Math.atan2(lintel - eye.y, eye.z - portalZ) * 180) / Math.PI;
      expect(seen.high, zn.level).toBeLessThan(under);
      expect(b.y + b.sy / 2).toBeLessThan(CEILING);
    }
  });
});

/** The booths' back walls (at a booth's far side when it faces the doors) and the spines, at their faces nearer the doors, from the placements. */
function backWalls(hall: typeof seed): Board[] {
  const walls = hall.layout.booths.map((b): Board => ({ x: b.x, y: WALL_HEIGHT / 2, z: b.facing === 1 ? b.z - b.depth / 2 : b.z + b.depth / 2, width: b.width, height: WALL_HEIGHT }));
  return [...walls, ...hall.layout.spines.map((sp): Board => ({ x: sp.x, y: sp.height / 2, z: sp.z + sp.depth / 2, width: sp.width, height: sp.height }))];
}

/** Whether `eye` sees none of `b`: a nearer one of `walls` spans all of its width and rises over all of its height. */
function hiddenBehind(b: Board, walls: readonly Board[], eye: { x: number; y: number; z: number }): boolean {
  const s = boardAngles(b, eye);
  return walls.some((w) => {
    if (w.z <= b.z || w.z >= eye.z) return false;
    const a = boardAngles(w, eye);
    return a.left <= s.left && a.right >= s.right && a.high >= s.high - 1e-9;
  });
}

describe.each([['seed', seed], ['300-booth', big]] as const)('zone banners of the %s hall from the first view', (_, hall) => {
  const eye = { x: hall.start.position[0], y: hall.start.position[1], z: hall.start.position[2] };
  // Each booth's outline from the doors (floor to its top, across its width, at its side nearer
  // them), and its back wall (at its far side when it faces the doors), from the placements.
  const outline = (b: BoothPlacement): Board => ({ x: b.x, y: boothTop(b) / 2, z: b.z + b.depth / 2, width: b.width, height: boothTop(b) });
  const walls = backWalls(hall);
  it('never seems to hang inside a nearer booth: seen clear of every nearer booth\'s outline, or hidden wholly behind a nearer wall', () => {
    for (const zn of hall.layout.zones) {
      const b = hall.blocks.find((x) => Math.abs(x.z - zn.z) < 0.01 && x.y > WALL_HEIGHT && x.sy > 1 && x.sx > 6)!;
      const board: Board = { x: b.x, y: b.y, z: b.z, width: b.sx, height: b.sy };
      // Over its own zone's walls, under the ceiling.
      expect(b.y - b.sy / 2, zn.level).toBeGreaterThan(WALL_HEIGHT);
      if (hiddenBehind(board, walls, eye)) continue;
      for (const o of hall.layout.booths.filter((x) => x.z + x.depth / 2 > board.z)) {
        expect(boardsCrowd(board, outline(o), eye, 0), `${zn.level} banner seen inside ${o.number}`).toBe(false);
      }
    }
  });
});

describe('a banner over the walls', () => {
  const eye = { x: 0, y: 1.6, z: 0 };
  const banner = { x: 0, y: 5.7, z: -60, width: 6.4, height: 1.1 };
  const wall = (x: number, z: number) => ({ x, y: 1.75, z, width: 8, height: 3.5 });
  it('rises just enough to clear a near wall it would be seen behind, by the margin', () => {
    const y = heightOverWalls(banner, [wall(0, -28)], eye);
    expect(y).toBeGreaterThan(banner.y);
    const low = boardAngles({ ...banner, y }, eye).low;
    expect(low - boardAngles(wall(0, -28), eye).high).toBeCloseTo(OVER_WALLS, 6);
  });
  it('stays where it is for walls to the side of it, behind it, or already below its foot', () => {
    expect(heightOverWalls(banner, [wall(30, -28), wall(0, -70), wall(0, -55)], eye)).toBe(banner.y);
  });
});
