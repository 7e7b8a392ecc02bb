// A node:test reporter that writes pass/fail counts of leaf tests to the destination file as JSON, with
// each failure's name, file and first lines of its error, for the summary at the end of `npm test`.
import { failure } from './test-failures.mjs';

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, details } = event.data;
    if (details?.type === 'suite') {
      // A suite that fails in its hooks has no failing leaf: count it once.
      if (event.type === 'test:fail' && details?.error?.failureType === 'hookFailed') {
        totals.failed += 1;
        totals.failures.push(failure(name, file, details.error.cause ?? details.error));
      }
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(failure(name, file, details?.error?.cause ?? details?.error));
    }
  }
  yield JSON.stringify(totals);
}
