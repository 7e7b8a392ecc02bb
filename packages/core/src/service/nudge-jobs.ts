// The nudges' job: one batch of active mentorships, locked, each sent the nudges due for it (nudges.ts
// `dueNudges`) and each nudge recorded in its workspace so it goes once. Run by the service's jobs (calls.ts)
// after expiry and reminders; candidates another unit holds are skipped, as in jobs.ts.
import { composeNudge, dueNudges, nudgeRecipients } from '../nudges.ts';
import { emptyWorkspace } from '../workspace.ts';
import { JOB_BATCH } from './jobs.ts';
import { wait, type Op } from './op.ts';
import type { MentoringStore, StoreChange } from './store.ts';
import { memberIn } from './unit.ts';

/** Every batch at `now`, each in a unit of work of its own; the nudges sent. */
export function* runNudges(store: MentoringStore, now: Date): Op<number> {
  const looked: string[] = [];
  let nudged = 0;
  for (;;) {
    const batch = yield* wait(store.change((tx) => nudgeBatch(tx, now, looked)));
    nudged += batch.nudged;
    if (batch.fetched < JOB_BATCH) return nudged;
  }
}

/** One batch at `now`; `passed` collects the mentorships looked at, so the next batch does not fetch them again. */
export function* nudgeBatch(tx: StoreChange, now: Date, passed: string[]): Op<{ nudged: number; fetched: number }> {
  const settings = yield* wait(tx.program());
  const candidates = yield* wait(tx.lockNudgeCandidates(JOB_BATCH, passed));
  let nudged = 0;
  if (candidates.length === 0) return { nudged, fetched: 0 };
  const members = yield* wait(tx.members(candidates.flatMap(({ mentorship: m }) => [m.mentorId, m.menteeId])));
  for (const { mentorship: m, workspace } of candidates) {
    passed.push(m.id);
    const record = workspace ?? emptyWorkspace(m);
    const due = dueNudges(m, record, settings, now);
    if (due.length === 0) continue;
    const nudges = { ...record.nudges };
    for (const { kind, key } of due) {
      for (const toId of nudgeRecipients(kind, m)) {
        const other = memberIn(members, toId === m.mentorId ? m.menteeId : m.mentorId);
        tx.notify(composeNudge(kind, m, memberIn(members, toId), other, settings, now));
      }
      nudges[key] = now.toISOString();
      nudged += 1;
    }
    // Bookkeeping, not a change the partners made: the version stays.
    yield* wait(tx.saveWorkspace({ ...record, nudges }));
  }
  return { nudged, fetched: candidates.length };
}
