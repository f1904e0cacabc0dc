/**
 * DOCX → text, one paragraph a line, with mammoth (the library the issue names: it reads the
 * document part's paragraphs as Word does, and has a browser build mapped through package.json's
 * `browser` field, so the same import serves Node and the studio). Loaded on demand, so the hall's
 * first download does not carry it.
 */
import { FormatError, zipHasEntry } from './sniff';

/** The paragraphs of a DOCX, one a line. Throws FormatError('corrupt-docx') when it cannot be read. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  if (!zipHasEntry(bytes, 'word/document.xml')) throw new FormatError('corrupt-docx', 'a zip archive without word/document.xml, so not a Word document');
  const mammoth = (await import('mammoth')).default;
  // mammoth wants an ArrayBuffer of exactly the file (a Node Buffer may be a view into a larger pool).
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let value: string;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both hand the bytes to JSZip.
    const input = { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
    ({ value } = await mammoth.extractRawText(input));
  } catch (e) {
    throw new FormatError('corrupt-docx', `cannot be opened (${(e as Error).message.split('\n')[0]})`);
  }
  // mammoth ends every paragraph with a blank line; ingest reads one paragraph a line.
  return value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
}
