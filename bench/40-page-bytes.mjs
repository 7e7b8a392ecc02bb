// Issue 12's bytes figures: the JavaScript each kind of page downloads through the CDN loader, gzipped and
// brotli-compressed (each file on its own, as a browser downloads it; brotli at quality 11, as the server
// precompresses), and in how many files. The pages and the analysis are scripts/size.mjs's (the build in
// memory, the plan of what a page loads), before and after (bench/lib/variants.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './lib/table.mjs';
import { forEachVariant } from './lib/variants.mjs';

export const title = 'Page bytes: gzip and brotli JavaScript per page (issue 12)';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'page-bytes-child.mjs');

/** The pages, in size.mjs's terms, and issue 12's ceilings (gzip). */
const PAGES = [
  { key: 'api', name: '<mentor-program api> + <mentor-search>', targetKib: 40 },
  { key: 'demo', name: '<mentor-program demo> + <mentor-search> (roster apart)', targetKib: 45 },
  { key: 'all', name: 'all six elements (demo adapter)', targetKib: 58 },
];

const kib = (bytes) => (bytes / 1024).toFixed(1);

function measurePages(checkout) {
  const run = spawnSync(process.execPath, [child], { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`measuring the pages of ${checkout} failed`);
  return JSON.parse(run.stdout);
}

export async function run() {
  const variants = await forEachVariant(async ({ checkout }) => measurePages(checkout));
  const rows = [];
  for (const { key, name, targetKib } of PAGES) {
    for (const { label, result } of variants) {
      const page = result[key];
      rows.push([
        name, label, page.files, page.minified.toLocaleString('en'), kib(page.gzip), kib(page.brotli),
        `${targetKib} KiB: ${page.gzip <= targetKib * 1024 ? 'met' : 'not met'}`,
      ]);
    }
  }
  printTable(
    ['page', 'build', 'files', 'minified bytes', 'gzip KiB', 'brotli KiB', 'target (gzip)'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  console.log('\nFiles: the loader and every chunk the page loads. Not counted (scripts/size.mjs): the demo roster, other');
  console.log('languages, and what loads on a member\'s action. Browsers that ask for brotli (all current ones) get the brotli bytes.');
}
