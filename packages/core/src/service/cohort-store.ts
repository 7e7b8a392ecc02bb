// The cohorts' records in a store (issue 14): what the cohort service reads and writes inside a unit of work,
// reached as `tx.cohortRecords` (service/store.ts). MemoryStore (memory-cohorts.ts) and the server's SQL store
// (store/cohorts.ts) implement it; neither decides anything.
import type { Cohort, CohortApplication, CohortDraft, CohortMatch } from '../schemas/cohort.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import type { Awaitable } from './op.ts';

export interface CohortReads {
  cohort(id: string): Awaitable<Cohort | undefined>;
  /** Every cohort, archived ones included, by term start (latest first) then id. Programs run a few a year. */
  cohorts(): Awaitable<Cohort[]>;
  /** A cohort's applications (every status), by member id then role. */
  applications(cohortId: string): Awaitable<CohortApplication[]>;
  /** A member's applications in every cohort. */
  applicationsOf(memberId: string): Awaitable<CohortApplication[]>;
  draft(cohortId: string): Awaitable<CohortDraft | undefined>;
  match(id: string): Awaitable<CohortMatch | undefined>;
  /** A cohort's published matches, oldest first. */
  matches(cohortId: string): Awaitable<CohortMatch[]>;
  /** A member's matches (either side) in every cohort, oldest first. */
  matchesOf(memberId: string): Awaitable<CohortMatch[]>;
  /** The match whose accepts made this mentorship. */
  matchOfMentorship(mentorshipId: string): Awaitable<CohortMatch | undefined>;
  /** Mentorships (any state) between two of these members, either way round: repeat pairs. */
  mentorshipsAmong(memberIds: readonly string[]): Awaitable<Mentorship[]>;
}

export interface CohortChange extends CohortReads {
  /** Reads the cohort and keeps anyone else from changing it, its draft or its publication until the unit ends. */
  lockCohort(id: string): Awaitable<Cohort | undefined>;
  /** Reads the match and keeps anyone else from answering it until the unit ends (after the members' locks). */
  lockMatch(id: string): Awaitable<CohortMatch | undefined>;
  /**
   * Up to `limit` matches the clock may have to act on at `now` (any superset: cohorts.ts `matchDue` decides):
   * proposed ones past expiry, accepted ones whose mentorship is active and ends within `noticeDays`. Those in
   * `skip` and those another unit is working on are left out, not waited for.
   */
  lockDueMatches(now: Date, noticeDays: number, limit: number, skip: readonly string[]): Awaitable<CohortMatch[]>;
  newCohortId(): string;
  newMatchId(): string;
  addCohort(cohort: Cohort): Awaitable<void>;
  updateCohort(cohort: Cohort): Awaitable<void>;
  /** Stores the application (a member's one per cohort and role), replacing an earlier one. */
  putApplication(application: CohortApplication): Awaitable<void>;
  /** Stores the cohort's draft, replacing any earlier one. */
  saveDraft(draft: CohortDraft): Awaitable<void>;
  deleteDraft(cohortId: string): Awaitable<void>;
  addMatch(match: CohortMatch): Awaitable<void>;
  updateMatch(match: CohortMatch): Awaitable<void>;
}
