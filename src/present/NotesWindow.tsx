/**
 * The speaker-notes window (?notes): the current stop's talking points, what comes next, time on
 * this stop against its plan and in total, and buttons (or the clicker) to move on. It shows what
 * the presenting window posts, so it never needs the hall itself.
 */
import { useEffect, useState } from 'react';
import { useT } from '../ui/i18n';
import { intentForKey } from '../input/keymap';
import { isTyping } from '../input/typing';
import { isNotesIntent, openNotesChannel, type NotesIntent, type NotesMessage, type NotesState } from './notesChannel';
import { formatElapsed, useClock } from './useClock';

/** The notes page. */
export default function NotesWindow() {
  const t = useT();
  const [state, setState] = useState<NotesState | null>(null);
  const [channel, setChannel] = useState<BroadcastChannel | null>(null);
  const now = useClock(state?.startedAt ?? 0);
  useEffect(() => {
    const ch = openNotesChannel((m) => { if (m.type === 'state') setState(m.state); });
    ch?.postMessage({ type: 'hello' } satisfies NotesMessage);
    setChannel(ch);
    return () => ch?.close();
  }, []);
  const send = (type: NotesIntent['type']) => channel?.postMessage({ type: 'intent', intent: { type } } satisfies NotesMessage);
  useEffect(() => {
    // The clicker's keys mean here what they mean in the presenting window (the one key map).
    const key = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const type = intentForKey(e, ['presenter']);
      const intent = type && { type };
      if (!intent || !isNotesIntent(intent)) return;
      e.preventDefault();
      if (!e.repeat || intent.type !== 'blank') send(intent.type);
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  });
  useEffect(() => { document.title = state ? `${state.index + 1}/${state.count} ${state.title}` : t('notes'); }, [state, t]);
  if (!state) return <main className="notes-window" data-testid="notes"><p className="muted">{t('noNotes')}</p></main>;
  const onStop = now - state.stopAt;
  const over = state.duration > 0 && onStop > state.duration * 1000;
  return (
    <main className="notes-window" data-testid="notes">
      <header>
        <span className="muted">{state.tourTitle}</span>
        <span data-testid="notes-position"><b>{state.index + 1}</b> / {state.count}</span>
        <span>{t('elapsed')} {formatElapsed(now - state.startedAt)}</span>
        <span className={over ? 'over' : ''}>{t('thisStop')} {formatElapsed(onStop)} / {formatElapsed(state.duration * 1000)}</span>
        {state.code && <span>{state.code} · {state.followers} {t('followers')}</span>}
        {state.blank && <b className="over">{t('blank')}</b>}
      </header>
      <h1 data-testid="notes-title">{state.title}</h1>
      <ul data-testid="notes-points">{state.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
      {state.next && <p className="next"><span className="muted">{t('nextUp')}：</span>{state.next}</p>}
      <nav>
        <button type="button" onClick={() => send('prevStop')} disabled={state.index <= 0}>‹ {t('prevStop')}</button>
        <button type="button" onClick={() => send('blank')} aria-pressed={state.blank}>{t('blank')}</button>
        <button type="button" onClick={() => send('nextStop')} disabled={state.index >= state.count - 1} data-testid="notes-next">{t('nextStop')} ›</button>
      </nav>
    </main>
  );
}
