// Cohort matching (packages/core/src/cohort-matching.ts): the min-cost flow solver against the greedy
// best-first baseline, at 200, 2,000 and 20,000 applicants (members of a generated roster, each applying in
// the roles they are enrolled in), with ample and with scarce places. Each size runs in a child process
// (bench/cohort.bench.ts), every method on a fresh cohort. BENCH_COHORT_SIZES=200,2000 runs fewer.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ms, printTable } from './lib/table.mjs';

export const title = 'Cohort matching: min-cost flow vs greedy best-first (total score, members left unmatched, time)';

const SIZES = (process.env.BENCH_COHORT_SIZES ?? '200,2000,20000').split(',').map(Number);
const PLACES = ['ample', 'scarce'];

export async function run({ root }) {
  const rows = [];
  const cohorts = [];
  for (const places of PLACES) {
    for (const size of SIZES) {
      console.error(`[bench] cohort matching: ${size.toLocaleString('en')} applicants, ${places} places`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/cohort.bench.ts'), String(size), places], {
        cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
      });
      if (child.status !== 0) throw new Error(`cohort bench failed at ${size}: ${child.stderr}`);
      const runs = child.stdout.trim().split('\n').map((line) => JSON.parse(line));
      const [first] = runs;
      cohorts.push([places, size.toLocaleString('en'), first.mentees.toLocaleString('en'), first.mentors.toLocaleString('en'), first.places.toLocaleString('en')]);
      for (const r of runs) {
        rows.push([
          places, size.toLocaleString('en'), r.method, r.pairs.toLocaleString('en'), r.totalScore.toFixed(2),
          r.menteesUnmatched.toLocaleString('en'), r.mentorsUnmatched.toLocaleString('en'), r.candidatePairs.toLocaleString('en'), ms(r.cpuMs), ms(r.ms),
        ]);
      }
    }
  }
  printTable(['places', 'applicants', 'method', 'pairs', 'total score', 'mentees unmatched', 'mentors unmatched', 'candidate pairs', 'CPU ms', 'wall ms'], rows,
    ['left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
  console.log('\nTime covers scoring the candidates (the program\'s match score), solving and explaining the pairs chosen.');
  console.log('CPU ms is the process\'s CPU time (steadier than wall time on a shared machine).\n');
  printTable(['places', 'applicants', 'mentees', 'mentors', 'mentor places'], cohorts);
}
