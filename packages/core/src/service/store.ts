// The store the mentoring service runs over: the facts its operations read and the writes they make,
// inside one unit of work. The in-memory store (memory-store.ts) and the server's SQL store implement it;
// neither decides anything, they only keep records and answer questions about them. A read answers with
// a value (in memory) or a promise (SQL): see op.ts.
import type { MentoringChange } from '../adapter.ts';
import type { MatchReason, SearchQuery } from '../schemas/search.ts';
import type { Member } from '../schemas/member.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import type { ConcernRecord } from '../schemas/staff-records.ts';
import type {
  AuditEntry, AuditListFilter, ConcernListFilter, DashboardQuery, EvaluationListFilter, MemberListFilter,
  MentorshipListFilter, ProgramRecord, RequestListFilter,
} from '../schemas/staff.ts';
import type { DashboardFacts } from '../dashboard.ts';
import type { EvaluationRow, MemberRow, SortKey } from '../staff-lists.ts';
import type { Notification } from '../notifications.ts';
import type { NotificationPreferences } from '../schemas/notification.ts';
import type { ActiveCounts, OpenCounts } from '../views.ts';
import type { Awaitable, Op } from './op.ts';
import type { CohortChange, CohortReads } from './cohort-store.ts';
import type { WorkspaceReads, WorkspaceWrites } from './workspace-store.ts';

/** A change as it is recorded: what changed, and the members it concerns (null: every member). */
export interface ChangeRecord extends MentoringChange {
  audience: readonly string[] | null;
}

/** Open or active mentorships a member has as mentor and as mentee. */
export interface LiveCounts {
  asMentor: number;
  asMentee: number;
}

/** A search, for the store to rank with core's `rankCandidates` over the members it holds. */
export interface RankRequest {
  /** Parsed, with the page to return. */
  query: SearchQuery & { offset: number; limit: number };
  /** The searching member's whole record when enrolled (the seeker), else null: only the criteria count. */
  viewer: Member | null;
  /** Matched on their whole record (the viewer's partners); every other member on their `publicProfile`. */
  partners: ReadonlySet<string>;
  settings: ProgramSettings;
  now: Date;
}

export interface RankedMember {
  /** The whole record: the service shows it as the viewer may see it. */
  member: Member;
  counts: ActiveCounts;
  score: number;
  reasons: MatchReason[];
}

/** A member's notifications the cap held back for their digest, oldest first, and the store's ids for them. */
export interface HeldNotifications {
  memberId: string;
  ids: number[];
  notifications: Notification[];
}

/** A notification in its member's list (the bell), and when they read it. */
export interface StoredNotification {
  id: string;
  notification: Notification;
  readAt: string | null;
}

export interface RankedPage {
  total: number;
  page: RankedMember[];
}

/**
 * One page of a staff list, for the store to answer in the list's order (staff-lists.ts defines each list's
 * filter, order and sort key: the store's answer must be exactly what `staffListPage` gives over the same
 * records). The service asks for one item more than it shows, to know whether there is a next page.
 */
export interface ListRequest<F> {
  filter: F;
  /** The sort key of the last item of the previous page: answer the items after it; null: from the start. */
  after: SortKey | null;
  limit: number;
  /** Count every item the filter matches (`total`); false (a CSV export's pages): leave it null. */
  withTotal: boolean;
  settings: ProgramSettings;
  now: Date;
}

export interface StorePage<T> {
  items: T[];
  total: number | null;
}

/** The dashboard's range and the instant its "now" figures are read at. */
export interface DashboardRequest {
  query: DashboardQuery;
  settings: ProgramSettings;
  now: Date;
}

