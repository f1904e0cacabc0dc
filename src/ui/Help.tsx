/** The help overlay: controls for desktop, touch, VR headsets and presenting. */
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** Shown from the Help button or the ? key. */
export function Help() {
  const t = useT();
  const open = useExpo((s) => s.helpOpen);
  if (!open) return null;
  return (
    <section className="overlay help" role="dialog" aria-label={t('helpTitle')}>
      <h2>{t('helpTitle')}</h2>
      <h3>{t('desktop')}</h3>
      <p>{t('keys')}</p>
      <h3>{t('touch')}</h3>
      <p>{t('touches')}</p>
      <h3>{t('vr')}</h3>
      <p>{t('vrKeys')}</p>
      <h3>{t('present')}</h3>
      <p>{t('presentKeys')}</p>
      <button type="button" onClick={() => useExpo.setState({ helpOpen: false })}>{t('close')}</button>
    </section>
  );
}
