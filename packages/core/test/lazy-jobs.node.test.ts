// The jobs' code (service/jobs.ts: expiry, reminders, digests) loads when first needed on a page that imports
// MemoryBackend alone (the in-page demo): not for the first search, but before a call that finds a request
// overdue is answered, so a request past its date is still never shown as pending. A failed download rejects
// that call with `network` and the next call asks again. Each case runs in a process of its own
// (memory-backend-alone.ts): in this one, core's index has loaded the jobs already.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { member, mentorship } from './record-fixtures.ts';

const child = fileURLToPath(new URL('./memory-backend-alone.ts', import.meta.url));

function run(failFirstDownload: boolean): Record<string, unknown> {
  const scenario = {
    members: [member('mor', { mentee: null }), member('mee', { mentor: null })],
    // Pending, expires on 31 March.
    mentorships: [mentorship()],
    start: '2026-03-10T12:00:00.000Z',
    advanceDays: 30,
    failFirstDownload,
  };
  const out = spawnSync(process.execPath, ['--import', 'tsx', child, JSON.stringify(scenario)], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

describe('MemoryBackend imported alone (the in-page demo): the jobs\' code', () => {
  it('is not loaded for the first search, and loads before a call that finds a request overdue is answered', () => {
    const report = run(false);
    assert.equal(report.loadedAtStart, false);
    assert.deepEqual(report.runJobsBefore, {
      error: { name: 'Error', message: 'MemoryBackend.runJobs needs the jobs\' code: import @mentor-match/core/service/jobs first.' },
    });
    assert.deepEqual(report.searchBefore, { value: 1 });
    assert.equal(report.loadedAfterSearch, false, 'nothing was overdue');
    assert.deepEqual(report.firstList, { value: ['expired'] }, 'never shown as pending past its date');
    assert.equal(report.loadedAtEnd, true);
    assert.deepEqual(report.runJobsAfter, { value: { expired: 0, reminded: 0, digests: 0, nudged: 0 } }, 'at once from then on');
    assert.deepEqual(report.outbox, ['expired to mee']);
  });

  it('rejects the call with `network` when it cannot be downloaded, and the next call loads it and expires the request', () => {
    const report = run(true);
    assert.deepEqual(report.firstList, {
      error: { name: 'MentoringError', code: 'network', message: 'The program\'s jobs could not be downloaded.' },
    });
    assert.deepEqual(report.secondList, { value: ['expired'] });
    assert.deepEqual(report.outbox, ['expired to mee']);
    assert.deepEqual(report.runJobsAfter, { value: { expired: 0, reminded: 0, digests: 0, nudged: 0 } });
  });
});
