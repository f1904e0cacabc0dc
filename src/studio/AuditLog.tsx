/** The studio's audit log: what changed, when, and from which key. */
import { useEffect, useState } from 'react';
import { api } from './api';

/** The latest entries; `tick` changes after each action, to read them again. */
export function AuditLog({ tick }: { tick: number }) {
  const [entries, setEntries] = useState<Awaited<ReturnType<typeof api.audit>>>([]);
  useEffect(() => { api.audit().then(setEntries, () => setEntries([])); }, [tick]);
  return (
    <details className="studio-audit">
      <summary>Audit log ({entries.length})</summary>
      <table>
        <thead><tr><th>when</th><th>key</th><th>what</th><th>document</th><th>detail</th></tr></thead>
        <tbody>{entries.map((e, i) => <tr key={i}><td>{new Date(e.at).toLocaleString()}</td><td>{e.key}</td><td>{e.action}</td><td>{e.document ?? ''}</td><td>{e.detail ?? ''}</td></tr>)}</tbody>
      </table>
    </details>
  );
}
