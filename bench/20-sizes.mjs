// Sizes of the CDN build (packages/elements/dist/cdn): every entry and chunk, unminified, minified and
// gzipped, then what a page with <mentor-program demo> + <mentor-search> loads (the budget `npm test`
// checks, scripts/size.mjs).
import { printTable } from './lib/table.mjs';
import { kib, measure, pagePlan, printPlan, TARGET_BYTES } from '../scripts/size.mjs';

export const title = 'Sizes: the CDN loader and its chunks';

/** The same chunk in two builds has other hashes but the same inputs. */
const key = (output) => output.entryPoint ?? [...output.inputs].sort().join('|');

export async function run() {
  console.error('[bench] sizes: building dist/cdn twice (minified and not)');
  const minified = await measure();
  const raw = new Map([...(await measure({ minify: false })).values()].map((output) => [key(output), output]));
  const rows = [...minified.values()]
    .sort((a, b) => b.gzip - a.gzip)
    .map((output) => [
      output.name,
      output.what,
      raw.get(key(output))?.bytes.toLocaleString('en') ?? '?',
      output.bytes.toLocaleString('en'),
      output.gzip.toLocaleString('en'),
    ]);
  const sum = (field) => [...minified.values()].reduce((total, output) => total + output[field], 0);
  const rawTotal = [...raw.values()].reduce((total, output) => total + output.bytes, 0);
  rows.push(['**all files**', `${minified.size} files`, rawTotal.toLocaleString('en'), sum('bytes').toLocaleString('en'), sum('gzip').toLocaleString('en')]);
  printTable(['file', 'holds', 'raw bytes', 'minified bytes', 'gzip bytes'], rows, ['left', 'left', 'right', 'right', 'right']);

  console.log('\nWhat a page with <mentor-program demo> + <mentor-search> loads:\n');
  const plan = pagePlan(minified);
  printPlan(plan);
  console.log(`\nTarget ${kib(TARGET_BYTES)} KiB gzipped; measured ${kib(plan.total.gzip)} KiB.`);
}
