/** Asks for the studio key; it is kept for this tab only. */
import { useState } from 'react';

/** Props of KeyForm. */
export interface KeyFormProps {
  onKey: (key: string) => void;
  /** Why the key is asked for again (a refused key). */
  error?: string;
}

/** The form. */
export function KeyForm({ onKey, error }: KeyFormProps) {
  const [key, setKey] = useState('');
  return (
    <form className="reach-key" onSubmit={(e) => { e.preventDefault(); if (key.trim()) onKey(key.trim()); }}>
      <h1>Reach · 观展数据</h1>
      <p>This page is for the exhibition's organisers. Enter the studio key (EXPO_STUDIO_KEY, or the one <code>npm start</code> printed).</p>
      <label>
        Studio key
        <input type="password" autoComplete="off" autoFocus value={key} onChange={(e) => setKey(e.target.value)} data-testid="studio-key" />
      </label>
      <button type="submit">Open</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
