/** The hall's timeline: plan dates, including plans only mentioned in another document. Pure. */
import type { Plan } from '../plan/schema';

/** One dated (or undated) event on the timeline. */
export interface TimelineEntry {
  date?: string;
  region: string;
  title: string;
  /** booth: a plan with a booth; mention: a plan only named in another document. */
  kind: 'booth' | 'mention';
  status: 'published' | 'draft';
  boothId?: string;
  /** The document the entry was read from. */
  seed: string;
}

/** Every plan and mentioned plan, dated ones first in date order, then the undated. */
export function timelineOf(plans: Plan[]): TimelineEntry[] {
  const entries: TimelineEntry[] = plans.map((p) => ({
    date: p.published ?? p.signed, region: p.region, title: p.title, kind: 'booth', status: 'published', boothId: p.id, seed: p.source.seed,
  }));
  for (const p of plans) {
    for (const m of p.mentions) {
      entries.push({ date: m.published, region: m.region, title: m.title ?? `${m.region}元宇宙政策`, kind: 'mention', status: m.status, seed: p.source.seed });
    }
  }
  return entries.sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0));
}
