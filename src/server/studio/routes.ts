/** The studio's document routes: upload, list, review, decide (stage an overlay), discard, and the preview's font. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import type { AuditLog } from './audit';
import { fail, json, jsonWith, readJson } from './http';
import type { ReviewAnswer } from './ingestJobs';
import { readUploads, safeName, sniffType, UploadError, type UploadLimits } from './upload';
import type { StudioWorker } from './workerClient';
import type { Workspace } from './workspace';
import { queryOf } from '../requestTarget';

/** What the document routes need. */
export interface DocumentRouteOptions {
  workspace: Workspace;
  worker: StudioWorker;
  audit: AuditLog;
  limits: UploadLimits;
  /** The scene published, and where its served bundle is (its font is the hall's). */
  sceneFile: string;
  outDir: string;
}

/** The short form of a reviewed document (the upload's answer). */
function summary(name: string, r: ReviewAnswer) {
  return { id: name, ...r.summary };
}

/** Routes under /api/studio/documents; answers 404 for anything else under /api/studio. */
export function documentRoutes(o: DocumentRouteOptions) {
  const review = (name: string, bytes = o.workspace.bytes(name), meta: unknown = o.workspace.meta(name)) =>
    o.worker.run<ReviewAnswer>({ job: 'review', name, bytes, meta, seedsDir: o.workspace.seedsDir });

  const upload = async (req: IncomingMessage, res: ServerResponse, key: string) => {
    let files;
    try { files = await readUploads(req, o.limits); } catch (e) {
      return e instanceof UploadError ? fail(res, e.status, e.message) : Promise.reject(e);
    }
    if (files.length !== 1) return fail(res, 400, 'send one document in the field "file"');
    const f = files[0];
    const shown = f.name.split(/[/\\]/).pop() || 'the document';
    if (f.truncated) return fail(res, 413, `${shown} is larger than ${Math.round(o.limits.fileBytes / 1048576)} MB`, shown);
    const type = sniffType(f.bytes);
    if (!type) return fail(res, 415, `${shown} is not a document the studio reads (text, HTML, PDF or DOCX)`, shown);
    const name = safeName(f.name, type, (n) => o.workspace.has(n));
    const r = await review(name, f.bytes, {});
    if (!r.summary.plans) return fail(res, 422, `${shown}: ${r.summary.problems.map((p) => p.message).join('; ') || 'no plan found'}`, shown);
    o.workspace.stageDocument(name, f.bytes);
    o.audit.record({ key, action: 'upload', document: name, detail: `${f.bytes.length} bytes, ${type}, ${r.summary.targets.length} figures found` });
    return json(res, 201, summary(name, r));
  };

  /** GET /preview-font?doc=<id>: the font subset the booth preview draws the document with (see previewFont). */
  const previewFont = async (req: IncomingMessage, res: ServerResponse) => {
    const name = queryOf(req).get('doc') ?? '';
    if (!name || !o.workspace.has(name)) return fail(res, 404, `no document ${name}`, name);
    const answer = await o.worker.run<string>({ job: 'previewFont', name, bytes: o.workspace.bytes(name), meta: o.workspace.meta(name), seedsDir: o.workspace.seedsDir, sceneFile: o.sceneFile, outDir: o.outDir });
    return jsonWith(res, 200, {}, answer);
  };

  return async (req: IncomingMessage, res: ServerResponse, route: string, key: string): Promise<boolean> => {
    if (route === 'GET /preview-font') return previewFont(req, res);
    if (route === 'POST /documents') return upload(req, res, key);
    if (route === 'GET /documents') {
      const list = await Promise.all(o.workspace.list().map(async (d) => ({ ...d, ...summary(d.name, await review(d.name)) })));
      return json(res, 200, list);
    }
    const m = /^(GET|PUT|DELETE) \/documents\/([^/]+)(\/meta)?$/.exec(route);
    if (!m || (m[1] === 'PUT') !== !!m[3]) return fail(res, 404, 'no such studio route');
    const name = decodeURIComponent(m[2]);
    if (!o.workspace.has(name)) return fail(res, 404, `no document ${name}`, name);
    if (m[1] === 'DELETE') {
      o.workspace.discard(name);
      o.audit.record({ key, action: 'discard', document: name });
      return json(res, 200, { id: name });
    }
    if (m[1] === 'PUT') {
      const body = await readJson(req);
      if (body === null) return fail(res, 400, 'the overlay must be JSON of at most 1 MB', name);
      try { o.workspace.stageMeta(name, body); } catch (e) {
        if (e instanceof ZodError) return fail(res, 400, `overlay refused: ${e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, name);
        throw e;
      }
      o.audit.record({ key, action: 'decide', document: name, detail: JSON.stringify(body).slice(0, 500) });
    }
    const r = await review(name);
    // text, map and plan come as the worker wrote them (see ReviewAnswer).
    return jsonWith(res, 200, { ...summary(name, r), meta: o.workspace.meta(name), staged: o.workspace.list().find((d) => d.name === name)?.staged ?? false }, r.detail);
  };
}