/** What every unit of work can read. Reads see the unit's own writes. */
export interface StoreReads extends WorkspaceReads {
  /** The program's settings now. */
  program(): Awaitable<ProgramSettings>;
  /** The same, with their version and last change (staff's settings page and a settings change). */
  programRecord(): Awaitable<ProgramRecord>;
  member(id: string): Awaitable<Member | undefined>;
  /** Those of `ids` that exist, by id. */
  members(ids: readonly string[]): Awaitable<ReadonlyMap<string, Member>>;
  mentorship(id: string): Awaitable<Mentorship | undefined>;
  /** Every mentorship the member is part of, newest first (made in the same instant: the later one first). */
  mentorshipsOf(memberId: string): Awaitable<Mentorship[]>;
  /** The active counts of each of `memberIds` (any other id: none). */
  activeCounts(memberIds: readonly string[]): Awaitable<(memberId: string) => ActiveCounts>;
  openCounts(memberId: string): Awaitable<OpenCounts>;
  liveCounts(memberId: string): Awaitable<LiveCounts>;
  /** Is there an open or active mentorship between these two members, either way round? */
  pairHasLiveMentorship(a: string, b: string): Awaitable<boolean>;
  /** Is any open request past its expiry date at `now`? */
  anyOverdue(now: Date): Awaitable<boolean>;
  /** One page of the members a search finds, best first, with the total. */
  rankMembers(request: RankRequest): Awaitable<RankedPage>;

  // The program office's reads. Each list's filter, order and figures are defined by core's reference
  // (staff-lists.ts `staffListPage`, dashboard.ts `dashboardFacts`), which MemoryStore runs; a store that
  // answers faster (SQL) must answer the same.
  /** Members by name key then id, with their counts. */
  memberPage(request: ListRequest<MemberListFilter>): Awaitable<StorePage<MemberRow>>;
  /** Mentorships, newest first. */
  mentorshipPage(request: ListRequest<MentorshipListFilter>): Awaitable<StorePage<Mentorship>>;
  /** Open requests waiting long enough, the oldest first. */
  requestPage(request: ListRequest<RequestListFilter>): Awaitable<StorePage<Mentorship>>;
  /** Every partner's feedback, newest first. */
  evaluationPage(request: ListRequest<EvaluationListFilter>): Awaitable<StorePage<EvaluationRow>>;
  /** The means of the ratings the filter matches: all, by mentors, by mentees (count, sum). */
  ratingTotals(filter: EvaluationListFilter, settings: ProgramSettings): Awaitable<RatingTotals>;
  /** Concerns, newest first. */
  concernPage(request: ListRequest<ConcernListFilter>): Awaitable<StorePage<ConcernRecord>>;
  /** The audit log, newest first. */
  auditPage(request: ListRequest<AuditListFilter>): Awaitable<StorePage<AuditEntry>>;
  /** The dashboard's counts (dashboard.ts says what each one counts). */
  dashboardFacts(request: DashboardRequest): Awaitable<DashboardFacts>;
  concern(id: string): Awaitable<ConcernRecord | undefined>;
  /** The concerns a member raised, newest first (made in the same instant: the later one first). */
  concernsRaisedBy(memberId: string): Awaitable<ConcernRecord[]>;
  /** Cohorts, applications, drafts and matches (issue 14; service/cohort-store.ts). */
  readonly cohortRecords: CohortReads;

  /** The member's latest `limit` notifications, newest first, and how many of all of theirs are unread. */
  notificationList(memberId: string, limit: number): Awaitable<{ items: StoredNotification[]; unread: number }>;
  /** What the member chose for their emails; undefined: never chosen (the defaults). */
  notificationPreferences(memberId: string): Awaitable<NotificationPreferences | undefined>;
}

/** Ratings counted and added up, for the evaluations' averages. */
export interface RatingTotals {
  all: { count: number; sum: number };
  byMentors: { count: number; sum: number };
  byMentees: { count: number; sum: number };
}

/**
 * A unit of work that changes something: reads, locks held until it ends, writes, and the notifications
 * and change records that go with them. All of it is kept, or (when the work throws) none of it.
 */
