// The cohorts' tables of the in-memory store (issue 14), as plain data: MemoryStore keeps, saves and reloads
// them without the cohorts' code, which (memory-cohorts.ts, the records a unit of work reads and writes) is
// registered when first imported: a member's page loads it with its first cohort call, and a unit of work
// reaches the tables only from cohort code. No zod here: the store's saved state checks their outline, and
// memory-cohorts.ts each record when it registers.
import type { Cohort, CohortApplication, CohortDraft, CohortMatch } from './schemas/cohort-records.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { CohortChange } from './service/cohort-store.ts';

/** The cohorts' part of the saved state (absent from a state saved before cohorts). */
export interface SavedCohorts {
  cohorts: Cohort[];
  applications: CohortApplication[];
  drafts: CohortDraft[];
  matches: CohortMatch[];
}

export interface CohortTables {
  cohorts: Map<string, Cohort>;
  /** By `cohortId/memberId/role`. */
  applications: Map<string, CohortApplication>;
  drafts: Map<string, CohortDraft>;
  /** In publication order. */
  matches: Map<string, CohortMatch>;
}

export const cohortTables = (saved: SavedCohorts | undefined): CohortTables => ({
  cohorts: new Map((saved?.cohorts ?? []).map((c) => [c.id, c])),
  applications: new Map((saved?.applications ?? []).map((a) => [applicationKey(a), a])),
  drafts: new Map((saved?.drafts ?? []).map((d) => [d.cohortId, d])),
  matches: new Map((saved?.matches ?? []).map((m) => [m.id, m])),
});

export const savedCohorts = (tables: CohortTables): SavedCohorts => ({
  cohorts: [...tables.cohorts.values()],
  applications: [...tables.applications.values()],
  drafts: [...tables.drafts.values()],
  matches: [...tables.matches.values()],
});

export const applicationKey = (a: Pick<CohortApplication, 'cohortId' | 'memberId' | 'role'>) => `${a.cohortId}/${a.memberId}/${a.role}`;


/** Makes the records a unit of work reads and writes over the tables (memory-cohorts.ts registers it). */
export type CohortRecordsMaker = (tables: CohortTables, mentorships: () => Iterable<Mentorship>, undo: (() => void)[]) => CohortChange;

let maker: CohortRecordsMaker | undefined;

export function provideMemoryCohorts(make: CohortRecordsMaker): void {
  maker = make;
}

export function memoryCohortsMaker(): CohortRecordsMaker {
  if (!maker) throw new Error("MemoryStore's cohorts need '@mentor-match/core/memory-cohorts' imported first (core's index and the cohort services import it).");
  return maker;
}
