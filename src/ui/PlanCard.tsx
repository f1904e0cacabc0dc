import { clauseCount } from '../plan/counts';
import type { Plan } from '../plan/schema';
import { formatFigure, formatPeriod, LEVEL_ZH } from './format';

/** Props of PlanCard. */
export interface PlanCardProps {
  plan: Plan;
  themeLabel: (id: string) => string;
}

/** One ingested plan: what it is, who issued it, its targets and its structure. Text only, never HTML. */
export function PlanCard({ plan, themeLabel }: PlanCardProps) {
  const clauses = clauseCount(plan);
  return (
    <article className={`plan level-${plan.level}`} data-plan={plan.id} aria-labelledby={`t-${plan.id}`}>
      <header>
        <p className="region">
          {plan.region} <span className="badge">{LEVEL_ZH[plan.level]}</span>
          {plan.evidence === 'quoted' && <span className="badge quoted">仅见引述 · quoted</span>}
        </p>
        <h2 id={`t-${plan.id}`}>{plan.title}</h2>
        {plan.display.nameEn && <p className="en" lang="en">{plan.display.nameEn}</p>}
        <p className="meta">
          {plan.period && <span>规划期 {formatPeriod(plan.period)}</span>}
          {plan.published && <span>发布 {plan.published}</span>}
          {plan.docNumber && <span>{plan.docNumber}</span>}
          {plan.issuers.length > 0 && <span>{plan.issuers.join('、')}</span>}
          {plan.announcedBy && <span>据{plan.announcedBy}</span>}
        </p>
      </header>
      {plan.targets.length > 0 && (
        <ul className="targets">
          {plan.targets.map((t) => (
            <li key={t.id} className={t.kind} title={t.quote} data-target={t.id}>
              <strong>{formatFigure(t)}</strong>
              <span className="metric">{t.metric}</span>
              <span className="small">
                {t.kind === 'support' ? (t.ceiling ? '支持上限' : '支持') : '目标'}
                {t.year ? ` · ${t.year}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="structure">
        {plan.sections.length} 部分 · {clauses} 条 · {plan.targets.length} 项量化指标
        {plan.themes.length > 0 && ' · '}
        {plan.themes.slice(0, 5).map((t) => (
          <span key={t.id} className="chip">{themeLabel(t.id)}</span>
        ))}
      </p>
    </article>
  );
}
