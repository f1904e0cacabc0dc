import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/ingest.ts', ...args], { encoding: 'utf8' });
const gbk = (s: string) => {
  // The GB18030 bytes of a short text, built through a lookup of each character's encoding.
  const table: Record<string, number[]> = { 一: [0xd2, 0xbb], '、': [0xa1, 0xa2], 总: [0xd7, 0xdc], 体: [0xcc, 0xe5], 要: [0xd2, 0xaa], 求: [0xc7, 0xf3] };
  return Buffer.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
};

describe('npm run ingest', () => {
  it('prints one JSON array of plans for seeds/ by default, with the contract fields', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/ingest.ts', '--json'], { encoding: 'utf8' });
    const plans = JSON.parse(out);
    expect(Array.isArray(plans)).toBe(true);
    expect(plans.length).toBeGreaterThanOrEqual(6);
    const sichuan = plans.find((p: { region: string }) => p.region === '四川省');
    expect(sichuan.sections[1].clauses[0].number).toBe('1');
    expect(sichuan.targets[0]).toMatchObject({ min: 2500, max: 2500, unit: '亿元' });
    expect(typeof sichuan.targets[0].quote).toBe('string');
  });
  it('reads every encoding and HTML, reports bad files on stderr by name, exits 1 only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    const plan = '某市元宇宙行动计划(2024-2026年)\n一、总体要求\n到2026年,产业规模达到100亿元。\n';
    writeFileSync(join(dir, 'a-utf8.txt'), plan);
    writeFileSync(join(dir, 'b-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')]));
    writeFileSync(join(dir, 'c-page.html'), `<html><body><h1>某市元宇宙行动计划(2024-2026年)</h1><p>一、总体要求</p><p>到2026年,产业规模达到100亿元。</p><script>alert(1)</script></body></html>`);
    writeFileSync(join(dir, 'd-gbk.txt'), gbk('一、总体要求'));
    let r = run(['--json', dir]);
    expect(r.status, r.stderr).toBe(0);
    const plans = JSON.parse(r.stdout);
    expect(plans.map((p: { seed: string }) => p.seed)).toEqual(['a-utf8.txt', 'b-utf16.txt', 'c-page.html', 'd-gbk.txt']);
    expect(plans[3].sections[0].title).toBe('总体要求');
    expect(JSON.stringify(plans[2])).not.toContain('alert');

    writeFileSync(join(dir, 'e-empty.txt'), '');
    writeFileSync(join(dir, 'f-binary.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 53) % 256)));
    r = run(['--json', dir]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(4);
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/e-empty\.txt: empty file/);
    expect(errors[1]).toMatch(/f-binary\.txt: .*(binary|not text)/);
  });
  it('applies a meta overlay and reports a broken one without losing the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expo-'));
    copyFileSync('seeds/003_2cdc29314d597a48.txt', join(dir, 'x.txt'));
    writeFileSync(join(dir, 'x.meta.yaml'), 'nameEn: Xiamen Metaverse Plan\nregionEn: Xiamen\n');
    let plans = JSON.parse(run(['--json', dir]).stdout);
    expect(plans[0].display).toMatchObject({ nameEn: 'Xiamen Metaverse Plan', regionEn: 'Xiamen' });
    writeFileSync(join(dir, 'x.meta.yaml'), 'position: [1, "two"]\n');
    const r = run(['--json', dir]);
    plans = JSON.parse(r.stdout);
    expect(plans[0].region).toBe('厦门市');
    expect(r.stderr).toMatch(/x\.meta\.yaml: overlay ignored/);
  });
});
