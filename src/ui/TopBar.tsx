/** The bar across the top: hall title and the buttons for directory, overview, help and language. */
import { useEffect } from 'react';
import { setOverview } from '../state/actions';
import { setPresent, useExpo } from '../state/store';
import { enterVR } from '../state/xrSession';
import { useT } from './i18n';

/** Title and main buttons; also the global keyboard shortcuts O, / and ?. */
export function TopBar() {
  const t = useT();
  const scene = useExpo((s) => s.scene);
  const overview = useExpo((s) => s.overview);
  const lang = useExpo((s) => s.lang);
  const xr = useExpo((s) => s.xr);
  const present = useExpo((s) => s.present.role);
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'o' || e.key === 'O') setOverview(!useExpo.getState().overview);
      else if (e.key === '/') { e.preventDefault(); useExpo.setState({ directoryOpen: true }); }
      else if (e.key === '?') useExpo.setState((s) => ({ helpOpen: !s.helpOpen }));
      else if (e.key === 'Escape') useExpo.setState({ helpOpen: false, directoryOpen: false, figure: null });
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, []);
  return (
    <header className="topbar">
      <h1>
        {scene?.title ?? 'Policy Expo'}
        {scene?.titleEn && <small lang="en">{scene.titleEn}</small>}
      </h1>
      <nav>
        <button type="button" data-testid="open-directory" onClick={() => useExpo.setState((s) => ({ directoryOpen: !s.directoryOpen }))}>{t('directory')}</button>
        <button type="button" data-testid="overview" aria-pressed={overview} onClick={() => setOverview(!overview)}>{overview ? t('walk') : t('overview')}</button>
        {xr.supported && !xr.presenting && <button type="button" data-testid="enter-vr" className="vr" onClick={() => void enterVR()}>{t('enterVR')}</button>}
        {present === 'none' && <button type="button" data-testid="present" onClick={() => void import('../present').then((m) => m.startPresenting())}>{t('present')}</button>}
        {present === 'none' && <button type="button" data-testid="follow" onClick={() => setPresent({ joinOpen: true, error: undefined })}>{t('follow')}</button>}
        <button type="button" data-testid="help" onClick={() => useExpo.setState((s) => ({ helpOpen: !s.helpOpen }))}>{t('help')}</button>
        <button type="button" data-testid="lang" onClick={() => useExpo.setState({ lang: lang === 'zh' ? 'en' : 'zh' })} lang={lang === 'zh' ? 'en' : 'zh'}>{t('lang')}</button>
      </nav>
      {xr.error && <p role="alert" className="xr-error" data-testid="xr-error">{t('vrFailed')}: {xr.error}</p>}
    </header>
  );
}
