/** The open clause as accessible HTML: selectable, screen-reader friendly, with its source. */
import { figureHighlight } from '../layout';
import { dispatch } from '../input/dispatch';
import { panelOf, useExpo } from '../state/store';
import { useRef } from 'react';
import { useT } from './i18n';
import { useCoveredBottom } from './useCoveredTop';

/** The reader panel (right); text is rendered as text, never injected as HTML. */
export function Reader() {
  const t = useT();
  const open = useExpo((s) => s.readerOpen);
  const scene = useExpo((s) => s.scene);
  const boothId = useExpo((s) => s.boothId);
  const panels = useExpo((s) => s.panels);
  const figure = useExpo((s) => s.figure);
  const sheet = useRef<HTMLElement>(null);
  useCoveredBottom(sheet);
  if (!open || !scene || !boothId) return null;
  const booth = scene.booths.find((b) => b.id === boothId);
  const plan = scene.plans.find((p) => p.id === boothId);
  const view = panelOf({ panels }, boothId);
  const a = booth?.articles[view.article];
  if (!booth || !plan || !a) return null;
  // The quote of the figure being shown, marked as the panel in the hall marks it.
  const span = figureHighlight(scene, figure, boothId, a.index);
  const go = (article: number) => dispatch({ type: 'openArticle', boothId, article, reader: true });
  return (
    <aside ref={sheet} className="overlay reader" aria-label={t('reader')} data-testid="reader">
      <button type="button" className="close" onClick={() => dispatch({ type: 'closeReader' })} aria-label={t('close')}>×</button>
      <p className="muted">{plan.region} · {plan.title}</p>
      <article lang="zh-CN">
        <p className="section">{a.sectionTitle}</p>
        <h2>{a.number && <span className="num">{a.number} </span>}{a.lead}</h2>
        <p className="body">
          {span ? <>{a.text.slice(0, span.start)}<mark data-testid="quote-mark">{a.text.slice(span.start, span.end)}</mark>{a.text.slice(span.end)}</> : a.text}
        </p>
        {a.units.length > 0 && <p className="tags"><b>{t('units')}</b> {a.units.map((u) => <span key={u} className="tag">{u}</span>)}</p>}
        {a.themes.length > 0 && <p className="tags"><b>{t('themes')}</b> {a.themes.map((id) => <span key={id} className="chip">{scene.themeLabel(id)}</span>)}</p>}
        <p className="source muted">{t('source')}: {a.source.seed} [{a.source.start}–{a.source.end}]</p>
      </article>
      <nav className="row">
        <button type="button" disabled={a.index === 0} onClick={() => go(a.index - 1)}>‹ {t('prev')}</button>
        <span className="muted">{a.index + 1} / {booth.articles.length}</span>
        <button type="button" disabled={a.index === booth.articles.length - 1} onClick={() => go(a.index + 1)}>{t('nextClause')} ›</button>
      </nav>
    </aside>
  );
}
