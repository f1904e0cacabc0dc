import { useEffect, useState } from 'react';
import { DEFAULT_VOCABULARY } from '../ingest/themes';
import type { SceneBundle } from '../scene/bundle';
import { loadBundle } from './loadBundle';
import { PlanCard } from './PlanCard';

const themeLabel = (id: string) => DEFAULT_VOCABULARY[id]?.zh ?? id;

/** The page: every ingested plan, the plans they mention on a timeline, and any input problems. */
export function App() {
  const [bundle, setBundle] = useState<SceneBundle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadBundle(new URLSearchParams(location.search).get('scene') ?? 'hall').then(setBundle, (e: Error) => setError(e.message));
  }, []);
  if (error) return <main className="page"><p role="alert" className="error">{error}</p></main>;
  if (!bundle) return <main className="page"><p aria-busy="true">加载中… Loading</p></main>;
  const timeline = [
    ...bundle.plans.filter((p) => p.published).map((p) => ({ date: p.published!, region: p.region, title: p.title, mentioned: false })),
    ...bundle.plans.flatMap((p) => p.mentions).map((m) => ({ date: m.published ?? '', region: m.region, title: m.title ?? '(专项政策)', mentioned: true })),
  ].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  return (
    <main className="page">
      <header className="hall-title">
        <h1>{bundle.title}</h1>
        {bundle.titleEn && <p>{bundle.titleEn}</p>}
        <p className="count" data-testid="plan-count">{bundle.plans.length} 个规划 · plans</p>
      </header>
      <section className="plans">
        {bundle.plans.map((p) => <PlanCard key={p.id} plan={p} themeLabel={themeLabel} />)}
      </section>
      <section className="timeline" aria-label="时间线 timeline">
        <h2>时间线 · Timeline</h2>
        <ol>
          {timeline.map((e, i) => (
            <li key={i} className={e.mentioned ? 'mentioned' : ''}>
              <time>{e.date || '日期未知'}</time> <b>{e.region}</b> {e.title}
              {e.mentioned && <span className="badge">提及</span>}
            </li>
          ))}
        </ol>
      </section>
      {bundle.problems.length > 0 && (
        <section className="problems" aria-label="输入问题 input problems">
          <h2>输入问题 · Input problems</h2>
          <ul>{bundle.problems.map((p, i) => <li key={i} className={p.severity}>{p.file}: {p.message}</li>)}</ul>
        </section>
      )}
    </main>
  );
}
