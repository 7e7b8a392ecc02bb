// Core's MentoringStore over the database: the mentoring service's reads and writes as SQL (the table
// modules beside this one), and its unit of work as one transaction. The row locks are the ones the
// service asks for: members (`FOR UPDATE`, in id order) before the mentorship, and `SKIP LOCKED` for the
// jobs' candidates, so the limits checked at accept hold under concurrency. The notifications (the email
// outbox), the change records and an Idempotency-Key's answer are written in the same transaction as the
// change they go with: nothing is stored, sent or remembered when anything throws. A call's receipt is
// filled in as its transaction commits: replayed, or the feed positions (seqs) of the changes it recorded.
import {
  MentoringError, duplicateMentorship, newConcernId, newMentorshipId, rankCandidates, recipientOf, roleSought, runOp,
  type ChangeRecord, type Clock, type LiveCounts, type Member, type MentoringStore, type Mentorship, type Notification,
  type Op, type OpenCounts, type ProgramSettings, type RankRequest, type RankedPage, type StoreChange,
  type StoreReads, type ActiveCounts, type UnitOptions, type HeldNotifications, type AuditEntry, type AuditListFilter, type ConcernListFilter,
  type ConcernRecord, type DashboardFacts, type DashboardRequest, type EvaluationListFilter, type EvaluationRow, type ListRequest,
  type MemberListFilter, type MemberRow, type MentorshipListFilter, type ProgramRecord, type RatingTotals, type RequestListFilter,
  type StorePage, type NudgeCandidate, type WorkspaceRecord,
} from '@mentor-match/core';
import { SqlCohortRecords } from './cohorts.ts';
import { listChanges, routeEmails, type NotificationPreferences, type StoredNotification } from '@mentor-match/core';
import { UNIQUE_VIOLATION, sqlState, type Database, type Queryable } from '../db/database.ts';
import type { Program } from '../program.ts';
import type { MemberDirectory } from '../search/directory.ts';
import { appendAudit } from './audit.ts';
import { recordChanges } from './changes.ts';
import { concernsRaisedBy, findConcern, insertConcern, updateConcern } from './concerns.ts';
import { dashboardFacts } from './dashboard.ts';
import { lockIdempotencyKey, storeIdempotentAnswer } from './idempotency.ts';
import { findMember, findMembers, insertMember, lockMembers, updateMember } from './members.ts';
import {
  activeCountsFor, anyOverdue, findMentorship, insertMentorship, liveCountsOf, lockDueOpenMentorships, mentorshipsOf,
  openCountsOf, pairHasLiveMentorship, updateMentorship,
} from './mentorships.ts';
import { auditPage, concernPage, evaluationPage, memberPage, mentorshipPage, ratingTotals, requestPage } from './office-lists.ts';
import { countEmailsCaused, enqueueEmail } from './outbox.ts';
import { deleteHeldNotifications, insertHeldNotification, lockHeldNotifications } from './held-notifications.ts';
import {
  emailFrequencies, findNotificationPreferences, listNotifications, markNotificationsRead, notificationList, saveNotificationPreferences,
} from './notifications.ts';
import { lockProgram, saveProgram } from './program.ts';
import { activeWithWorkspaces, findWorkspace, lockNudgeCandidates, saveWorkspace } from './workspace.ts';

export interface SqlStoreOptions {
  db: Database;
  /** The program's settings: the newest version in the database, which staff change. */
  program: Program;
  /** Stamps the rows' bookkeeping times (`created_at`, `updated_at`) with the program's clock. */
  clock: Clock;
  /** Every enrolled member in this instance's memory, for search. */
  directory: MemberDirectory;
  /** Called after a commit that wrote notifications or changes (wakes the mail sender). */
  afterCommit?(summary: { notifications: number; changes: number }): void;
}

export class SqlStore implements MentoringStore {
  readonly #options: SqlStoreOptions;

  constructor(options: SqlStoreOptions) {
    this.#options = options;
  }

