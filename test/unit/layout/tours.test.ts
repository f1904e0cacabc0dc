import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { buildHallScene, defaultTour, figureView, resolveTour, toursOf, type TourScene } from '../../../src/layout';
import { canStand } from '../../../src/layout/collide';
import { TourStopDefinition } from '../../../src/scene/bundle';

const { plans } = await ingestPaths(['seeds']);
const hall = buildHallScene(plans, { title: '展' });
const stops = (defs: unknown[]) => defs.map((d) => TourStopDefinition.parse(d));
const near = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[2] - b[2]);

/** Every stop of a tour puts the audience somewhere they can stand inside the hall (or above it, or at the door). */
function standsWell(scene: TourScene & { colliders: Parameters<typeof canStand>[2] }, tour = defaultTour(scene)) {
  const { minX, maxX, minZ, maxZ } = scene.layout.bounds;
  for (const s of tour.stops) {
    const [x, y, z] = s.view.position;
    if (s.kind === 'overview' || s.kind === 'entrance') continue;
    expect(y, s.id).toBeCloseTo(1.6);
    expect(x > minX && x < maxX && z > minZ && z < maxZ, s.id).toBe(true);
    expect(canStand(x, z, scene.colliders), `${s.id} stands inside something`).toBe(true);
  }
}

describe('the default tour', () => {
  const tour = defaultTour(hall);
  it('goes entrance → plaza → every booth in hall order, each followed by its key figures', () => {
    expect(tour.generated).toBe(true);
    expect(tour.stops.slice(0, 2).map((s) => s.kind)).toEqual(['entrance', 'plaza']);
    const booths = tour.stops.filter((s) => s.kind === 'booth').map((s) => s.boothId);
    expect(booths).toEqual(hall.layout.booths.map((b) => b.id));
    for (const p of plans) {
      const i = tour.stops.findIndex((s) => s.kind === 'booth' && s.boothId === p.id);
      const figures = tour.stops.slice(i + 1).filter((s, k, rest) => rest.slice(0, k + 1).every((x) => x.kind === 'figure'));
      expect(figures.length).toBe(Math.min(2, p.targets.length));
      expect(figures.every((f) => f.boothId === p.id && p.targets.some((t) => t.id === f.targetId))).toBe(true);
    }
    expect(new Set(tour.stops.map((s) => s.id)).size).toBe(tour.stops.length);
  });
  it('puts industry scale (亿元 goals) first among a booth’s figures', () => {
    const sichuan = tour.stops.filter((s) => s.kind === 'figure' && s.boothId === 'sichuan');
    const first = plans.find((p) => p.id === 'sichuan')!.targets.find((t) => t.id === sichuan[0].targetId)!;
    expect(first.unit).toBe('亿元');
  });
  it('writes talking points from the plan: the figure and its quote', () => {
    const f = tour.stops.find((s) => s.kind === 'figure')!;
    const t = plans.flatMap((p) => p.targets).find((x) => x.id === f.targetId)!;
    expect(f.notes.join('\n')).toContain(t.metric);
    expect(f.notes.join('\n')).toContain(t.quote.slice(0, 10));
    const b = tour.stops.find((s) => s.kind === 'booth')!;
    expect(b.notes[0]).toContain(plans.find((p) => p.id === b.boothId)!.title);
    expect(tour.stops.every((s) => s.duration > 0 && s.title.length > 0)).toBe(true);
  });
  it('stands the audience in front of each figure, looking at it, somewhere they can stand', () => {
    for (const s of tour.stops.filter((x) => x.kind === 'figure')) {
      const block = hall.blocks.find((b) => b.pick?.type === 'figure' && b.pick.targetId === s.targetId)!;
      expect(near(s.view.target, [block.x, 0, block.z])).toBeLessThan(0.3);
      expect(near(s.view.position, [block.x, 0, block.z])).toBeGreaterThan(1.5);
    }
    standsWell(hall);
  });
  it('tours a generated hall of 40 booths the same way', async () => {
    const big = buildHallScene((await ingestAll(syntheticDocuments(40, 3))).plans, { title: 'x' });
    const t = defaultTour(big);
    expect(t.stops.filter((s) => s.kind === 'booth').length).toBe(40);
    standsWell(big, t);
  });
});

describe('authored tours', () => {
  it('resolve booths, clauses, figures (by id, number or metric), places and booth-local cameras', () => {
    const sichuan = plans.find((p) => p.id === 'sichuan')!;
    const { tour, problems } = resolveTour({
      id: 't', title: 'T', stops: stops([
        { place: 'entrance' },
        { booth: 'sichuan', figure: sichuan.targets[1].metric, notes: '一\n二' },
        { booth: 'sichuan', figure: 1 },
        { booth: 'sichuan', clause: 2, title: '第三条' },
        { booth: 'sichuan', camera: { position: [0, 1.6, 4], target: [0, 1.5, 0] } },
        { place: 'overview' },
      ]),
    }, hall);
    expect(problems).toEqual([]);
    expect(tour.stops.map((s) => s.kind)).toEqual(['entrance', 'figure', 'figure', 'clause', 'booth', 'overview']);
    expect(tour.stops[1].targetId).toBe(sichuan.targets[1].id);
    expect(tour.stops[1].notes).toEqual(['一', '二']);
    expect(tour.stops[2].targetId).toBe(sichuan.targets[0].id);
    expect(tour.stops[3]).toMatchObject({ clause: 2, title: '第三条' });
    expect(tour.stops[3].view).toEqual(hall.booths.find((b) => b.id === 'sichuan')!.reading);
    // Booth-local: 4 m out of the booth's front, whichever way it faces.
    const p = hall.placements.sichuan;
    expect(tour.stops[4].view.position).toEqual([p.x, 1.6, p.z + p.facing * 4]);
    expect(tour.stops[5].view).toEqual(hall.overview);
    expect(figureView(hall, 'sichuan', sichuan.targets[0].id)).toEqual(tour.stops[2].view);
  });
  it('leave out stops naming what the hall lacks, saying which and why', () => {
    const { tour, problems } = resolveTour({
      id: 't', title: 'T', stops: stops([{ booth: 'atlantis' }, { booth: 'sichuan', figure: '不存在的指标' }, { booth: 'sichuan', clause: 999 }, { booth: 'xiamen' }]),
    }, hall);
    expect(tour.stops.map((s) => s.boothId)).toEqual(['xiamen']);
    expect(problems[0]).toMatch(/^stop 1: no booth "atlantis" \(booths: .*sichuan/);
    expect(problems[1]).toMatch(/^stop 2: booth "sichuan" has no figure "不存在的指标"/);
    expect(problems[2]).toMatch(/^stop 3: booth "sichuan" has no clause 999/);
  });
  it('are refused by the schema when a stop names nothing or both a clause and a figure', () => {
    expect(TourStopDefinition.safeParse({ notes: 'x' }).success).toBe(false);
    expect(TourStopDefinition.safeParse({ booth: 'a', clause: 1, figure: 'x' }).success).toBe(false);
    expect(TourStopDefinition.safeParse({ figure: 'x', place: 'plaza' }).success).toBe(false);
    expect(TourStopDefinition.safeParse({ booth: 'a', color: 'red' }).success).toBe(false);
  });
  it('follow the generated tour, and a tour with no stop left is dropped', () => {
    const all = toursOf(hall, [{ id: 'a', title: 'A', stops: stops([{ booth: 'xiamen' }]) }, { id: 'b', title: 'B', stops: stops([{ booth: 'atlantis' }]) }]);
    expect(all.map((t) => t.id)).toEqual(['default', 'a']);
  });
});
