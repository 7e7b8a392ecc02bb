// The program office's contract: what staff do, and all `<mentor-program-office>` sees. The staff service
// (service/staff-service.ts) implements every operation once; MemoryBackend.staffAdapterFor, the REST
// adapter's staff adapter and the server's `/api/v1/staff` routes reach it. A member's MentoringAdapter never
// offers these operations; the staff adapter is a connection of its own, signed in as one staff member.
//
// Errors (every method), as `MentoringError` codes:
// - `unauthenticated`: nobody is signed in.
// - `forbidden` (`staff-only`): the signed-in member is not staff. Nothing is read or changed.
// - `validation`, naming the field: bad input (an unknown filter, a cursor from another list, an empty
//   reason, settings the schema or the settings rules refuse). Nothing is changed.
// - `network` (`aborted`): the call's signal was aborted.
// Each method's own errors are listed with it.
import type { CallOptions, ChangeListener } from './adapter.ts';
import type { CohortStaffAdapter } from './cohort-adapter.ts';
import type {
  AuditListQuery, AuditPage, ConcernListQuery, ConcernUpdate, CsvRequest, Dashboard, DashboardQuery,
  EvaluationListQuery, EvaluationPage, MemberListQuery, MentorshipListQuery, PairInput, ProgramRecord,
  RequestListQuery, SettingsUpdate, StaffActionInput, StaffConcern, StaffConcernPage, StaffMemberAction,
  StaffMemberItem, StaffMemberPage, StaffMentorshipAction, StaffMentorshipItem, StaffMentorshipPage,
} from './schemas/staff.ts';

/** Cohorts' staff operations are part of it (cohort-adapter.ts). */
export interface StaffAdapter extends CohortStaffAdapter {
  /** The figures for the days `from`..`to` (UTC, inclusive); dashboard.ts defines each one. */
  getDashboard(query: DashboardQuery, options?: CallOptions): Promise<Dashboard>;

  /** Members by name, filtered, one page at a time (`next` is the cursor of the page after). */
  listMembers(query: MemberListQuery, options?: CallOptions): Promise<StaffMemberPage>;
  /** One member as staff see them. `not-found` for an unknown id. */
  getMember(id: string, options?: CallOptions): Promise<StaffMemberItem>;
  /** Mentorships and requests in any state, newest first, filtered. */
  listMentorships(query: MentorshipListQuery, options?: CallOptions): Promise<StaffMentorshipPage>;
  /** Open requests waiting at least `olderThanDays` days, the longest waiting first. */
  listRequests(query: RequestListQuery, options?: CallOptions): Promise<StaffMentorshipPage>;

  /**
   * One of the lists as a CSV file, with the same filters as the list (no paging: every item), as chunks
   * of text to join or stream: the first chunk starts with a UTF-8 byte order mark (`\uFEFF`) and the header
   * row; rows end with CRLF; a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
   * prefixed with `'` so no spreadsheet runs it as a formula (csv.ts). Nothing is read until the first chunk
   * is asked for; errors (`forbidden`, `validation`) reject that first step. The file is never whole in
   * memory on the backend: it is read a page at a time.
   */
  exportCsv(request: CsvRequest, options?: CallOptions): AsyncIterable<string>;

  /**
   * Pairs two members directly: a mentorship active at once (`pairedByStaff`), both told, audited. Refused
   * like a request, by who the two are: `validation` (the same member twice: `menteeId`; unknown or retired
   * areas: `areas`; a term the program does not offer: `termMonths`), `not-found` (either member),
   * `unavailable` with the member in `details.memberId` (`not-enrolled` in the role, `paused`, `suspended`,
   * `awaiting-approval`: the mentor's role is not approved), `conflict` (`duplicate`: an open or active
   * mentorship between them already). The limits (`capacity-reached`: `mentor-full`, `mentors-per-mentee`)
   * apply unless `overrideLimits` gives a reason; the audit entry then names the limits passed.
   */
  pair(input: PairInput, options?: CallOptions): Promise<StaffMentorshipItem>;
  /**
   * Ends an active mentorship (`end`) or withdraws an open request (`withdraw`) for its members, with a
   * reason both are told (`endReason`, `closedByStaff`). `not-found`; `conflict` (`state`: not active / not
   * open; `stale`: `version` is older than the mentorship's).
   */
  actOnMentorship(id: string, action: StaffMentorshipAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMentorshipItem>;
  /**
   * Pauses or resumes a member (their availability, as if they had), approves or declines a mentor awaiting
   * approval (approve also a declined one), suspends a member or lifts it; the member is told, with the
   * reason. `not-found`; `conflict` (`state`) when the member's standing does not allow it (standing.ts
   * `STAFF_MEMBER_RULES`: pause a paused member, approve one who is not a mentor awaiting approval, …).
   */
  actOnMember(id: string, action: StaffMemberAction, input: StaffActionInput, options?: CallOptions): Promise<StaffMemberItem>;

  /** The concerns members raised, newest first, filtered by status or member. */
  listConcerns(query: ConcernListQuery, options?: CallOptions): Promise<StaffConcernPage>;
  /**
   * Moves a concern on: a new status, a reply (the member is told and reads it), a note for staff. `not-found`;
   * `conflict` (`stale`: an older `version`; `state`: a status it already has, with nothing else).
   */
  updateConcern(id: string, update: ConcernUpdate, options?: CallOptions): Promise<StaffConcern>;

  /** The program's settings with their version and who changed them last. */
  getSettings(options?: CallOptions): Promise<ProgramRecord>;
  /**
   * Replaces the settings, checked by the schema and the settings rules (settings-rules.ts: an entry of the
   * topics, industries or career stages may be renamed or retired, never removed; a changed code of conduct
   * needs a new version). Audited; every page hears a `program` change. `conflict` (`stale`) when `version`
   * is not the current one (someone else changed them first).
   */
  updateSettings(update: SettingsUpdate, options?: CallOptions): Promise<ProgramRecord>;

  /** Every partner's feedback, newest first, with the averages over everything the filters match. */
  listEvaluations(query: EvaluationListQuery, options?: CallOptions): Promise<EvaluationPage>;
  /** The audit log, newest first: who did what, when, to what, why, and the fields before and after. */
  listAudit(query: AuditListQuery, options?: CallOptions): Promise<AuditPage>;

  /** Every change in the program (any member's, mentorship's, concern's, the settings'), as it happens. */
  subscribe(listener: ChangeListener): () => void;
}
