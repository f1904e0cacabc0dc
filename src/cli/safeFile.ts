/**
 * Reading a document from the seeds folder safely: regular files only. A link is followed only
 * when it stays inside the folder; devices, FIFOs and sockets are refused (a FIFO would hang the
 * build, /dev/zero fill the disk); a file over the size limit is refused before it is read.
 * Each refusal is an Error whose message says what the entry is, for the problem list.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, sep } from 'node:path';

/** Largest document read (bytes) unless $EXPO_MAX_DOCUMENT_MB says otherwise. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** The size limit in force: $EXPO_MAX_DOCUMENT_MB megabytes, or 50 MB. */
export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.EXPO_MAX_DOCUMENT_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_DOCUMENT_BYTES;
}

const KINDS: [test: (s: Stats) => boolean, name: string][] = [
  [(s) => s.isDirectory(), 'a folder'],
  [(s) => s.isFIFO(), 'a FIFO (named pipe)'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'a device'],
  [(s) => s.isSocket(), 'a socket'],
];
const kindOf = (s: Stats) => KINDS.find(([test]) => test(s))?.[1] ?? 'not a regular file';
const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** The text of a small side file (an overlay, the vocabulary) read under the same rules, at most 1 MB. */
export function readSmallText(file: string): string {
  return Buffer.from(readRegularFile(file, 1024 * 1024)).toString('utf8');
}

/**
 * The bytes of `file`, which must be a regular file inside `root` (default: its own folder) and
 * at most `max` bytes. Throws an Error saying why not.
 */
export function readRegularFile(file: string, max = maxDocumentBytes(), root = dirname(file)): Uint8Array {
  let path = file;
  if (lstatSync(file).isSymbolicLink()) {
    try { path = realpathSync(file); } catch { throw new Error('is a link to nothing (dangling)'); }
    const inside = realpathSync(root);
    if (!path.startsWith(inside + sep)) throw new Error(`is a link to ${path}, outside the folder it is in; copy the file in instead`);
  }
  const before = statSync(path);
  if (!before.isFile()) throw new Error(`is ${kindOf(before)}, not a document`);
  if (before.size > max) throw new Error(`is ${mb(before.size)}, over the ${mb(max)} limit (EXPO_MAX_DOCUMENT_MB)`);
  // O_NONBLOCK: if the entry was swapped for a FIFO since, opening it does not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw new Error(`is ${kindOf(now)}, not a document`);
    const buf = Buffer.alloc(Math.min(now.size, max) + 1);
    let got = 0;
    for (let n; got < buf.length && (n = readSync(fd, buf, got, buf.length - got, null)) > 0;) got += n;
    if (got > max) throw new Error(`grew past the ${mb(max)} limit while being read`);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
