// The cohorts' contracts (issue 14): what a member does in a cohort (CohortAdapter, offered beside the
// MentoringAdapter by MemoryAdapter and the REST adapter; a society's own adapter may leave it out, and the
// elements ask `hasCohorts` first) and what staff do (CohortStaffAdapter, part of the StaffAdapter). The cohort
// service (service/cohort-service.ts) implements both once.
//
// Errors, beyond those every call may give (`unauthenticated`, `validation` naming the field, `network`):
// - `not-found`: an unknown cohort, match or mentorship, or one the viewer is not part of (members never
//   see an archived cohort).
// - `conflict` (`stale`): a `version` older than the record's; (`state`): the record's state does not allow it
//   (a match already answered, a cohort archived, no draft to edit or publish).
// - `unavailable` (`window-closed`): applications are not taken now (before the window, after it, or the
//   cohort closed); (`not-enrolled`): the member is not enrolled in the role they apply in; `validation`
//   (`role`): the cohort does not take that role.
// - `expired`: the match's answer came after its expiry.
// - `capacity-reached` (`mentor-full`, `mentors-per-mentee`): at the second accept, the program's limits.
// - `validation` (`endsAt`, reason `extension-limit`): an extension past the latest end.
// - Staff only (CohortStaffAdapter): `forbidden` (`staff-only`) for anyone else.
import type { CallOptions, MentoringAdapter } from './adapter.ts';
import type {
  ApplicantQuery, Cohort, CohortAction, CohortApplicationInput, CohortInput, CohortListQuery, CohortProposal, CohortUpdate,
  ExtensionInput, MatchAnswerInput, MatchListQuery, MemberCohort, MemberCohortMatch, ProposalEdit, PublishInput, PublishResult,
  RunMatchingInput, StaffApplicant, StaffCohortItem, StaffCohortMatch,
} from './schemas/cohort.ts';
import type { Role } from './schemas/common.ts';
import type { StaffActionInput } from './schemas/staff.ts';

/** A member's side of cohorts. */
export interface CohortAdapter {
  /**
   * The cohorts the viewer may see (every cohort not archived), soonest term first, each with the viewer's
   * applications, their published matches (the partner as the viewer may see them, the reasons, the actions),
   * and what they may do now.
   */
  listCohorts(options?: CallOptions): Promise<MemberCohort[]>;
  /**
   * Applies in `role`, or edits that application (a withdrawn one is applied again), while the window is open.
   * `unavailable` (`window-closed`, `not-enrolled`, `suspended`); `validation` (`role`: not one of the cohort's;
   * `topics`: a topic the program does not offer; `avoid`: the member themself).
   */
  applyToCohort(cohortId: string, role: Role, input: CohortApplicationInput, options?: CallOptions): Promise<MemberCohort>;
  /** Withdraws the application in `role` while the window is open. `not-found` for none; `unavailable` (`window-closed`). */
  withdrawApplication(cohortId: string, role: Role, options?: CallOptions): Promise<MemberCohort>;
  /**
   * Accepts or declines a published match (a decline may give a reason, read by staff only). When both have
   * accepted, the mentorship is active with the cohort's term. A decline sends both back to the pool: the
   * next run proposes someone else. `conflict` (`state`: answered already; `stale`); `expired`.
   */
  answerMatch(matchId: string, input: MatchAnswerInput, options?: CallOptions): Promise<MemberCohortMatch>;
  /**
   * Asks to move the end of an active cohort mentorship to `endsAt`, or agrees when the partner asked for the
   * same date: then the end moves. `endsAt: null` withdraws the viewer's ask or refuses the partner's.
   * `validation` (`endsAt`, `extension-limit`: after `latestEnd`, or not after the current end);
   * `conflict` (`state`: not active).
   */
  extendMentorship(mentorshipId: string, input: ExtensionInput, options?: CallOptions): Promise<MemberCohortMatch>;
  /**
   * After the viewer's mentorship (as mentee) in this cohort ended early, asks for a new match: their
   * application joins the next run's pool. `conflict` (`state`) when there is no such ended mentorship.
   */
  requestRematch(cohortId: string, options?: CallOptions): Promise<MemberCohort>;
}

/** Does this adapter offer cohorts (MemoryAdapter and the REST adapter do; a society's own may not)? */
export const hasCohorts = (adapter: MentoringAdapter): adapter is MentoringAdapter & CohortAdapter =>
  typeof (adapter as Partial<CohortAdapter>).listCohorts === 'function';

/** The program office's side of cohorts; every call audited and refused to anyone but staff. */
export interface CohortStaffAdapter {
  /** Every cohort (archived ones with `includeArchived`), newest term first, with its counts. */
  listCohorts(query: CohortListQuery, options?: CallOptions): Promise<StaffCohortItem[]>;
  getCohort(id: string, options?: CallOptions): Promise<StaffCohortItem>;
  /** A new cohort, open. Members hear of it (a `cohort` change). */
  createCohort(input: CohortInput, options?: CallOptions): Promise<StaffCohortItem>;
  /** Replaces a cohort's name, dates and roles. `conflict` (`stale`; `state`: archived). */
  updateCohort(id: string, update: CohortUpdate, options?: CallOptions): Promise<StaffCohortItem>;
  /** Closes (stops applications), reopens or archives a cohort. `conflict` (`state`). */
  actOnCohort(id: string, action: CohortAction, input: StaffActionInput, options?: CallOptions): Promise<StaffCohortItem>;
  /** The cohort's applicants, mentors then mentees, by name, with whether each is in the next run's pool. */
  listApplicants(cohortId: string, query: ApplicantQuery, options?: CallOptions): Promise<StaffApplicant[]>;
  /**
   * Proposes matches for everyone in the pool (the draft, replaced; its locked pairs kept): the program's
   * match score under every limit. `conflict` (`state`: archived).
   */
  runMatching(cohortId: string, input: RunMatchingInput, options?: CallOptions): Promise<CohortProposal>;
  /** The draft waiting for review, or null. */
  getProposal(cohortId: string, options?: CallOptions): Promise<CohortProposal | null>;
  /**
   * Swaps, removes, adds or locks a pair of the draft. `conflict` (`stale`: the draft moved on; `state`: no
   * draft); `validation` for a pair the draft does not hold, or one that would break a limit.
   */
  editProposal(cohortId: string, edit: ProposalEdit, options?: CallOptions): Promise<CohortProposal>;
  /**
   * Publishes the draft of `version`, exactly once (two staff publishing at once: one publication, the other
   * `conflict`): each pair becomes a match both members are told of and answer.
   */
  publishProposal(cohortId: string, input: PublishInput, options?: CallOptions): Promise<PublishResult>;
  /** The published matches with both answers (declines with their reasons), filtered by status. */
  listCohortMatches(cohortId: string, query: MatchListQuery, options?: CallOptions): Promise<StaffCohortMatch[]>;
}

export type { Cohort };
