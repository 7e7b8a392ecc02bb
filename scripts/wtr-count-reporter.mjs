// Writes the number of passed and failed browser tests to .test-results/browser.json, with each failure,
// so scripts/test.mjs can print one `N passed, N failed` line for the whole run and say what failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { failure } from './test-failures.mjs';

function countSuite(suite, totals, file, names = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(failure([...names, test.name].join(' › '), file, test.error?.message));
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, file, [...names, child.name]);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals, session.testFile);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.failed += 1;
          totals.failures.push(failure('(the file itself)', session.testFile, session.errors[0]?.message));
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}
