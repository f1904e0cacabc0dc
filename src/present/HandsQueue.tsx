/**
 * Raised hands while presenting: the presenter's queue (who, what they ask, about which figure or
 * clause) with a button to take each, and — for presenter and followers alike — the question
 * being answered, over the hall, once one is taken.
 */
import { useExpo } from '../state/store';
import '../presence/presence.css';
import { takeHand } from './presenter';

/** Strings, [zh, en]. */
const STRINGS = {
  hands: ['举手提问', 'Raised hands'],
  take: ['请他发言', 'Take'],
  question: ['提问', 'Question'],
  noText: ['（举手，未写问题）', '(hand raised, no written question)'],
} as const;

function useStrings() {
  const lang = useExpo((s) => s.lang);
  return (k: keyof typeof STRINGS) => STRINGS[k][lang === 'zh' ? 0 : 1];
}

/** The presenter's queue of raised hands (nothing while it is empty). */
export function HandsQueue() {
  const t = useStrings();
  const hands = useExpo((s) => s.present.hands);
  if (!hands.length) return null;
  return (
    <aside className="overlay hands-queue" aria-label={t('hands')} data-testid="hands-queue">
      <h2>✋ {t('hands')} · {hands.length}</h2>
      <ol>
        {hands.map((h) => (
          <li key={h.id} data-testid="hand">
            <b>{h.name}</b> {h.text || t('noText')}
            {h.about && <div className="about">{h.about.boothId}{h.about.label ? ` · ${h.about.label}` : ''}</div>}
            <button type="button" onClick={() => void takeHand(h.id)} disabled={!h.about} data-testid="take-hand">{t('take')}</button>
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** The question being answered, shown to everyone in the session. */
export function QuestionBanner() {
  const t = useStrings();
  const q = useExpo((s) => s.present.question);
  if (!q) return null;
  return (
    <section className="overlay question-banner" aria-live="polite" data-testid="question-banner">
      <p><b>{t('question')} · {q.name}</b>：{q.text || t('noText')}</p>
      {q.about?.label && <p className="muted">{q.about.boothId} · {q.about.label}</p>}
    </section>
  );
}
