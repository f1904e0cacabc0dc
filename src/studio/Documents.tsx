/** The studio's document column: drop or pick documents, the list with hide and order, errors by name. */
import { useRef, useState } from 'react';
import { api, type DocSummary } from './api';

/** Props of Documents. */
export interface DocumentsProps {
  docs: DocSummary[];
  open: string | null;
  onOpen: (id: string) => void;
  onChanged: () => Promise<void>;
}

/** Drop zone and booth list. */
export function Documents({ docs, open, onOpen, onChanged }: DocumentsProps) {
  const [messages, setMessages] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const add = async (files: File[]) => {
    const out: string[] = [];
    for (const f of files) {
      out.push(`${f.name}: reading…`);
      setMessages([...out]);
      try {
        const d = await api.upload(f);
        out[out.length - 1] = `${f.name}: staged as ${d.id} — ${d.region ?? '?'}, ${d.targets.length} figures`;
        onOpen(d.id);
      } catch (e) { out[out.length - 1] = `${f.name}: ${(e as Error).message}`; }
      setMessages([...out]);
    }
    await onChanged();
  };
  // Hiding and order are decisions in the document's overlay like any other.
  const change = async (d: DocSummary, patch: { hidden?: boolean; order?: number }) => {
    const detail = await api.get(d.id);
    await api.decide(d.id, { ...detail.meta, ...patch });
  };
  const move = async (i: number, step: number) => {
    const order = [...docs];
    const [d] = order.splice(i, 1);
    order.splice(Math.max(0, Math.min(order.length, i + step)), 0, d);
    for (const [n, x] of order.entries()) if (x.order !== n + 1) await change(x, { order: n + 1 });
    await onChanged();
  };

  return (
    <section className="studio-docs" aria-label="Documents">
      <div
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); void add([...e.dataTransfer.files]); }}
      >
        <p>Drop plans here<br /><small>TXT, HTML, PDF, DOCX · up to 50 MB</small></p>
        <button type="button" onClick={() => picker.current?.click()}>Choose files…</button>
        <input ref={picker} type="file" multiple hidden accept=".txt,.html,.htm,.pdf,.docx" aria-label="Choose documents" onChange={(e) => void add([...(e.target.files ?? [])])} />
      </div>
      {messages.length > 0 && <ul className="studio-messages" aria-live="polite">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>}
      <ol className="doc-list">
        {docs.map((d, i) => (
          <li key={d.id} className={`${d.id === open ? 'open' : ''}${d.hidden ? ' hidden-booth' : ''}`}>
            <button type="button" className="doc-name" onClick={() => onOpen(d.id)}>
              <strong>{d.region ?? '?'}</strong> {d.title ?? d.id}
              <small>{d.id} · {d.targets.length} figures{d.staged ? ' · not yet public' : ''}{d.problems.some((p) => p.severity === 'error') ? ' · has errors' : ''}</small>
            </button>
            <span className="doc-tools">
              <button type="button" aria-label={`Move ${d.id} up`} disabled={i === 0} onClick={() => void move(i, -1)}>↑</button>
              <button type="button" aria-label={`Move ${d.id} down`} disabled={i === docs.length - 1} onClick={() => void move(i, 1)}>↓</button>
              <label><input type="checkbox" checked={d.hidden} onChange={(e) => void change(d, { hidden: e.target.checked }).then(onChanged)} /> hide</label>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