  read<T>(work: (tx: StoreReads) => Op<T>): T | Promise<T> {
    return runOp(work(new SqlReads(this.#options.db, this.#options, true)));
  }

  async change<T>(work: (tx: StoreChange) => Op<T>, { retry, receipt }: UnitOptions = {}): Promise<T> {
    const { db, clock } = this.#options;
    const kept = await db.transaction(async (q) => {
      if (retry) {
        const stored = await lockIdempotencyKey(q, retry.memberId, retry.key);
        if (stored) {
          if (stored.fingerprint !== retry.fingerprint) {
            throw new MentoringError('conflict', 'This Idempotency-Key was already used for a different request.', {
              field: 'Idempotency-Key',
              details: { key: retry.key },
            });
          }
          return { answer: stored.body as T, replayed: true, changeSeqs: [], notifications: 0 };
        }
      }
      const unit = new SqlChange(q, this.#options, clock.now());
      const answer = await runOp(work(unit));
      await emailOrHold(q, unit.notifications, unit.held);
      const told = [...unit.notifications, ...unit.held];
      await listNotifications(q, told);
      const changeSeqs = await recordChanges(q, [...unit.changes, ...listChanges(told)]);
      if (retry) await storeIdempotentAnswer(q, retry.memberId, retry.key, { fingerprint: retry.fingerprint, body: answer }, unit.now);
      return { answer, replayed: false, changeSeqs, notifications: unit.notifications.length };
    });
    // Told once the transaction has committed: a deadlock's retry runs it again from the start.
    if (receipt) Object.assign(receipt, { replayed: kept.replayed, changeSeqs: kept.changeSeqs });
    const summary = { notifications: kept.notifications, changes: kept.changeSeqs.length };
    if (summary.notifications > 0 || summary.changes > 0) this.#options.afterCommit?.(summary);
    return kept.answer;
  }
}

/**
 * Each notification's email, as its member chose (core's `routeEmails`, the rule MemoryStore follows too):
 * into the outbox now, held for the cap's digest or their daily or weekly one, or none (it is in their list
 * all the same).
 */
async function emailOrHold(q: Queryable, notifications: readonly Notification[], capped: readonly Notification[]): Promise<void> {
  const frequencies = await emailFrequencies(q, [...notifications, ...capped].map((n) => n.memberId));
  const { send, hold } = routeEmails(notifications, capped, (id) => frequencies.get(id));
  for (const notification of send) await enqueueEmail(q, notification);
  for (const { notification, dueAt } of hold) await insertHeldNotification(q, notification, dueAt ?? undefined);
}

class SqlReads implements StoreReads {
  protected readonly q: Queryable;
  /** Cohorts, applications, drafts and matches (issue 14; cohorts.ts). */
  readonly cohortRecords: SqlCohortRecords;
  readonly #options: SqlStoreOptions;
  /** In a transaction, what is read may be the unit's own uncommitted write: the program's cache must not keep it. */
  readonly #committed: boolean;

  constructor(q: Queryable, options: SqlStoreOptions, committed: boolean) {
    this.q = q;
    this.cohortRecords = new SqlCohortRecords(q);
    this.#options = options;
    this.#committed = committed;
  }

  async program(): Promise<ProgramSettings> {
    return (await this.programRecord()).settings;
  }

  programRecord(): Promise<ProgramRecord> {
    return this.#options.program.current(this.q, { remember: this.#committed });
  }

  // The program office's reads (core's staff-lists.ts and dashboard.ts define what each answers).
  memberPage(request: ListRequest<MemberListFilter>): Promise<StorePage<MemberRow>> {
    return memberPage(this.q, request);
  }

  mentorshipPage(request: ListRequest<MentorshipListFilter>): Promise<StorePage<Mentorship>> {
    return mentorshipPage(this.q, request);
  }

  requestPage(request: ListRequest<RequestListFilter>): Promise<StorePage<Mentorship>> {
    return requestPage(this.q, request);
  }

  evaluationPage(request: ListRequest<EvaluationListFilter>): Promise<StorePage<EvaluationRow>> {
    return evaluationPage(this.q, request);
  }

  ratingTotals(filter: EvaluationListFilter): Promise<RatingTotals> {
    return ratingTotals(this.q, filter);
  }

  concernPage(request: ListRequest<ConcernListFilter>): Promise<StorePage<ConcernRecord>> {
    return concernPage(this.q, request);
  }

  auditPage(request: ListRequest<AuditListFilter>): Promise<StorePage<AuditEntry>> {
    return auditPage(this.q, request);
  }

  dashboardFacts(request: DashboardRequest): Promise<DashboardFacts> {
    return dashboardFacts(this.q, request);
  }

  concern(id: string): Promise<ConcernRecord | undefined> {
    return findConcern(this.q, id);
  }

  concernsRaisedBy(memberId: string): Promise<ConcernRecord[]> {
    return concernsRaisedBy(this.q, memberId);
  }

  notificationList(memberId: string, limit: number): Promise<{ items: StoredNotification[]; unread: number }> {
    return notificationList(this.q, memberId, limit);
  }

  notificationPreferences(memberId: string): Promise<NotificationPreferences | undefined> {
    return findNotificationPreferences(this.q, memberId);
  }

  member(id: string): Promise<Member | undefined> {
    return findMember(this.q, id);
  }

  members(ids: readonly string[]): Promise<Map<string, Member>> {
    return findMembers(this.q, ids);
  }

  mentorship(id: string): Promise<Mentorship | undefined> {
    return findMentorship(this.q, id);
  }

  mentorshipsOf(memberId: string): Promise<Mentorship[]> {
    return mentorshipsOf(this.q, memberId);
  }

  activeCounts(memberIds: readonly string[]): Promise<(memberId: string) => ActiveCounts> {
    return activeCountsFor(this.q, memberIds);
  }

  openCounts(memberId: string): Promise<OpenCounts> {
    return openCountsOf(this.q, memberId);
  }

  liveCounts(memberId: string): Promise<LiveCounts> {
    return liveCountsOf(this.q, memberId);
  }

  pairHasLiveMentorship(a: string, b: string): Promise<boolean> {
    return pairHasLiveMentorship(this.q, a, b);
  }

  workspace(mentorshipId: string): Promise<WorkspaceRecord | undefined> {
    return findWorkspace(this.q, mentorshipId);
  }

  activeWithWorkspaces(limit: number): Promise<NudgeCandidate[]> {
    return activeWithWorkspaces(this.q, limit);
  }

  anyOverdue(now: Date): Promise<boolean> {
    return anyOverdue(this.q, now);
  }

  /**
   * Ranks the directory's members (this instance's memory, brought up to every committed change first) with
   * core's rankCandidates: the directory's candidates are public profiles, the viewer's partners whole.
   */
  async rankMembers({ query, viewer, partners, settings, now }: RankRequest): Promise<RankedPage> {
    const { directory } = this.#options;
    await directory.refresh();
    const { total, page } = rankCandidates({
      candidates: directory.candidates(roleSought(query.find), settings, partners),
      viewer,
      query,
      settings,
      now,
    });
    // The page's counts as a member's view shows them (the directory keeps the active ones only).
    const counts = await activeCountsFor(this.q, page.map(({ candidate }) => candidate.member.id));
    return {
      total,
      page: page.map(({ candidate, score, reasons }) => {
        const member = directory.member(candidate.member.id) ?? candidate.member;
        return { member, counts: counts(member.id), score, reasons };
      }),
    };
  }
}

/** One transaction's reads and writes, and what it collects to write at its end. */
class SqlChange extends SqlReads implements StoreChange {
  readonly now: Date;
  readonly notifications: Notification[] = [];
  readonly held: Notification[] = [];
  readonly changes: ChangeRecord[] = [];

  constructor(q: Queryable, options: SqlStoreOptions, now: Date) {
    super(q, options, false);
    this.now = now;
  }

  lockMembers(ids: readonly string[]): Promise<Map<string, Member>> {
    return lockMembers(this.q, ids);
  }

  lockMentorship(id: string): Promise<Mentorship | undefined> {
    return findMentorship(this.q, id, { lock: true });
  }

  lockDueRequests(now: Date, reminderDays: number, limit: number, skip: readonly string[]): Promise<Mentorship[]> {
    return lockDueOpenMentorships(this.q, now, reminderDays, limit, skip);
  }

  /** Unguessable (core's ids.ts); a clash with a stored one (one in 2^64) is refused by the primary key. */
  newMentorshipId(): string {
    return newMentorshipId();
  }

  addMember(member: Member): Promise<boolean> {
    return insertMember(this.q, member, this.now);
  }

  updateMember(member: Member): Promise<void> {
    return updateMember(this.q, member, this.now);
  }

  async addMentorship(mentorship: Mentorship): Promise<void> {
    try {
      await insertMentorship(this.q, mentorship);
    } catch (error) {
      // The pair's unique index: only reachable if the lifecycle's guard was somehow bypassed.
      if (sqlState(error) === UNIQUE_VIOLATION) throw duplicateMentorship(recipientOf(mentorship));
      throw error;
    }
  }

  updateMentorship(mentorship: Mentorship): Promise<void> {
    return updateMentorship(this.q, mentorship);
  }

  /** The settings in force, locked; the configured ones when the database holds none yet. */
  async lockProgram(): Promise<ProgramRecord> {
    return (await lockProgram(this.q)) ?? this.programRecord();
  }

  saveProgram(record: ProgramRecord): Promise<void> {
    return saveProgram(this.q, record);
  }

  newConcernId(): string {
    return newConcernId();
  }

  addConcern(concern: ConcernRecord): Promise<void> {
    return insertConcern(this.q, concern);
  }

  lockConcern(id: string): Promise<ConcernRecord | undefined> {
    return findConcern(this.q, id, { lock: true });
  }

  updateConcern(concern: ConcernRecord): Promise<void> {
    return updateConcern(this.q, concern);
  }

  async appendAudit(entry: Omit<AuditEntry, 'seq'>): Promise<void> {
    await appendAudit(this.q, entry);
  }

  notify(notification: Notification): void {
    this.notifications.push(notification);
  }

  async notificationsCaused(causedBy: string, memberId: string, since: Date): Promise<number> {
    const pending = this.notifications.filter((n) => n.causedBy === causedBy && n.memberId === memberId && Date.parse(n.at) >= since.getTime());
    return (await countEmailsCaused(this.q, causedBy, memberId, since)) + pending.length;
  }

  holdForDigest(notification: Notification): void {
    this.held.push(notification);
  }

  lockHeldNotifications(heldBy: Date, limit: number): Promise<HeldNotifications[]> {
    return lockHeldNotifications(this.q, heldBy, limit);
  }

  releaseHeld(ids: readonly number[]): Promise<void> {
    return deleteHeldNotifications(this.q, ids);
  }

  saveWorkspace(record: WorkspaceRecord): Promise<void> {
    return saveWorkspace(this.q, record);
  }

  lockNudgeCandidates(limit: number, skip: readonly string[]): Promise<NudgeCandidate[]> {
    return lockNudgeCandidates(this.q, limit, skip);
  }

  recordChange(change: ChangeRecord): void {
    this.changes.push(change);
  }

  markNotificationsRead(memberId: string, ids: readonly string[] | null, at: Date): Promise<void> {
    return markNotificationsRead(this.q, memberId, ids, at);
  }

  saveNotificationPreferences(memberId: string, preferences: NotificationPreferences, at: Date): Promise<void> {
    return saveNotificationPreferences(this.q, memberId, preferences, at);
  }
}
