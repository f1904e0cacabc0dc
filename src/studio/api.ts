/** The studio's calls to its API: the key in an Authorization header, never a cookie. */
import type { MetaOverlay } from '../ingest/meta';
import type { Plan, Target } from '../plan/schema';

/** A document as listed and as uploaded. */
export interface DocSummary {
  id: string;
  region: string | null;
  title: string | null;
  targets: Target[];
  problems: { file: string; severity: 'error' | 'warning'; message: string }[];
  hidden: boolean;
  order: number | null;
  published?: boolean;
  staged?: boolean;
}

/** A document under review. */
export interface DocDetail extends DocSummary {
  text: string;
  map: number[];
  plan: Plan | null;
  meta: MetaOverlay;
}

/** An error answer, with the file it names. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly name_?: string) { super(message); }
}

const KEY = 'policy-expo.studio-key';

/** The key this tab signed in with (kept for the tab only). */
export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const storeKey = (k: string | null) => (k ? sessionStorage.setItem(KEY, k) : sessionStorage.removeItem(KEY));

async function call<T>(method: string, path: string, body?: BodyInit, json = false): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${storedKey() ?? ''}` };
  if (json) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/studio${path}`, { method, body, headers });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, answer.error ?? `HTTP ${res.status}`, answer.name);
  return answer as T;
}

/** The studio's API. */
export const api = {
  session: () => call<{ key: string }>('GET', '/session'),
  list: () => call<DocSummary[]>('GET', '/documents'),
  get: (id: string) => call<DocDetail>('GET', `/documents/${encodeURIComponent(id)}`),
  upload: (file: File) => { const f = new FormData(); f.append('file', file, file.name); return call<DocSummary>('POST', '/documents', f); },
  decide: (id: string, meta: MetaOverlay) => call<DocDetail>('PUT', `/documents/${encodeURIComponent(id)}/meta`, JSON.stringify(meta), true),
  /** The font the booth preview draws the document with (the WOFF as base64). */
  previewFont: (id: string) => call<{ chars: string; woff: string }>('GET', `/preview-font?doc=${encodeURIComponent(id)}`),
  discard: (id: string) => call<{ id: string }>('DELETE', `/documents/${encodeURIComponent(id)}`),
  publish: () => call<{ version: string; plans: number; told: number; ms: number }>('POST', '/publish'),
  undo: () => call<{ version: string; plans: number }>('POST', '/undo'),
  audit: () => call<{ at: string; key: string; action: string; document?: string; detail?: string }[]>('GET', '/audit'),
};
