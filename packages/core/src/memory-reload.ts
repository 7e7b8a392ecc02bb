// MemoryStore's reload (memory-store.ts `reload`): another copy of the program (another tab of the demo) saved
// to the same storage; its state replaces this copy's records, and the listeners hear of every record that is
// not as it was. Apart because a page downloads it only when another tab first saves: core's index imports it
// (so a reload runs at once in tests and Storybook), the in-page demo at the first `storage` event.
import type { AuditEntry } from './schemas/staff.ts';
import type { WorkspaceRecord } from './schemas/workspace.ts';
import { cohortTables, type CohortTables, type SavedCohorts } from './memory-cohort-tables.ts';
import { provideMemoryReload, type Records, type SavedState } from './memory-store.ts';
import { atOnce, runOp } from './service/op.ts';
import type { ChangeRecord, StoreReads } from './service/store.ts';
import { concernChanged, memberChanged, mentorshipChanged, programChanged } from './service/unit.ts';

/** Takes `state` into `records`, and tells `tell` of each record that is not as it was. */
export function reloadInto(state: SavedState, records: Records, reads: StoreReads, tell: (changes: readonly ChangeRecord[]) => void): void {
  const members = replace(records.members, state.members);
  const mentorships = replace(records.mentorships, state.mentorships);
  records.search.stale();
  const concerns = replace(records.concerns, state.concerns ?? []);
  if (state.audit) records.audit.splice(0, Infinity, ...(state.audit as AuditEntry[]));
  // A workspace's change is told as its mentorship's (the workspace service records it so).
  const workspaces = replace(records.workspaces, (state.workspaces ?? []) as WorkspaceRecord[])
    .flatMap((w) => records.mentorships.get(w.id) ?? []);
  const programChanges: ChangeRecord[] = [];
  if (state.program && state.program.version !== records.program.version) {
    records.program = state.program;
    programChanges.push(programChanged());
  }
  // Cohorts: every cohort whose records are not as they were is told to everyone (a tab refreshes its view).
  const cohortsBefore = records.cohorts;
  records.cohorts = cohortTables(state.cohorts as SavedCohorts | undefined);
  const cohortChanges = changedCohorts(cohortsBefore, records.cohorts);
  // Told to those who may see each, by the rule the service records its own changes with (service/unit.ts).
  tell([
    ...members.map((member) => atOnce(runOp(memberChanged(reads, member)))), ...mentorships.map(mentorshipChanged),
    ...concerns.map(concernChanged), ...programChanges, ...cohortChanges, ...workspaces.map(mentorshipChanged),
  ]);
}

/** Replaces the records by `next`; returns those (as they are now, or were before they went) that are not as they were. */
function replace<T extends { id: string }>(records: Map<string, T>, next: readonly T[]): T[] {
  const before = new Map(records);
  const changed: T[] = [];
  records.clear();
  for (const record of next) {
    records.set(record.id, record);
    const old = before.get(record.id);
    if (!old || JSON.stringify(old) !== JSON.stringify(record)) changed.push(record);
    before.delete(record.id);
  }
  return [...changed, ...before.values()];
}

/** The cohorts whose records (the cohort, its applications, draft or matches) differ between two states, as changes. */
export function changedCohorts(before: CohortTables, after: CohortTables): { kind: 'cohort'; id: string; audience: null }[] {
  const ids = new Set([...before.cohorts.keys(), ...after.cohorts.keys()]);
  const snapshot = (tables: CohortTables, id: string) => JSON.stringify([
    tables.cohorts.get(id),
    [...tables.applications.values()].filter((a) => a.cohortId === id),
    tables.drafts.get(id),
    [...tables.matches.values()].filter((m) => m.cohortId === id),
  ]);
  return [...ids].filter((id) => snapshot(before, id) !== snapshot(after, id)).map((id) => ({ kind: 'cohort', id, audience: null }));
}


provideMemoryReload(reloadInto);
