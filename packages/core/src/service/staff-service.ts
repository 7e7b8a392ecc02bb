// The staff service: every operation of the StaffAdapter contract (staff-adapter.ts), written once, over any
// store, beside the mentoring service and run the same way (calls.ts). A class of its own so the member's
// service offers no staff operation, and every one of these starts by refusing anyone who is not staff
// (`forbidden`, `staff-only`: the server decides who is staff from the token, MemoryBackend from its options).
//
// Each action reads the facts, calls the pure rules (staff-lifecycle.ts `planPairing` and
// `applyStaffMentorshipAction`, staff-standing.ts `applyStaffMemberAction`, concerns.ts, settings-change.ts), and in
// the same unit of work writes the result, tells the members concerned (notifications.ts), appends the audit
// entry (audit.ts) and records the change every page hears.
import { auditEntry, type AuditFacts } from '../audit.ts';
import { applyConcernUpdate, memberRef, staffConcern } from '../concerns.ts';
import { csvHeadOf, csvRows, type CsvItems } from '../csv.ts';
import { dashboardOf } from '../dashboard.ts';
import { MentoringError, notFound, parseInput } from '../errors.ts';
import { applyStaffMentorshipAction, planPairing } from '../staff-lifecycle.ts';
import type { StaffNotificationKind } from '../notifications.ts';
import { composeStaffNotification } from '../staff-notifications.ts';
import { Id } from '../schemas/common.ts';
import type { ConcernRecord } from '../schemas/staff-records.ts';
import type { Member } from '../schemas/member.ts';
import type { Mentorship } from '../schemas/mentorship.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import {
  AuditListQuery, ConcernListQuery, ConcernUpdate, CsvRequest, DEFAULT_STAFF_PAGE_SIZE, DashboardQuery, EvaluationListQuery,
  MemberListQuery, MentorshipListQuery, PairInput, RequestListQuery, STAFF_MEMBER_ACTIONS, STAFF_MENTORSHIP_ACTIONS,
  SettingsUpdate, StaffActionInput, type AuditPage, type CsvList, type Dashboard, type Evaluation, type EvaluationPage,
  type ProgramRecord, type RatingAverage, type StaffConcern, type StaffConcernPage, type StaffMemberAction,
  type StaffMemberItem, type StaffMemberPage, type StaffMentorshipAction, type StaffMentorshipItem, type StaffMentorshipPage,
} from '../schemas/staff.ts';
import { planSettingsChange } from '../settings-change.ts';
import { checkTemplates } from '../notification-templates.ts';
import { checkTranslations } from '../translation-rules.ts';
import { LIST_ORDER, decodeCursor, encodeCursor, type EvaluationRow, type MemberRow, type SortKey } from '../staff-lists.ts';
import { applyStaffMemberAction, roleStanding } from '../staff-standing.ts';
import { ServiceCalls, type Call, type Caller } from './calls.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import type { ListRequest, StoreChange, StorePage, StoreReads } from './store.ts';
import { checkAction, lockMentorshipWithMembers, mentorActiveChange } from './change-unit.ts';
import { concernChanged, memberChanged, memberIn, mentorshipChanged, programChanged } from './unit.ts';

/** Items per page of a CSV export's reads: each page is one read, so the file is never whole in memory. */
export const EXPORT_PAGE_SIZE = 500;

const MENTORSHIP_NOTIFICATION: Record<StaffMentorshipAction, StaffNotificationKind> = { end: 'ended-by-staff', withdraw: 'withdrawn-by-staff' };
const MEMBER_NOTIFICATION: Record<StaffMemberAction, StaffNotificationKind> = {
  pause: 'paused-by-staff',
  resume: 'resumed-by-staff',
  approve: 'approved',
  decline: 'approval-declined',
  suspend: 'suspended',
  'lift-suspension': 'suspension-lifted',
};

/** One page of an export: its rows as CSV, where the next page starts, and whether it was the last. */
interface ExportPage {
  text: string;
  last: SortKey | null;
  done: boolean;
}

