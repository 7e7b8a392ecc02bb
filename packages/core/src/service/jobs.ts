// The clock's part of the lifecycle: open requests past their date expire (the requester is told), and
// recipients are reminded once before that. The lifecycle decides (expireIfDue, isReminderDue); this runs
// one batch of candidates in one unit of work. Candidates are locked and those another unit holds are
// skipped, so any number of server instances can run the jobs at once without doing anything twice.
import { expireIfDue, isReminderDue } from '../lifecycle.ts';
import { NOTIFICATION_WINDOW_MS, composeDigest } from '../notifications.ts';
import { wait, type Op } from './op.ts';
import type { StoreChange } from './store.ts';
import { mentorshipChanged, notify } from './unit.ts';

/** Requests, and members with held notifications, looked at per unit of work. */
export const JOB_BATCH = 100;

export interface JobRun {
  expired: number;
  reminded: number;
  /** Digests sent of notifications the cap held back. */
  digests: number;
  /** Nudges sent to pairs (nudge-jobs.ts), each counted once however many members it went to. */
  nudged: number;
}

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
