import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { ingestAll } from '../../../src/ingest';
import { syntheticDocuments } from '../../../src/ingest/synthetic';
import { boothDetail, boothPanels, buildHallScene, PANEL, textColumns, type Block, type Label } from '../../../src/layout';
import type { Plan, Target } from '../../../src/plan/schema';

// One plan of every kind a booth must compose: a full plan, one known only from quotes, a Q&A
// interpretation, one whose figures are all support money, one of another domain (areas, ranges).
const base = (await ingestAll(syntheticDocuments(1, 5))).plans[0];
const withTargets = (targets: Target[]) => targets.map((t, i) => ({ ...t, id: `${t.id}-${i}` }));
const kinds: Record<string, Plan> = {
  full: { ...base, id: 'full' },
  quoted: { ...base, id: 'quoted', evidence: 'quoted', sections: [], targets: base.targets.slice(0, 3) },
  qa: { ...base, id: 'qa', kind: 'interpretation', level: 'national' },
  support: { ...base, id: 'support', level: 'province', targets: withTargets([...base.targets, ...base.targets].map((t) => ({ ...t, kind: 'support' as const, ceiling: true }))) },
  otherDomain: {
    ...base, id: 'other', level: 'district', themes: [{ id: 'low-altitude', count: 3 }],
    targets: withTargets([
      { ...base.targets[0], metric: '低空起降场面积', unit: '万平方米', normalized: { min: 2e5, max: 2e5, unit: 'm2' } },
      { ...base.targets[0], metric: '无人机航线', min: 3, max: 5, unit: '条', normalized: { min: 3, max: 5, unit: 'count' } },
      ...base.targets.slice(0, 4),
    ]),
  },
};
const seeds = (await ingestPaths(["seeds"])).plans;

/** Booth-local coordinates (front towards +z) of a hall point. */
const local = (f: { x: number; z: number; facing: 1 | -1 }, x: number, z: number) => ({ x: (x - f.x) * f.facing, z: (z - f.z) * f.facing });

/**
 * The rectangle (x, y on the panel's plane) a box covers seen from `eye`, or null when it does not
 * stand between the eye and the plane. Booth-local: the plane is z = `plane`, the eye in front of it.
 */
function shadowOn(box: { x0: number; x1: number; y0: number; y1: number; z0: number; z1: number }, eye: { x: number; y: number; z: number }, plane: number) {
  if (box.z0 <= plane || box.z1 >= eye.z) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const x of [box.x0, box.x1]) for (const y of [box.y0, box.y1]) for (const z of [box.z0, box.z1]) {
    const t = (eye.z - plane) / (eye.z - z);
    xs.push(eye.x + (x - eye.x) * t);
    ys.push(eye.y + (y - eye.y) * t);
  }
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

const boxOf = (f: { x: number; z: number; facing: 1 | -1 }, b: Block) => {
  const c = local(f, b.x, b.z);
  return { x0: c.x - b.sx / 2, x1: c.x + b.sx / 2, y0: b.y - b.sy / 2, y1: b.y + b.sy / 2, z0: c.z - b.sz / 2, z1: c.z + b.sz / 2 };
};
const apart = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

/** The rectangle a one-line label covers on its wall (booth-local x, y), from its anchor, size and text. */
function labelRect(f: { x: number; z: number; facing: 1 | -1 }, l: Label) {
  const w = textColumns(l.text) * l.size;
  const lines = l.text.split('\n').length;
  const h = l.size * (l.lineHeight ?? 1.2) * lines;
  const x = local(f, l.x, l.z).x;
  const x0 = l.anchorX === 'left' ? x : l.anchorX === 'right' ? x - w : x - w / 2;
  const y1 = l.anchorY === 'top' ? l.y : l.anchorY === 'bottom' ? l.y + h : l.y + h / 2;
  return { x0, x1: x0 + w, y0: y1 - h, y1 };
}

describe.each(Object.entries({ ...kinds, ...Object.fromEntries(seeds.map((p) => [`seed ${p.id}`, p])) }))('a %s booth', (_, plan) => {
  const hall = buildHallScene([plan], { title: 'composition' });
  const booth = hall.booths[0];
  const placement = hall.placements[plan.id];
  const f = booth.frame;
  const panels = boothPanels(booth, placement, { article: 0, page: 0 }).blocks.filter((b) => b.sx >= PANEL.width);
  const figures = booth.blocks.filter((b) => b.pick?.type === 'figure');

  it('shows its panels and figures', () => {
    expect(panels.length).toBe(placement.size === 'full' ? 2 : 1);
    expect(figures.length).toBeGreaterThan(0);
  });

  it('names itself on every box, so all of it is left undrawn behind a spine', () => {
    for (const b of booth.blocks) expect(b.pick && 'boothId' in b.pick ? b.pick.boothId : undefined, `${b.color} at y ${b.y}`).toBe(plan.id);
  });

  it('has no figure that hides any part of a panel, from its front, from the aisle or where one reads', () => {
    const aisle = { x: f.x, y: 1.6, z: f.z + f.facing * (placement.depth / 2 + 6) };
    for (const [where, p] of [['front', booth.front.position], ['reading', booth.reading.position], ['aisle', [aisle.x, aisle.y, aisle.z]]] as const) {
      const e = local(f, p[0], p[2]);
      const eye = { x: e.x, y: p[1], z: e.z };
      for (const panel of panels) {
        const pb = boxOf(f, panel);
        for (const fig of figures) {
          const s = shadowOn(boxOf(f, fig), eye, pb.z1);
          if (s) expect(apart(s, pb), `${where}: ${JSON.stringify(fig.pick)} over the panel at x ${pb.x0.toFixed(2)}`).toBe(true);
        }
      }
    }
  });

  it('keeps every line on its back wall and fascia clear of the others and of the panels', () => {
    const d = boothDetail(plan, placement);
    const wall = [...booth.signs, ...d.onWall].filter((l) => Math.abs(local(f, l.x, l.z).z + placement.depth / 2) < 0.5 && l.y < 3.5);
    expect(wall.length).toBeGreaterThanOrEqual(3);
    const rects = wall.map((l) => ({ l, r: labelRect(f, l) }));
    for (let i = 0; i < rects.length; i++) {
      expect(rects[i].r.x0).toBeGreaterThanOrEqual(-placement.width / 2);
      expect(rects[i].r.x1, rects[i].l.text).toBeLessThanOrEqual(placement.width / 2);
      for (let j = i + 1; j < rects.length; j++) expect(apart(rects[i].r, rects[j].r), `${rects[i].l.text} / ${rects[j].l.text}`).toBe(true);
      for (const panel of panels) expect(apart(rects[i].r, boxOf(f, panel)), rects[i].l.text).toBe(true);
    }
  });
});