/** How one list is read and shown: its store page, and its items as the staff adapter answers them. */
interface ListReader<F, Row, Item> {
  read(tx: StoreReads, request: ListRequest<F>): Awaitable<StorePage<Row>>;
  items(tx: StoreReads, rows: Row[], call: Call): Op<Item[]>;
}

/** The refusal of anyone but staff (the server's staff routes refuse with it too, before reading a body). */
export const staffOnly = (): MentoringError =>
  new MentoringError('forbidden', 'Only program staff may use the program office.', { reason: 'staff-only' });

export class StaffService extends ServiceCalls {
  /** Staff only; nothing is read or written for anyone else. */
  protected override admit(caller: Caller): void {
    if (caller.staff !== true) throw staffOnly();
  }

  getDashboard(caller: Caller | null, query: DashboardQuery): Awaitable<Dashboard> {
    return this.read(caller, function* (tx, { settings, now }) {
      const parsed = parseInput(DashboardQuery, query, 'dashboard query');
      const facts = yield* wait(tx.dashboardFacts({ query: parsed, settings, now }));
      return dashboardOf(facts, parsed, settings, now);
    });
  }

  listMembers(caller: Caller | null, query: MemberListQuery): Awaitable<StaffMemberPage> {
    return this.#list(caller, 'members', MemberListQuery, query, MEMBERS);
  }

  getMember(caller: Caller | null, id: string): Awaitable<StaffMemberItem> {
    return this.read(caller, function* (tx, call) {
      const memberId = parseInput(Id, id, 'member id');
      const member = yield* wait(tx.member(memberId));
      if (!member) throw notFound('member', memberId);
      const counts = (yield* wait(tx.activeCounts([memberId])))(memberId);
      const row: MemberRow = { member, counts, openRequestsSent: (yield* wait(tx.openCounts(memberId))).sent };
      return staffMemberItem(row, call.settings);
    });
  }

  listMentorships(caller: Caller | null, query: MentorshipListQuery): Awaitable<StaffMentorshipPage> {
    return this.#list(caller, 'mentorships', MentorshipListQuery, query, MENTORSHIPS);
  }

  listRequests(caller: Caller | null, query: RequestListQuery): Awaitable<StaffMentorshipPage> {
    return this.#list(caller, 'requests', RequestListQuery, query, REQUESTS);
  }

  listConcerns(caller: Caller | null, query: ConcernListQuery): Awaitable<StaffConcernPage> {
    return this.#list(caller, 'concerns', ConcernListQuery, query, CONCERNS);
  }

  listAudit(caller: Caller | null, query: AuditListQuery): Awaitable<AuditPage> {
    return this.#list(caller, 'audit', AuditListQuery, query, AUDIT);
  }

  /** Every partner's feedback, with the averages over all that the filter matches. */
  listEvaluations(caller: Caller | null, query: EvaluationListQuery): Awaitable<EvaluationPage> {
    return this.read(caller, function* (tx, call) {
      const { filter, page } = yield* listPage(tx, call, 'evaluations', EvaluationListQuery, query, EVALUATIONS);
      const totals = yield* wait(tx.ratingTotals(filter, call.settings));
      return { ...page, averages: { all: average(totals.all), byMentors: average(totals.byMentors), byMentees: average(totals.byMentees) } };
    });
  }

