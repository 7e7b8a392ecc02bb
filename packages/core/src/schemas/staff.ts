// The program office's shapes: what staff ask the staff adapter (staff-adapter.ts) and what it answers.
// Staff see members' whole records (`Member`, every partner's `Feedback`); members never receive these.
// The rules behind the figures and lists are in dashboard.ts, staff-lists.ts, standing.ts and concerns.ts.
import * as z from 'zod/mini';
import { refine } from './refine.ts';
import { CalendarDate, Id, Instant, MeetingMode, Role, text } from './common.ts';
import { ConcernStatus } from './concern.ts';
import { ConcernEvent } from './staff-records.ts';
import { Member } from './member.ts';
import { Feedback, MentorshipState, Mentorship } from './mentorship.ts';
import { ProgramSettings, TermMonths } from './settings.ts';

export * from './staff-records.ts';

/** Why staff act: required on every staff action, written to the audit log and told to the members concerned. */
export const Reason = text(500, 1);

// ---------------------------------------------------------------------------------------------
// Paging: keyset cursors (staff-lists.ts), so page 1,000 of 100,000 members costs what page 1 does in SQL.

/** Opaque: the position after the last item of a page. Pass it back unchanged with the same filters. */
export const Cursor = z.string().check(z.minLength(1), z.maxLength(1000));

export const DEFAULT_STAFF_PAGE_SIZE = 50;
export const MAX_STAFF_PAGE_SIZE = 200;

const paging = {
  /** Default DEFAULT_STAFF_PAGE_SIZE. */
  limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_STAFF_PAGE_SIZE))),
  /** Absent: the first page. */
  cursor: z.optional(Cursor),
};

/**
 * A list's query: its filter's fields and paging; a filter's checks (`inOrder`) are given again. What
 * `z.extend(filter, paging)` made, spelled out: zod's extend is code every page loaded for a few uses.
 */
const listQuery = <Shape extends z.core.$ZodLooseShape>(filter: z.ZodMiniObject<Shape, z.core.$strict>) => z.strictObject({ ...filter.shape, ...paging });

/** A page of a staff list: `total` counts every item the filters match; `next` is null on the last page. */
const page = <T extends z.ZodMiniType>(item: T) =>
  z.strictObject({ items: z.array(item), total: z.int().check(z.gte(0)), next: z.nullable(Cursor) });

/** Days, inclusive, in UTC. */
const dateRange = {
  from: z.optional(CalendarDate),
  to: z.optional(CalendarDate),
};
interface Range {
  from?: string | undefined;
  to?: string | undefined;
}
const inOrder = <T extends Range>() =>
  refine<T>((range) => !range.from || !range.to || range.from <= range.to, { message: 'from must not be after to', path: ['to'] });

/** A member as staff lists show the other side of a mentorship: enough to find and write to them. */
export const MemberRef = z.strictObject({ id: Id, name: z.string(), email: z.string() });
export type MemberRef = z.infer<typeof MemberRef>;

// ---------------------------------------------------------------------------------------------
// Members.

/**
 * Where a member stands in one of their roles, as the office counts them: each enrolled member is in exactly
 * one per role (standing.ts `roleStanding`, in this order of precedence): suspended, a mentor role awaiting
 * approval or declined, paused, full (no place left), else participating.
 */
export const MEMBER_STANDINGS = ['participating', 'full', 'paused', 'awaiting-approval', 'declined', 'suspended'] as const;
export const MemberStanding = z.enum(MEMBER_STANDINGS);
export type MemberStanding = z.infer<typeof MemberStanding>;

/** Filters of the members list (and its CSV). Left out: no filter. */
export const MemberListFilter = z.strictObject({
  /** Words that must all appear in the name, email or id (accents and case ignored). */
  text: z.optional(text(200)),
  /** Enrolled in this role. */
  role: z.optional(Role),
  /** Standing in `role`, or (no role) in either role. */
  standing: z.optional(MemberStanding),
  /** Offers (mentor) or seeks (mentee) this topic; in `role` if given. */
  topic: z.optional(Id),
  /** Enrolled in any role (false: signed in but never enrolled). */
  enrolled: z.optional(z.boolean()),
});
export type MemberListFilter = z.infer<typeof MemberListFilter>;

/** `GET /staff/members`: by name (accents and case ignored), then id. */
export const MemberListQuery = listQuery(MemberListFilter);
export type MemberListQuery = z.infer<typeof MemberListQuery>;

/** A member as staff see them: the whole record, their counts and their standing in each role. */
export const StaffMemberItem = z.strictObject({
  member: Member,
  activeMentees: z.int().check(z.gte(0)),
  activeMentors: z.int().check(z.gte(0)),
  openRequestsSent: z.int().check(z.gte(0)),
  standing: z.strictObject({ mentor: z.nullable(MemberStanding), mentee: z.nullable(MemberStanding) }),
});
export type StaffMemberItem = z.infer<typeof StaffMemberItem>;

