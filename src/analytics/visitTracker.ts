/**
 * What a visit did, as events: the page hands in what it sees (a snapshot of the store and where
 * the visitor stands) at each tick, and gets back the events the change means — entering and
 * leaving booths with the time spent, figures opened, clauses read, tours followed, headset
 * sessions, a presenter's follower peak, a kiosk's loops. Pure: no DOM, no clock of its own.
 */
import type { AnalyticsEvent } from './events';

/** What the page looks like at one moment. */
export interface VisitSnapshot {
  /** The booth the visitor is at (boothAt), or null in an aisle, the plaza, the overview. */
  booth: string | null;
  figure: { boothId: string; targetId: string } | null;
  /** The clause the reader shows, numbered as in deep links. */
  reading: { booth: string; n: number } | null;
  xr: boolean;
  present: { role: 'none' | 'presenter' | 'follower'; code: string | null; tourId: string | null; followers: number; kiosk: 'off' | 'idle' | 'touring'; index: number; count: number };
}

/** Seconds a clause must stay in the reader to count as read (paging past it does not). */
export const READ_SECONDS = 2;

/** Turns successive snapshots into events. */
export class VisitTracker {
  private booth: { id: string; since: number } | null = null;
  private figureKey: string | null = null;
  private reading: { key: string; booth: string; n: number; since: number; sent: boolean } | null = null;
  private xrSince: number | null = null;
  private followed = new Set<string>();
  private peaks = new Map<string, { tour: string; peak: number; sent: number }>();
  private kioskAt = -1;

  /** The events between the last snapshot and this one, at `now` (seconds). */
  update(s: VisitSnapshot, now: number): AnalyticsEvent[] {
    const out: AnalyticsEvent[] = [];
    if (s.booth !== (this.booth?.id ?? null)) {
      this.leaveBooth(now, out);
      if (s.booth) {
        this.booth = { id: s.booth, since: now };
        out.push({ k: 'enter', booth: s.booth });
      }
    }
    const figureKey = s.figure && `${s.figure.boothId}\n${s.figure.targetId}`;
    if (figureKey !== this.figureKey && s.figure) out.push({ k: 'figure', booth: s.figure.boothId, target: s.figure.targetId });
    this.figureKey = figureKey;
    this.trackReading(s.reading, now, out);
    if (s.xr && this.xrSince === null) this.xrSince = now;
    if (!s.xr && this.xrSince !== null) { out.push({ k: 'xr', s: round(now - this.xrSince) }); this.xrSince = null; }
    this.trackPresenting(s.present, out);
    return out;
  }

  /**
   * The page is going away or being hidden: time spent so far is reported, and counting goes on
   * from `now` (a visitor who comes back is not counted as a new visit to the booth).
   */
  settle(now: number): AnalyticsEvent[] {
    const out: AnalyticsEvent[] = [];
    if (this.booth && now > this.booth.since) {
      out.push({ k: 'dwell', booth: this.booth.id, s: round(now - this.booth.since) });
      this.booth.since = now;
    }
    if (this.xrSince !== null && now > this.xrSince) { out.push({ k: 'xr', s: round(now - this.xrSince) }); this.xrSince = now; }
    return out;
  }

  /** The page is shown again: time spent hidden is not counted. */
  resume(now: number): void {
    if (this.booth) this.booth.since = now;
    if (this.xrSince !== null) this.xrSince = now;
    if (this.reading) this.reading.since = now;
  }

  private leaveBooth(now: number, out: AnalyticsEvent[]): void {
    if (this.booth) out.push({ k: 'dwell', booth: this.booth.id, s: round(now - this.booth.since) });
    this.booth = null;
  }

  private trackReading(r: VisitSnapshot['reading'], now: number, out: AnalyticsEvent[]): void {
    const key = r && `${r.booth}\n${r.n}`;
    if (key !== (this.reading?.key ?? null)) this.reading = r && key ? { key, booth: r.booth, n: r.n, since: now, sent: false } : null;
    const cur = this.reading;
    if (cur && !cur.sent && now - cur.since >= READ_SECONDS) {
      out.push({ k: 'clause', booth: cur.booth, n: cur.n });
      cur.sent = true;
    }
  }

  private trackPresenting(p: VisitSnapshot['present'], out: AnalyticsEvent[]): void {
    const tour = p.tourId ?? 'default';
    if (p.role === 'follower' && p.code && p.tourId && !this.followed.has(p.code)) {
      this.followed.add(p.code);
      out.push({ k: 'tour', tour: p.tourId });
    }
    if (p.role === 'presenter' && p.code) {
      const seen = this.peaks.get(p.code) ?? { tour, peak: 0, sent: -1 };
      seen.peak = Math.max(seen.peak, p.followers);
      // Only a new peak is worth a row (the first report opens the session, even with nobody yet).
      if (seen.peak > seen.sent) { out.push({ k: 'session', code: p.code, tour, peak: seen.peak }); seen.sent = seen.peak; }
      this.peaks.set(p.code, seen);
    }
    // A kiosk back at the first stop after its last one has played the whole tour.
    if (p.kiosk === 'touring') {
      if (p.index === 0 && this.kioskAt === p.count - 1 && p.count > 1) out.push({ k: 'kiosk-loop', tour });
      this.kioskAt = p.index;
    } else this.kioskAt = -1;
  }
}

const round = (s: number) => Math.round(s * 10) / 10;
