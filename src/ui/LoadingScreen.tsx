/**
 * What the visitor sees until the hall is ready: one line, painted once. No progress bar: on a
 * software renderer each step it drew cost the compositor a frame the hall's first frame waited
 * for (60 ms of a one-second load, in the benchmark), and the load is over before it could inform.
 */
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** Shown until the hall is ready (or has failed, when the error banner takes over). */
export function LoadingScreen() {
  const t = useT();
  const ready = useExpo((s) => s.ready);
  const status = useExpo((s) => s.status);
  if (ready || status === 'error') return null;
  return (
    <div className="loading" role="status">
      <p>{t('loading')}</p>
    </div>
  );
}
