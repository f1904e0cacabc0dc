/** The bar across the top: hall title and the buttons for directory, overview, help and language. */
import { useRef } from 'react';
import { dispatch } from '../input/dispatch';
import { useExpo } from '../state/store';
import { useT } from './i18n';
import { OverflowNav } from './OverflowNav';
import { useCoveredTop } from './useCoveredTop';

/** Title and main buttons: each dispatches an intent (their keys are in the key map, src/input/keymap.ts). */
export function TopBar() {
  const t = useT();
  const scene = useExpo((s) => s.scene);
  const overview = useExpo((s) => s.overview);
  const lang = useExpo((s) => s.lang);
  const xr = useExpo((s) => s.xr);
  const present = useExpo((s) => s.present.role);
  const bar = useRef<HTMLElement>(null);
  const name = useRef<HTMLSpanElement>(null);
  useCoveredTop(bar);
  return (
    <header className="topbar" ref={bar}>
      <h1>
        <span ref={name}>{scene?.title ?? 'Policy Expo'}</span>
        {scene?.titleEn && <small lang="en">{scene.titleEn}</small>}
      </h1>
      <OverflowNav title={name} label={t('more')} watch={`${lang} ${overview} ${xr.presenting} ${scene?.title}`}>
        <button type="button" data-testid="open-directory" onClick={() => dispatch({ type: 'directory' })}>{t('directory')}</button>
        <button type="button" data-testid="overview" aria-pressed={overview} onClick={() => dispatch({ type: 'overview', on: !overview })}>{overview ? t('walk') : t('overview')}</button>
        {xr.supported && !xr.presenting && <button type="button" data-testid="enter-vr" className="vr" onClick={() => dispatch({ type: 'enterXR' })}>{t('enterVR')}</button>}
        {/* What these two do is not obvious from one word: a longer label where there is room, a tooltip everywhere. */}
        {present === 'none' && <button type="button" data-testid="present" title={t('presentHint')} onClick={() => dispatch({ type: 'startPresenting' })}><span className="long">{t('presentLong')}</span><span className="short">{t('present')}</span></button>}
        {present === 'none' && <button type="button" data-testid="follow" title={t('followHint')} onClick={() => dispatch({ type: 'joinTour' })}><span className="long">{t('followLong')}</span><span className="short">{t('follow')}</span></button>}
        <button type="button" data-testid="help" onClick={() => dispatch({ type: 'help' })}>{t('help')}</button>
        <button type="button" data-testid="lang" onClick={() => dispatch({ type: 'language', lang: lang === 'zh' ? 'en' : 'zh' })} lang={lang === 'zh' ? 'en' : 'zh'}>{t('lang')}</button>
      </OverflowNav>
      {xr.error && <p role="alert" className="xr-error" data-testid="xr-error">{t('vrFailed')}: {xr.error}</p>}
    </header>
  );
}
