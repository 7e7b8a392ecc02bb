// The clock's part of the lifecycle: open requests past their date expire (the requester is told), and
// recipients are reminded once before that. Core decides (expireIfDue, isReminderDue); this finds the
// candidates, a batch per transaction. Rows are locked with SKIP LOCKED, so any number of instances can
// run it at once without doing anything twice.
import { expireIfDue, isReminderDue } from '@mentor-match/core';
import { findMembers } from '../store/members.ts';
import { lockDueOpenMentorships, updateMentorship } from '../store/mentorships.ts';
import { commitChange, type WorkDeps } from '../services/unit-of-work.ts';

const BATCH = 100;

export interface JobRun {
  expired: number;
  reminded: number;
}

/** Runs everything due at the clock's now; resolves once it is done. */
export async function runLifecycleJobs(deps: WorkDeps): Promise<JobRun> {
  const total: JobRun = { expired: 0, reminded: 0 };
  // Rows the rules turned down in this run (the SQL filter is a superset), so they are not fetched again.
  const passed: string[] = [];
  for (;;) {
    const { body } = await commitChange(deps, async (work) => {
      const run: JobRun & { fetched: number } = { expired: 0, reminded: 0, fetched: 0 };
      const due = await lockDueOpenMentorships(work.tx, work.now, work.settings.reminderDays, BATCH, passed);
      run.fetched = due.length;
      if (due.length === 0) return { status: 200, body: run };
      const members = await findMembers(work.tx, due.flatMap((m) => [m.mentorId, m.menteeId]));
      for (const m of due) {
        const lapsed = expireIfDue(m, work.now);
        if (lapsed) {
          await updateMentorship(work.tx, lapsed);
          work.email('expired', lapsed, null, members);
          work.mentorshipChanged(lapsed);
          run.expired += 1;
        } else if (isReminderDue(m, work.now, work.settings)) {
          // Bookkeeping, not a change of the request: the version stays (as in MemoryBackend), so the
          // recipient's open answer form does not turn stale just because they were reminded to use it.
          const reminded = { ...m, remindedAt: work.now.toISOString() };
          await updateMentorship(work.tx, reminded);
          work.email('reminder', reminded, null, members);
          work.mentorshipChanged(reminded);
          run.reminded += 1;
        } else {
          passed.push(m.id);
        }
      }
      return { status: 200, body: run };
    });
    total.expired += body.expired;
    total.reminded += body.reminded;
    if (body.fetched < BATCH) return total;
  }
}
