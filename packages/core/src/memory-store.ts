// The in-memory store behind MemoryBackend: members and mentorships in maps, the answers the service asks
// for (service/store.ts), units of work, the outbox, persistence to a StorageLike and change notification.
// It knows no rule of the program: the service decides, with lifecycle.ts and the other pure modules.
//
// Every read answers at once, so a unit of work runs from start to end without giving way: no other call
// interleaves with it, and there is nothing to lock. A unit writes straight into the maps and keeps an undo
// list; it is saved and told to listeners when it returns, and undone when it throws.
import * as z from 'zod/mini';
import type { ChangeListener } from './adapter.ts';
import { newConcernId, newMentorshipId } from './ids.ts';
import { awaitsAnswerFrom, duplicateMentorship, isLive, isOpen, isParticipant, isPastExpiry, recipientOf } from './lifecycle.ts';
import type { DashboardFacts } from './dashboard.ts';
import { rankCandidates } from './matching.ts';
import { SearchCandidates } from './memory-search.ts';
import { cohortTables, memoryCohortsMaker, savedCohorts, type CohortTables, type SavedCohorts } from './memory-cohort-tables.ts';
import type { CohortChange } from './service/cohort-store.ts';
import { listChanges, type Notification } from './notifications.ts';
import { MemoryFeed } from './memory-feed.ts';
import type { MemoryEmail } from './memory-email.ts';
import type { NotificationPreferences } from './schemas/notification.ts';
import { ConcernRecord } from './schemas/staff-records.ts';
import { Member } from './schemas/member.ts';
import { Mentorship } from './schemas/mentorship.ts';
import type { WorkspaceRecord } from './schemas/workspace.ts';
import type { NudgeCandidate } from './service/workspace-store.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type {
  AuditEntry, AuditListFilter, ConcernListFilter, EvaluationListFilter, MemberListFilter, MentorshipListFilter, RequestListFilter,
} from './schemas/staff.ts';
import { ProgramRecord } from './schemas/staff-records.ts';
import { atOnce, runOp, type Op } from './service/op.ts';
import type {
  ChangeRecord, DashboardRequest, HeldNotifications, ListRequest, LiveCounts, MentoringStore, RankRequest, RankedPage, RatingTotals,
  StoreChange, StorePage, StoreReads, StoredNotification,
} from './service/store.ts';
import { memoryStaffReads } from './memory-store-staff-hook.ts';
import type { EvaluationRow, MemberRow } from './staff-lists.ts';
import { activeCountsFrom, type ActiveCounts, type OpenCounts } from './views.ts';

// Core is compiled without DOM or Node types; these globals exist in every runtime it targets.
declare const console: { warn(...data: unknown[]): void; error(...data: unknown[]): void };

/** The part of `localStorage` the demo persists to; any key-value store with this shape will do. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Persistence {
  storage: StorageLike;
  key: string;
}

/** What is saved: enough to come back to the same program state after a reload. */
const SavedState = z.object({
  members: z.array(Member),
  mentorships: z.array(Mentorship),
  // The program office's records; a state saved before there was one has none of them.
  program: z.optional(ProgramRecord),
  concerns: z.optional(z.array(ConcernRecord)),
  // The audit log's entries by their place only (the next one's number follows the last): the program office's
  // reads check each when the office first lists them (memory-staff-reads.ts), so a member's page does not
  // download the audit's shape.
  audit: z.optional(z.array(z.looseObject({ seq: z.int() }))),
  // Cohorts (issue 14); a state saved before them has none. Their outline only: memory-cohorts.ts checks each
  // record when the cohorts' code loads.
  cohorts: z.optional(z.object({
    cohorts: z.array(z.unknown()),
    applications: z.array(z.unknown()),
    drafts: z.array(z.unknown()),
    matches: z.array(z.unknown()),
  })),
  // The workspaces as this store wrote them: only their key is checked here, so a page that opens no workspace
  // does not download the workspace's schemas (service/workspace-service.ts is a chunk of its own).
  workspaces: z.optional(z.array(z.looseObject({ id: z.string() }))),
});
export type SavedState = z.infer<typeof SavedState>;

