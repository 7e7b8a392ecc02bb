// The records of cohorts (issue 14) as stores keep them: a cohort, an application, staff's draft and a
// published match. A module of its own, without the office's schemas, so checking a stored record does not
// bring the cohorts' views and inputs along (schemas/cohort.ts re-exports them).
import * as z from 'zod/mini';
import { Capacity, Id, Instant, Role, text } from './common.ts';
import { MatchReason } from './search.ts';

/**
 * `open`: takes applications while its window is open; `closed`: staff stopped applications (matching and
 * answers go on); `archived`: done, read-only, hidden from members.
 */
export const COHORT_STATES = ['open', 'closed', 'archived'] as const;
export const CohortState = z.enum(COHORT_STATES);
export type CohortState = z.infer<typeof CohortState>;

export const cohortFields = {
  name: text(200, 1),
  /** The roles that apply in this cohort (both, usually). */
  roles: z.array(Role).check(z.minLength(1), z.maxLength(2)),
  applicationsOpenAt: Instant,
  applicationsCloseAt: Instant,
  /** When staff mean to run the matching (shown to applicants; the run is staff's action, not the clock's). */
  matchAt: Instant,
  termStartsAt: Instant,
  termEndsAt: Instant,
};

export const Cohort = z.strictObject({
  id: Id,
  version: z.int().check(z.gte(1)),
  state: CohortState,
  ...cohortFields,
  createdAt: Instant,
  updatedAt: Instant,
  /** When staff last published a proposal for it; null: never. */
  publishedAt: z.nullable(Instant),
});
export type Cohort = z.infer<typeof Cohort>;

export const APPLICATION_STATUSES = ['applied', 'withdrawn'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const CohortApplication = z.strictObject({
  cohortId: Id,
  memberId: Id,
  role: Role,
  version: z.int().check(z.gte(1)),
  status: ApplicationStatus,
  topics: z.array(Id),
  statement: z.string(),
  /** Mentees: 1. */
  capacity: Capacity,
  avoid: z.array(Id),
  createdAt: Instant,
  updatedAt: Instant,
  /** A mentee whose mentorship in this cohort ended early asked for a new match (rematch): they join the next run. */
  rematchAskedAt: z.nullable(Instant),
});
export type CohortApplication = z.infer<typeof CohortApplication>;

export const ProposedPair = z.strictObject({
  mentorId: Id,
  menteeId: Id,
  score: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(MatchReason),
  /** Kept as it is when staff rerun the matching for the rest. */
  locked: z.boolean(),
});
export type ProposedPair = z.infer<typeof ProposedPair>;

/** Why a run left an applicant without a partner (cohort-matching's `UnmatchedReason`). */
export const UNMATCHED_REASONS = ['no-places', 'no-allowed-partner', 'below-minimum-score', 'partners-taken'] as const;
export const UnmatchedReason = z.enum(UNMATCHED_REASONS);

/** The stored draft: one per cohort at most, replaced by each run, gone once published. */
export const CohortDraft = z.strictObject({
  cohortId: Id,
  /** Goes up with every run and edit; publishing names the version staff reviewed. */
  version: z.int().check(z.gte(1)),
  pairs: z.array(ProposedPair),
  /** Applicants in the pool the run left unmatched (no partner within the limits). */
  unmatched: z.array(z.strictObject({ memberId: Id, role: Role, reason: z.optional(UnmatchedReason) })),
  runAt: Instant,
  runBy: Id,
});
export type CohortDraft = z.infer<typeof CohortDraft>;

export const MATCH_STATES = ['proposed', 'accepted', 'declined', 'expired'] as const;
export const MatchState = z.enum(MATCH_STATES);
export type MatchState = z.infer<typeof MatchState>;

export const MatchAnswer = z.strictObject({
  accepted: z.boolean(),
  at: Instant,
  /** Why they declined (staff read it; the other member does not). */
  reason: z.nullable(z.string()),
});
export type MatchAnswer = z.infer<typeof MatchAnswer>;

/** Both partners' agreement to move the end date; applied once both agree to the same date. */
export const ExtensionAsk = z.strictObject({ endsAt: Instant, askedBy: Id, at: Instant });
export type ExtensionAsk = z.infer<typeof ExtensionAsk>;

export const CohortMatch = z.strictObject({
  id: Id,
  cohortId: Id,
  version: z.int().check(z.gte(1)),
  state: MatchState,
  mentorId: Id,
  menteeId: Id,
  score: z.number().check(z.gte(0), z.lte(1)),
  reasons: z.array(MatchReason),
  publishedAt: Instant,
  expiresAt: Instant,
  mentorAnswer: z.nullable(MatchAnswer),
  menteeAnswer: z.nullable(MatchAnswer),
  /** The mentorship both accepts made (active with the cohort's term). */
  mentorshipId: z.nullable(Id),
  /** When both were asked to complete or extend before the term's end (cleared when an extension moves it). */
  termEndAskedAt: z.nullable(Instant),
  extension: z.nullable(ExtensionAsk),
});
export type CohortMatch = z.infer<typeof CohortMatch>;
