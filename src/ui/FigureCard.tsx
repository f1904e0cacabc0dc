/** The quote behind a figure: shown when a visitor points at or clicks one. */
import { articleOfTarget } from '../layout';
import { figureContext, formatFigure } from '../plan/format';
import { dispatch } from '../input/dispatch';
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** A card with the figure, its quote and source, and a way into the clause. */
export function FigureCard() {
  const t = useT();
  const lang = useExpo((s) => s.lang);
  const figure = useExpo((s) => s.figure);
  const scene = useExpo((s) => s.scene);
  if (!figure || !scene) return null;
  const plan = scene.plans.find((p) => p.id === figure.boothId);
  const target = plan?.targets.find((x) => x.id === figure.targetId);
  const booth = scene.booths.find((b) => b.id === figure.boothId);
  if (!plan || !target || !booth) return null;
  const article = articleOfTarget(booth.articles, target);
  return (
    <section className="overlay figure-card" role="dialog" aria-label={t('quote')} data-testid="figure-card">
      <button type="button" className="close" onClick={() => dispatch({ type: 'closeFigure' })} aria-label={t('close')}>×</button>
      <p className="muted">{figureContext(plan.region, target, lang)}</p>
      <p className="figure"><strong>{formatFigure(target, lang)}</strong> {target.metric}</p>
      <blockquote data-testid="quote" lang="zh-CN">{target.quote}</blockquote>
      <p className="source muted">{t('source')}: {target.source.seed} [{target.source.start}–{target.source.end}]</p>
      {article && <button type="button" onClick={() => dispatch({ type: 'openArticle', boothId: plan.id, article: article.index, reader: true, fly: true })}>{t('openClause')}</button>}
    </section>
  );
}
