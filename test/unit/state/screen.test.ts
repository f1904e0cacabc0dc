/** Framing for an upright phone: the reader's sheet is part of the lens, and tour stops are framed like booths. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('navigator', { language: 'en-GB' });
vi.stubGlobal('innerWidth', 390);
vi.stubGlobal('innerHeight', 844);

const { framedStop, framedView, screenLens, setReaderSheet } = await import('../../../src/state/screen');
const { useExpo } = await import('../../../src/state/store');
const { ingestPaths } = await import('../../../src/cli/readSeeds');
const { buildHallScene, figureBox, figureView, poseOf } = await import('../../../src/layout');
const { fits } = await import('../../../src/layout/framing');

const hall = buildHallScene((await ingestPaths(['seeds'])).plans, { title: 'phone' });
const initial = useExpo.getState();
type Point3 = [number, number, number];
type Viewpoint = import('../../../src/layout').Viewpoint;
const behind = (a: [number, number, number], b: [number, number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

beforeEach(() => useExpo.setState({ ...initial, scene: hall, readerOpen: false }, true));

describe('the reader\'s sheet on an upright phone', () => {
  it('covers the bottom of the lens while the reader is open (foreseen before it is first shown, then as measured)', () => {
    expect(screenLens().bottom).toBe(0);
    useExpo.setState({ readerOpen: true });
    expect(screenLens().bottom).toBeCloseTo(0.6 + 8 / 844, 3);
    setReaderSheet(300);
    expect(screenLens().bottom).toBeCloseTo(300 / 844, 3);
  });
  it('frames the clause panel above it: more of the panel is seen above the sheet, from farther back or higher', () => {
    setReaderSheet(520);
    const shown = (points: Point3[], v: Viewpoint) => points.filter((p) => fits([p], poseOf(v), screenLens())).length;
    for (const b of hall.booths) {
      useExpo.setState({ readerOpen: false });
      const without = framedView(b, 'reading');
      useExpo.setState({ readerOpen: true });
      const withSheet = framedView(b, 'reading');
      expect(behind(withSheet.position, b.reading.position), b.id).toBeGreaterThan(behind(without.position, b.reading.position));
      expect(shown(b.sight.reading, withSheet), b.id).toBeGreaterThan(shown(b.sight.reading, without));
    }
  });
});

describe('tour stops for an upright follower', () => {
  it('frames a booth stop and a figure stop so all they show fits the screen', () => {
    const b = hall.booths.find((x) => hall.plans.find((p) => p.id === x.id)?.targets.length)!;
    const targetId = hall.plans.find((p) => p.id === b.id)!.targets[0].id;
    const booth = framedStop({ kind: 'booth', boothId: b.id, view: b.front });
    expect(fits(b.sight.front, poseOf(booth), screenLens())).toBe(true);
    expect(fits(b.sight.front, poseOf(b.front), screenLens())).toBe(false);
    const view = figureView(hall, b.id, targetId)!;
    const figure = framedStop({ kind: 'figure', boothId: b.id, targetId, view });
    const box = figureBox(b.blocks, b.id, targetId)!;
    const corners = [-0.5, 0.5].flatMap((dx) => [-0.5, 0.5].map((dy): Point3 => [box.x + dx * box.sx, box.y + dy * box.sy, box.z]));
    expect(fits(corners, poseOf(figure), screenLens())).toBe(true);
  });
  it('leaves a place away from the booths as it is', () => {
    const stop = { kind: 'entrance' as const, view: hall.start };
    expect(framedStop(stop)).toBe(hall.start);
  });
});
