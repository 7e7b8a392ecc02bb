// "Before" and "after" for the delivery benches (issue 12): the commit main was at when the issue began,
// checked out apart (bench/lib/demo-server.mjs), and this working tree. BENCH_BEFORE=<commit> measures
// another commit as "before"; BENCH_BEFORE= (empty) measures this tree alone.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutCommit } from './demo-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** main before issue 12 (fewer bytes, no waterfall, compression and caching). */
export const BEFORE_ISSUE_12 = '8b7cbf0';

/**
 * Runs `measure(variant)` for "before" (unless turned off) and this tree, in that order; a variant is
 * `{ label, checkout }`, `checkout` being the folder to run from. Returns the results in the same order.
 * @template T
 * @param {(variant: { label: string, checkout: string }) => Promise<T>} measure
 * @returns {Promise<{ label: string, result: T }[]>}
 */
export async function forEachVariant(measure) {
  const ref = process.env.BENCH_BEFORE ?? BEFORE_ISSUE_12;
  const results = [];
  if (ref) {
    const before = checkoutCommit(ref);
    try {
      const label = `before (${before.sha})`;
      console.error(`[bench] ${label}: ${before.root}`);
      results.push({ label, result: await measure({ label, checkout: before.root }) });
    } finally {
      before.remove();
    }
  }
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
  const label = `this tree (${head}${dirty ? ', changed' : ''})`;
  console.error(`[bench] ${label}`);
  results.push({ label, result: await measure({ label, checkout: root }) });
  return results;
}