export const StaffMemberPage = page(StaffMemberItem);
export type StaffMemberPage = z.infer<typeof StaffMemberPage>;

// ---------------------------------------------------------------------------------------------
// Mentorships and requests.

export const MentorshipListFilter = z
  .strictObject({
    /** Words that must all appear in either member's name or email, or the mentorship's id. */
    text: z.optional(text(200)),
    /** In one of these states. */
    states: z.optional(z.array(MentorshipState).check(z.minLength(1), z.maxLength(8))),
    /** Either member. */
    memberId: z.optional(Id),
    /** Among its areas of guidance. */
    topic: z.optional(Id),
    /** Made (requested or paired) on these days. */
    ...dateRange,
    pairedByStaff: z.optional(z.boolean()),
    /** true: active pairs with no meeting logged in their workspace (to follow up); false: pairs that logged one. */
    withoutMeeting: z.optional(z.boolean()),
  })
  .check(inOrder());
export type MentorshipListFilter = z.infer<typeof MentorshipListFilter>;

/** `GET /staff/mentorships`: newest first (made later, then by id, descending). */
export const MentorshipListQuery = listQuery(MentorshipListFilter).check(inOrder());
export type MentorshipListQuery = z.infer<typeof MentorshipListQuery>;

/** Open requests (pending or saved) made at least `olderThanDays` whole days ago. */
export const RequestListFilter = z.strictObject({
  olderThanDays: z.int().check(z.gte(0), z.lte(3650)),
  text: z.optional(text(200)),
  memberId: z.optional(Id),
  topic: z.optional(Id),
});
export type RequestListFilter = z.infer<typeof RequestListFilter>;

/** `GET /staff/requests`: the longest waiting first (made earlier, then by id). */
export const RequestListQuery = listQuery(RequestListFilter);
export type RequestListQuery = z.infer<typeof RequestListQuery>;

/** A mentorship as staff see it: the whole record (every partner's feedback) and both members. */
export const StaffMentorshipItem = z.strictObject({ mentorship: Mentorship, mentor: MemberRef, mentee: MemberRef });
export type StaffMentorshipItem = z.infer<typeof StaffMentorshipItem>;

export const StaffMentorshipPage = page(StaffMentorshipItem);
export type StaffMentorshipPage = z.infer<typeof StaffMentorshipPage>;

// ---------------------------------------------------------------------------------------------
// Staff actions.

/** `POST /staff/mentorships`: pair two members directly; active at once, both told. */
export const PairInput = z.strictObject({
  mentorId: Id,
  menteeId: Id,
  areas: z.array(Id).check(z.minLength(1), z.maxLength(10)),
  goals: text(2000),
  termMonths: TermMonths,
  meetingMode: MeetingMode,
  reason: Reason,
  /** Pair even though the mentor has no place left or the mentee has the most mentors allowed. */
  overrideLimits: z.optional(z.strictObject({ reason: Reason })),
});
export type PairInput = z.infer<typeof PairInput>;

/** What staff do to a mentorship for its members: end an active one, withdraw an open request. */
export const STAFF_MENTORSHIP_ACTIONS = ['end', 'withdraw'] as const;
export const StaffMentorshipAction = z.enum(STAFF_MENTORSHIP_ACTIONS);
export type StaffMentorshipAction = z.infer<typeof StaffMentorshipAction>;

/** What staff do to a member (standing.ts says from which standing each applies). */
export const STAFF_MEMBER_ACTIONS = ['pause', 'resume', 'approve', 'decline', 'suspend', 'lift-suspension'] as const;
export const StaffMemberAction = z.enum(STAFF_MEMBER_ACTIONS);
export type StaffMemberAction = z.infer<typeof StaffMemberAction>;

/** Every staff action's input: the reason, and (mentorships) the version staff saw. */
export const StaffActionInput = z.strictObject({
  reason: Reason,
  version: z.optional(z.int().check(z.gte(1))),
});
export type StaffActionInput = z.infer<typeof StaffActionInput>;

// ---------------------------------------------------------------------------------------------
// Concerns.

export const ConcernListFilter = z.strictObject({
  status: z.optional(ConcernStatus),
  /** Raised by, or about, this member. */
  memberId: z.optional(Id),
});
export type ConcernListFilter = z.infer<typeof ConcernListFilter>;

/** `GET /staff/concerns`: newest first. */
export const ConcernListQuery = listQuery(ConcernListFilter);
export type ConcernListQuery = z.infer<typeof ConcernListQuery>;

