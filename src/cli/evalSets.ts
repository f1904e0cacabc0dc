/** The document sets the ingest is measured on, each with its gold file, and how to score one. */
import { readFileSync } from 'node:fs';
import { evaluate, type Evaluation, type Gold } from './evaluate';
import { ingestPaths } from './readSeeds';

/** A document set and its gold file. */
export const SETS = {
  seeds: { dir: 'seeds', gold: 'test/fixtures/seeds.gold.json' },
  corpus: { dir: 'test/fixtures/corpus', gold: 'test/fixtures/corpus/gold.json' },
} as const;

/** Ingests one set and scores it. */
export async function evaluateSet(name: keyof typeof SETS): Promise<Evaluation> {
  const set = SETS[name];
  const gold = JSON.parse(readFileSync(set.gold, 'utf8')) as Gold;
  return evaluate((await ingestPaths([set.dir])).plans, gold);
}
