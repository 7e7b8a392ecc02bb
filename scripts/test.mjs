#!/usr/bin/env node
// `npm test`: type-check, lint, every browser and Node test, and the build checks, in that order.
// Each step's output streams through; the very last line is `N passed, N failed` for the whole run,
// which is the line CI reads. A check that is not a test runner (tsc, eslint, a build) counts as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { formatFailures } from './test-failures.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** @type {{ name: string, cmd: string, args: string[], counts?: string, env?: Record<string,string> }[]} */
const steps = [
  { name: 'type-check', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'type-check core (no DOM)', cmd: 'npx', args: ['tsc', '-p', 'packages/core/tsconfig.json'] },
  { name: 'type-check demo roster (no DOM)', cmd: 'npx', args: ['tsc', '-p', 'packages/demo/tsconfig.json'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'no import cycles', cmd: process.execPath, args: ['scripts/import-cycles.mjs'] },
  // The CDN loader's size for a page with <mentor-program demo> + <mentor-search> (README, "Size budget").
  { name: 'size budget', cmd: process.execPath, args: ['scripts/size.mjs'] },
  // custom-elements.json is committed (editors and Storybook read it): fail when the elements' JSDoc moved on.
  { name: 'custom-elements manifest up to date', cmd: process.execPath, args: ['scripts/manifest.mjs', '--check'] },
  // Before the node tests: test/e2e/storybook.node.test.ts opens the built stories in Chromium.
  { name: 'build-storybook', cmd: 'npx', args: ['storybook', 'build', '--quiet', '--loglevel', 'warn'] },
  {
    name: 'node tests',
    cmd: process.execPath,
    args: [
      '--import', 'tsx', '--test', '--test-concurrency=1',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs', `--test-reporter-destination=${results}/node.json`,
      ...nodeTestFiles(),
    ],
    counts: `${results}/node.json`,
  },
  { name: 'browser tests', cmd: 'npx', args: ['web-test-runner'], counts: `${results}/browser.json` },
];

function nodeTestFiles() {
  const out = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.node.test.ts'], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

let passed = 0;
let failed = 0;
const summary = [];
const failures = [];
for (const step of steps) {
  if (step.name === 'node tests' && step.args.at(-1)?.endsWith('.json')) {
    summary.push(`${step.name}: none`);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.counts) {
    const counts = existsSync(step.counts) ? JSON.parse(readFileSync(step.counts, 'utf8')) : { passed: 0, failed: 0 };
    // A runner that crashed before reporting counts as one failure.
    const crashed = run.status !== 0 && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + crashed;
    failures.push(...(counts.failures ?? []));
    summary.push(`${step.name}: ${counts.passed} passed, ${counts.failed + crashed} failed (${seconds} s)`);
  } else if (run.status === 0) {
    passed += 1;
    summary.push(`${step.name}: ok (${seconds} s)`);
  } else {
    failed += 1;
    summary.push(`${step.name}: FAILED (${seconds} s)`);
  }
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
if (failures.length > 0) console.log(['', 'failed:', ...formatFailures(failures), ''].join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
