/**
 * npm run eval:ingest [-- --json] [--only seeds|corpus]
 * Ingests seeds/ and the development corpus (test/fixtures/corpus/) and prints, for each set
 * apart, how it measures against its gold: targets, regions, titles, and per plan what was
 * missed and what was extra.
 */
import type { Evaluation } from './evaluate';
import { evaluateSet, SETS } from './evalSets';

function print(name: string, e: Evaluation): void {
  const cell = (x: { gold?: number; got: number }) => (x.gold === undefined ? `${x.got}` : `${x.got}/${x.gold}${x.got === x.gold ? '' : ' ✗'}`);
  console.log(`\n== ${name}`);
  console.log(`targets  precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
  console.log(`regions  ${e.plans.filter((r) => r.regionRight).length}/${e.plans.length}   titles  ${e.titlesRight}/${e.titlesTotal}`);
  console.log('\nplan                  sections  clauses  groups  safeguards  targets');
  for (const r of e.plans) {
    console.log(
      `${(r.planId ?? `(missing: ${r.region})`).padEnd(22)}${cell(r.sections).padEnd(10)}${cell(r.clauses).padEnd(9)}${cell(r.groups).padEnd(8)}${cell(r.safeguards).padEnd(12)}${r.matched}/${r.matched + r.missing.length}  ${r.seed}`,
    );
    if (!r.regionRight) console.log(`    region:  ${r.gotRegion ?? '-'}  (gold ${r.region})`);
    if (r.title !== null && !r.titleRight) console.log(`    title:   ${r.gotTitle ?? '-'}  (gold ${r.title})`);
    for (const m of r.missing) console.log(`    missing: ${m}`);
    for (const x of r.extra) console.log(`    extra:   ${x}`);
  }
  if (e.unexpected.length) console.log(`\nplans not in the gold: ${e.unexpected.join(', ')}`);
}

const args = process.argv.slice(2);
const only = args.includes('--only') ? [args[args.indexOf('--only') + 1] as keyof typeof SETS] : (Object.keys(SETS) as (keyof typeof SETS)[]);
const results = Object.fromEntries(await Promise.all(only.map(async (n) => [n, await evaluateSet(n)] as const)));
if (args.includes('--json')) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else for (const [n, e] of Object.entries(results)) print(n, e);
