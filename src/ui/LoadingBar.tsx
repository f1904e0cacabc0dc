/** A progress bar while the scene, the font and the first frame load. */
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** Shown until the hall is ready. */
export function LoadingBar() {
  const t = useT();
  const progress = useExpo((s) => s.progress);
  const ready = useExpo((s) => s.ready);
  const status = useExpo((s) => s.status);
  if (ready || status === 'error') return null;
  return (
    <div className="loading" role="progressbar" aria-label={t('loading')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
      <p>{t('loading')}</p>
      <div className="bar"><div style={{ width: `${Math.round(progress * 100)}%` }} /></div>
    </div>
  );
}
