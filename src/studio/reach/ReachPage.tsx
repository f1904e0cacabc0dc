/**
 * The studio's Reach page (#/studio/reach): what an official reports after the event — visitors
 * per hour, dwell per booth, figures and clauses, empty searches, where people stood, presenting
 * sessions and kiosks — from GET /api/studio/analytics, behind the studio key.
 */
import { useCallback, useEffect, useState } from 'react';
import { layoutHall, type HallLayout } from '../../layout';
import type { Plan } from '../../plan/schema';
import { loadBundle } from '../../state/loadBundle';
import { KeyForm } from './KeyForm';
import { ReachReportView } from './ReachReportView';
import { fetchReport, keepKey, savedKey, Unauthorized, type ReachReport } from './reachApi';
import './reach.css';

/** The hall the report is about: its plans (for names) and its plan view (for the heat map). */
export interface ReachHall {
  plans: Plan[];
  layout: HallLayout;
}

/** The page. */
export default function ReachPage() {
  // The key lives in memory and this tab's sessionStorage only.
  const [key, setKey] = useState<string | null>(savedKey);
  const [report, setReport] = useState<ReachReport | null>(null);
  const [hall, setHall] = useState<ReachHall | null>(null);
  const [hours, setHours] = useState(0);
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(async (k: string, h: number) => {
    try {
      setReport(await fetchReport(k, h));
      setError(undefined);
    } catch (e) {
      if (e instanceof Unauthorized) { keepKey(null); setKey(null); }
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => { if (key) void load(key, hours); }, [key, hours, load]);
  useEffect(() => {
    loadBundle().then((b) => setHall({ plans: b.plans, layout: layoutHall(b.plans) }), (e: Error) => setError(e.message));
  }, []);

  if (!key) return <div className="reach"><KeyForm error={error} onKey={(k) => { keepKey(k); setKey(k); }} /></div>;
  return (
    <div className="reach" data-testid="reach">
      <header>
        <h1>Reach · 观展数据</h1>
        <label>
          Period{' '}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))} data-testid="period">
            <option value={0}>all kept</option>
            <option value={24}>last 24 h</option>
            <option value={168}>last 7 days</option>
          </select>
        </label>
        <button type="button" onClick={() => void load(key, hours)}>Refresh</button>
        <button type="button" onClick={() => { keepKey(null); setKey(null); setReport(null); }}>Forget key</button>
        <a href="/">Back to the hall</a>
      </header>
      {error && <p role="alert" className="error">{error}</p>}
      {report ? <ReachReportView report={report} hall={hall} studioKey={key} hours={hours} /> : <p className="muted">Loading…</p>}
    </div>
  );
}
