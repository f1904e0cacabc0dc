/**
 * Reviewing one document: its cleaned text with every figure highlighted by kind and bound, the
 * front matter, the outline and the warnings; figures accepted, rejected, edited or added by
 * selecting their words. Every change is saved as a decision in the staged overlay at once.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MetaOverlay } from '../ingest/meta';
import { UNITS } from '../ingest/units';
import type { Target } from '../plan/schema';
import { api, type DocDetail } from './api';
import { FigureRow, type FigureDecision } from './FigureRow';
import { FrontMatter } from './FrontMatter';
import { readFigure, toClean, toRaw } from './spans';
import { TextView } from './TextView';

/** The booth preview brings three.js and the world: loaded when a document is first reviewed. */
const BoothPreview = lazy(() => import('./BoothPreview'));

type Span = { start: number; end: number };
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** Props of Review. */
export interface ReviewProps { id: string; onChanged: () => Promise<void> }

/** The review of one document. */
export function Review({ id, onChanged }: ReviewProps) {
  const [doc, setDoc] = useState<DocDetail | null>(null);
  const [error, setError] = useState('');
  const [selection, setSelection] = useState<Span | null>(null);
  useEffect(() => { setDoc(null); setSelection(null); api.get(id).then(setDoc, (e: Error) => setError(e.message)); }, [id]);

  const decide = useCallback(async (meta: MetaOverlay) => {
    try { setDoc(await api.decide(id, meta)); setError(''); await onChanged(); } catch (e) { setError((e as Error).message); }
  }, [id, onChanged]);
  if (!doc) return <section className="studio-review"><p>{error || 'Reading…'}</p></section>;

  const meta = doc.meta;
  const t = { added: [], dropped: [], edited: [], ...meta.targets };
  const setTargets = (next: Partial<typeof t>) => decide({ ...meta, targets: { ...t, ...next } });
  const onFigure = (target: Target, d: FigureDecision) => {
    const key = { start: target.source.start, end: target.source.end };
    if (d.kind === 'reject') return setTargets({ dropped: [...t.dropped.filter((s) => !same(s, key)), key], added: t.added.filter((s) => !same(s, key)) });
    if (d.kind === 'accept') return setTargets({ dropped: t.dropped.filter((s) => !same(s, key)) });
    if (t.added.some((s) => same(s, key))) return setTargets({ added: t.added.map((s) => (same(s, key) ? { ...s, ...d.fields } : s)) });
    const prev = t.edited.find((s) => same(s, key)) ?? key;
    return setTargets({ edited: [...t.edited.filter((s) => !same(s, key)), { ...prev, ...d.fields }] });
  };
  // Dropped figures stay listed (struck out) so a rejection can be taken back.
  const dropped = doc.map.length ? t.dropped : [];
  const addFromSelection = () => {
    if (!selection) return;
    const raw = toRaw(doc.map, selection.start, selection.end);
    const words = doc.text.slice(selection.start, selection.end);
    const read = readFigure(words, Object.keys(UNITS)) ?? { min: 0, max: 0, unit: '个' };
    const year = doc.plan?.period?.[1];
    void setTargets({ added: [...t.added, { ...raw, quote: words, metric: words.replace(/[\d.%％]+.*$/, '').slice(-12) || words, ...read, bound: 'exact', kind: 'goal', ...(year ? { year } : {}) }] });
    setSelection(null);
  };
  const highlights = (doc.plan?.targets ?? []).map((x) => ({ ...toClean(doc.map, x.source), className: `fig fig-${x.kind} bound-${x.bound}` }))
    .concat(dropped.map((s) => ({ ...toClean(doc.map, s), className: 'fig fig-dropped' })));

  return (
    <section className="studio-review" aria-label={`Review ${doc.id}`}>
      {error && <p role="alert" className="studio-error">{error}</p>}
      <FrontMatter plan={doc.plan} meta={meta} onChange={(m) => void decide(m)} />
      {doc.problems.length > 0 && <ul className="studio-warnings">{doc.problems.map((p, i) => <li key={i} className={p.severity}>{p.message}</li>)}</ul>}
      <div className="review-cols">
        <div className="review-text">
          <div className="legend"><span className="fig fig-goal">goal 目标</span> <span className="fig fig-support">support 支持</span> <span className="fig bound-atLeast">at least</span> <span className="fig bound-atMost">at most</span> <span className="fig bound-about">about</span> <span className="fig fig-dropped">rejected</span></div>
          <p className="selection-bar">
            {selection ? <>Selected “{doc.text.slice(selection.start, selection.end)}” <button type="button" className="primary" onClick={addFromSelection}>Add as a figure</button></> : 'Select words in the text to add a figure the extractor missed.'}
          </p>
          <TextView text={doc.text} highlights={highlights} onSelect={setSelection} />
        </div>
        <div className="review-side">
          {doc.plan && <Suspense fallback={<p className="booth-preview">Loading the preview…</p>}><BoothPreview plan={doc.plan} doc={doc.id} /></Suspense>}
          <h2>Figures ({doc.plan?.targets.length ?? 0})</h2>
          <table className="figures">
            <thead><tr><th>words</th><th>metric</th><th>value</th><th>unit</th><th>bound</th><th>kind</th><th>year</th><th></th></tr></thead>
            <tbody>
              {(doc.plan?.targets ?? []).map((x) => <FigureRow key={`${x.source.start}-${x.source.end}`} target={x} rejected={false} onDecide={(d) => void onFigure(x, d)} />)}
              {t.dropped.map((s) => <FigureRow key={`d${s.start}-${s.end}`} target={{ source: { ...s, seed: doc.id }, quote: doc.text.slice(toClean(doc.map, s).start, toClean(doc.map, s).end) } as Target} rejected onDecide={() => void setTargets({ dropped: t.dropped.filter((x) => !same(x, s)) })} />)}
            </tbody>
          </table>
          <h2>Outline</h2>
          <ol className="outline">{(doc.plan?.sections ?? []).map((s, i) => <li key={i}>{s.number} {s.title} <small>({s.clauses.length} clauses)</small></li>)}</ol>
        </div>
      </div>
    </section>
  );
}