export interface StoreChange extends StoreReads, WorkspaceWrites {
  /**
   * Reads these members and keeps anyone else from changing them until the unit ends. Every unit locks
   * members before mentorships, so two units locking the same records wait for each other, never deadlock.
   */
  lockMembers(ids: readonly string[]): Awaitable<ReadonlyMap<string, Member>>;
  /** Reads the mentorship and keeps anyone else from changing it until the unit ends. */
  lockMentorship(id: string): Awaitable<Mentorship | undefined>;
  /**
   * Up to `limit` open requests that may be due for expiry or a reminder at `now` (any superset: the
   * lifecycle decides), oldest expiry first, locked; those in `skip` and those another unit is working on
   * are left out, not waited for.
   */
  lockDueRequests(now: Date, reminderDays: number, limit: number, skip: readonly string[]): Awaitable<Mentorship[]>;
  /** A new mentorship id, never one the store has. */
  newMentorshipId(): string;
  /** Stores a member seen for the first time; false (and nothing written) if they are already stored. */
  addMember(member: Member): Awaitable<boolean>;
  updateMember(member: Member): Awaitable<void>;
  /** Throws `conflict` (`duplicate`) when the pair already has an open or active mentorship. */
  addMentorship(mentorship: Mentorship): Awaitable<void>;
  updateMentorship(mentorship: Mentorship): Awaitable<void>;
  /**
   * Reads the settings and keeps anyone else from changing them until the unit ends. Only a settings change
   * takes this lock, and takes it before any other.
   */
  lockProgram(): Awaitable<ProgramRecord>;
  /** Replaces the settings: every later unit reads these. */
  saveProgram(record: ProgramRecord): Awaitable<void>;
  /** A new concern id, never one the store has. */
  newConcernId(): string;
  addConcern(concern: ConcernRecord): Awaitable<void>;
  /** Reads the concern and keeps anyone else from changing it until the unit ends. */
  lockConcern(id: string): Awaitable<ConcernRecord | undefined>;
  updateConcern(concern: ConcernRecord): Awaitable<void>;
  /** Appends to the audit log, which is never changed or shortened; the store numbers the entry (`seq`). */
  appendAudit(entry: Omit<AuditEntry, 'seq'>): Awaitable<void>;
  /**
   * Sent (in memory: put in the outbox) once the unit is kept. Like a held one (`holdForDigest`), it is
   * also put in its member's list, and the member hears a `notification` change.
   */
  notify(notification: Notification): void;
  /**
   * How many notifications `causedBy`'s actions have sent `memberId` at or after `since` (their `at`), this
   * unit's included; held ones are not sent.
   */
  notificationsCaused(causedBy: string, memberId: string, since: Date): Awaitable<number>;
  /** Kept for the recipient's digest (instead of sent) once the unit is kept. */
  holdForDigest(notification: Notification): void;
  /**
   * The held notifications of up to `limit` members whose oldest held one was held at or before `heldBy`,
   * locked: another unit skips those members' until this one ends.
   */
  lockHeldNotifications(heldBy: Date, limit: number): Awaitable<HeldNotifications[]>;
  /** Forgets these held notifications: a digest has told of them. */
  releaseHeld(ids: readonly number[]): Awaitable<void>;
  /** Recorded, and told to whoever listens, once the unit is kept. */
  recordChange(change: ChangeRecord): void;
  readonly cohortRecords: CohortChange;
  /** Marks the member's notifications read at `at`: these ids (others' ignored), or (null) every one; one already read keeps its instant. */
  markNotificationsRead(memberId: string, ids: readonly string[] | null, at: Date): Awaitable<void>;
  saveNotificationPreferences(memberId: string, preferences: NotificationPreferences, at: Date): Awaitable<void>;
}

/**
 * A call that may be sent again (a retried request): the store makes its change once and answers a repeat
 * (same member, key and fingerprint) with the first answer; the same key with another fingerprint is a
 * `conflict`. A store that sees no retries (in memory) may ignore it.
 */
export interface RetryKey {
  memberId: string;
  key: string;
  /** What the call was (method, path, body); the same key with another call is refused. */
  fingerprint: string;
}

/**
 * How the store kept a call's unit of work, filled in by `change` when the unit ends, for the caller to
 * pass on (the server's answer headers: Idempotent-Replayed, Mentor-Changes-Made).
 */
export interface UnitReceipt {
  /** A retry answered with the first answer: this unit changed nothing. */
  replayed: boolean;
  /**
   * Where the changes the unit recorded stand in the store's change feed (the server's `/changes` seqs), in
   * order. None on a replay, and none from a store whose feed has no positions (in memory).
   */
  changeSeqs: number[];
}

/** A call's unit of work: its retry key, if it may be sent again, and the receipt the store fills in. */
export interface UnitOptions {
  retry?: RetryKey | undefined;
  receipt?: UnitReceipt | undefined;
}

export interface MentoringStore {
  /** Runs reads that change nothing. */
  read<T>(work: (tx: StoreReads) => Op<T>): Awaitable<T>;
  /** Runs `work` as one unit of work: kept whole if it returns, not at all if it throws. */
  change<T>(work: (tx: StoreChange) => Op<T>, options?: UnitOptions): Awaitable<T>;
}
