/**
 * Synthetic plan documents for scale tests and benchmarks (?synthetic=N): raw text in the same
 * shape as real plans, so they go through the same ingest and layout code. Deterministic per seed.
 */
import type { SeedDocument } from './index';

const PLACES = ['江华', '临川', '白沙', '青州', '云岭', '东阳', '南平', '北塘', '西宁', '安远', '长乐', '永和', '宁海', '泰和', '海阳', '清河'];
const SUFFIX = ['省', '市', '市', '区', '区'];
const TOPICS = ['数字孪生', '虚拟现实', '人工智能', '区块链', '数字人', '工业元宇宙', '文旅元宇宙', '智能终端'];

/** A small deterministic random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `n` plan documents. */
export function syntheticDocuments(n: number, seed = 1): SeedDocument[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const docs: SeedDocument[] = [];
  for (let i = 0; i < n; i++) {
    const place = `${pick(PLACES)}${pick(PLACES).slice(0, 1)}${SUFFIX[i % SUFFIX.length]}`;
    const start = 2022 + (i % 3);
    const title = `${place}元宇宙产业发展行动计划(${start}-${start + 3}年)`;
    const groups = 2 + Math.floor(r() * 3);
    const lines = [title, '为加快元宇宙产业发展,制定本行动计划。', '一、发展目标',
      `到${start + 3}年,全域元宇宙相关产业规模达到${50 + Math.floor(r() * 2000)}亿元,打造${10 + Math.floor(r() * 190)}个应用场景,培育${3 + Math.floor(r() * 30)}家龙头企业。`,
      '二、重点任务'];
    let clause = 1;
    for (let g = 0; g < groups; g++) {
      lines.push(`(${'一二三四五'[g]})${pick(TOPICS)}行动`);
      for (let k = 0; k < 2 + Math.floor(r() * 3); k++) {
        const topic = pick(TOPICS);
        lines.push(`${clause++}.推进${topic}应用。围绕${topic}开展技术攻关和场景建设,建设${1 + Math.floor(r() * 9)}个${topic}创新平台,推动产业集聚发展。(责任单位:${place.slice(0, 2)}经信局)`);
      }
    }
    lines.push('三、保障措施', '(一)加强组织领导。建立统筹协调机制。', `(二)加大资金支持。对重点项目最高给予${100 + Math.floor(r() * 900)}万元补助。`);
    docs.push({ name: `synthetic-${String(i).padStart(4, '0')}.txt`, bytes: new TextEncoder().encode(lines.join('\n')) });
  }
  return docs;
}
