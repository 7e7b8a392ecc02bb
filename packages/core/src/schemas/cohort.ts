// Cohorts (issue 14): a window for applications, a match date and a term. Staff create a cohort, members
// apply in it, staff run the matching (a draft proposal they review), publish it, and each published pair is a
// match both members answer. The rules are in cohorts.ts (windows, pools, answers, extension) and
// cohort-run.ts (the solver's input and its answer as a draft); the shapes that cross a boundary are here.
import * as z from 'zod/mini';
import { Capacity, Id, Instant, Role, text } from './common.ts';
import { MemberView } from './member.ts';
import { Mentorship } from './mentorship.ts';
import { MatchReason } from './search.ts';
import { MemberRef, Reason } from './staff.ts';

export * from './cohort-settings.ts';

// ---------------------------------------------------------------------------------------------
// Cohorts, as staff write them and as everyone reads them.

/**
 * `open`: takes applications while its window is open; `closed`: staff stopped applications (matching and
 * answers go on); `archived`: done, read-only, hidden from members.
 */
export const COHORT_STATES = ['open', 'closed', 'archived'] as const;
export const CohortState = z.enum(COHORT_STATES);
export type CohortState = z.infer<typeof CohortState>;

const cohortFields = {
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

interface CohortDates {
  roles: readonly string[];
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  matchAt: string;
  termStartsAt: string;
  termEndsAt: string;
}
const ms = (instant: string) => Date.parse(instant);
/** The dates in order (opens < closes <= match <= term start < term end), and each role once. */
const cohortChecks = <T extends CohortDates>() => [
  z.refine<T>((c) => new Set(c.roles).size === c.roles.length, { message: 'a role appears twice', path: ['roles'] }),
  z.refine<T>((c) => ms(c.applicationsOpenAt) < ms(c.applicationsCloseAt), { message: 'applications must open before they close', path: ['applicationsCloseAt'] }),
  z.refine<T>((c) => ms(c.applicationsCloseAt) <= ms(c.matchAt), { message: 'the match date must not be before applications close', path: ['matchAt'] }),
  z.refine<T>((c) => ms(c.matchAt) <= ms(c.termStartsAt), { message: 'the term must not start before the match date', path: ['termStartsAt'] }),
  z.refine<T>((c) => ms(c.termStartsAt) < ms(c.termEndsAt), { message: 'the term must end after it starts', path: ['termEndsAt'] }),
];

/** `POST /staff/cohorts`: a new cohort (open). */
export const CohortInput = z.strictObject({ ...cohortFields, reason: z.optional(Reason) }).check(...cohortChecks());
export type CohortInput = z.infer<typeof CohortInput>;

/** `PUT /staff/cohorts/{id}`: every field again, with the version staff saw (an older one: `conflict`, `stale`). */
export const CohortUpdate = z.strictObject({ ...cohortFields, version: z.int().check(z.gte(1)), reason: z.optional(Reason) }).check(...cohortChecks());
export type CohortUpdate = z.infer<typeof CohortUpdate>;

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

/** What staff do to a cohort: stop applications, take them again, or file it away. */
export const COHORT_ACTIONS = ['close', 'reopen', 'archive'] as const;
export const CohortAction = z.enum(COHORT_ACTIONS);
export type CohortAction = z.infer<typeof CohortAction>;

// ---------------------------------------------------------------------------------------------
// Applications.

/** `PUT /cohorts/{id}/applications/{role}`: apply in a role, or edit the application, until the window closes. */
export const CohortApplicationInput = z.strictObject({
  /** What the member seeks (mentee) or offers (mentor): topic ids. */
  topics: z.array(Id).check(z.minLength(1), z.maxLength(10)),
  /** In their words: goals (mentee), what they bring (mentor). */
  statement: text(2000),
  /** Mentors: how many mentees they take in this cohort (default: their availability's capacity). Ignored for mentees. */
  capacity: z.optional(Capacity),
  /** Members they would rather not be matched with (never told to them). */
  avoid: z.array(Id).check(z.maxLength(20)),
});
export type CohortApplicationInput = z.infer<typeof CohortApplicationInput>;

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

// ---------------------------------------------------------------------------------------------
// The draft proposal: staff's, until they publish it.

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

/** The draft as staff see it: each member named, and the total score. */
export const CohortProposal = z.strictObject({
  cohortId: Id,
  version: z.int().check(z.gte(1)),
  pairs: z.array(z.strictObject({ mentor: MemberRef, mentee: MemberRef, score: z.number(), reasons: z.array(MatchReason), locked: z.boolean() })),
  /** With why, after a run (an edit leaves it out for those it unpairs). */
  unmatched: z.array(z.strictObject({ member: MemberRef, role: Role, reason: z.optional(UnmatchedReason) })),
  totalScore: z.number().check(z.gte(0)),
  runAt: Instant,
  runBy: Id,
});
export type CohortProposal = z.infer<typeof CohortProposal>;

const version = z.int().check(z.gte(1));
const pairOf = { mentorId: Id, menteeId: Id };

/**
 * Staff's edits of the draft (each names the draft's `version`, and may say why for the audit log): swap the
 * mentors of two mentees, remove a pair (both return to unmatched), add a pair of unmatched members, lock or
 * unlock a pair.
 */
const editOf = { version, reason: z.optional(Reason) };
export const ProposalEdit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('swap'), ...editOf, menteeIds: z.tuple([Id, Id]) }),
  z.strictObject({ kind: z.literal('remove'), ...editOf, ...pairOf }),
  z.strictObject({ kind: z.literal('add'), ...editOf, ...pairOf }),
  z.strictObject({ kind: z.literal('lock'), ...editOf, ...pairOf, locked: z.boolean() }),
]);
export type ProposalEdit = z.infer<typeof ProposalEdit>;

