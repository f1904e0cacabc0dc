/**
 * The Reach page's calls to the server, with the studio key as a Bearer token. The key is kept for
 * this tab only (sessionStorage), never in the address or a cookie.
 */
import type { ReachReport } from '../../server/analytics/aggregate';
import type { CsvTable } from '../../server/analytics/csv';

export type { ReachReport, CsvTable };

const KEY_STORE = 'policy-expo.studio-key';
const REPORT = '/api/studio/analytics';

/** The key this tab holds, or null. */
export function savedKey(): string | null {
  try { return sessionStorage.getItem(KEY_STORE); } catch { return null; }
}

/** Keeps (or with null, forgets) the key for this tab. */
export function keepKey(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORE, key);
    else sessionStorage.removeItem(KEY_STORE);
  } catch { /* storage off: the key lasts as long as the page's memory */ }
}

/** Thrown when the server refuses the key. */
export class Unauthorized extends Error {}

async function get(path: string, key: string): Promise<Response> {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' });
  if (res.status === 401) throw new Unauthorized('the studio key was refused');
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res;
}

/** The report over the last `hours` (0: all that is kept). */
export async function fetchReport(key: string, hours = 0): Promise<ReachReport> {
  return (await get(hours > 0 ? `${REPORT}?hours=${hours}` : REPORT, key)).json() as Promise<ReachReport>;
}

/** Downloads one table as CSV (fetched with the key, then saved through a blob link). */
export async function downloadCsv(key: string, table: CsvTable, hours = 0): Promise<void> {
  const blob = await (await get(`${REPORT}/${table}.csv${hours > 0 ? `?hours=${hours}` : ''}`, key)).blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `reach-${table}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
