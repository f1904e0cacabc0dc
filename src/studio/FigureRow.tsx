/** One figure in the review table: its words, its fields editable, accept or reject. */
import { useState } from 'react';
import type { Bound, Target } from '../plan/schema';

/** What the curator decided about a figure. */
export type FigureDecision =
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'edit'; fields: Partial<Pick<Target, 'metric' | 'min' | 'max' | 'unit' | 'bound' | 'kind' | 'year'>> };

const BOUNDS: Record<Bound, string> = { exact: '= exact', atLeast: '≥ at least', atMost: '≤ at most', about: '≈ about' };

/** Props of FigureRow. */
export interface FigureRowProps { target: Target; rejected: boolean; onDecide: (d: FigureDecision) => void }

/** A row of the figures table. */
export function FigureRow({ target: t, rejected, onDecide }: FigureRowProps) {
  const [draft, setDraft] = useState<Record<string, string>>({});
  if (rejected) {
    return (
      <tr className="rejected"><td><s>{t.quote}</s></td><td colSpan={6}>rejected</td>
        <td><button type="button" onClick={() => onDecide({ kind: 'accept' })}>Accept again</button></td></tr>
    );
  }
  const field = (k: 'metric' | 'min' | 'max' | 'unit' | 'year', width: string) => (
    <input aria-label={k} className={width} value={draft[k] ?? String(t[k] ?? '')}
      onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      onBlur={() => {
        const v = draft[k];
        if (v === undefined || v === String(t[k] ?? '')) return;
        const numeric = k === 'min' || k === 'max' || k === 'year';
        if (numeric && !Number.isFinite(Number(v))) return;
        onDecide({ kind: 'edit', fields: { [k]: numeric ? Number(v) : v, ...(k === 'min' && Number(v) > t.max ? { max: Number(v) } : {}) } });
      }} />
  );
  return (
    <tr className={`fig-row fig-${t.kind}`} data-figure={t.quote}>
      <td className="quote" title={t.quote}>{t.quote.slice(0, 40)}</td>
      <td>{field('metric', 'w-wide')}</td>
      <td>{field('min', 'w-num')}{t.max !== t.min && <>–{field('max', 'w-num')}</>}</td>
      <td>{field('unit', 'w-unit')}</td>
      <td><select aria-label="bound" value={t.bound} onChange={(e) => onDecide({ kind: 'edit', fields: { bound: e.target.value as Bound } })}>
        {Object.entries(BOUNDS).map(([b, label]) => <option key={b} value={b}>{label}</option>)}</select></td>
      <td><select aria-label="kind" value={t.kind} onChange={(e) => onDecide({ kind: 'edit', fields: { kind: e.target.value as Target['kind'] } })}>
        <option value="goal">goal</option><option value="support">support</option></select></td>
      <td>{field('year', 'w-num')}</td>
      <td><button type="button" onClick={() => onDecide({ kind: 'reject' })}>Reject</button></td>
    </tr>
  );
}
