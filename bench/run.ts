/**
 * npm run bench [-- --json FILE]
 * Prints the project's speed and size figures. Targets are printed beside them, not asserted:
 * absolute times on a shared machine drift, so budgets are read, not timed in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'vite';
import { sceneFiles, writeScenes } from '../src/cli/scenes';
import { benchHall } from './hallBench';
import { benchIngest, type Figure } from './ingestBench';
import { benchPdfIngest } from './pdfBench';
import { benchPresence } from './presenceBench';
import { benchReach } from './reachBench';
import { benchRelay } from './relayBench';
import { benchRelayScale } from './relayScaleBench';
import { benchHtmlIngest, benchServe } from './serveBench';
import { benchStudio } from './studioBench';

const figures: Figure[] = [...(await benchIngest()), ...(await benchPdfIngest()), ...benchHtmlIngest(), ...(await benchRelay()), ...(await benchRelayScale()), ...(await benchReach())];
// The browser figures run against a fresh production build of the current scenes.
await writeScenes(sceneFiles());
await build({ logLevel: 'warn' });
figures.push(...(await benchServe()));
figures.push(...(await benchHall()));
figures.push(...(await benchPresence()));
figures.push(...(await benchStudio()));
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  unit            × bare  target`);
for (const f of figures) {
  const bare = f.bare === undefined ? '' : `${f.bare.toFixed(2)}×`;
  console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(10)}  ${f.unit.padEnd(14)} ${bare.padStart(7)}  ${f.target ?? ''}`);
}

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0 && process.argv[jsonAt + 1]) {
  const file = process.argv[jsonAt + 1];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), figures }, null, 2));
  console.log(`written to ${file}`);
}
process.exit(0); // the relay bench's sockets would otherwise keep the process alive