/** A concern as staff see it: both members, the whole history with staff's notes. */
export const StaffConcern = z.strictObject({
  id: Id,
  version: z.int().check(z.gte(1)),
  mentorshipId: Id,
  raisedBy: MemberRef,
  about: MemberRef,
  text: z.string(),
  status: ConcernStatus,
  createdAt: Instant,
  updatedAt: Instant,
  history: z.array(ConcernEvent),
});
export type StaffConcern = z.infer<typeof StaffConcern>;

export const StaffConcernPage = page(StaffConcern);
export type StaffConcernPage = z.infer<typeof StaffConcernPage>;

/** `PATCH /staff/concerns/{id}`: a new status, a reply the member reads, a note only staff read; at least one. */
export const ConcernUpdate = z
  .strictObject({
    version: z.optional(z.int().check(z.gte(1))),
    status: z.optional(ConcernStatus),
    reply: z.optional(text(4000, 1)),
    note: z.optional(text(4000, 1)),
  })
  .check(
    refine((update) => update.status !== undefined || update.reply !== undefined || update.note !== undefined, {
      message: 'give a status, a reply or a note',
      path: ['status'],
    }),
  );
export type ConcernUpdate = z.infer<typeof ConcernUpdate>;

// ---------------------------------------------------------------------------------------------
// Settings.

// ProgramRecord: staff-records.ts.

/** `PUT /staff/settings`: the whole settings, the version they were edited from, and why. */
export const SettingsUpdate = z.strictObject({
  settings: ProgramSettings,
  version: z.int().check(z.gte(1)),
  reason: Reason,
});
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;

// ---------------------------------------------------------------------------------------------
// Evaluations: every partner's feedback, with averages.

export const EvaluationListFilter = z
  .strictObject({
    /** Given on these days. */
    ...dateRange,
    /** Given by the mentor or by the mentee. */
    by: z.optional(Role),
    rating: z.optional(z.int().check(z.gte(1), z.lte(5))),
    /** Either member of the mentorship. */
    memberId: z.optional(Id),
  })
  .check(inOrder());
export type EvaluationListFilter = z.infer<typeof EvaluationListFilter>;

/** `GET /staff/evaluations`: newest first (given later, then mentorship id and member id, descending). */
export const EvaluationListQuery = listQuery(EvaluationListFilter).check(inOrder());
export type EvaluationListQuery = z.infer<typeof EvaluationListQuery>;

export const Evaluation = z.strictObject({
  mentorshipId: Id,
  state: MentorshipState,
  mentor: MemberRef,
  mentee: MemberRef,
  /** Which partner gave it. */
  by: Role,
  feedback: Feedback,
});
export type Evaluation = z.infer<typeof Evaluation>;

/** How many ratings and their mean (null when none), over everything the filters match. */
export const RatingAverage = z.strictObject({
  count: z.int().check(z.gte(0)),
  average: z.nullable(z.number().check(z.gte(1), z.lte(5))),
});
export type RatingAverage = z.infer<typeof RatingAverage>;

export const EvaluationPage = z.strictObject({
  ...page(Evaluation).shape,
  averages: z.strictObject({ all: RatingAverage, byMentors: RatingAverage, byMentees: RatingAverage }),
});
export type EvaluationPage = z.infer<typeof EvaluationPage>;

// ---------------------------------------------------------------------------------------------
// The audit log: append-only; every staff action and settings change.


