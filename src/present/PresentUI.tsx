/**
 * The page's presenting layer: the presenter's bar (stops, progress, elapsed time, code and QR,
 * followers, notes, blank, end), the follower's banner, the join dialog, the kiosk badge and the
 * blank screen. Mounted only while one of them is needed.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import QRCode from 'qrcode';
import { useExpo, setPresent } from '../state/store';
import { useT, type StringKey } from '../ui/i18n';
// Through the package's entry, whose import lends dispatch the commands a follower's arrival needs.
import { joinSession, leaveSession } from '.';
import { dispatch } from '../input/dispatch';
import { startPresenting, stopPresenting } from './presenter';
import { hallTours } from './stops';
import { HandsQueue, QuestionBanner } from './HandsQueue';
import { formatElapsed, useClock } from './useClock';

/** A QR code of the join address, made on this machine (no service, no network). */
function JoinQR({ url }: { url: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // SVG, not a canvas: reading a canvas back stalls for seconds on a busy software-rendered GPU.
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => { if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`); }, () => setSrc(null));
    return () => { live = false; };
  }, [url]);
  return src ? <img className="qr" src={src} alt={url} width={280} height={280} data-testid="join-qr" /> : null;
}

/**
 * Tells the page's styles (--presenter-bar, from the window's bottom to the bar's top) how much of
 * the bottom the bar takes, which grows when it wraps to two rows on a narrow window: a figure's
 * card stands above it. (It comes a frame or more after a resize, so the join card does not
 * depend on it: the dock lays it out above the bar.)
 */
function useBarHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement.style;
    const report = () => root.setProperty('--presenter-bar', `${Math.ceil(innerHeight - el.getBoundingClientRect().top)}px`);
    report();
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => { observer.disconnect(); root.removeProperty('--presenter-bar'); };
  }, [ref]);
}

/** The presenter's bar along the bottom. */
function PresenterBar() {
  const t = useT();
  const p = useExpo((s) => s.present);
  const now = useClock(p.startedAt ?? 0);
  const [showQR, setShowQR] = useState(true);
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
  const tours = hallTours();
  const progress = p.count ? (p.index + 1) / p.count : 0;
  const openNotes = () => window.open(`${location.pathname}?notes`, 'policy-expo-notes', 'popup,width=720,height=640');
  // The bar and the join card share a dock: the card takes what room is left above the bar (styles.css).
  return (
    <div className="presenter-dock">
      <section ref={bar} className="overlay presenter-bar" aria-label={t('present')} data-testid="presenter-bar">
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={p.count} aria-valuenow={p.index + 1}><div style={{ width: `${progress * 100}%` }} /></div>
        <div className="row">
          <select aria-label={t('tour')} value={p.tourId ?? ''} onChange={(e) => void startPresenting(e.target.value)} data-testid="tour-select">
            {tours.map((tour) => <option key={tour.id} value={tour.id}>{tour.title}</option>)}
          </select>
          <button type="button" onClick={() => dispatch({ type: 'prevStop' })} disabled={p.index <= 0} aria-label={t('prevStop')}>‹</button>
          <p className="stop" data-testid="stop-title"><b>{p.index + 1} / {p.count}</b> {p.stop?.title}</p>
          <button type="button" onClick={() => dispatch({ type: 'nextStop' })} disabled={p.index >= p.count - 1} aria-label={t('nextStop')}>›</button>
          <span className="elapsed" title={t('elapsed')} data-testid="elapsed">{formatElapsed(now - (p.startedAt ?? now))}</span>
          {p.code ? (
            <button type="button" className="code" onClick={() => setShowQR(!showQR)} aria-pressed={showQR} data-testid="session-code">{p.code} · {p.followers} {t('followers')}</button>
          ) : p.link === 'lost' || p.error ? <span className="muted">{t('noRelay')}</span> : null}
          <button type="button" onClick={openNotes}>{t('notes')}</button>
          <button type="button" onClick={() => dispatch({ type: 'blank' })} aria-pressed={p.blank}>{t('blank')} (B)</button>
          <button type="button" onClick={stopPresenting} data-testid="end-presenting">{t('end')}</button>
        </div>
      </section>
      {showQR && p.code && p.joinUrl && (
        <aside className="overlay join-card" aria-label={t('scanToFollow')} data-testid="join-card">
          <button type="button" className="close" onClick={() => setShowQR(false)} aria-label={t('close')}>×</button>
          <p>{t('scanToFollow')}</p>
          <JoinQR url={p.joinUrl} />
          <p className="big-code">{p.code}</p>
          <p className="muted url">{p.joinUrl}</p>
        </aside>
      )}
    </div>
  );
}

const ERRORS: Record<string, StringKey> = { 'no-session': 'noSession', 'bad-code': 'badCode', ended: 'ended', busy: 'busy', full: 'full' };

/** The follower's banner: whom they follow, where the tour is, step away / rejoin. */
function FollowBanner() {
  const t = useT();
  const p = useExpo((s) => s.present);
  const error = p.error && ERRORS[p.error];
  return (
    <section className="overlay follow-banner" data-testid="follow-banner" aria-live="polite">
      {p.role === 'follower' ? (
        <>
          <span>{t('following')} <b>{p.code}</b>{p.stop && <> · {p.index + 1}/{p.count} {p.stop.title}</>}</span>
          {p.link === 'lost' && <span className="muted">{t('reconnecting')}</span>}
          <button type="button" onClick={leaveSession} data-testid="step-away">{t('stepAway')}</button>
        </>
      ) : (
        <>
          <span>{error ? t(error) : <>{t('steppedAway')} <b>{p.code}</b></>}</span>
          {p.code && p.error !== 'ended' && p.error !== 'bad-code' && <button type="button" onClick={() => void joinSession(p.code!)} data-testid="rejoin">{t('rejoin')}</button>}
          <button type="button" onClick={() => setPresent({ away: false, error: undefined, code: null })} aria-label={t('close')}>×</button>
        </>
      )}
    </section>
  );
}

/** Asks for a session code. */
function JoinDialog() {
  const t = useT();
  const [code, setCode] = useState('');
  const error = useExpo((s) => s.present.error);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await joinSession(code)) setPresent({ joinOpen: false });
  };
  return (
    <form className="overlay join-dialog" onSubmit={submit} aria-label={t('followCode')} data-testid="join-dialog">
      <label>{t('followCode')}
        <input autoFocus value={code} onChange={(e) => setCode(e.target.value)} maxLength={8} autoCapitalize="characters" autoComplete="off" spellCheck={false} data-testid="join-code" />
      </label>
      {error && ERRORS[error] && <p className="muted" role="alert">{t(ERRORS[error])}</p>}
      <div className="row">
        <button type="submit">{t('join')}</button>
        <button type="button" onClick={() => setPresent({ joinOpen: false, error: undefined })}>{t('close')}</button>
      </div>
    </form>
  );
}

/** Everything presenting shows on the page. */
export default function PresentUI() {
  const t = useT();
  const role = useExpo((s) => s.present.role);
  const blank = useExpo((s) => s.present.blank);
  const kiosk = useExpo((s) => s.present.kiosk);
  const joinOpen = useExpo((s) => s.present.joinOpen);
  const away = useExpo((s) => s.present.away || !!s.present.error);
  // The presenter's bar takes the bottom of the screen: cards there move up (styles.css).
  useEffect(() => {
    document.body.classList.toggle('presenting', role === 'presenter');
    return () => document.body.classList.remove('presenting');
  }, [role]);
  return (
    <>
      {role === 'presenter' && <PresenterBar />}
      {role === 'presenter' && <HandsQueue />}
      {role !== 'none' && <QuestionBanner />}
      {role !== 'presenter' && (role === 'follower' || away) && !joinOpen && <FollowBanner />}
      {joinOpen && <JoinDialog />}
      {kiosk === 'touring' && <p className="overlay kiosk-badge" data-testid="kiosk-badge">{t('kioskTouring')}</p>}
      {blank && (
        // The presenter's own screen goes plain black, as a projector's does; a follower's says why, and can still step away.
        <div className="blank-screen" data-testid="blank">
          {role === 'follower' && <p>{t('presenterBlanked')} <button type="button" onClick={leaveSession}>{t('stepAway')}</button></p>}
        </div>
      )}
    </>
  );
}
