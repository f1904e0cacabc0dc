/**
 * PDF ingest time: a 100-page plan printed from Chromium with Noto CJK (running header, page-number
 * footer), text layer read, lines joined, running lines dropped, plans parsed.
 * Alone: npx tsx bench/pdfBench.ts
 */
import { readFileSync } from 'node:fs';
import { ingestDocument } from '../src/ingest';
import { launchPrinter, printParagraphs } from '../test/fixtures/formats/print';
import type { Figure } from './ingestBench';

/** Prints seed paragraphs (figures varied per copy) until the PDF has `pages` pages. */
async function printPages(pages: number): Promise<Uint8Array> {
  const seed = readFileSync('seeds/003_2cdc29314d597a48.txt', 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const browser = await launchPrinter();
  try {
    // About six pages a copy of the Xiamen plan at the printer's type size; grow until there are enough.
    for (let copies = Math.ceil(pages / 6); ; copies++) {
      const paras = Array.from({ length: copies }, (_, i) => seed.map((p) => p.replace(/\d+(?=亿元|家|个)/g, (n) => String(Number(n) + i)))).flat();
      const pdf = await printParagraphs(browser, paras, seed[0]);
      const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
      const n = doc.numPages;
      await doc.destroy();
      if (n >= pages) return pdf;
    }
  } finally {
    await browser.close();
  }
}

/** Times ingesting a 100-page PDF (the second of two runs, so pdf.js's code is loaded and compiled). */
export async function benchPdfIngest(pages = 100): Promise<Figure[]> {
  const pdf = await printPages(pages);
  await ingestDocument({ name: 'warm-up.pdf', bytes: pdf });
  const t = performance.now();
  const r = await ingestDocument({ name: `${pages}-pages.pdf`, bytes: pdf });
  const ms = performance.now() - t;
  const targets = r.plans.reduce((n, p) => n + p.targets.length, 0);
  return [
    { name: `ingest a ${pages}-page PDF (${(pdf.length / 1e6).toFixed(1)} MB)`, value: +(ms / 1000).toFixed(2), unit: 's' },
    { name: '  its extracted text', value: r.sources[0]?.text.length ?? 0, unit: `characters, ${targets} targets` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchPdfIngest()) console.log(`${f.name}: ${f.value} ${f.unit}`);
}