/** JSON-only data (no dates, maps or functions), so a JSON round trip is an exact deep copy. */
export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every mentorship names members that exist, so views and notifications never meet a missing one. */
function checkReferences(state: SavedState): SavedState {
  const ids = new Set(state.members.map((member) => member.id));
  for (const m of state.mentorships) {
    const missing = [m.mentorId, m.menteeId, m.requesterId].find((id) => !ids.has(id));
    if (missing !== undefined) throw new Error(`Mentorship ${m.id} names member ${missing}, who is not in the roster.`);
  }
  return state;
}

/** The records, shared by the store and its units of work (and the reload, memory-reload.ts). */
export interface Records {
  members: Map<string, Member>;
  /** In creation order. */
  mentorships: Map<string, Mentorship>;
  /** In creation order. */
  concerns: Map<string, ConcernRecord>;
  /** Oldest first; only ever appended to. As saved: the office's reads check each entry (memory-staff-reads.ts). */
  audit: AuditEntry[];
  /** By mentorship id; a mentorship has one once either partner (or a nudge) wrote in it. */
  workspaces: Map<string, WorkspaceRecord>;
  program: ProgramRecord;
  /** Every notification sent, oldest first. */
  outbox: Notification[];
  /** Notifications the cap held back for their recipients' digests, oldest first. */
  held: { id: number; notification: Notification }[];
  /** Each member's list of notifications (the bell), oldest first. */
  feed: MemoryFeed;
  /** The email preferences and the rule they set for the outbox, once loaded (`useEmail`). */
  email?: MemoryEmail;
  /** The members as search candidates, told of every write. */
  search: SearchCandidates;
  cohorts: CohortTables;
}

/** Takes a saved state into the records, and tells `tell` what is not as it was (memory-reload.ts). */
export type ReloadInto = (state: SavedState, records: Records, reads: StoreReads, tell: (changes: readonly ChangeRecord[]) => void) => void;
let reloadCode: ReloadInto | undefined;

/** memory-reload.ts hands its code over when it loads (core's index imports it), so a reload runs at once from then on. */
export function provideMemoryReload(reloadInto: ReloadInto): void {
  reloadCode = reloadInto;
}

export class MemoryStore implements MentoringStore {
  readonly #records: Records;
  /** Each listener, with the member it listens for (undefined: every change). */
  readonly #listeners = new Map<ChangeListener, string | null | undefined>();
  readonly #persistence: Persistence | undefined;
  #nextHeldId = 1;