export const AUDIT_ACTIONS = [
  'pair', 'end', 'withdraw', 'pause', 'resume', 'approve', 'decline', 'suspend', 'lift-suspension',
  'concern', 'settings',
  // Cohorts (issue 14).
  'cohort-create', 'cohort-update', 'cohort-close', 'cohort-reopen', 'cohort-archive', 'cohort-run', 'cohort-edit', 'cohort-publish',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_SUBJECTS = ['member', 'mentorship', 'concern', 'program', 'cohort'] as const;
export const AuditSubject = z.enum(AUDIT_SUBJECTS);
export type AuditSubject = z.infer<typeof AuditSubject>;

/** JSON values: the fields a change touched, as they were and as they became. */
const Fields = z.record(z.string(), z.unknown());

export const AuditEntry = z.strictObject({
  /** Its place in the log: later entries have higher numbers. */
  seq: z.int().check(z.gte(1)),
  at: Instant,
  /** The staff member who acted. */
  actorId: Id,
  action: AuditAction,
  subject: z.strictObject({ kind: AuditSubject, id: Id }),
  /** Null only for a concern update, whose reply or note says why. */
  reason: z.nullable(z.string()),
  /** The limits a pairing went past, and staff's reason for it (`pair` with `overrideLimits` only). */
  override: z.nullable(z.strictObject({ limits: z.array(z.string()), reason: z.string() })),
  /** The top-level fields the action changed (audit.ts `changedFields`); null: created (before) or none. */
  before: z.nullable(Fields),
  after: z.nullable(Fields),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListFilter = z
  .strictObject({
    action: z.optional(AuditAction),
    actorId: z.optional(Id),
    /** The member, mentorship, concern or program (`program`) acted on. */
    subjectId: z.optional(Id),
    ...dateRange,
  })
  .check(inOrder());
export type AuditListFilter = z.infer<typeof AuditListFilter>;

/** `GET /staff/audit`: newest first. */
export const AuditListQuery = listQuery(AuditListFilter).check(inOrder());
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditPage = page(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

// ---------------------------------------------------------------------------------------------
// CSV exports: each list with its filters, as text (csv.ts).

export const CSV_LISTS = ['members', 'mentorships', 'requests', 'evaluations', 'concerns', 'audit'] as const;
export type CsvList = (typeof CSV_LISTS)[number];

/** Each list's filters: an export's, and (with paging) the list's own query. */
export const LIST_FILTERS = {
  members: MemberListFilter,
  mentorships: MentorshipListFilter,
  requests: RequestListFilter,
  evaluations: EvaluationListFilter,
  concerns: ConcernListFilter,
  audit: AuditListFilter,
} as const satisfies Record<CsvList, z.ZodMiniType>;

export const CsvRequest = z.discriminatedUnion('list', [
  z.strictObject({ list: z.literal('members'), filter: MemberListFilter }),
  z.strictObject({ list: z.literal('mentorships'), filter: MentorshipListFilter }),
  z.strictObject({ list: z.literal('requests'), filter: RequestListFilter }),
  z.strictObject({ list: z.literal('evaluations'), filter: EvaluationListFilter }),
  z.strictObject({ list: z.literal('concerns'), filter: ConcernListFilter }),
  z.strictObject({ list: z.literal('audit'), filter: AuditListFilter }),
]);
export type CsvRequest = z.infer<typeof CsvRequest>;

// ---------------------------------------------------------------------------------------------
// The dashboard (dashboard.ts defines each figure).

/** `GET /staff/dashboard`: days, inclusive, in UTC; at most ten years. */
export const DashboardQuery = z
  .strictObject({ from: CalendarDate, to: CalendarDate })
  .check(inOrder());
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const count = z.int().check(z.gte(0));
const rate = z.nullable(z.number().check(z.gte(0), z.lte(1)));

/** Members enrolled in one role, now, by standing (each in exactly one); `enrolled` is their sum. */
export const StandingCounts = z.strictObject({
  enrolled: count,
  ...(Object.fromEntries(MEMBER_STANDINGS.map((standing) => [standing, count])) as Record<MemberStanding, typeof count>),
});
export type StandingCounts = z.infer<typeof StandingCounts>;

export const TopicBalance = z.strictObject({
  id: Id,
  label: z.string(),
  retired: z.boolean(),
  /** Participating mentees seeking it who have a place for a mentor left. */
  demand: count,
  /** Places left with the mentors offering it who can be found (participating, approved, not suspended). */
  supply: count,
});
export type TopicBalance = z.infer<typeof TopicBalance>;

export const MonthFigures = z.strictObject({
  /** `YYYY-MM`, UTC. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  /** Requests made (staff pairings included). */
  requests: count,
  /** Mentorships started (accepted or paired). */
  started: count,
  completed: count,
  endedEarly: count,
  /** Roles taken: a member enrolling as mentor and mentee counts twice. */
  enrolments: count,
});
export type MonthFigures = z.infer<typeof MonthFigures>;

export const Dashboard = z.strictObject({
  from: CalendarDate,
  to: CalendarDate,
  /** The instant "now" figures (members, places, topics, active) were read at. */
  at: Instant,
  members: z.strictObject({ mentor: StandingCounts, mentee: StandingCounts }),
  /** Requests made in the range, by their state now (pending counts saved ones; accepted: became active). */
  requests: z.strictObject({
    made: count, pending: count, accepted: count, declined: count, withdrawn: count, expired: count,
  }),
  /** Mentorships started in the range, by their state now; `activeNow` counts every active one. */
  mentorships: z.strictObject({ started: count, active: count, completed: count, endedEarly: count, activeNow: count }),
  /** Over requests made in the range that were accepted or declined: hours from request to answer. */
  medianHoursToFirstAnswer: z.nullable(z.number().check(z.gte(0))),
  /** Accepted ÷ (accepted + declined + expired) of requests made in the range; null when none was decided. */
  acceptanceRate: rate,
  /** Now: places offered by mentors who can be found (participating, approved, not suspended), and used. */
  mentorPlaces: z.strictObject({ offered: count, used: count, rate }),
  /** Now, every topic of the program (retired ones too). */
  topics: z.array(TopicBalance),
  /** Each month the range touches, oldest first. */
  trend: z.array(MonthFigures),
});
export type Dashboard = z.infer<typeof Dashboard>;
