/**
 * The curator's studio (/studio): sign in with the key, drop documents, review and correct them
 * beside a preview of the booth, publish to every open hall, undo, and read the audit log.
 * A lazy chunk of the one page: the hall's first download does not carry it.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, storedKey, storeKey, type DocSummary } from './api';
import { AuditLog } from './AuditLog';
import { Documents } from './Documents';
import { Review } from './Review';
import './studio.css';

/** Takes a key from the address (#key=…) into this tab's storage, and out of the address bar. */
function keyFromAddress(): void {
  const k = new URLSearchParams(location.hash.slice(1)).get('key');
  if (k) { storeKey(k); history.replaceState(null, '', location.pathname); }
}

/** The studio page. */
export default function StudioApp() {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [docs, setDocs] = useState<DocSummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [auditTick, setAuditTick] = useState(0);

  const refresh = useCallback(async () => {
    try { setDocs(await api.list()); setAuditTick((t) => t + 1); } catch (e) { if (e instanceof ApiError && e.status === 401) setSignedIn(false); }
  }, []);
  useEffect(() => {
    keyFromAddress();
    document.title = 'Policy Expo · Studio';
    api.session().then(() => { setSignedIn(true); void refresh(); }, () => setSignedIn(false));
  }, [refresh]);

  if (signedIn === null) return <main className="studio"><p>…</p></main>;
  if (!signedIn) return <SignIn onDone={() => { setSignedIn(true); void refresh(); }} />;

  const run = async (what: 'publish' | 'undo') => {
    setStatus(what === 'publish' ? 'Publishing…' : 'Undoing…');
    try {
      const r = await api[what]();
      setStatus(`${what === 'publish' ? 'Published' : 'Undone'}: ${r.plans} booths in the hall (version ${r.version}).`);
      await refresh();
    } catch (e) { setStatus(`${what} failed: ${(e as Error).message}`); }
  };
  const pending = docs.filter((d) => d.staged).length;
  return (
    <main className="studio">
      <header className="studio-bar">
        <h1>Studio · 策展工作室</h1>
        <span className="studio-status" role="status">{status || (pending ? `${pending} document(s) with changes not yet public` : 'Everything is published')}</span>
        <button type="button" className="primary" onClick={() => void run('publish')}>Publish 发布</button>
        <button type="button" onClick={() => void run('undo')}>Undo last publish 撤销</button>
        <a href="/" target="_blank" rel="noreferrer">Open the hall ↗</a>
        <button type="button" onClick={() => { storeKey(null); setSignedIn(false); }}>Sign out</button>
      </header>
      <div className="studio-body">
        <Documents docs={docs} open={open} onOpen={setOpen} onChanged={refresh} />
        {open ? <Review id={open} onChanged={refresh} /> : <p className="studio-hint">Drop documents on the left, or choose one to review.</p>}
      </div>
      <AuditLog tick={auditTick} />
    </main>
  );
}

/** Asks for the key when the address did not bring a valid one. */
function SignIn({ onDone }: { onDone: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    storeKey(key.trim());
    try { await api.session(); onDone(); } catch (err) { storeKey(null); setError((err as Error).message); }
  };
  return (
    <main className="studio studio-signin">
      <form onSubmit={(e) => void submit(e)}>
        <h1>Studio · 策展工作室</h1>
        <p>Enter the studio key that <code>npm start</code> printed.</p>
        <label>Key <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoFocus /></label>
        <button type="submit" className="primary">Sign in</button>
        {error && <p role="alert" className="studio-error">{error}</p>}
      </form>
    </main>
  );
}