  /**
   * Loads the saved state if there is a readable one, else starts from the seed (validated, copied) and
   * `settings` (version 1, never changed).
   */
  constructor(
    seed: {
      members: readonly Member[]; mentorships: readonly Mentorship[]; concerns?: readonly ConcernRecord[];
      cohorts?: SavedCohorts; workspaces?: readonly WorkspaceRecord[];
      /** What members had been told before (a demo's history): in their lists (the bell), unread; never saved. */
      notifications?: readonly Notification[] | undefined;
    },
    settings: ProgramSettings,
    persistence?: Persistence,
  ) {
    this.#persistence = persistence;
    const state = this.#load() ?? checkReferences(SavedState.parse(deepCopy(seed)));
    this.#records = {
      members: new Map(state.members.map((member) => [member.id, member])),
      mentorships: new Map(state.mentorships.map((m) => [m.id, m])),
      concerns: new Map((state.concerns ?? []).map((c) => [c.id, c])),
      audit: (state.audit ?? []) as AuditEntry[],
      workspaces: new Map((state.workspaces ?? []).map((w) => [w.id, w as WorkspaceRecord])),
      program: state.program ?? { settings, version: 1, updatedAt: null, updatedBy: null },
      outbox: [],
      held: [],
      feed: new MemoryFeed(),
      search: new SearchCandidates(),
      cohorts: cohortTables(state.cohorts as SavedCohorts | undefined),
    };
    this.#records.feed.add(seed.notifications ?? []);
  }

  read<T>(work: (tx: StoreReads) => Op<T>): T {
    return atOnce(runOp(work(this.#unit())));
  }

  /** Retry keys are ignored (nothing in memory is sent twice), and a receipt is left as it is: no feed positions here. */
  change<T>(work: (tx: StoreChange) => Op<T>): T {
    const unit = this.#unit();
    let result: T;
    try {
      result = atOnce(runOp(work(unit)));
    } catch (error) {
      unit.undo();
      throw error;
    }
    // Emailed as each member chose (memory-email.ts, the server's rule); before it loads nobody has chosen.
    const [send, hold] = this.#records.email?.route(unit.notifications, unit.held) ?? [unit.notifications, unit.held];
    for (const notification of hold) this.#records.held.push({ id: this.#nextHeldId++, notification });
    const told = [...unit.notifications, ...unit.held];
    this.#records.feed.add(told);
    this.#keep(send, [...unit.changes, ...listChanges(told)]);
    return result;
  }

  /** The email preferences (memory-email.ts), made once, when a member's page first asks for its notifications. */
  useEmail(Email: typeof MemoryEmail): void {
    this.#records.email ??= new Email(this.#persistence);
  }

  /** Every notification sent so far, oldest first (not copied). */
  get outbox(): readonly Notification[] {
    return this.#records.outbox;
  }

  /** Every member's record, not copied. */
  members(): IterableIterator<Member> {
    return this.#records.members.values();
  }

  /**
   * Takes the saved state again, when another copy of the program saved to the same storage (another
   * tab of the demo), and tells the listeners of every record that is not as it was. Unreadable or no
   * saved state: nothing changes. Its code (memory-reload.ts) is here at once where core's index is imported;
   * a page that imports this module alone (the in-page demo) downloads it at the first reload, which then
   * resolves once done. If that download fails, this copy keeps its own state (a warning says so) and the
   * next reload asks again.
   */
  reload(): void | Promise<void> {
    if (reloadCode) return this.#reloadWith(reloadCode);
    return import('./memory-reload.ts').then(
      ({ reloadInto }) => this.#reloadWith(reloadInto),
      (error: unknown) => console.warn('mentor-match: could not download the code that takes another tab\'s changes; this tab keeps its own until the next.', error),
    );
  }

  #reloadWith(reloadInto: ReloadInto): void {
    const state = this.#load();
    if (state) reloadInto(state, this.#records, this.#unit(), (changes) => this.#notify(changes));
  }

  /**
   * `listener` hears every change `viewerId` may see (a change's audience: service/unit.ts): changes to
   * everyone, and those that concern this member; an anonymous listener (null) the changes to everyone.
   * Without a viewer, every change (the store's own observers: tests, a backend's bookkeeping).
   */
  subscribe(listener: ChangeListener, viewerId?: string | null): () => void {
    this.#listeners.set(listener, viewerId);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #unit(): MemoryUnit {
    return new MemoryUnit(this.#records, (kind) => this.#newId(kind));
  }

  /** Unguessable (ids.ts), and never one a seeded or reloaded record already has. */
  #newId(kind: 'mentorship' | 'concern'): string {
    const [make, records] = kind === 'mentorship' ? [newMentorshipId, this.#records.mentorships] as const : [newConcernId, this.#records.concerns] as const;
    let id: string;
    do id = make();
    while (records.has(id));
    return id;
  }

  /** A unit of work is kept: saved, its notifications sent, and every listener told of each change it may see. */
  #keep(notifications: readonly Notification[], changes: readonly ChangeRecord[]): void {
    if (notifications.length === 0 && changes.length === 0) return;
    this.#save();
    this.#records.outbox.push(...notifications);
    this.#notify(changes);
  }

  /** Listeners run in a microtask: after the caller's promise has its result, never in the middle of a write. */
  #notify(changes: readonly ChangeRecord[]): void {
    if (changes.length === 0) return;
    const listeners = [...this.#listeners];
    void Promise.resolve().then(() => {
      for (const { kind, id, audience } of changes) {
        for (const [listener, viewerId] of listeners) {
          // One that unsubscribed in the meantime is not called; one that throws does not silence the others.
          if (!this.#listeners.has(listener)) continue;
          if (viewerId !== undefined && audience !== null && (viewerId === null || !audience.includes(viewerId))) continue;
          try {
            listener({ kind, id });
          } catch (error) {
            console.error('mentor-match: a change listener threw', error);
          }
        }
      }
    });
  }

  #load(): SavedState | null {
    if (!this.#persistence) return null;
    const { storage, key } = this.#persistence;
    try {
      const saved = storage.getItem(key);
      return saved === null ? null : checkReferences(SavedState.parse(JSON.parse(saved)));
    } catch (error) {
      console.warn(`mentor-match: ignoring unreadable saved state under "${key}"; starting from the seed.`, error);
      return null;
    }
  }

  #save(): void {
    if (!this.#persistence) return;
    const { storage, key } = this.#persistence;
    const records = this.#records;
    const state: SavedState = {
      members: [...records.members.values()],
      mentorships: [...records.mentorships.values()],
      program: records.program,
      concerns: [...records.concerns.values()],
      audit: records.audit,
      cohorts: savedCohorts(records.cohorts),
      workspaces: [...records.workspaces.values()],
    };
    try {
      storage.setItem(key, JSON.stringify(state));
    } catch (error) {
      // A full or blocked storage must not fail a change that is already made: the demo runs on in memory.
      console.warn(`mentor-match: could not save the state under "${key}".`, error);
    }
  }
}

/**
 * A unit of work, and the answers from the maps (records are returned as stored: the adapter copies what
 * leaves it). Writes go straight into the maps, with what they replaced kept to undo them; a unit that
 * only reads writes nothing.
 */
class MemoryUnit implements StoreChange {
  readonly notifications: Notification[] = [];
  readonly held: Notification[] = [];
  readonly changes: ChangeRecord[] = [];
  readonly #records: Records;
  readonly #newId: (kind: 'mentorship' | 'concern') => string;
  readonly #undo: (() => void)[] = [];
  #cohortRecords: CohortChange | undefined;

  constructor(records: Records, newId: (kind: 'mentorship' | 'concern') => string) {
    this.#records = records;
    this.#newId = newId;
  }

  /** Made when cohort code first asks (memory-cohort-tables.ts): only cohort code does. */
  get cohortRecords(): CohortChange {
    const records = this.#records;
    this.#cohortRecords ??= memoryCohortsMaker()(records.cohorts, () => records.mentorships.values(), this.#undo);
    return this.#cohortRecords;
  }

  program(): ProgramSettings {
    return this.#records.program.settings;
  }

  programRecord(): ProgramRecord {
    return this.#records.program;
  }

  member(id: string): Member | undefined {
    return this.#records.members.get(id);
  }

  members(ids: readonly string[]): Map<string, Member> {
    const found = new Map<string, Member>();
    for (const id of ids) {
      const member = this.#records.members.get(id);
      if (member) found.set(id, member);
    }
    return found;
  }

  mentorship(id: string): Mentorship | undefined {
    return this.#records.mentorships.get(id);
  }

  mentorshipsOf(memberId: string): Mentorship[] {
    const mine = [...this.#records.mentorships.values()].filter((m) => isParticipant(m, memberId));
    // Newest first. The map keeps creation order, so reversing it first keeps requests made in the same
    // instant newest first too (sort is stable).
    return mine.reverse().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  /** Every member's counts, whichever are asked for: one walk over the mentorships, as picking them out would be. */
  activeCounts(): (memberId: string) => ActiveCounts {
    return activeCountsFrom(this.#records.mentorships.values());
  }

  openCounts(memberId: string): OpenCounts {
    let sent = 0;
    let awaiting = 0;
    for (const m of this.#records.mentorships.values()) {
      if (isOpen(m.state) && m.requesterId === memberId) sent += 1;
      else if (awaitsAnswerFrom(m, memberId)) awaiting += 1;
    }
    return { sent, awaiting };
  }

  liveCounts(memberId: string): LiveCounts {
    let asMentor = 0;
    let asMentee = 0;
    for (const m of this.#records.mentorships.values()) {
      if (!isLive(m.state)) continue;
      if (m.mentorId === memberId) asMentor += 1;
      if (m.menteeId === memberId) asMentee += 1;
    }
    return { asMentor, asMentee };
  }

  pairHasLiveMentorship(a: string, b: string): boolean {
    for (const m of this.#records.mentorships.values()) {
      if (isLive(m.state) && isParticipant(m, a) && isParticipant(m, b)) return true;
    }
    return false;
  }

  anyOverdue(now: Date): boolean {
    for (const m of this.#records.mentorships.values()) if (isPastExpiry(m, now)) return true;
    return false;
  }

  rankMembers({ query, viewer, partners, settings, now }: RankRequest): RankedPage {
    const { members, search } = this.#records;
    const candidates = search.candidates(members, () => this.activeCounts(), settings, partners);
    const { total, page } = rankCandidates({ candidates, viewer, query, settings, now });
    // The page's counts as a member's view shows them (the candidates carry the active ones only).
    const counts = this.activeCounts();
    return {
      total,
      page: page.map(({ candidate, score, reasons }) => ({
        member: members.get(candidate.member.id) ?? candidate.member,
        counts: counts(candidate.member.id),
        score,
        reasons,
      })),
    };
  }

  // The program office's reads: memory-staff-reads.ts, registered by the staff half of the in-memory program.
  memberPage(request: ListRequest<MemberListFilter>): StorePage<MemberRow> {
    return memoryStaffReads().memberPage(this.#records, request);
  }

  mentorshipPage(request: ListRequest<MentorshipListFilter>): StorePage<Mentorship> {
    return memoryStaffReads().mentorshipPage(this.#records, request);
  }

  requestPage(request: ListRequest<RequestListFilter>): StorePage<Mentorship> {
    return memoryStaffReads().requestPage(this.#records, request);
  }

  evaluationPage(request: ListRequest<EvaluationListFilter>): StorePage<EvaluationRow> {
    return memoryStaffReads().evaluationPage(this.#records, request);
  }

  ratingTotals(filter: EvaluationListFilter): RatingTotals {
    return memoryStaffReads().ratingTotals(this.#records, filter);
  }

  concernPage(request: ListRequest<ConcernListFilter>): StorePage<ConcernRecord> {
    return memoryStaffReads().concernPage(this.#records, request);
  }

  auditPage(request: ListRequest<AuditListFilter>): StorePage<AuditEntry> {
    return memoryStaffReads().auditPage(this.#records, request);
  }

  dashboardFacts(request: DashboardRequest): DashboardFacts {
    return memoryStaffReads().dashboardFacts(this.#records, request);
  }

  concern(id: string): ConcernRecord | undefined {
    return this.#records.concerns.get(id);
  }

  concernsRaisedBy(memberId: string): ConcernRecord[] {
    const mine = [...this.#records.concerns.values()].filter((c) => c.raisedById === memberId);
    return mine.reverse().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  // One unit at a time runs, start to end: there is nothing to lock against.
  lockMembers(ids: readonly string[]): Map<string, Member> {
    return this.members(ids);
  }

  lockMentorship(id: string): Mentorship | undefined {
    return this.mentorship(id);
  }

  lockDueRequests(_now: Date, _reminderDays: number, limit: number, skip: readonly string[]): Mentorship[] {
    // Every open request is a candidate: the lifecycle decides which are due.
    const passed = new Set(skip);
    const open = [...this.#records.mentorships.values()].filter((m) => isOpen(m.state) && !passed.has(m.id));
    return open.sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt)).slice(0, limit);
  }

  lockProgram(): ProgramRecord {
    return this.#records.program;
  }

  lockConcern(id: string): ConcernRecord | undefined {
    return this.concern(id);
  }

  newMentorshipId(): string {
    return this.#newId('mentorship');
  }

  newConcernId(): string {
    return this.#newId('concern');
  }

  saveProgram(record: ProgramRecord): void {
    const before = this.#records.program;
    this.#undo.push(() => (this.#records.program = before));
    this.#records.program = record;
  }

  addConcern(concern: ConcernRecord): void {
    this.#put(this.#records.concerns, concern);
  }

  updateConcern(concern: ConcernRecord): void {
    this.#put(this.#records.concerns, concern);
  }

  appendAudit(entry: Omit<AuditEntry, 'seq'>): void {
    const { audit } = this.#records;
    audit.push({ seq: (audit.at(-1)?.seq ?? 0) + 1, ...entry });
    this.#undo.push(() => audit.pop());
  }

  addMember(member: Member): boolean {
    if (this.#records.members.has(member.id)) return false;
    this.#put(this.#records.members, member);
    return true;
  }

  updateMember(member: Member): void {
    this.#put(this.#records.members, member);
  }

  addMentorship(mentorship: Mentorship): void {
    // What the server's unique index on the pair guarantees, for the same answer here.
    if (this.pairHasLiveMentorship(mentorship.mentorId, mentorship.menteeId)) throw duplicateMentorship(recipientOf(mentorship));
    this.#put(this.#records.mentorships, mentorship);
  }

  updateMentorship(mentorship: Mentorship): void {
    this.#put(this.#records.mentorships, mentorship);
  }

  notify(notification: Notification): void {
    this.notifications.push(notification);
  }

  notificationsCaused(causedBy: string, memberId: string, since: Date): number {
    const counts = (n: Notification) => n.causedBy === causedBy && n.memberId === memberId && Date.parse(n.at) >= since.getTime();
    return this.#records.outbox.filter(counts).length + this.notifications.filter(counts).length;
  }

  holdForDigest(notification: Notification): void {
    this.held.push(notification);
  }

  lockHeldNotifications(heldBy: Date, limit: number): HeldNotifications[] {
    const byMember = new Map<string, HeldNotifications>();
    for (const { id, notification } of this.#records.held) {
      const { memberId } = notification;
      const held = byMember.get(memberId) ?? { memberId, ids: [], notifications: [] };
      held.ids.push(id);
      held.notifications.push(notification);
      byMember.set(memberId, held);
    }
    const { email } = this.#records;
    return [...byMember.values()]
      .filter(({ notifications }) => (email?.heldFrom(notifications) ?? Date.parse(notifications[0]!.at)) <= heldBy.getTime()).slice(0, limit);
  }

  releaseHeld(ids: readonly number[]): void {
    const before = this.#records.held;
    this.#records.held = before.filter((held) => !ids.includes(held.id));
    this.#undo.push(() => (this.#records.held = before));
  }

  recordChange(change: ChangeRecord): void {
    this.changes.push(change);
  }

  workspace(mentorshipId: string): WorkspaceRecord | undefined {
    return this.#records.workspaces.get(mentorshipId);
  }

  /** In creation order: the service orders staff's list. */
  activeWithWorkspaces(limit: number, skip: readonly string[] = []): NudgeCandidate[] {
    return [...this.#active((m) => !skip.includes(m.id))].slice(0, limit)
      .map((mentorship) => ({ mentorship, workspace: this.#records.workspaces.get(mentorship.id) }));
  }

  lockNudgeCandidates(limit: number, skip: readonly string[]): NudgeCandidate[] {
    return this.activeWithWorkspaces(limit, skip);
  }

  saveWorkspace(record: WorkspaceRecord): void {
    const { workspaces } = this.#records;
    const before = workspaces.get(record.id);
    this.#undo.push(() => (before ? workspaces.set(record.id, before) : workspaces.delete(record.id)));
    workspaces.set(record.id, record);
  }

  notificationList(memberId: string, limit: number): { items: StoredNotification[]; unread: number } {
    return this.#records.feed.list(memberId, limit);
  }

  notificationPreferences(memberId: string): NotificationPreferences | undefined {
    return this.#records.email?.preferences.get(memberId);
  }

  markNotificationsRead(memberId: string, ids: readonly string[] | null, at: Date): void {
    this.#undo.push(this.#records.feed.markRead(memberId, ids, at));
  }

  /** Called by the notification service, which loads with memory-email.ts (MemoryAdapter). */
  saveNotificationPreferences(memberId: string, preferences: NotificationPreferences): void {
    this.#undo.push(this.#records.email!.save(memberId, preferences));
  }

  /** Puts back what this unit replaced, newest first. */
  undo(): void {
    for (const step of this.#undo.reverse()) step();
  }

  *#active(keep: (m: Mentorship) => boolean): Iterable<Mentorship> {
    for (const m of this.#records.mentorships.values()) if (m.state === 'active' && keep(m)) yield m;
  }

  #put<T extends { id: string }>(records: Map<string, T>, record: T): void {
    const before = records.get(record.id);
    const { search } = this.#records;
    this.#undo.push(() => {
      if (before) records.set(record.id, before);
      else records.delete(record.id);
      search.stale();
    });
    records.set(record.id, record);
    search.stale();
  }
}

