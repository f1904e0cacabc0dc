/**
 * Data and control flow one way: state knows nothing of the world or the page, the world nothing of
 * the headset or the page. A static or dynamic import against that flow fails here, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');

/** Every .ts/.tsx file under a folder of src. */
function filesOf(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The src folders a file imports from (static, type-only and dynamic imports alike). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith('.')).map((s) => relative(SRC, join(file, '..', s)).split('/')[0]);
}

/** What each folder must never import. */
const FORBIDDEN: Record<string, string[]> = {
  state: ['world', 'ui', 'xr', 'input'],
  world: ['xr', 'ui', 'present'],
  input: ['world', 'ui', 'xr'],
  ingest: ['world', 'ui', 'xr', 'state', 'present', 'layout'],
  layout: ['world', 'ui', 'xr', 'state', 'present'],
};

describe('import directions', () => {
  for (const [folder, banned] of Object.entries(FORBIDDEN)) {
    it(`${folder}/ imports nothing from ${banned.join(', ')}`, () => {
      const wrong = filesOf(folder).flatMap((f) => importedFolders(f).filter((d) => banned.includes(d)).map((d) => `${relative(SRC, f)} → ${d}/`));
      expect(wrong).toEqual([]);
    });
  }
  it('finds the imports it checks (a broken pattern would pass everything)', () => {
    expect(importedFolders(join(SRC, 'state/actions.ts'))).toContain('layout');
    expect(importedFolders(join(SRC, 'state/load.ts'))).toContain('present');
  });
});