/** `POST /staff/cohorts/{id}/run`: propose matches for the pool, keeping the draft's locked pairs. */
export const RunMatchingInput = z.strictObject({ reason: z.optional(Reason) });
export type RunMatchingInput = z.infer<typeof RunMatchingInput>;

/** `POST /staff/cohorts/{id}/publish`: publish the draft of this version (exactly once). */
export const PublishInput = z.strictObject({ version, reason: z.optional(Reason) });
export type PublishInput = z.infer<typeof PublishInput>;

export const PublishResult = z.strictObject({ cohort: Cohort, published: z.int().check(z.gte(0)) });
export type PublishResult = z.infer<typeof PublishResult>;

// ---------------------------------------------------------------------------------------------
// Published matches: each side answers.

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

/**
 * Where a match stands, as both members and staff read it: its own state until accepted, then its
 * mentorship's (`active`, `completed`, `ended-early`).
 */
export const MATCH_STATUSES = ['proposed', 'declined', 'expired', 'active', 'completed', 'ended-early'] as const;
export const MatchStatus = z.enum(MATCH_STATUSES);
export type MatchStatus = z.infer<typeof MatchStatus>;

/** `POST /cohort-matches/{id}/answer`. `version`: the one the member saw. */
export const MatchAnswerInput = z.strictObject({
  accept: z.boolean(),
  reason: z.optional(text(500)),
  version: z.optional(version),
});
export type MatchAnswerInput = z.infer<typeof MatchAnswerInput>;

/** `POST /mentorships/{id}/extension`: ask for (or agree to) a new end date; null withdraws or refuses the ask. */
export const ExtensionInput = z.strictObject({ endsAt: z.nullable(Instant) });
export type ExtensionInput = z.infer<typeof ExtensionInput>;

// ---------------------------------------------------------------------------------------------
// What members see.