  /**
   * One list as CSV chunks: the byte order mark and header first, then a chunk per page of EXPORT_PAGE_SIZE
   * items, each page read in a unit of its own after the one before (keyset paging: an item changed between
   * pages is in the file once, as it was when its page was read).
   */
  exportCsv(caller: Caller | null, request: CsvRequest): AsyncIterable<string> {
    // Bound here: the generator's `this` is the iterable's.
    const begin = () => this.begin(caller);
    const store = this.store;
    return {
      async *[Symbol.asyncIterator]() {
        const call = await begin();
        const { list, filter } = parseInput(CsvRequest, request, 'export');
        const reader = READERS[list] as ListReader<unknown, unknown, CsvItems[typeof list]>;
        yield csvHeadOf(list);
        let after: SortKey | null = null;
        for (;;) {
          const from: SortKey | null = after;
          const { text, last, done }: ExportPage = await store.read(function* (tx): Op<ExportPage> {
            const rows: unknown[] = (yield* wait(reader.read(tx, { filter, after: from, limit: EXPORT_PAGE_SIZE, withTotal: false, settings: call.settings, now: call.now }))).items;
            const lastRow = rows.at(-1);
            return {
              text: csvRows(list, yield* reader.items(tx, rows, call), call.settings),
              last: lastRow === undefined ? null : rowKey(list, lastRow),
              done: rows.length < EXPORT_PAGE_SIZE,
            };
          });
          if (text) yield text;
          if (done || last === null) return;
          after = last;
        }
      },
    };
  }

