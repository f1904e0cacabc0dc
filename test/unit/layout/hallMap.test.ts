import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { layoutHall, type HallLayout } from '../../../src/layout/hallLayout';
import { mapStand, startView } from '../../../src/layout/entrance';
import { hallMap } from '../../../src/layout/hallMap';
import { LEVEL_COLOR, PALETTE } from '../../../src/layout/palette';
import { textColumns } from '../../../src/layout/textWrap';
import type { Block, Label } from '../../../src/layout/primitives';

const seed = layoutHall((await ingestPaths(['seeds'])).plans);
const big = layoutHall((await ingestAll(syntheticDocuments(300, 3))).plans);

/** A box on the board: left, right, bottom, top (m, across and up its face). */
type Box = [number, number, number, number];

describe.each([['seed', seed], ['300-booth', big]] as const)('the hall map of the %s hall', (_, layout: HallLayout) => {
  const stand = mapStand(layout);
  const [sx, , sz] = startView(layout).position;
  const map = hallMap(layout, stand, { x: sx, z: sz });
  // Board coordinates: undo the turn, then the lean (as hallMap places things on the board).
  const onBoard = (p: { x: number; y: number; z: number }) => {
    const [c, s] = [Math.cos(stand.turn), Math.sin(stand.turn)];
    const lx = (p.x - stand.x) * c - (p.z - stand.z) * s;
    const lz = (p.x - stand.x) * s + (p.z - stand.z) * c;
    return { u: lx, v: (p.y - stand.y) * Math.cos(stand.lean) - lz * Math.sin(stand.lean) };
  };
  const blockBox = (b: Block): Box => {
    const { u, v } = onBoard(b);
    return [u - b.sx / 2, u + b.sx / 2, v - b.sy / 2, v + b.sy / 2];
  };
  const labelBox = (l: Label): Box => {
    const { u, v } = onBoard(l);
    const w = Math.max(...l.text.split('\n').map(textColumns)) * l.size;
    const h = (l.text.split('\n').length * l.size * (l.lineHeight ?? 1.2)) / 2;
    const u0 = l.anchorX === 'left' ? u : l.anchorX === 'right' ? u - w : u - w / 2;
    return [u0, u0 + w, v - h, v + h];
  };
  const inside = (a: Box, b: Box) => a[0] >= b[0] - 1e-9 && a[1] <= b[1] + 1e-9 && a[2] >= b[2] - 1e-9 && a[3] <= b[3] + 1e-9;
  const apart = (a: Box, b: Box) => a[1] <= b[0] + 1e-9 || b[1] <= a[0] + 1e-9 || a[3] <= b[2] + 1e-9 || b[3] <= a[2] + 1e-9;
  const words = map.labels.filter((l) => /您在这里|You are here/.test(l.text));
  const dots = map.blocks.filter((b) => b.color === LEVEL_COLOR.national && b.sx === b.sy && b.sx < 0.1);
  // The plan: the largest light tile on the board; the words' ground: the light tile the words stand on.
  const tiles = map.blocks.filter((b) => b.rotY === stand.turn && b.color === PALETTE.panel);
  const plan = tiles.reduce((a, b) => (b.sx * b.sy > a.sx * a.sy ? b : a));
  const ground = tiles.filter((t) => t !== plan && words.every((w) => inside(labelBox(w), blockBox(t))));
  const face: Box = [-stand.width / 2, stand.width / 2, -stand.height / 2, stand.height / 2];

  it('keeps "you are here", its dots and the words\' ground inside the board\'s face', () => {
    expect(words.length).toBeGreaterThan(0);
    expect(dots.length).toBeGreaterThan(0);
    for (const x of [...words.map(labelBox), ...dots.map(blockBox), ...ground.map(blockBox)]) expect(inside(x, face), JSON.stringify(x)).toBe(true);
  });
  it('sets the words wholly on or wholly off the plan, never over its edge', () => {
    expect(ground).toHaveLength(1);
    const g = blockBox(ground[0]);
    const p = blockBox(plan);
    expect(inside(g, p) || apart(g, p), JSON.stringify({ g, p })).toBe(true);
  });
  it('keeps the words clear of the zones\' names in the legend', () => {
    const names = map.labels.filter((l) => !words.includes(l) && onBoard(l).u < blockBox(plan)[0]);
    expect(names.length).toBeGreaterThanOrEqual(layout.zones.length);
    for (const n of names) expect(apart(labelBox(n), blockBox(ground[0])), n.text).toBe(true);
  });
});
