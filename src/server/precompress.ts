/**
 * Brotli and gzip copies of the built files, made once at build time (vite.config.ts) so the
 * server only picks one by Accept-Encoding: compressing per request would cost the laptop CPU
 * on every phone's visit, and brotli at its best level is too slow to do live.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Kinds worth compressing; fonts in woff/woff2 and images are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.bin', '.txt', '.webmanifest', '.map', '.ttf', '.otf', '.wasm', '.glb', '.gltf', '.xml']);
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` beside `file` when they are smaller; removes stale ones that are not. */
export function precompressFile(file: string): { raw: number; br: number; gz: number } {
  const data = readFileSync(file);
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const gz = gzipSync(data, { level: 9 });
  const put = (suffix: string, bytes: Buffer) => {
    if (bytes.length < data.length * 0.95) writeFileSync(file + suffix, bytes);
    else try { unlinkSync(file + suffix); } catch { /* none to remove */ }
  };
  put('.br', br);
  put('.gz', gz);
  return { raw: data.length, br: br.length, gz: gz.length };
}

/** Precompresses every compressible file under `dir`; returns the total sizes. */
export function precompressDir(dir: string): { files: number; raw: number; br: number; gz: number } {
  const total = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    if (!COMPRESSIBLE.has(extname(name).toLowerCase()) || !statSync(file).isFile() || statSync(file).size < MIN_BYTES) continue;
    const r = precompressFile(file);
    total.files++;
    total.raw += r.raw;
    total.br += r.br;
    total.gz += r.gz;
  }
  return total;
}