  /** Pairs two members directly: active at once, both told, audited (with the limits an override passed). */
  pair(caller: Caller | null, input: PairInput): Awaitable<StaffMentorshipItem> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      const pairing = parseInput(PairInput, input, 'pairing');
      const members = yield* wait(tx.lockMembers([pairing.mentorId, pairing.menteeId]));
      const mentor = memberIn(members, pairing.mentorId);
      const mentee = memberIn(members, pairing.menteeId);
      const active = yield* wait(tx.activeCounts([mentor.id, mentee.id]));
      const planned = planPairing(pairing, {
        settings,
        now,
        mentor,
        mentee,
        pairHasLiveMentorship: yield* wait(tx.pairHasLiveMentorship(mentor.id, mentee.id)),
        mentorActiveMentees: active(mentor.id).mentees,
        menteeActiveMentors: active(mentee.id).mentors,
      });
      const created: Mentorship = { id: tx.newMentorshipId(), ...planned.mentorship };
      yield* wait(tx.addMentorship(created));
      tellPair(tx, 'paired', created, members, pairing.reason, { settings, now });
      tx.recordChange(mentorshipChanged(created));
      yield* mentorActiveChange(tx, null, created, mentor);
      const override = planned.limitsPassed.length > 0 && pairing.overrideLimits
        ? { limits: planned.limitsPassed, reason: pairing.overrideLimits.reason }
        : null;
      yield* audit(tx, { actorId: viewerId, action: 'pair', subject: { kind: 'mentorship', id: created.id }, reason: pairing.reason, now, before: null, after: created, override });
      return { mentorship: created, mentor: memberRef(mentor), mentee: memberRef(mentee) };
    });
  }

  /** Ends an active mentorship or withdraws an open request for its members, with the reason both are told. */
  actOnMentorship(caller: Caller | null, id: string, action: StaffMentorshipAction, input: StaffActionInput): Awaitable<StaffMentorshipItem> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      checkAction(STAFF_MENTORSHIP_ACTIONS, action);
      const parsed = parseInput(StaffActionInput, input, 'staff action');
      const { m, members } = yield* lockMentorshipWithMembers(tx, id);
      const next = applyStaffMentorshipAction(m, action, parsed, now);
      yield* wait(tx.updateMentorship(next));
      tellPair(tx, MENTORSHIP_NOTIFICATION[action], next, members, parsed.reason, { settings, now });
      tx.recordChange(mentorshipChanged(next));
      yield* mentorActiveChange(tx, m, next, memberIn(members, next.mentorId));
      yield* audit(tx, { actorId: viewerId, action, subject: { kind: 'mentorship', id }, reason: parsed.reason, now, before: m, after: next });
      return { mentorship: next, mentor: memberRef(memberIn(members, next.mentorId)), mentee: memberRef(memberIn(members, next.menteeId)) };
    });
  }

  /** Pauses, resumes, approves, declines, suspends a member or lifts it; the member is told, with the reason. */
  actOnMember(caller: Caller | null, id: string, action: StaffMemberAction, input: StaffActionInput): Awaitable<StaffMemberItem> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      checkAction(STAFF_MEMBER_ACTIONS, action);
      const parsed = parseInput(StaffActionInput, input, 'staff action');
      const memberId = parseInput(Id, id, 'member id');
      const member = memberIn(yield* wait(tx.lockMembers([memberId])), memberId);
      const next = applyStaffMemberAction(member, action, parsed.reason, now);
      return yield* saveMember(tx, member, next, { action, notification: MEMBER_NOTIFICATION[action], reason: parsed.reason, actorId: viewerId, settings, now });
    });
  }

  /** Moves a concern on: status, a reply the member is told of, a note for staff. */
  updateConcern(caller: Caller | null, id: string, update: ConcernUpdate): Awaitable<StaffConcern> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      const parsed = parseInput(ConcernUpdate, update, 'concern update');
      const c = yield* wait(tx.lockConcern(id));
      if (!c) throw notFound('concern', id);
      const next = applyConcernUpdate(c, parsed, viewerId, now);
      yield* wait(tx.updateConcern(next));
      const members = yield* wait(tx.members([c.raisedById, c.aboutId]));
      if (parsed.reply !== undefined) {
        const mentorship = yield* wait(tx.mentorship(c.mentorshipId));
        tx.notify(composeStaffNotification('concern-reply', {
          settings, now, to: memberIn(members, c.raisedById), text: parsed.reply, ...(mentorship ? { mentorship } : {}),
        }));
      }
      tx.recordChange(concernChanged(next));
      yield* audit(tx, {
        actorId: viewerId,
        action: 'concern',
        subject: { kind: 'concern', id },
        reason: null,
        now,
        before: { status: c.status },
        after: { status: next.status, ...(parsed.reply === undefined ? {} : { reply: parsed.reply }), ...(parsed.note === undefined ? {} : { note: parsed.note }) },
      });
      return staffConcern(next, members);
    });
  }

  getSettings(caller: Caller | null): Awaitable<ProgramRecord> {
    return this.read(caller, function* (tx) {
      return yield* wait(tx.programRecord());
    });
  }

  /**
   * Replaces the settings (settings-rules.ts), audited, heard by every page as a `program` change. Turning
   * mentor approval off approves the mentors still waiting for it, each told and audited.
   */
  updateSettings(caller: Caller | null, update: SettingsUpdate): Awaitable<ProgramRecord> {
    return this.change(caller, function* (tx, { viewerId, now }) {
      const parsed = parseInput(SettingsUpdate, update, 'settings');
      const current = yield* wait(tx.lockProgram());
      const next = planSettingsChange(current, parsed, viewerId, now);
      checkTemplates(next.settings.emailTemplates ?? []);
      checkTranslations(next.settings);
      yield* wait(tx.saveProgram(next));
      tx.recordChange(programChanged());
      yield* audit(tx, { actorId: viewerId, action: 'settings', subject: { kind: 'program', id: 'program' }, reason: parsed.reason, now, before: current.settings, after: next.settings });
      if (current.settings.mentorsNeedApproval && !next.settings.mentorsNeedApproval) {
        const reason = `The program no longer asks for approval: ${parsed.reason}`;
        for (const member of yield* awaitingApproval(tx, next.settings, now)) {
          const approved = applyStaffMemberAction(member, 'approve', reason, now);
          yield* saveMember(tx, member, approved, { action: 'approve', notification: 'approved', reason, actorId: viewerId, settings: next.settings, now });
        }
      }
      return next;
    });
  }

  #list<L extends CsvList, Q extends { limit?: number | undefined; cursor?: string | undefined }, F, Row, Item>(
    caller: Caller | null,
    list: L,
    schema: Parameters<typeof parseInput<Q>>[0],
    query: Q,
    reader: ListReader<F, Row, Item>,
  ): Awaitable<{ items: Item[]; total: number; next: string | null }> {
    return this.read(caller, function* (tx, call) {
      return (yield* listPage(tx, call, list, schema, query, reader)).page;
    });
  }
}

