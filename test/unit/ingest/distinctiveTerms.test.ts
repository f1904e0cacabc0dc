import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctiveTerms, GENERIC_WORDS, ngramCounts } from '../../../src/ingest/distinctiveTerms';

// Our own texts: a hydrogen plan, a low-altitude-economy plan and a seed-industry plan.
const HYDROGEN = [
  '加快推进氢燃料电池汽车推广应用，建设加氢站网络。',
  '支持氢燃料电池企业开展关键材料攻关，降低绿氢制取成本。',
  '推动加氢站与加油站合建，完善氢燃料电池汽车运营补贴。',
  '鼓励港口、物流园区使用氢燃料电池重卡，扩大绿氢应用场景。',
].join('\n');
const LOW_ALTITUDE = [
  '加快建设低空飞行服务站，开通无人机物流航线。',
  '支持无人机企业研发载人飞行器，完善低空飞行服务保障。',
  '推进无人机城市配送试点，拓展低空旅游航线。',
].join('\n');
const SEEDS = [
  '推进种业振兴，建设国家级育种基地。',
  '支持种业企业开展育种攻关，保护种质资源。',
  '完善种质资源库，培育育种创新平台。',
].join('\n');

describe('candidates', () => {
  it('are 2–6 character runs that cross no punctuation, digit, Latin letter or generic word', () => {
    const c = ngramCounts('推动氢能重卡，2025年AI调度');
    expect(c.get('氢能重卡')).toBe(1);
    expect(c.has('推动氢能')).toBe(false); // 推动 is generic: it parts the run
    expect(c.has('重卡年')).toBe(false); // the comma and the digits part runs
    expect([...c.keys()].every((g) => g.length >= 2 && g.length <= 6)).toBe(true);
  });
  it('cap n-grams at six characters', () => {
    expect([...ngramCounts('氢燃料电池重型卡车').keys()].some((g) => g.length > 6)).toBe(false);
  });
});

describe('distinctive terms', () => {
  it('find what a plan is about, whole, not its fragments', () => {
    const terms = distinctiveTerms(HYDROGEN, [LOW_ALTITUDE, SEEDS]).map((t) => t.term);
    expect(terms.slice(0, 3)).toEqual(expect.arrayContaining(['氢燃料电池', '加氢站']));
    expect(terms).toContain('绿氢');
    // Fragments of a term (燃料电池 inside 氢燃料电池 every time) are not terms of their own.
    expect(terms).not.toContain('燃料电池');
    expect(terms.some((t) => t.includes('氢燃料电池汽') || t === '料电池')).toBe(false);
  });
  it('leave out generic policy words, and phrases that begin or end with one', () => {
    const terms = distinctiveTerms(LOW_ALTITUDE, [HYDROGEN, SEEDS], { limit: 10 }).map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['无人机', '低空飞行']));
    for (const t of terms) {
      expect(GENERIC_WORDS.has(t)).toBe(false);
      expect(/^(加快|建设|支持|完善|推进)|(服务|建设|企业)$/.test(t)).toBe(false);
    }
  });
  it('rank a term the background also uses below one only this plan uses', () => {
    const shared = '推进智慧农机应用。智慧农机作业。';
    const own = distinctiveTerms(`${SEEDS}\n${shared}`, [shared, shared]).map((t) => t.term);
    expect(own.indexOf('种质资源')).toBeLessThan(own.indexOf('智慧农机') === -1 ? Infinity : own.indexOf('智慧农机'));
    expect(own[0]).not.toBe('智慧农机');
  });
  it('leave out place names', () => {
    const terms = distinctiveTerms('杭州市推进种业振兴。杭州种业振兴，杭州育种。', []).map((t) => t.term);
    expect(terms.some((t) => t.includes('杭州'))).toBe(false);
    expect(terms).toContain('种业振兴');
  });
  it('give terms for a text too short to repeat anything, and none for generic words alone', () => {
    expect(distinctiveTerms('关于低空物流的通知', []).length).toBeGreaterThan(0);
    expect(distinctiveTerms('推进建设，加快发展。', [])).toEqual([]);
  });
  it('are the same for the same input, best first', () => {
    const a = distinctiveTerms(HYDROGEN, [SEEDS]);
    expect(distinctiveTerms(HYDROGEN, [SEEDS])).toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i - 1].score).toBeGreaterThanOrEqual(a[i].score);
  });
});

describe('stop words', () => {
  // The rule as one alternation, longest word first, as runs were once split.
  const STOP = new RegExp(`${[...GENERIC_WORDS].sort((a, b) => b.length - a.length).join('|')}|的`, 'g');
  function reference(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    const runs = (text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []).flatMap((r) => r.split(STOP)).filter((r) => r.length >= 2);
    for (const run of runs) for (let i = 0; i + 2 <= run.length; i++) for (let n = 2; n <= 6 && i + n <= run.length; n++) {
      const g = run.slice(i, i + n);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return counts;
  }
  it('part runs where the longest generic word begins, as the alternation did', () => {
    // Generic words that begin alike and nest (示范, 示范区; 发展, 高质量发展), 的, and other Han characters.
    const pieces = ['示范', '示范区', '发展', '高质量', '质量', '的', '建设', '设', '氢', '能', '重卡', '，', 'A', '1'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect([...ngramCounts(t)]).toEqual([...reference(t)]);
    }), { numRuns: 2000 });
  });
});
