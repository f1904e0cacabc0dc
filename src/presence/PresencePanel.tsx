/**
 * Presence on the page: who else is here, how one appears (a display name or the anonymous one,
 * walking unseen), and raising a hand — with a written question or without — about what one is
 * looking at. A small button opens it; the hall stays in view.
 */
import { useState } from 'react';
import { AVATAR_COLOURS, MAX_NAME, MAX_QUESTION } from '../present/presenceProtocol';
import { useExpo } from '../state/store';
import { useT, visitorsHere } from '../ui/i18n';
import { lookingAt, lowerHand, raiseHand, updateSettings, usePresence } from './presence';
import './presence.css';

/** The presence button and its panel. */
export default function PresencePanel() {
  const t = useT();
  const lang = useExpo((s) => s.lang);
  const v = usePresence();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (v.link === 'off') return null;
  const about = open ? lookingAt() : null;
  return (
    <>
      <div className="presence-pill">
        {/* A bare "1 here" said nothing to a newcomer: the count says what it counts, the tooltip what opening it offers. */}
        <button type="button" aria-pressed={open} onClick={() => setOpen(!open)} data-testid="presence-button" title={t('presenceHint')} aria-label={`${visitorsHere(v.peers.length + 1, lang)}. ${t('presenceHint')}`}>
          {visitorsHere(v.peers.length + 1, lang)}{v.hand ? ' · ✋' : ''}
        </button>
      </div>
      {open && (
        <section className="overlay presence-panel" data-testid="presence-panel" aria-label={t('presenceHere')}>
          <label>{t('presenceName')}
            <input type="text" maxLength={MAX_NAME} placeholder={v.self?.name ?? ''} defaultValue={v.settings.name}
              onBlur={(e) => updateSettings({ name: e.target.value })} onKeyDown={(e) => { if (e.key === 'Enter') (e.target as HTMLInputElement).blur(); }} data-testid="presence-name" />
          </label>
          <label className="check"><input type="checkbox" checked={v.settings.unseen} onChange={(e) => updateSettings({ unseen: e.target.checked })} data-testid="presence-unseen" />{t('presenceUnseen')}</label>
          <ul>
            <li><span className="dot" style={{ background: AVATAR_COLOURS[v.settings.colour] }} />{v.self?.name} ({t('me')})</li>
            {v.peers.map((p) => <li key={p.id}><span className="dot" style={{ background: AVATAR_COLOURS[p.colour] }} />{p.name} · {p.mode}{p.hand ? ' ✋' : ''}</li>)}
          </ul>
          {v.hand ? (
            <div className="row"><span className="muted">{t('handUp')}</span><button type="button" onClick={lowerHand} data-testid="lower-hand">{t('lowerHand')}</button></div>
          ) : (
            <>
              <label>{t('handQuestion')} <span className="muted">{t('handAbout')}: {about?.label ?? about?.boothId ?? t('handNothing')}</span>
                <input type="text" maxLength={MAX_QUESTION} value={text} onChange={(e) => setText(e.target.value)} data-testid="hand-text" />
              </label>
              <button type="button" onClick={() => { if (raiseHand(text)) setText(''); }} data-testid="raise-hand">✋ {t('raiseHand')}</button>
            </>
          )}
          {v.handError === 'no-presenter' && <p className="muted" role="alert">{t('noPresenter')}</p>}
        </section>
      )}
    </>
  );
}