/**
 * One page of a list: the query parsed (its filter, limit and cursor), one item more than the limit read to
 * know whether a page follows, and the cursor of the next page from the last item's sort key.
 */
function* listPage<L extends CsvList, Q extends { limit?: number | undefined; cursor?: string | undefined }, F, Row, Item>(
  tx: StoreReads,
  call: Call,
  list: L,
  schema: Parameters<typeof parseInput<Q>>[0],
  query: Q,
  reader: ListReader<F, Row, Item>,
): Op<{ filter: F; page: { items: Item[]; total: number; next: string | null } }> {
  const { limit = DEFAULT_STAFF_PAGE_SIZE, cursor, ...rest } = parseInput(schema, query, `${list} query`);
  const filter = rest as unknown as F;
  const after = cursor === undefined ? null : decodeCursor(list, cursor);
  const page = yield* wait(reader.read(tx, { filter, after, limit: limit + 1, withTotal: true, settings: call.settings, now: call.now }));
  const rows = page.items.slice(0, limit);
  const last = rows.at(-1);
  const next = page.items.length > limit && last !== undefined ? encodeCursor(list, rowKey(list, last)) : null;
  return { filter, page: { items: yield* reader.items(tx, rows, call), total: page.total ?? 0, next } };
}

/** The sort key of a row a store answered for `list` (staff-lists.ts LIST_ORDER). */
const rowKey = (list: CsvList, row: unknown): SortKey => (LIST_ORDER[list].key as (row: unknown) => SortKey)(row);

function staffMemberItem(row: MemberRow, settings: ProgramSettings): StaffMemberItem {
  const { member, counts } = row;
  return {
    member,
    activeMentees: counts.mentees,
    activeMentors: counts.mentors,
    openRequestsSent: row.openRequestsSent,
    standing: { mentor: roleStanding(member, 'mentor', counts, settings), mentee: roleStanding(member, 'mentee', counts, settings) },
  };
}

/** The mentorships of a page with both members named. */
function* mentorshipItems(tx: StoreReads, rows: Mentorship[]): Op<StaffMentorshipItem[]> {
  const members = yield* wait(tx.members([...new Set(rows.flatMap((m) => [m.mentorId, m.menteeId]))]));
  return rows.map((m) => ({ mentorship: m, mentor: memberRef(memberIn(members, m.mentorId)), mentee: memberRef(memberIn(members, m.menteeId)) }));
}

const MEMBERS: ListReader<MemberListQuery, MemberRow, StaffMemberItem> = {
  read: (tx, request) => tx.memberPage(request),
  // eslint-disable-next-line require-yield
  *items(_tx, rows, call) {
    return rows.map((row) => staffMemberItem(row, call.settings));
  },
};

const MENTORSHIPS: ListReader<MentorshipListQuery, Mentorship, StaffMentorshipItem> = {
  read: (tx, request) => tx.mentorshipPage(request),
  items: (tx, rows) => mentorshipItems(tx, rows),
};

const REQUESTS: ListReader<RequestListQuery, Mentorship, StaffMentorshipItem> = {
  read: (tx, request) => tx.requestPage(request),
  items: (tx, rows) => mentorshipItems(tx, rows),
};

const EVALUATIONS: ListReader<EvaluationListQuery, EvaluationRow, Evaluation> = {
  read: (tx, request) => tx.evaluationPage(request),
  *items(tx, rows) {
    const members = yield* wait(tx.members([...new Set(rows.flatMap(({ mentorship: m }) => [m.mentorId, m.menteeId]))]));
    return rows.map(({ mentorship: m, feedback, by }) => ({
      mentorshipId: m.id,
      state: m.state,
      mentor: memberRef(memberIn(members, m.mentorId)),
      mentee: memberRef(memberIn(members, m.menteeId)),
      by,
      feedback,
    }));
  },
};

const CONCERNS: ListReader<ConcernListQuery, ConcernRecord, StaffConcern> = {
  read: (tx, request) => tx.concernPage(request),
  *items(tx, rows) {
    const members = yield* wait(tx.members([...new Set(rows.flatMap((c) => [c.raisedById, c.aboutId]))]));
    return rows.map((c) => staffConcern(c, members));
  },
};