/** One of the viewer's matches: the partner as the viewer may see them, and what the viewer may do. */
export const MemberCohortMatch = z.strictObject({
  id: Id,
  cohortId: Id,
  version: z.int().check(z.gte(1)),
  status: MatchStatus,
  /** The viewer's role in the pair. */
  role: Role,
  partner: MemberView,
  score: z.number(),
  reasons: z.array(MatchReason),
  expiresAt: Instant,
  /** The viewer's own answer, and whether the partner has answered (not what). */
  answer: z.nullable(MatchAnswer),
  partnerAnswered: z.boolean(),
  /** Who declined, when declined. */
  declinedBy: z.nullable(z.enum(['viewer', 'partner'])),
  mentorship: z.nullable(Mentorship),
  extension: z.nullable(ExtensionAsk),
  /** The latest end an extension may ask for (the cohort's term end and the program's maximum). */
  latestEnd: Instant,
  actions: z.array(z.enum(['accept', 'decline', 'extend'])),
});
export type MemberCohortMatch = z.infer<typeof MemberCohortMatch>;

export const MemberCohort = z.strictObject({
  cohort: Cohort,
  /** Applications are taken now (open, and within the window). */
  windowOpen: z.boolean(),
  /** The roles the viewer may apply in now (window open, the cohort's roles, enrolled in the role). */
  canApply: z.array(Role),
  applications: z.array(CohortApplication),
  matches: z.array(MemberCohortMatch),
  /** The viewer's mentorship (as mentee) in this cohort ended early and they may ask for a new match. */
  canAskRematch: z.boolean(),
});
export type MemberCohort = z.infer<typeof MemberCohort>;

// ---------------------------------------------------------------------------------------------
// What staff see.

export const StaffCohortItem = z.strictObject({
  cohort: Cohort,
  applicants: z.strictObject({ mentors: z.int(), mentees: z.int() }),
  /** Applicants with no live match (or places left, for mentors): who the next run would match. */
  pool: z.strictObject({ mentors: z.int(), mentees: z.int() }),
  matches: z.record(MatchStatus, z.int()),
  /** A draft waits for review (its version), or null. */
  draftVersion: z.nullable(z.int()),
});
export type StaffCohortItem = z.infer<typeof StaffCohortItem>;

export const CohortListQuery = z.strictObject({ includeArchived: z.optional(z.boolean()) });
export type CohortListQuery = z.infer<typeof CohortListQuery>;

export const ApplicantQuery = z.strictObject({ role: z.optional(Role), status: z.optional(ApplicationStatus) });
export type ApplicantQuery = z.infer<typeof ApplicantQuery>;

export const StaffApplicant = z.strictObject({
  application: CohortApplication,
  member: MemberRef,
  /** In the pool of the next run: no live match (a mentor: places left). */
  inPool: z.boolean(),
  /** Mentors: places left in this cohort; mentees: 1 or 0. */
  placesLeft: z.int().check(z.gte(0)),
});
export type StaffApplicant = z.infer<typeof StaffApplicant>;

export const MatchListQuery = z.strictObject({ status: z.optional(MatchStatus) });
export type MatchListQuery = z.infer<typeof MatchListQuery>;

/** A published match as staff see it: both members, both answers with the decline reasons, its mentorship. */
export const StaffCohortMatch = z.strictObject({
  match: CohortMatch,
  status: MatchStatus,
  mentor: MemberRef,
  mentee: MemberRef,
  mentorship: z.nullable(Mentorship),
});
export type StaffCohortMatch = z.infer<typeof StaffCohortMatch>;

// ---------------------------------------------------------------------------------------------
// REST answers that wrap a list (an object, so the answer can grow).

export const MemberCohortList = z.strictObject({ items: z.array(MemberCohort) });
export const StaffCohortList = z.strictObject({ items: z.array(StaffCohortItem) });
export const StaffApplicantList = z.strictObject({ items: z.array(StaffApplicant) });
export const StaffCohortMatchList = z.strictObject({ items: z.array(StaffCohortMatch) });
export const ProposalAnswer = z.strictObject({ proposal: z.nullable(CohortProposal) });
