// The clock's part of cohorts (issue 14), run with the other jobs (calls.ts): proposed matches past their
// expiry expire (both members back in the pool, both told); partners are asked to complete or extend the
// program's notice before their term ends; at the end a mentorship not extended further completes on its own
// and both are invited to the next cohort. cohorts.ts `matchDue` decides; this runs batches like jobs.ts does.
import { completeAtTermEnd, matchDue, nextCohort } from '../cohorts.ts';
import { composeCohortNotification, type CohortNotificationKind } from '../cohort-notifications.ts';
import { cohortSettingsOf } from '../schemas/cohort-settings.ts';
import type { Cohort, CohortMatch } from '../schemas/cohort.ts';
import type { Member } from '../schemas/member.ts';
import { JOB_BATCH } from './jobs.ts';
import { runOp, wait, type Awaitable, type Op } from './op.ts';
import type { MentoringStore, StoreChange } from './store.ts';
import { memberChanged, memberIn, mentorshipChanged } from './unit.ts';
import { cohortChangedFor } from '../cohorts.ts';

export interface CohortJobRun {
  expired: number;
  asked: number;
  completed: number;
}

function tellBoth(tx: StoreChange, kind: CohortNotificationKind, match: CohortMatch, members: ReadonlyMap<string, Member>, facts: { cohort: Cohort; now: Date; settings: Parameters<typeof composeCohortNotification>[1]['settings'] }, extra: { mentorshipId?: string | null; date?: string | null; next?: Cohort | null } = {}): void {
  const mentor = memberIn(members, match.mentorId);
  const mentee = memberIn(members, match.menteeId);
  for (const [to, other] of [[mentor, mentee], [mentee, mentor]] as const) {
    tx.notify(composeCohortNotification(kind, { ...facts, to, other, ...extra }));
  }
}

/** One batch: expiries and term-end asks done here; matches whose term is over are handed back to complete one by one. */
function* cohortJobBatch(tx: StoreChange, now: Date, passed: string[], toComplete: string[]): Op<CohortJobRun & { fetched: number }> {
  const settings = yield* wait(tx.program());
  const records = tx.cohortRecords;
  const due = yield* wait(records.lockDueMatches(now, cohortSettingsOf(settings).termEndNoticeDays, JOB_BATCH, passed));
  const run = { expired: 0, asked: 0, completed: 0, fetched: due.length };
  for (const match of due) {
    const mentorship = match.mentorshipId === null ? null : ((yield* wait(tx.mentorship(match.mentorshipId))) ?? null);
    const what = matchDue(match, mentorship, settings, now);
    passed.push(match.id);
    if (what === null) continue;
    if (what === 'complete') {
      toComplete.push(match.id);
      continue;
    }
    const cohort = yield* wait(records.cohort(match.cohortId));
    if (!cohort) continue;
    const members = yield* wait(tx.members([match.mentorId, match.menteeId]));
    if (what === 'expire') {
      yield* wait(records.updateMatch({ ...match, state: 'expired', version: match.version + 1 }));
      tellBoth(tx, 'cohort-match-expired', match, members, { cohort, now, settings });
      run.expired += 1;
    } else {
      // Bookkeeping: the version stays, so an open answer form is not made stale by the reminder.
      yield* wait(records.updateMatch({ ...match, termEndAskedAt: now.toISOString() }));
      tellBoth(tx, 'cohort-term-ending', match, members, { cohort, now, settings }, { mentorshipId: match.mentorshipId, date: mentorship?.endsAt ?? null });
      run.asked += 1;
    }
    tx.recordChange(cohortChangedFor(match.cohortId, [match.mentorId, match.menteeId]));
  }
  return run;
}

/** Completes one match's mentorship at its term's end, locking as every unit does: members, mentorship, match. */
function* completeOne(tx: StoreChange, matchId: string, now: Date): Op<boolean> {
  const records = tx.cohortRecords;
  const seen = yield* wait(records.match(matchId));
  if (!seen || seen.mentorshipId === null) return false;
  const members = yield* wait(tx.lockMembers([seen.mentorId, seen.menteeId]));
  const m = yield* wait(tx.lockMentorship(seen.mentorshipId));
  const match = yield* wait(records.lockMatch(matchId));
  const settings = yield* wait(tx.program());
  if (!m || !match || matchDue(match, m, settings, now) !== 'complete') return false;
  const completed = completeAtTermEnd(m, now);
  yield* wait(tx.updateMentorship(completed));
  tx.recordChange(mentorshipChanged(completed));
  tx.recordChange(yield* memberChanged(tx, memberIn(members, m.mentorId)));
  const cohort = yield* wait(records.cohort(match.cohortId));
  if (cohort) {
    const next = nextCohort(yield* wait(records.cohorts()), cohort, now);
    tellBoth(tx, 'cohort-completed', match, members, { cohort, now, settings }, { mentorshipId: m.id, next });
  }
  tx.recordChange(cohortChangedFor(match.cohortId, [match.mentorId, match.menteeId]));
  return true;
}

/** Every cohort job due at `now`, in batches and units of their own. */
export function* cohortJobs(store: MentoringStore, now: Date): Op<CohortJobRun> {
  const total: CohortJobRun = { expired: 0, asked: 0, completed: 0 };
  const passed: string[] = [];
  const toComplete: string[] = [];
  for (;;) {
    const batch = yield* wait(store.change((tx) => cohortJobBatch(tx, now, passed, toComplete)));
    total.expired += batch.expired;
    total.asked += batch.asked;
    if (batch.fetched < JOB_BATCH) break;
  }
  for (const id of toComplete) {
    if (yield* wait(store.change((tx) => completeOne(tx, id, now)))) total.completed += 1;
  }
  return total;
}

/** The cohort jobs alone (tests and the demo's clock). */
export const runCohortJobs = (store: MentoringStore, now: Date): Awaitable<CohortJobRun> => runOp(cohortJobs(store, now));
