// Code that loads when first needed on a page that imports MemoryBackend alone (the in-page demo). The jobs'
// (service/jobs.ts: expiry, reminders, digests): not for the first search, but before a call that finds a
// request overdue is answered, so a request past its date is still never shown as pending; a failed download
// rejects that call with `network` and the next call asks again. The reload's (memory-reload.ts: another tab
// saved): at the first reload, which then resolves once done; a failed download leaves this copy's state as it
// was, with a warning, and the next reload asks again. Each case runs in a process of its own
// (memory-backend-alone.ts): in this one, core's index has loaded both already.
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

describe('MemoryBackend imported alone (the in-page demo): the jobs\' and the reload\'s code', () => {
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

  it('loads the reload\'s code at the first reload, which resolves once another tab\'s change is taken and told', () => {
    const report = run(false);
    assert.equal(report.firstReloadWaits, true);
    assert.deepEqual(report.afterFirstReload, { status: 'paused', heard: [{ kind: 'member', id: 'mor' }], warnings: [] });
    assert.equal(report.secondReloadWaits, false, 'at once from then on');
  });

  it('keeps this copy\'s state when the reload\'s code cannot be downloaded, says so, and takes the change at the next reload', () => {
    const report = run(true);
    assert.deepEqual(report.afterFirstReload, {
      status: 'participating',
      heard: [],
      warnings: ['mentor-match: could not download the code that takes another tab\'s changes; this tab keeps its own until the next.'],
    });
    assert.equal(report.secondReloadWaits, true);
    assert.deepEqual(report.afterSecondReload, { status: 'paused', heard: [{ kind: 'member', id: 'mor' }] });
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
