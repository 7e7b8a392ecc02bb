#!/usr/bin/env node
// `npm run bench [-- <name>…]`: runs the benchmark sections in bench/*.mjs in file-name order (or only
// those whose file name contains one of the names given) and prints each one's results as a table.
// Not part of `npm test`: timings on shared 2-core machines vary too much to gate on.
//
// A section is a module exporting `title` (a string) and `run(context)` (async), which prints its own
// tables with bench/lib/table.mjs. Progress goes to stderr, so stdout is only the report.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(root, 'bench');
const wanted = process.argv.slice(2);

const sections = readdirSync(benchDir)
  .filter((file) => file.endsWith('.mjs'))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)));

if (sections.length === 0) {
  console.error(`No benchmark section matches ${wanted.join(', ')}.`);
  process.exitCode = 1;
}

console.log(`# mentor-match benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
for (const file of sections) {
  const section = await import(pathToFileURL(path.join(benchDir, file)).href);
  console.log(`\n## ${section.title}\n`);
  const started = Date.now();
  await section.run({ root });
  console.error(`[bench] ${file} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
