/**
 * Which reader a document needs, told from its first bytes rather than its name: an upload or a
 * renamed file keeps its content, not always its extension.
 */

/** The document formats ingest reads. */
export type Format = 'pdf' | 'docx' | 'text';

/** Why a PDF or DOCX gave no text; the message says it to the person who supplied the file. */
export type FormatProblem = 'scanned-pdf' | 'encrypted-pdf' | 'corrupt-pdf' | 'corrupt-docx';

const PROBLEM_LABEL: Record<FormatProblem, string> = {
  'scanned-pdf': 'scanned PDF',
  'encrypted-pdf': 'encrypted PDF',
  'corrupt-pdf': 'damaged PDF',
  'corrupt-docx': 'damaged DOCX',
};

/** A document whose format was recognised but whose text cannot be had; `problem` names the case. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(readonly problem: FormatProblem, detail: string) {
    super(`${PROBLEM_LABEL[problem]}: ${detail}`);
  }
}

const PDF_MAGIC = new TextEncoder().encode('%PDF-');

/** Whether `needle` occurs in bytes[0, limit): a byte search, not a string of the bytes made to search in. */
function bytesInclude(bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): boolean {
  const last = Math.min(limit, bytes.length) - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** The format of `bytes`: %PDF- (within the first KiB, as readers allow), a zip (a DOCX), else text. */
export function sniff(bytes: Uint8Array): Format {
  if (bytesInclude(bytes, PDF_MAGIC, 1024)) return 'pdf';
  // Any zip goes to the Word reader: one without word/document.xml is reported as not a DOCX there.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  return 'text';
}

/** Whether a zip names `name` among its entries (names are stored uncompressed, so a byte search finds them). */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return bytesInclude(bytes, new TextEncoder().encode(name));
}
