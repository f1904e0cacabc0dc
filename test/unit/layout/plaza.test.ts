import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { buildHallScene } from '../../../src/layout';
import { portalBoards } from '../../../src/layout/entrance';
import { buildPlaza, shadowReach } from '../../../src/layout/plaza';
import { boardAngles, type Board } from '../../../src/layout/wayfinding';

const seed = buildHallScene((await ingestPaths(['seeds'])).plans, { title: '元宇宙产业政策展' });
const big = buildHallScene((await ingestAll(syntheticDocuments(300, 3))).plans, { title: 'big' });

describe('what stands in front of a board', () => {
  it('hides nothing when nothing stands between the eye and the board', () => {
    expect(shadowReach([], 10, 0)).toBe(0);
    expect(shadowReach([{ x: 3, y: 1, z: -2, width: 1, height: 2 }], 10, 0)).toBe(0);
  });
  it('hides more of a board the nearer it stands to the eye: its edge carried along the line of sight', () => {
    // Halfway between eye and board, an edge 2 m off the axis hides the board out to 4 m.
    expect(shadowReach([{ x: -1.5, y: 1, z: 5, width: 1, height: 2 }], 10, 0)).toBeCloseTo(4, 9);
    expect(shadowReach([{ x: 1.5, y: 1, z: 8, width: 1, height: 2 }], 10, 0)).toBeCloseTo(10, 9);
  });
});

describe.each([['seed', seed], ['300-booth', big]] as const)('the plaza of the %s hall from the first view', (_, hall) => {
  const eye = { x: hall.start.position[0], y: hall.start.position[1], z: hall.start.position[2] };
  const portal = portalBoards(hall.layout);
  const { blocks } = buildPlaza(hall.plans, hall.layout.plaza, hall.themeLabel, eye.z, portal);
  // The boards: the plaza's tallest boxes, seen at their faces.
  const tallest = Math.max(...blocks.map((b) => b.sy));
  const boards: Board[] = blocks.filter((b) => b.sy === tallest).map((b) => ({ x: b.x, y: b.y, z: b.z + b.sz / 2, width: b.sx, height: b.sy }));
  const across = (a: Board, b: Board) => {
    const p = boardAngles(a, eye);
    const q = boardAngles(b, eye);
    return Math.min(p.right, q.right) - Math.max(p.left, q.left);
  };
  it('stands four boards, none in front of another', () => {
    expect(boards).toHaveLength(4);
    for (const a of boards) for (const b of boards) if (a !== b) expect(across(a, b)).toBeLessThan(0);
  });
  it('stands no pylon of the portal in front of a board\'s face', () => {
    for (const b of boards) for (const p of portal) expect(across(b, p), `board at ${b.x.toFixed(1)}`).toBeLessThan(0);
  });
  it('keeps the way in open: the central aisle at least as wide as the portal\'s opening seen there', () => {
    const inner = Math.min(...boards.map((b) => Math.abs(b.x) - b.width / 2));
    expect(inner).toBeGreaterThanOrEqual(shadowReach(portal, eye.z, boards[0].z) - 1e-9);
  });
  it('says every cell\'s count on the regions × themes board, 0 included, so no region\'s row is left blank', () => {
    const { blocks: all, labels } = buildPlaza(hall.plans, hall.layout.plaza, hall.themeLabel, eye.z, portal);
    // The matrix is the board farthest right; its cells are the thin tiles across it.
    const matrix = boards.reduce((a, b) => (b.x > a.x ? b : a));
    const onMatrix = (p: { x: number }) => Math.abs(p.x - matrix.x) < matrix.width / 2;
    const cells = all.filter((b) => onMatrix(b) && b.sz === 0.02 && b.sy < 0.5);
    expect(cells.length).toBeGreaterThanOrEqual(4);
    for (const c of cells) {
      const n = labels.find((l) => onMatrix(l) && Math.abs(l.x - c.x) < 1e-6 && Math.abs(l.y - c.y) < 1e-6);
      expect(n?.text, `cell at ${c.x.toFixed(2)}, ${c.y.toFixed(2)}`).toMatch(/^\d+$/);
    }
  });
});
