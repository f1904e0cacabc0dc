import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/cli/readSeeds';
import { DEFAULT_MAX_DOCUMENT_BYTES, maxDocumentBytes, readRegularFile } from '../../../src/cli/safeFile';

let dir: string;
let seeds: string;
const PLAN = '厦门市元宇宙产业发展三年行动方案（2022—2024年）\n一、发展目标\n到2024年，元宇宙产业规模达到500亿元。\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'expo-seeds-'));
  seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(dir, 'outside.txt'), '外面的文件');
  writeFileSync(join(seeds, '001_plan.txt'), PLAN);
  writeFileSync(join(seeds, '002_big.txt'), '大'.repeat(2000));
  symlinkSync('/etc/passwd', join(seeds, '003_passwd.txt'));
  symlinkSync(join(dir, 'outside.txt'), join(seeds, '004_sibling.txt'));
  symlinkSync(join(seeds, 'gone.txt'), join(seeds, '005_dangling.txt'));
  execFileSync('mkfifo', [join(seeds, '006_fifo.txt')]);
  symlinkSync('/dev/zero', join(seeds, '007_zero.txt'));
  symlinkSync('001_plan.txt', join(seeds, '008_inside.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading seeds', () => {
  it('reads regular files, refuses links out of the folder, dangling links, FIFOs, devices and oversize files by name, and goes on', () => {
    const t0 = Date.now();
    const { docs, problems } = readDocuments([seeds], 4096);
    expect(Date.now() - t0).toBeLessThan(2000); // the FIFO did not hang it, /dev/zero was not read
    expect(docs.map((d) => d.name)).toEqual(['001_plan.txt', '008_inside.txt']);
    expect(Buffer.from(docs[0].bytes).toString('utf8')).toBe(PLAN);
    const said = Object.fromEntries(problems.map((p) => [p.file, p.message]));
    expect(said['002_big.txt']).toMatch(/is 6 KB, over the 4 KB limit \(EXPO_MAX_DOCUMENT_MB\)/);
    expect(said['003_passwd.txt']).toMatch(/link to \/etc\/passwd, outside/);
    expect(said['004_sibling.txt']).toMatch(/outside the folder/);
    expect(said['005_dangling.txt']).toMatch(/dangling/);
    expect(said['006_fifo.txt']).toMatch(/FIFO/);
    expect(said['007_zero.txt']).toMatch(/outside/);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses a device even inside the folder it is named from', () => {
    expect(() => readRegularFile('/dev/zero', 1024, '/dev')).toThrow(/a device/);
  });

  it('limits size to 50 MB unless EXPO_MAX_DOCUMENT_MB says otherwise', () => {
    expect(DEFAULT_MAX_DOCUMENT_BYTES).toBe(50 * 1024 * 1024);
    expect(maxDocumentBytes({})).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
    expect(maxDocumentBytes({ EXPO_MAX_DOCUMENT_MB: '200' })).toBe(200 * 1024 * 1024);
    expect(maxDocumentBytes({ EXPO_MAX_DOCUMENT_MB: 'lots' })).toBe(DEFAULT_MAX_DOCUMENT_BYTES);
  });
});
