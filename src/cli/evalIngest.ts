/**
 * npm run eval:ingest [-- --gold FILE] [--json]
 * Ingests seeds/ and prints how it measures against the gold set (test/fixtures/seeds.gold.json).
 */
import { readFileSync } from 'node:fs';
import { evaluate, type Gold } from './evaluate';
import { ingestPaths } from './readSeeds';

const args = process.argv.slice(2);
const goldFile = args.includes('--gold') ? args[args.indexOf('--gold') + 1] : 'test/fixtures/seeds.gold.json';
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
const { plans } = ingestPaths(['seeds']);
const e = evaluate(plans, gold);

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(e, null, 2) + '\n');
} else {
  const cell = (x: { gold?: number; got: number }) => (x.gold === undefined ? `${x.got}` : `${x.got}/${x.gold}${x.got === x.gold ? '' : ' ✗'}`);
  console.log(`targets  precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
  console.log('\nplan                  sections  clauses  groups  safeguards  targets');
  for (const r of e.plans) {
    console.log(
      `${(r.planId ?? `(missing: ${r.region})`).padEnd(22)}${cell(r.sections).padEnd(10)}${cell(r.clauses).padEnd(9)}${cell(r.groups).padEnd(8)}${cell(r.safeguards).padEnd(12)}${r.matched}/${r.matched + r.missing.length}`,
    );
    for (const m of r.missing) console.log(`    missing: ${m}`);
    for (const x of r.extra) console.log(`    extra:   ${x}`);
  }
  if (e.unexpected.length) console.log(`\nplans not in the gold: ${e.unexpected.join(', ')}`);
}
