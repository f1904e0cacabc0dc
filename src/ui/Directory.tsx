/** The booth directory with search over all clause text; a result opens its clause. */
import { useDeferredValue, useMemo, useState } from 'react';
import { searchArticles } from '../layout';
import { clauseCount } from '../plan/counts';
import { dispatch } from '../input/dispatch';
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** The directory panel (left). */
export function Directory() {
  const t = useT();
  const open = useExpo((s) => s.directoryOpen);
  const scene = useExpo((s) => s.scene);
  const problems = useExpo((s) => s.problems);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (scene ? searchArticles(scene.booths, deferred) : []), [scene, deferred]);
  if (!open || !scene) return null;
  const close = () => dispatch({ type: 'directory', open: false });
  const regionOf = (id: string) => scene.plans.find((p) => p.id === id)?.region ?? id;
  return (
    <aside className="overlay directory" aria-label={t('directory')}>
      <div className="row">
        <input type="search" autoFocus placeholder={t('search')} aria-label={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="search" />
        <button type="button" onClick={close} aria-label={t('close')}>×</button>
      </div>
      {query.trim() ? (
        <ol className="hits" data-testid="hits" aria-live="polite">
          <li className="muted">{hits.length ? `${hits.length} ${t('results')}` : t('noResults')}</li>
          {hits.map((h) => (
            <li key={`${h.boothId}-${h.article}`}>
              <button type="button" className="hit" onClick={() => { dispatch({ type: 'openArticle', boothId: h.boothId, article: h.article, reader: true, fly: true }); close(); }}>
                <b>{regionOf(h.boothId)}</b> · {h.title}
                <span className="snippet">…{h.before}<mark>{h.match}</mark>{h.after}…</span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <ol className="booths">
          {scene.plans.map((p) => (
            <li key={p.id}>
              <button type="button" data-booth={p.id} onClick={() => { dispatch({ type: 'goToBooth', boothId: p.id }); close(); }}>
                <b>{p.region}</b>{p.evidence === 'quoted' && <span className="badge">{t('quoted')}</span>}
                <span className="title">{p.title}</span>
                {p.display.nameEn && <span className="en" lang="en">{p.display.nameEn}</span>}
                <span className="muted">{p.targets.length} {t('targets')} · {clauseCount(p)} {t('clauses')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {problems.length > 0 && (
        <details className="problems">
          <summary>{t('problems')} ({problems.length})</summary>
          <ul>{problems.map((p, i) => <li key={i} className={p.severity}>{p.file}: {p.message}</li>)}</ul>
        </details>
      )}
    </aside>
  );
}