const AUDIT: ListReader<AuditListQuery, AuditPage['items'][number], AuditPage['items'][number]> = {
  read: (tx, request) => tx.auditPage(request),
  // eslint-disable-next-line require-yield
  *items(_tx, rows) {
    return rows;
  },
};

/** Each list's reader, for exports. */
const READERS: { [L in CsvList]: ListReader<never, unknown, CsvItems[L]> } = {
  members: MEMBERS as ListReader<never, unknown, StaffMemberItem>,
  mentorships: MENTORSHIPS as ListReader<never, unknown, StaffMentorshipItem>,
  requests: REQUESTS as ListReader<never, unknown, StaffMentorshipItem>,
  evaluations: EVALUATIONS as ListReader<never, unknown, Evaluation>,
  concerns: CONCERNS as ListReader<never, unknown, StaffConcern>,
  audit: AUDIT as ListReader<never, unknown, AuditPage['items'][number]>,
};

const average = ({ count, sum }: { count: number; sum: number }): RatingAverage => ({
  count,
  average: count === 0 ? null : Math.round((sum / count) * 100) / 100,
});

/** Appends the audit entry of a staff action. */
function* audit(tx: StoreChange, facts: AuditFacts): Op<void> {
  yield* wait(tx.appendAudit(auditEntry(facts)));
}

/** Tells both members of a mentorship what staff did, with the reason. */
function tellPair(
  tx: StoreChange,
  kind: StaffNotificationKind,
  m: Mentorship,
  members: ReadonlyMap<string, Member>,
  reason: string,
  { settings, now }: { settings: ProgramSettings; now: Date },
): void {
  for (const [toId, otherId] of [[m.mentorId, m.menteeId], [m.menteeId, m.mentorId]] as const) {
    tx.notify(composeStaffNotification(kind, { settings, now, to: memberIn(members, toId), other: memberIn(members, otherId), mentorship: m, text: reason }));
  }
}

interface MemberActionFacts {
  action: StaffMemberAction;
  notification: StaffNotificationKind;
  reason: string;
  actorId: string;
  settings: ProgramSettings;
  now: Date;
}

/** Stores a member staff acted on, tells them, records the change and audits it; the member as staff see them. */
function* saveMember(tx: StoreChange, before: Member, after: Member, facts: MemberActionFacts): Op<StaffMemberItem> {
  const { action, notification, reason, actorId, settings, now } = facts;
  yield* wait(tx.updateMember(after));
  tx.notify(composeStaffNotification(notification, { settings, now, to: after, text: reason }));
  tx.recordChange(yield* memberChanged(tx, after));
  yield* audit(tx, { actorId, action, subject: { kind: 'member', id: after.id }, reason, now, before, after });
  const counts = (yield* wait(tx.activeCounts([after.id])))(after.id);
  return staffMemberItem({ member: after, counts, openRequestsSent: (yield* wait(tx.openCounts(after.id))).sent }, settings);
}

/** Every mentor waiting for approval, locked (a page at a time, by name). */
function* awaitingApproval(tx: StoreChange, settings: ProgramSettings, now: Date): Op<Member[]> {
  const waiting: Member[] = [];
  let after: SortKey | null = null;
  for (;;) {
    const filter = { role: 'mentor' as const, standing: 'awaiting-approval' as const };
    const page: StorePage<MemberRow> = yield* wait(tx.memberPage({ filter, after, limit: EXPORT_PAGE_SIZE, withTotal: false, settings, now }));
    waiting.push(...page.items.map((row) => row.member));
    const last = page.items.at(-1);
    if (page.items.length < EXPORT_PAGE_SIZE || last === undefined) break;
    after = LIST_ORDER.members.key(last);
  }
  const locked = yield* wait(tx.lockMembers(waiting.map((member) => member.id)));
  return waiting.map((member) => locked.get(member.id) ?? member);
}
