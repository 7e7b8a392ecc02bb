// The clock's part of the lifecycle: open requests past their date expire (the requester is told), and
// recipients are reminded once before that. The lifecycle decides (expireIfDue, isReminderDue); this runs
// one batch of candidates in one unit of work. Candidates are locked and those another unit holds are
// skipped, so any number of server instances can run the jobs at once without doing anything twice.
// Every service runs them through calls.ts, which imports this module when they are first needed (the in-page
// demo: when a call first finds a request overdue); core's index imports it, so they then run at once.
import { expireIfDue, isReminderDue } from '../lifecycle.ts';
import { NOTIFICATION_WINDOW_MS, composeDigest } from '../notifications.ts';
import { installJobs, type ExtraJob, type JobRun, type NudgeJob } from './calls.ts';
import { notify } from './change-unit.ts';
import { wait, type Op } from './op.ts';
import type { MentoringStore, StoreChange } from './store.ts';
import { mentorshipChanged } from './unit.ts';

/** Requests, and members with held notifications, looked at per unit of work. */
export const JOB_BATCH = 100;

/**
 * One batch of the jobs at `now`. `passed` collects the requests the rules turned down (the store's
 * candidates are a superset), so the next batch does not fetch them again.
 */
export function* jobBatch(tx: StoreChange, now: Date, passed: string[]): Op<Omit<JobRun, 'nudged'> & { fetched: number }> {
  const settings = yield* wait(tx.program());
  const due = yield* wait(tx.lockDueRequests(now, settings.reminderDays, JOB_BATCH, passed));
  const run = { expired: 0, reminded: 0, digests: 0, fetched: due.length };
  if (due.length === 0) return run;
  const facts = { settings, now, members: yield* wait(tx.members(due.flatMap((m) => [m.mentorId, m.menteeId]))) };
  for (const m of due) {
    const lapsed = expireIfDue(m, now);
    if (lapsed) {
      yield* wait(tx.updateMentorship(lapsed));
      yield* notify(tx, 'expired', lapsed, null, facts);
      tx.recordChange(mentorshipChanged(lapsed));
      run.expired += 1;
    } else if (isReminderDue(m, now, settings)) {
      // Bookkeeping, not a change of the request: the version stays, so the recipient's open answer
      // form does not turn stale just because they were reminded to use it.
      const reminded = { ...m, remindedAt: now.toISOString() };
      yield* wait(tx.updateMentorship(reminded));
      yield* notify(tx, 'reminder', reminded, null, facts);
      tx.recordChange(mentorshipChanged(reminded));
      run.reminded += 1;
    } else {
      passed.push(m.id);
    }
  }
  return run;
}

/**
 * One batch of digests at `now`: each member whose oldest held notification has waited a day gets one
 * email telling of every one held for them, and those are forgotten. `fetched`: members looked at.
 */
export function* digestBatch(tx: StoreChange, now: Date): Op<{ digests: number; fetched: number }> {
  const heldBy = new Date(now.getTime() - NOTIFICATION_WINDOW_MS);
  const due = yield* wait(tx.lockHeldNotifications(heldBy, JOB_BATCH));
  const settings = yield* wait(tx.program());
  const members = yield* wait(tx.members(due.map((held) => held.memberId)));
  let digests = 0;
  for (const { memberId, ids, notifications } of due) {
    // Another instance sent this member's digest as this one looked (only newer ones are left): next time.
    if (Date.parse(notifications[0]!.at) > heldBy.getTime()) continue;
    const member = members.get(memberId);
    if (member) {
      tx.notify(composeDigest(member, notifications, settings, now));
      digests += 1;
    }
    yield* wait(tx.releaseHeld(ids));
  }
  return { digests, fetched: due.length };
}

/**
 * Every job at `now`, each in batches of units of work: expiry and reminders, the nudges (once workspaces are
 * loaded), the digests, then the extra jobs (the cohorts', once loaded).
 */
export function* allJobs(store: MentoringStore, now: Date, nudgeJob: NudgeJob | null, extraJobs: Iterable<ExtraJob>): Op<JobRun> {
  const total: JobRun = { expired: 0, reminded: 0, digests: 0, nudged: 0 };
  const passed: string[] = [];
  for (;;) {
    const batch = yield* wait(store.change((tx) => jobBatch(tx, now, passed)));
    total.expired += batch.expired;
    total.reminded += batch.reminded;
    if (batch.fetched < JOB_BATCH) break;
  }
  if (nudgeJob) total.nudged += yield* nudgeJob(store, now);
  for (;;) {
    const batch = yield* wait(store.change((tx) => digestBatch(tx, now)));
    total.digests += batch.digests;
    if (batch.fetched < JOB_BATCH) break;
  }
  // Cohorts' proposals, term-end asks and ends (issue 14), once their code is loaded (registerJob).
  for (const job of extraJobs) yield* job(store, now);
  return total;
}

installJobs(allJobs);
