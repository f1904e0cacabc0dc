/**
 * The floor of each hall this server serves, for presence to refuse positions outside it: the
 * layout of the plans in the served scene bundle (the same pure layout the page runs), widened by
 * the apron around the walls. Read again when the bundle changes (the studio publishes).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APRON, layoutHall, type LayoutPlan } from '../layout';
import type { HallBounds } from './presenceHub';

/** How often a bundle's modification time is looked at again (ms). */
const RECHECK_MS = 5000;

/** Bounds of `<generatedDir>/<hall>.json`'s hall, or null when there is no such bundle. */
export function hallBoundsFrom(generatedDir: string): (hall: string) => HallBounds | null {
  const cache = new Map<string, { bounds: HallBounds | null; mtime: number; checked: number }>();
  return (hall) => {
    if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(hall)) return null;
    const now = Date.now();
    const had = cache.get(hall);
    if (had && now - had.checked < RECHECK_MS) return had.bounds;
    const file = join(generatedDir, `${hall}.json`);
    let mtime = -1;
    try { mtime = statSync(file).mtimeMs; } catch { /* no such hall */ }
    if (had && had.mtime === mtime) { had.checked = now; return had.bounds; }
    let bounds: HallBounds | null = null;
    if (mtime >= 0) {
      try {
        const plans = (JSON.parse(readFileSync(file, 'utf8')) as { plans?: LayoutPlan[] }).plans ?? [];
        const b = layoutHall(plans).bounds;
        bounds = { minX: b.minX - APRON, maxX: b.maxX + APRON, minZ: b.minZ - APRON, maxZ: b.maxZ + APRON };
      } catch (e) {
        console.error(`presence: cannot read the bounds of hall ${hall}:`, e);
      }
    }
    cache.set(hall, { bounds, mtime, checked: now });
    return bounds;
  };
}
