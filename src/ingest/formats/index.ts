/**
 * Format readers: a document's bytes → its text, one paragraph a line. The text returned is what
 * every source span of its plans indexes, so it is kept with the plans ("show the source").
 */
import { decode } from '../decode';
import { docxText } from './docx';
import { pdfText } from './pdf';
import { sniff, type Format } from './sniff';

export { FormatError, sniff, type Format, type FormatProblem } from './sniff';
export { foldPrintedForms, RADICALS_SUPPLEMENT, SHARED_PUNCTUATION } from './radicals';

/** A document's text as ingest reads it, the format it came in, and what decoding it warned about. */
export interface Extracted {
  text: string;
  format: Format;
  warnings: string[];
}

const READERS: Record<Format, (bytes: Uint8Array) => Promise<Extracted>> = {
  pdf: async (bytes) => ({ text: await pdfText(bytes), format: 'pdf', warnings: [] }),
  docx: async (bytes) => ({ text: await docxText(bytes), format: 'docx', warnings: [] }),
  text: async (bytes) => {
    const d = decode(bytes);
    return { text: d.text, format: 'text', warnings: d.warnings };
  },
};

/** Extracts the text of a TXT/HTML (any encoding), PDF (text layer) or DOCX document, chosen by its content. */
export function extractText(bytes: Uint8Array): Promise<Extracted> {
  return READERS[sniff(bytes)](bytes);
}
