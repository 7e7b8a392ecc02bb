// Cohorts (issue 14): a window for applications, a match date and a term. Staff create a cohort, members
// apply in it, staff run the matching (a draft proposal they review), publish it, and each published pair is a
// match both members answer. The rules are in cohorts.ts (windows, pools, answers, extension) and
// cohort-run.ts (the solver's input and its answer as a draft); the shapes that cross a boundary are here.
import * as z from 'zod/mini';
import { refine } from './refine.ts';
import { Capacity, Id, Instant, Role, text } from './common.ts';
import {
  ApplicationStatus, Cohort, CohortApplication, CohortMatch, ExtensionAsk, MatchAnswer, UnmatchedReason, cohortFields,
} from './cohort-records.ts';
import { MemberView } from './member.ts';
import { Mentorship } from './mentorship.ts';
import { MatchReason } from './search.ts';
import { MemberRef, Reason } from './staff.ts';

export * from './cohort-settings.ts';
export * from './cohort-records.ts';

// ---------------------------------------------------------------------------------------------
// Cohorts, as staff write them and as everyone reads them.

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
  refine<T>((c) => new Set(c.roles).size === c.roles.length, { message: 'a role appears twice', path: ['roles'] }),
  refine<T>((c) => ms(c.applicationsOpenAt) < ms(c.applicationsCloseAt), { message: 'applications must open before they close', path: ['applicationsCloseAt'] }),
  refine<T>((c) => ms(c.applicationsCloseAt) <= ms(c.matchAt), { message: 'the match date must not be before applications close', path: ['matchAt'] }),
  refine<T>((c) => ms(c.matchAt) <= ms(c.termStartsAt), { message: 'the term must not start before the match date', path: ['termStartsAt'] }),
  refine<T>((c) => ms(c.termStartsAt) < ms(c.termEndsAt), { message: 'the term must end after it starts', path: ['termEndsAt'] }),
];

/** `POST /staff/cohorts`: a new cohort (open). */
export const CohortInput = z.strictObject({ ...cohortFields, reason: z.optional(Reason) }).check(...cohortChecks());
export type CohortInput = z.infer<typeof CohortInput>;

/** `PUT /staff/cohorts/{id}`: every field again, with the version staff saw (an older one: `conflict`, `stale`). */
export const CohortUpdate = z.strictObject({ ...cohortFields, version: z.int().check(z.gte(1)), reason: z.optional(Reason) }).check(...cohortChecks());
export type CohortUpdate = z.infer<typeof CohortUpdate>;

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

// ---------------------------------------------------------------------------------------------
// The draft proposal: staff's, until they publish it.

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
  z.strictObject({ kind: z.literal('swap'), ...editOf, menteeIds: z.array(Id).check(z.minLength(2), z.maxLength(2)) }),
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
