/**
 * npm run ingest -- [--json] [files or dirs…]
 * Prints one JSON array of Plans to stdout (default: seeds/). Problems go to stderr, one line
 * each, naming the file. Exit code 1 only when some file failed.
 */
import { clauseCount } from '../plan/counts';
import { ingestPaths } from './readSeeds';

const args = process.argv.slice(2);
const paths = args.filter((a) => !a.startsWith('--'));
const json = args.includes('--json');
const inputs = paths.length ? paths : ['seeds'];

const { plans, problems: all } = await ingestPaths(inputs);

if (json) process.stdout.write(JSON.stringify(plans, null, 2) + '\n');
else {
  for (const p of plans) {
    const clauses = clauseCount(p);
    process.stdout.write(`${p.id.padEnd(22)} ${p.region}  ${p.title}  (${p.sections.length} sections, ${clauses} clauses, ${p.targets.length} targets)\n`);
  }
}
for (const pr of all) process.stderr.write(`${pr.severity}: ${pr.file}: ${pr.message}\n`);
process.exitCode = all.some((p) => p.severity === 'error') ? 1 : 0;
