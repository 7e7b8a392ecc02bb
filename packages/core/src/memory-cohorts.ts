// The cohorts' records in memory (issue 14): MemoryStore's part of service/cohort-store.ts, with the unit of
// work's undo list shared, so a unit that throws leaves the cohorts as they were. Like the rest of the memory
// store it decides nothing; locks are nothing to take, since a unit runs from start to end without giving way.
import * as z from 'zod/mini';
import { newCohortId, newMatchId } from './ids.ts';
import { Cohort, CohortApplication, CohortDraft, CohortMatch } from './schemas/cohort.ts';
import { DAY_MS } from './clock.ts';
import type { Mentorship } from './schemas/mentorship.ts';
import type { CohortChange } from './service/cohort-store.ts';

/** The cohorts' part of the saved state (absent from a state saved before cohorts). */
export const SavedCohorts = z.object({
  cohorts: z.array(Cohort),
  applications: z.array(CohortApplication),
  drafts: z.array(CohortDraft),
  matches: z.array(CohortMatch),
});
export type SavedCohorts = z.infer<typeof SavedCohorts>;

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

const applicationKey = (a: Pick<CohortApplication, 'cohortId' | 'memberId' | 'role'>) => `${a.cohortId}/${a.memberId}/${a.role}`;

/** Newest term first, then id: the order staff and members list cohorts in. */
const byTerm = (a: Cohort, b: Cohort) => b.termStartsAt.localeCompare(a.termStartsAt) || a.id.localeCompare(b.id);

export class MemoryCohortRecords implements CohortChange {
  readonly #tables: CohortTables;
  readonly #mentorships: () => Iterable<Mentorship>;
  readonly #undo: (() => void)[];

  constructor(tables: CohortTables, mentorships: () => Iterable<Mentorship>, undo: (() => void)[]) {
    this.#tables = tables;
    this.#mentorships = mentorships;
    this.#undo = undo;
  }

  cohort(id: string): Cohort | undefined {
    return this.#tables.cohorts.get(id);
  }

  cohorts(): Cohort[] {
    return [...this.#tables.cohorts.values()].sort(byTerm);
  }

  applications(cohortId: string): CohortApplication[] {
    return [...this.#tables.applications.values()]
      .filter((a) => a.cohortId === cohortId)
      .sort((a, b) => a.memberId.localeCompare(b.memberId) || a.role.localeCompare(b.role));
  }

  applicationsOf(memberId: string): CohortApplication[] {
    return [...this.#tables.applications.values()].filter((a) => a.memberId === memberId);
  }

  draft(cohortId: string): CohortDraft | undefined {
    return this.#tables.drafts.get(cohortId);
  }

  match(id: string): CohortMatch | undefined {
    return this.#tables.matches.get(id);
  }

  matches(cohortId: string): CohortMatch[] {
    return [...this.#tables.matches.values()].filter((m) => m.cohortId === cohortId);
  }

  matchesOf(memberId: string): CohortMatch[] {
    return [...this.#tables.matches.values()].filter((m) => m.mentorId === memberId || m.menteeId === memberId);
  }

  matchOfMentorship(mentorshipId: string): CohortMatch | undefined {
    return [...this.#tables.matches.values()].find((m) => m.mentorshipId === mentorshipId);
  }

  mentorshipsAmong(memberIds: readonly string[]): Mentorship[] {
    const ids = new Set(memberIds);
    return [...this.#mentorships()].filter((m) => ids.has(m.mentorId) && ids.has(m.menteeId));
  }

  lockCohort(id: string): Cohort | undefined {
    return this.cohort(id);
  }

  lockMatch(id: string): CohortMatch | undefined {
    return this.match(id);
  }

  lockDueMatches(now: Date, noticeDays: number, limit: number, skip: readonly string[]): CohortMatch[] {
    const horizon = now.getTime() + noticeDays * DAY_MS;
    const ends = new Map<string, string | null>();
    for (const m of this.#mentorships()) if (m.state === 'active') ends.set(m.id, m.endsAt);
    return [...this.#tables.matches.values()]
      .filter((m) => !skip.includes(m.id))
      .filter((m) => {
        if (m.state === 'proposed') return Date.parse(m.expiresAt) <= now.getTime();
        const endsAt = m.state === 'accepted' && m.mentorshipId !== null ? ends.get(m.mentorshipId) : undefined;
        return typeof endsAt === 'string' && Date.parse(endsAt) <= horizon;
      })
      .slice(0, limit);
  }

  newCohortId(): string {
    let id: string;
    do id = newCohortId();
    while (this.#tables.cohorts.has(id));
    return id;
  }

  newMatchId(): string {
    let id: string;
    do id = newMatchId();
    while (this.#tables.matches.has(id));
    return id;
  }

  addCohort(cohort: Cohort): void {
    this.#put(this.#tables.cohorts, cohort.id, cohort);
  }

  updateCohort(cohort: Cohort): void {
    this.#put(this.#tables.cohorts, cohort.id, cohort);
  }

  putApplication(application: CohortApplication): void {
    this.#put(this.#tables.applications, applicationKey(application), application);
  }

  saveDraft(draft: CohortDraft): void {
    this.#put(this.#tables.drafts, draft.cohortId, draft);
  }

  deleteDraft(cohortId: string): void {
    this.#put(this.#tables.drafts, cohortId, undefined);
  }

  addMatch(match: CohortMatch): void {
    this.#put(this.#tables.matches, match.id, match);
  }

  updateMatch(match: CohortMatch): void {
    this.#put(this.#tables.matches, match.id, match);
  }

  /** Sets (or, with undefined, deletes) a record, keeping what it replaced to undo it. */
  #put<T>(records: Map<string, T>, key: string, record: T | undefined): void {
    const had = records.has(key);
    const before = records.get(key);
    this.#undo.push(() => {
      if (had) records.set(key, before as T);
      else records.delete(key);
    });
    if (record === undefined) records.delete(key);
    else records.set(key, record);
  }
}
