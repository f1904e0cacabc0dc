/**
 * The curator's studio API, mounted on the hall's server (app.use). Every route answers 401
 * without the studio key (Authorization: Bearer). Documents are ingested in a worker thread and
 * staged; publishing moves them into seeds/, rebuilds the scene bundle with its font subset and
 * glyph fields (no vite build) and tells every open hall.
 *
 *   GET    /api/studio/session                  → { key, ready }   (checks the key; ready: warmed up)
 *   GET    /api/studio/documents                → [{ name, published, staged, plans… }]
 *   POST   /api/studio/documents  (multipart `file`) → 201 { id, region, title, targets, problems }
 *   GET    /api/studio/documents/:id            → the document under review (text, map, plans, meta)
 *   PUT    /api/studio/documents/:id/meta       → stages the overlay, answers the re-ingested document
 *   DELETE /api/studio/documents/:id            → drops its staged changes
 *   GET    /api/studio/preview-font?doc=:id     → { chars, woff (base64) }: the hall's font subset plus the document's characters
 *   POST   /api/studio/publish  |  POST /api/studio/undo  → 200 once the bundle is written and halls told
 *   GET    /api/studio/audit                    → the latest audit entries
 */
import { join } from 'node:path';
import type { ApiHandler } from '../app';
import { AuditLog } from './audit';
import { KeyCheck, loadKeys, type StudioKey } from './auth';
import { fail, json } from './http';
import { documentRoutes } from './routes';
import { Publisher } from './publish';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './upload';
import { StudioWorker } from './workerClient';
import { Workspace } from './workspace';
import { pathOf } from '../requestTarget';

/** Where the studio keeps and writes things, and whom it tells. */
export interface StudioOptions {
  /** Documents and their overlays (default $EXPO_SEEDS_DIR or seeds/). */
  seedsDir?: string;
  /** Key, staging, history and audit log; outside the served folder (default $EXPO_STATE_DIR or .expo/). */
  stateDir?: string;
  /** The scene definition published (default scenes/hall.yaml). */
  sceneFile?: string;
  /** The served folder's generated/ (bundles, fonts, glyph fields). */
  outDir: string;
  /** Tells open halls a scene has a new bundle; returns how many were told. */
  tellHalls: (scene: string, version: string) => number;
  keys?: StudioKey[];
  upload?: Partial<UploadLimits>;
}

/** A mounted studio. */
export interface Studio {
  handler: ApiHandler;
  keys: StudioKey[];
  close(): Promise<void>;
}

/** Builds the studio's API. */
export function createStudioApi(options: StudioOptions): Studio {
  const stateDir = options.stateDir ?? process.env.EXPO_STATE_DIR ?? '.expo';
  const seedsDir = options.seedsDir ?? process.env.EXPO_SEEDS_DIR ?? 'seeds';
  const keys = options.keys ?? loadKeys(stateDir);
  const check = new KeyCheck(keys);
  const worker = new StudioWorker();
  const workspace = new Workspace(seedsDir, stateDir);
  const audit = new AuditLog(join(stateDir, 'audit.log'));
  const sceneFile = options.sceneFile ?? 'scenes/hall.yaml';
  const publisher = new Publisher({ workspace, worker, sceneFile, outDir: options.outDir, tellHalls: options.tellHalls });
  const docs = documentRoutes({ workspace, worker, audit, limits: { ...DEFAULT_UPLOAD_LIMITS, ...options.upload }, sceneFile, outDir: options.outDir });

  const handler: ApiHandler = async (req, res) => {
    const path = pathOf(req);
    // The studio's page is the hall's one page (index.html), which opens the studio's chunk.
    if (/^\/studio\/?$/.test(path) && (req.method === 'GET' || req.method === 'HEAD')) { req.url = '/'; return false; }
    if (path !== '/api/studio' && !path.startsWith('/api/studio/')) return false;
    const key = check.check(req);
    if (key === 'throttled') {
      res.setHeader('Retry-After', '60');
      return fail(res, 429, 'too many wrong keys from this address; wait a minute');
    }
    // Nothing is read from the request before the key is checked: a request without it writes nothing.
    if (key === null) return fail(res, 401, 'the studio key is missing or wrong');
    // An official is at work: the worker gets the published hall ready for their first publish.
    publisher.warm();
    const route = `${req.method} ${path.slice('/api/studio'.length)}`;
    if (route === 'GET /session') return json(res, 200, { key, ready: publisher.ready });
    if (route === 'GET /audit') return json(res, 200, audit.latest());
    if (route === 'POST /publish' || route === 'POST /undo') {
      const undo = route === 'POST /undo';
      const r = await (undo ? publisher.undo() : publisher.publish());
      if (!r) return fail(res, 409, 'there is no publish to undo');
      audit.record({ key, action: undo ? 'undo' : 'publish', detail: `${r.files.length ? r.files.join(', ') : 'rebuilt'} → ${r.plans} booths, version ${r.version}, ${r.told} open halls told` });
      return json(res, 200, r);
    }
    return docs(req, res, route, key);
  };
  return { handler, keys, close: () => worker.close() };
}
