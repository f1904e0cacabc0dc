/**
 * Uploaded documents: multipart parsed by busboy (streaming, with size and count limits), the type
 * sniffed from the bytes (not the name or the browser's claim), and the name made safe.
 */
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { extname } from 'node:path';

/** Upload limits. */
export interface UploadLimits {
  /** Largest document (bytes); 50 MB by default. */
  fileBytes: number;
  /** Documents per request. */
  files: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { fileBytes: 50 * 1024 * 1024, files: 20 };

/** One uploaded file, as received. */
export interface Upload {
  name: string;
  bytes: Buffer;
  /** It was cut off at the size limit. */
  truncated: boolean;
}

/** Why a request's upload failed as a whole. */
export class UploadError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** Reads the `file` fields of a multipart request. */
export function readUploads(req: IncomingMessage, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Promise<Upload[]> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: limits.fileBytes, files: limits.files, fields: 10, parts: limits.files + 10 }, defParamCharset: 'utf8' });
    } catch (e) {
      return reject(new UploadError(400, `not a multipart upload: ${(e as Error).message}`));
    }
    const files: Upload[] = [];
    const pending: Promise<void>[] = [];
    bb.on('file', (field, stream, info) => {
      if (field !== 'file') { stream.resume(); return; }
      pending.push(new Promise((done) => {
        const chunks: Buffer[] = [];
        let truncated = false;
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('limit', () => { truncated = true; });
        stream.on('close', () => { files.push({ name: info.filename ?? '', bytes: truncated ? Buffer.alloc(0) : Buffer.concat(chunks), truncated }); done(); });
      }));
    });
    bb.on('filesLimit', () => reject(new UploadError(413, `at most ${limits.files} documents at once`)));
    bb.on('error', (e) => reject(new UploadError(400, `the upload could not be read: ${(e as Error).message}`)));
    bb.on('close', () => void Promise.all(pending).then(() => resolve(files)));
    req.pipe(bb);
  });
}

/** The kinds of document the ingest reads. */
export type DocumentType = 'pdf' | 'docx' | 'html' | 'text';

/**
 * What the bytes are: PDF (%PDF-), DOCX (a zip, PK\3\4, with word/ inside), HTML or plain text
 * (no NUL bytes and few control characters in the first 64 KB, in any common encoding); null for
 * anything else — images, executables, archives.
 */
export function sniffType(bytes: Uint8Array): DocumentType | null {
  const head = Buffer.from(bytes.subarray(0, 65536));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return head.includes('word/') ? 'docx' : null;
  if (head.length === 0) return null;
  // UTF-16 text has NULs in every other byte: accept it when it starts with its byte-order mark.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  let control = 0;
  for (const b of head) {
    if (b === 0 && !utf16) return null;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (!utf16 && control > head.length / 100) return null;
  return /<(!doctype html|html|body|p|div)\b/i.test(head.toString('latin1')) ? 'html' : 'text';
}

const EXTENSION: Record<DocumentType, string[]> = { pdf: ['.pdf'], docx: ['.docx'], html: ['.html', '.htm'], text: ['.txt'] };

/**
 * A safe file name for seeds/: the last path segment only, no control characters, no leading
 * dots (hidden files, ".."), at most 120 characters, with the extension of its sniffed type; a
 * name already `taken` gets -2, -3 … before the extension.
 */
export function safeName(given: string, type: DocumentType, taken: (name: string) => boolean): string {
  const last = given.split(/[/\\]/).pop() ?? '';
  let ext = extname(last).toLowerCase();
  let stem = last.slice(0, last.length - extname(last).length);
  if (!EXTENSION[type].includes(ext)) ext = EXTENSION[type][0];
  stem = stem.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/\.\.+/g, '.').replace(/^[.\s-]+/, '').replace(/\s+/g, '_').slice(0, 120);
  // .meta.yaml and vocabulary.yaml are the overlay files: a document may not take those names.
  stem = stem.replace(/\.meta$/i, '-meta');
  if (!stem || /^vocabulary$/i.test(stem)) stem = `document${stem ? `-${stem}` : ''}`;
  let name = `${stem}${ext}`;
  for (let n = 2; taken(name); n++) name = `${stem}-${n}${ext}`;
  return name;
}
