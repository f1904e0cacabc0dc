import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/cli/readSeeds';
import { buildScene } from '../../../src/cli/scenes';
import { readTours, tourFiles } from '../../../src/cli/tours';
import { buildHallScene } from '../../../src/layout';

const { plans } = await ingestPaths(['seeds']);
const hall = buildHallScene(plans, { title: '展' });

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tours-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('scenes/tours/*.yaml', () => {
  it('ships good tours, names the file and the problem of bad ones, and keeps the rest', () => {
    const dir = folder({
      'a-good.yaml': 'title: 好\nstops:\n  - booth: xiamen\n    notes: 厦门\n  - place: overview\n',
      'b-broken.yaml': 'title: [unclosed\nstops: -',
      'c-no-stops.yaml': 'title: 空\nstops: []\n',
      'd-bad-stop.yaml': 'title: 部分\nstops:\n  - booth: nowhere\n  - booth: sichuan\n    figure: 1\n',
      'e-other-scene.yaml': 'scene: elsewhere\ntitle: 别处\nstops:\n  - booth: nowhere\n',
      'f-all-bad.yaml': 'title: 全错\nstops:\n  - booth: nowhere\n',
      'notes.txt': 'not a tour',
    });
    const files = tourFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a-good.yaml', 'b-broken.yaml', 'c-no-stops.yaml', 'd-bad-stop.yaml', 'e-other-scene.yaml', 'f-all-bad.yaml']);
    const { tours, problems } = readTours(files, 'hall', hall);
    expect(tours.map((t) => [t.id, t.stops.length])).toEqual([['a-good', 2], ['d-bad-stop', 1]]);
    expect(tours[0].stops[0].notes).toEqual(['厦门']);
    const said = problems.map((p) => `${p.severity} ${p.file.slice(dir.length + 1)}: ${p.message}`);
    expect(said).toEqual([
      expect.stringMatching(/^error b-broken\.yaml: cannot be read: /),
      expect.stringMatching(/^error c-no-stops\.yaml: not a tour: stops: /),
      expect.stringMatching(/^warning d-bad-stop\.yaml: stop 1: no booth "nowhere" .*left out$/),
      expect.stringMatching(/^warning f-all-bad\.yaml: stop 1: no booth "nowhere"/),
      'error f-all-bad.yaml: no stop of this tour is in the hall; the tour is left out',
    ]);
  });
  it('has no tours when the folder is missing', () => {
    expect(tourFiles(join(tmpdir(), 'no-such-folder-here'))).toEqual([]);
  });
  it('go into the scene bundle, with their problems among the bundle’s', async () => {
    const dir = folder({ 'hall.yaml': `title: 展\nseeds:\n  - ${join(process.cwd(), 'seeds')}\n` });
    const tours = folder({ 'x.yaml': 'title: X\nstops:\n  - booth: chengdu\n  - booth: nowhere\n' });
    const bundle = await buildScene(join(dir, 'hall.yaml'), tourFiles(tours));
    expect(bundle.tours.map((t) => t.id)).toEqual(['x']);
    expect(bundle.problems.some((p) => p.file.endsWith('x.yaml') && /no booth "nowhere"/.test(p.message))).toBe(true);
    expect(bundle.plans.length).toBe(plans.length);
  });
  it('the shipped highlights tour resolves in the seed hall without problems', () => {
    const { tours, problems } = readTours(tourFiles(), 'hall', hall);
    expect(problems).toEqual([]);
    expect(tours.find((t) => t.id === 'highlights')!.stops.length).toBeGreaterThan(3);
  });
});
