/** The Reach report's sections, each with its chart or table and a CSV export. */
import type { ReactNode } from 'react';
import { articlesOf } from '../../layout';
import { Bars, Columns } from './Bars';
import { HeatMap } from './HeatMap';
import type { ReachHall } from './ReachPage';
import { downloadCsv, type CsvTable, type ReachReport } from './reachApi';

/** Props of ReachReportView. */
export interface ReachReportViewProps {
  report: ReachReport;
  hall: ReachHall | null;
  studioKey: string;
  hours: number;
}

const duration = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);
const clock = (unix: number, withDay: boolean) => new Date(unix * 1000).toLocaleString('zh-CN', { hour: '2-digit', minute: '2-digit', ...(withDay ? { month: 'numeric', day: 'numeric' } : {}) });

/** The report. */
export function ReachReportView({ report: r, hall, studioKey, hours }: ReachReportViewProps) {
  const plan = (id: string) => hall?.plans.find((p) => p.id === id);
  const boothName = (id: string) => plan(id)?.region ?? id;
  const figureName = (booth: string, target: string) => plan(booth)?.targets.find((t) => t.id === target)?.metric ?? target;
  const clauseName = (booth: string, n: number) => {
    const p = plan(booth);
    const a = p && articlesOf(p).find((x) => (x.clauseIndex ?? x.index) === n);
    return a ? `${a.number} ${a.lead}`.trim() : `#${n}`;
  };
  const days = new Set(r.visitorsPerHour.map((h) => new Date(h.hour * 1000).toDateString())).size > 1;
  const section = (title: string, table: CsvTable, body: ReactNode, testId?: string) => (
    <section data-testid={testId}>
      <h2>{title} <button type="button" className="csv" onClick={() => void downloadCsv(studioKey, table, hours)}>CSV</button></h2>
      {body}
    </section>
  );
  const visits = r.booths.reduce((n, b) => n + b.visits, 0);
  const dwell = r.booths.reduce((n, b) => n + b.dwellSeconds, 0);
  return (
    <main>
      {!r.collecting && <p className="notice">Collection is switched off on this server (EXPO_ANALYTICS=off): these figures are from before.</p>}
      <ul className="tiles" data-testid="totals">
        <li><b>{r.totals.visitors}</b> visitors</li>
        <li><b>{visits}</b> booth visits</li>
        <li><b>{duration(dwell)}</b> spent at booths</li>
        <li><b>{r.xr.sessions}</b> headset sessions ({duration(r.xr.seconds)})</li>
        <li>{r.devices.map((d) => `${d.visitors} ${d.device}`).join(' · ') || 'no devices yet'}</li>
      </ul>
      {section('Visitors per hour', 'visitors-per-hour', <Columns title="Visitors per hour" columns={r.visitorsPerHour.map((h) => ({ key: String(h.hour), label: clock(h.hour, days), value: h.visitors }))} />)}
      {section('Time at each booth', 'booths', <Bars title="Dwell per booth" bars={r.booths.map((b) => ({ key: b.id, label: boothName(b.id), value: b.dwellSeconds, text: `${duration(b.dwellSeconds)} · ${b.visits} visits · ${b.visitors} visitors` }))} />, 'booths')}
      <div className="pair">
        {section('Most opened figures', 'figures', <Table head={['Booth', 'Figure', 'Opened']} rows={r.figures.map((f) => [boothName(f.booth), figureName(f.booth, f.target), f.opens])} />, 'figures')}
        {section('Most read clauses', 'clauses', <Table head={['Booth', 'Clause', 'Read']} rows={r.clauses.map((c) => [boothName(c.booth), clauseName(c.booth, c.clause), c.reads])} />, 'clauses')}
      </div>
      {section('Where people stood', 'heat', hall ? <HeatMap layout={hall.layout} heat={r.heat} names={Object.fromEntries(hall.plans.map((p) => [p.id, p.region]))} /> : <p className="muted">Loading the plan…</p>)}
      <div className="pair">
        {section('Searches that found nothing', 'searches', <Table head={['Search', 'Times']} rows={r.searches.map((s) => [s.query, s.count])} />, 'searches')}
        {section('Presenting sessions', 'sessions', <Table head={['Code', 'Tour', 'Started', 'Peak followers']} rows={r.sessions.map((s) => [s.code, s.tour, clock(s.startedAt, true), s.peak])} />, 'sessions')}
      </div>
      <div className="pair">
        {section('Kiosk loops', 'kiosk', <Table head={['Tour', 'Loops', 'Screens']} rows={r.kiosk.map((k) => [k.tour, k.loops, k.screens])} />, 'kiosk')}
        {section('Tours followed', 'tours', <Table head={['Tour', 'Followers']} rows={r.tours.map((t) => [t.tour, t.followers])} />)}
      </div>
      <p className="muted privacy">No addresses, user agents or names are stored: each visit has a random id, and browsers that ask not to be tracked (Do Not Track, Global Privacy Control) send nothing.</p>
    </main>
  );
}

/** A plain table; an empty one says so. */
function Table({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  if (!rows.length) return <p className="muted">—</p>;
  return (
    <table>
      <thead><tr>{head.map((h) => <th key={h}>{h}</th>)}</tr></thead>
      <tbody>{rows.map((row, i) => <tr key={i}>{row.map((c, j) => <td key={j} className={typeof c === 'number' ? 'num' : undefined}>{c}</td>)}</tr>)}</tbody>
    </table>
  );
}
