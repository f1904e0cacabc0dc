import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the ingest entry point in a browser bundle', () => {
  it('bundles for the browser with no Node built-ins, PDF and DOCX readers in lazy chunks', async () => {
    // platform 'browser' refuses to resolve fs, path, node:*: a reader pulling one in fails here.
    const r = await esbuild.build({
      entryPoints: ['src/ingest/index.ts'], bundle: true, platform: 'browser', format: 'esm', splitting: true,
      outdir: 'out', write: false, logLevel: 'silent', metafile: true,
    });
    expect(r.errors).toEqual([]);
    const entry = r.outputFiles.find((f) => /\/index\.js$/.test(f.path))!;
    const inputs = Object.keys(r.metafile.outputs[Object.keys(r.metafile.outputs).find((k) => k.endsWith('index.js'))!].inputs);
    // The readers' libraries are not in the entry chunk: the hall's first download does not grow.
    expect(inputs.some((i) => /pdfjs-dist|mammoth|jszip/.test(i))).toBe(false);
    expect(inputs.some((i) => i.includes('src/ingest/formats/pdf.ts'))).toBe(true);
    const lazy = r.outputFiles.filter((f) => f !== entry).map((f) => new TextDecoder().decode(f.contents)).join('\n');
    expect(lazy).toContain('WorkerMessageHandler'); // pdf.js's worker, registered in-thread, never fetched
    for (const f of r.outputFiles) expect(new TextDecoder().decode(f.contents)).not.toMatch(/from\s*["']node:|require\(["']node:/);
  }, 60_000);
});
