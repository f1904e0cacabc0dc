/** The help overlay: the keys (generated from the key map), and touch, VR and presenting controls. */
import { dispatch } from '../input/dispatch';
import { controlRows, INTENT_NAMES } from '../input/keymap';
import { useExpo } from '../state/store';
import { useT } from './i18n';

/** The key map as a table, in the interface's language. */
function KeyTable({ presenting }: { presenting: boolean }) {
  const lang = useExpo((s) => s.lang);
  const rows = controlRows().filter((r) => (r.only === 'presenter' || ['nextStop', 'prevStop', 'blank'].includes(r.intent)) === presenting);
  return (
    <table className="keys" data-testid={presenting ? 'present-keys' : 'keys'}>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.intent}:${r.only ?? ''}`}>
            <th>{r.keys.map((k, i) => <span key={k}>{i > 0 && ' / '}<kbd>{k}</kbd></span>)}</th>
            <td>{INTENT_NAMES[r.intent][lang === 'zh' ? 0 : 1]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Shown from the Help button or the ? key. */
export function Help() {
  const t = useT();
  const open = useExpo((s) => s.helpOpen);
  if (!open) return null;
  return (
    <section className="overlay help" role="dialog" aria-label={t('helpTitle')}>
      <h2>{t('helpTitle')}</h2>
      <h3>{t('desktop')}</h3>
      <KeyTable presenting={false} />
      <p>{t('keys')}</p>
      <h3>{t('touch')}</h3>
      <p>{t('touches')}</p>
      <h3>{t('vr')}</h3>
      <p>{t('vrKeys')}</p>
      <h3>{t('present')}</h3>
      <KeyTable presenting />
      <p>{t('presentKeys')}</p>
      <button type="button" onClick={() => dispatch({ type: 'help', open: false })}>{t('close')}</button>
    </section>
  );
}
