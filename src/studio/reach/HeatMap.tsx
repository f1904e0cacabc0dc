/**
 * Where people stood, over the hall's plan: booth footprints, spines and the plaza from the same
 * layout the hall is built from, and each heat cell tinted by how often visitors were sampled in it.
 */
import { useEffect, useRef } from 'react';
import type { HallLayout } from '../../layout';
import type { ReachReport } from './reachApi';

/** Props of HeatMap. */
export interface HeatMapProps {
  layout: HallLayout;
  heat: ReachReport['heat'];
  /** Short names to print on the booths. */
  names: Record<string, string>;
  width?: number;
}

/** Cool to hot for 0..1 (square-root scaled by the caller, so a few busy cells do not wash out the rest). */
const tint = (t: number) => `hsla(${Math.round(55 - 55 * t)}, 95%, ${Math.round(55 - 10 * t)}%, ${0.35 + 0.55 * t})`;

/** The plan as a canvas, labelled for screen readers with the busiest cell. */
export function HeatMap({ layout, heat, names, width = 720 }: HeatMapProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const scale = width / (maxX - minX);
  const height = Math.round((maxZ - minZ) * scale);
  const max = Math.max(1, ...heat.cells.map((c) => c.samples));
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const px = (x: number) => (x - minX) * scale;
    const pz = (z: number) => (z - minZ) * scale;
    const rect = (r: { x: number; z: number; width: number; depth: number }) => [px(r.x - r.width / 2), pz(r.z - r.depth / 2), r.width * scale, r.depth * scale] as const;
    ctx.fillStyle = '#f6f3ee';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#e4ddcf';
    ctx.fillRect(...rect(layout.plaza));
    ctx.fillStyle = '#8d8578';
    for (const s of layout.spines) ctx.fillRect(...rect(s));
    ctx.strokeStyle = '#6b6356';
    ctx.lineWidth = 1;
    for (const b of layout.booths) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(...rect(b));
      ctx.strokeRect(...rect(b));
    }
    for (const c of heat.cells) {
      ctx.fillStyle = tint(Math.sqrt(c.samples / max));
      ctx.fillRect(px(c.x * heat.cell), pz(c.z * heat.cell), heat.cell * scale, heat.cell * scale);
    }
    ctx.fillStyle = '#1f2328';
    ctx.font = `${Math.max(10, Math.min(14, scale * 1.2))}px "Noto Sans CJK SC", sans-serif`;
    ctx.textAlign = 'center';
    for (const b of layout.booths) ctx.fillText(names[b.id] ?? b.id, px(b.x), pz(b.z) + 4, b.width * scale - 4);
    ctx.fillText('入口 Entrance', px(layout.entrance.x), height - 6);
  }, [layout, heat, names, width, height, scale, minX, minZ, max]);
  const busiest = heat.cells.reduce<(typeof heat.cells)[number] | null>((a, c) => (!a || c.samples > a.samples ? c : a), null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={ref}
      className="heatmap"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      role="img"
      aria-label={busiest ? `${heat.cells.length} cells of ${heat.cell} m; the busiest at x ${busiest.x * heat.cell} m, z ${busiest.z * heat.cell} m with ${busiest.samples} samples` : 'no positions recorded'}
      data-testid="heatmap"
    />
  );
}
