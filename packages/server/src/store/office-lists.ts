// The program office's lists in SQL: core defines each one's filters, order and sort key (staff-lists.ts:
// `staffListPage` is the reference MemoryStore answers with), and each query here answers the same over the
// tables' columns. Pages are keyset pages: the rows after the last key, in the list's order, on an index
// (`members_by_name_key`, `mentorships_by_created`, …), so a page deep in 100,000 members costs what the
// first does. Text filters look for each folded word (core's fold.ts) in the folded columns the writers keep.
import {
  DAY_MS, type AuditEntry, type AuditListFilter, type ConcernListFilter, type ConcernRecord, type EvaluationListFilter,
  type EvaluationRow, type Feedback, type ListRequest, type Member, type MemberListFilter, type Mentorship,
  type MemberRow, type MentorshipListFilter, type RatingTotals, type RequestListFilter, type Role, type StorePage,
} from '@mentor-match/core';
import { searchWords } from '@mentor-match/core/fold';
import type { Queryable } from '../db/database.ts';
import { AUDIT_ENTRY } from './audit.ts';
import { CONCERN_RECORD } from './concerns.ts';
import { OPEN } from './mentorships.ts';
import { standingOf } from './standing-sql.ts';

/** A query's WHERE conditions and their parameters, numbered as they are added. */
export class Conditions {
  readonly params: unknown[] = [];
  readonly #conditions: string[] = [];

  /** The placeholder of a new parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string): this {
    this.#conditions.push(condition);
    return this;
  }

  /** `WHERE …`, or nothing. */
  get where(): string {
    return this.#conditions.length === 0 ? '' : `WHERE ${this.#conditions.map((c) => `(${c})`).join(' AND ')}`;
  }

  /** The same conditions and parameters, and more to come: the page's keyset condition beside the total's. */
  copy(): Conditions {
    const copy = new Conditions();
    copy.params.push(...this.params);
    copy.#conditions.push(...this.#conditions);
    return copy;
  }
}

/** One column of a list's sort key: how it is selected and ordered, and how a key's value is cast to compare. */
interface KeyColumn {
  sql: string;
  cast: '::timestamptz' | ' COLLATE "C"' | '::bigint';
}

interface ListQuery {
  /** `FROM …` with its joins. */
  from: string;
  select: string;
  conditions: Conditions;
  key: readonly KeyColumn[];
  direction: 'ASC' | 'DESC';
}

/** One page after `after` (the list's keyset), and the total of the filter when asked for. */
async function listPage<R extends object>(q: Queryable, list: ListQuery, request: Pick<ListRequest<unknown>, 'after' | 'limit' | 'withTotal'>) {
  const { from, select, conditions, key, direction } = list;
  const paged = conditions.copy();
  if (request.after !== null) {
    const after = request.after;
    const values = key.map((column, i) => `${paged.param(after[i])}${column.cast}`);
    paged.add(`(${key.map((column) => column.sql).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${values.join(', ')})`);
  }
  const order = key.map((column) => `${column.sql} ${direction}`).join(', ');
  const rows = await q.query<R>(`SELECT ${select} ${from} ${paged.where} ORDER BY ${order} LIMIT ${paged.param(request.limit)}`, paged.params);
  if (!request.withTotal) return { rows, total: null };
  const counted = await q.query<{ n: number }>(`SELECT count(*)::int AS n ${from} ${conditions.where}`, conditions.params);
  return { rows, total: counted[0]?.n ?? 0 };
}

/** Every folded word of `text` in one of these folded columns. */
function textFilter(conditions: Conditions, text: string | undefined, columns: readonly string[]): void {
  for (const word of searchWords(text)) {
    const w = conditions.param(word);
    conditions.add(columns.map((column) => `strpos(${column}, ${w}) > 0`).join(' OR '));
  }
}

/** Ids are ASCII (core's Id), so folding one is lower-casing it. */
const FOLDED_ID = (column: string) => `lower(${column})`;

/** `from`..`to`, whole UTC days, on a timestamptz column (staff-lists.ts `inDays`). */
function dayRange(conditions: Conditions, column: string, range: { from?: string | undefined; to?: string | undefined }): void {
  if (range.from !== undefined) conditions.add(`${column} >= ${conditions.param(`${range.from}T00:00:00.000Z`)}::timestamptz`);
  if (range.to !== undefined) {
    const end = new Date(Date.parse(`${range.to}T00:00:00.000Z`) + DAY_MS).toISOString();
    conditions.add(`${column} < ${conditions.param(end)}::timestamptz`);
  }
}

const C = ' COLLATE "C"';

// ---------------------------------------------------------------------------------------------
// Members: by folded name, then id.

interface MemberPageRow {
  record: Member;
  active_mentees: number;
  active_mentors: number;
  open_sent: number;
}

/** staff-lists.ts `memberMatches`, as conditions on the members table `m`. */
function memberConditions(filter: MemberListFilter, mentorsPerMentee: number): Conditions {
  const conditions = new Conditions();
  textFilter(conditions, filter.text, ['m.contact_text', FOLDED_ID('m.id')]);
  if (filter.enrolled !== undefined) conditions.add(`(m.is_mentor OR m.is_mentee) = ${conditions.param(filter.enrolled)}`);
  const inRole = (role: Role): string => {
    const parts = [role === 'mentor' ? 'm.is_mentor' : 'm.is_mentee'];
    if (filter.standing !== undefined) parts.push(`${standingOf(role, 'm', mentorsPerMentee)} = ${conditions.param(filter.standing)}`);
    if (filter.topic !== undefined) parts.push(`m.${role}_topics @> ARRAY[${conditions.param(filter.topic)}]::text[]`);
    return parts.join(' AND ');
  };
  if (filter.role !== undefined) conditions.add(inRole(filter.role));
  // Without a role, standing or topic, every member passes (enrolled or not).
  else if (filter.standing !== undefined || filter.topic !== undefined) conditions.add(`(${inRole('mentor')}) OR (${inRole('mentee')})`);
  return conditions;
}

export async function memberPage(q: Queryable, request: ListRequest<MemberListFilter>): Promise<StorePage<MemberRow>> {
  const { rows, total } = await listPage<{ id: string }>(q, {
    from: 'FROM members m',
    select: 'm.id',
    conditions: memberConditions(request.filter, request.settings.mentorsPerMentee),
    key: [{ sql: `m.name_key${C}`, cast: C }, { sql: `m.id${C}`, cast: C }],
    direction: 'ASC',
  }, request);
  // The page's rows whole, with their open requests sent: read for the page alone, in its order.
  const page = await q.query<MemberPageRow>(
    `SELECT m.record, m.active_mentees, m.active_mentors,
       (SELECT count(*)::int FROM mentorships o WHERE o.requester_id = m.id AND o.state IN ${OPEN}) AS open_sent
     FROM unnest($1::text[]) WITH ORDINALITY AS p (id, i) JOIN members m ON m.id = p.id ORDER BY p.i`,
    [rows.map((row) => row.id)],
  );
  return {
    items: page.map((row) => ({ member: row.record, counts: { mentees: row.active_mentees, mentors: row.active_mentors }, openRequestsSent: row.open_sent })),
    total,
  };
}

// ---------------------------------------------------------------------------------------------
// Mentorships (newest first) and waiting requests (oldest first).

const MENTORSHIP_KEY: KeyColumn[] = [{ sql: 'm.created_at', cast: '::timestamptz' }, { sql: `m.id${C}`, cast: C }];

/** Joined when a text filter asks for the members' names and emails. */
const WITH_MEMBERS = 'FROM mentorships m JOIN members mentor ON mentor.id = m.mentor_id JOIN members mentee ON mentee.id = m.mentee_id';

function pairConditions(filter: { text?: string | undefined; memberId?: string | undefined; topic?: string | undefined }): Conditions {
  const conditions = new Conditions();
  textFilter(conditions, filter.text, ['mentor.contact_text', 'mentee.contact_text', FOLDED_ID('m.id')]);
  if (filter.memberId !== undefined) {
    const id = conditions.param(filter.memberId);
    conditions.add(`m.mentor_id = ${id} OR m.mentee_id = ${id}`);
  }
  if (filter.topic !== undefined) conditions.add(`m.areas @> ARRAY[${conditions.param(filter.topic)}]::text[]`);
  return conditions;
}

const fromFor = (filter: { text?: string | undefined }) => (searchWords(filter.text).length > 0 ? WITH_MEMBERS : 'FROM mentorships m');

export async function mentorshipPage(q: Queryable, request: ListRequest<MentorshipListFilter>): Promise<StorePage<Mentorship>> {
  const { filter } = request;
  const conditions = pairConditions(filter);
  if (filter.states !== undefined) conditions.add(`m.state = ANY(${conditions.param(filter.states)}::text[])`);
  dayRange(conditions, 'm.created_at', filter);
  if (filter.pairedByStaff !== undefined) conditions.add(`m.paired_by_staff = ${conditions.param(filter.pairedByStaff)}`);
  // core's meetingMatches: the workspace's meeting_count, none without a workspace.
  if (filter.withoutMeeting !== undefined) {
    const met = 'EXISTS (SELECT 1 FROM workspaces w WHERE w.mentorship_id = m.id AND w.meeting_count > 0)';
    conditions.add(filter.withoutMeeting ? `m.state = 'active' AND NOT ${met}` : met);
  }
  const { rows, total } = await listPage<{ record: Mentorship }>(q, {
    from: fromFor(filter), select: 'm.record', conditions, key: MENTORSHIP_KEY, direction: 'DESC',
  }, request);
  return { items: rows.map((row) => row.record), total };
}

export async function requestPage(q: Queryable, request: ListRequest<RequestListFilter>): Promise<StorePage<Mentorship>> {
  const { filter } = request;
  const conditions = pairConditions(filter);
  conditions.add(`m.state IN ${OPEN}`);
  conditions.add(`m.created_at <= ${conditions.param(new Date(request.now.getTime() - filter.olderThanDays * DAY_MS).toISOString())}::timestamptz`);
  const { rows, total } = await listPage<{ record: Mentorship }>(q, {
    from: fromFor(filter), select: 'm.record', conditions, key: MENTORSHIP_KEY, direction: 'ASC',
  }, request);
  return { items: rows.map((row) => row.record), total };
}

// ---------------------------------------------------------------------------------------------
// Evaluations: every partner's feedback, newest first.

const EVALUATIONS_FROM = 'FROM feedback f JOIN mentorships m ON m.id = f.mentorship_id';

function evaluationConditions(filter: EvaluationListFilter): Conditions {
  const conditions = new Conditions();
  dayRange(conditions, 'f.given_at', filter);
  if (filter.by !== undefined) conditions.add(`f.by_role = ${conditions.param(filter.by)}`);
  if (filter.rating !== undefined) conditions.add(`f.rating = ${conditions.param(filter.rating)}`);
  if (filter.memberId !== undefined) {
    const id = conditions.param(filter.memberId);
    conditions.add(`m.mentor_id = ${id} OR m.mentee_id = ${id}`);
  }
  return conditions;
}

export async function evaluationPage(q: Queryable, request: ListRequest<EvaluationListFilter>): Promise<StorePage<EvaluationRow>> {
  const { rows, total } = await listPage<{ mentorship: Mentorship; feedback: Feedback; by_role: Role }>(q, {
    from: EVALUATIONS_FROM,
    select: 'm.record AS mentorship, f.record AS feedback, f.by_role',
    conditions: evaluationConditions(request.filter),
    key: [{ sql: 'f.given_at', cast: '::timestamptz' }, { sql: `f.mentorship_id${C}`, cast: C }, { sql: `f.member_id${C}`, cast: C }],
    direction: 'DESC',
  }, request);
  return { items: rows.map((row) => ({ mentorship: row.mentorship, feedback: row.feedback, by: row.by_role })), total };
}

export async function ratingTotals(q: Queryable, filter: EvaluationListFilter): Promise<RatingTotals> {
  const conditions = evaluationConditions(filter);
  const [row] = await q.query<Record<'n' | 'sum' | 'mentor_n' | 'mentor_sum' | 'mentee_n' | 'mentee_sum', number>>(
    `SELECT count(*)::int AS n, coalesce(sum(f.rating), 0)::int AS sum,
       count(*) FILTER (WHERE f.by_role = 'mentor')::int AS mentor_n, coalesce(sum(f.rating) FILTER (WHERE f.by_role = 'mentor'), 0)::int AS mentor_sum,
       count(*) FILTER (WHERE f.by_role = 'mentee')::int AS mentee_n, coalesce(sum(f.rating) FILTER (WHERE f.by_role = 'mentee'), 0)::int AS mentee_sum
     ${EVALUATIONS_FROM} ${conditions.where}`,
    conditions.params,
  );
  return {
    all: { count: row?.n ?? 0, sum: row?.sum ?? 0 },
    byMentors: { count: row?.mentor_n ?? 0, sum: row?.mentor_sum ?? 0 },
    byMentees: { count: row?.mentee_n ?? 0, sum: row?.mentee_sum ?? 0 },
  };
}

// ---------------------------------------------------------------------------------------------
// Concerns and the audit log, newest first.

export async function concernPage(q: Queryable, request: ListRequest<ConcernListFilter>): Promise<StorePage<ConcernRecord>> {
  const { filter } = request;
  const conditions = new Conditions();
  if (filter.status !== undefined) conditions.add(`c.status = ${conditions.param(filter.status)}`);
  if (filter.memberId !== undefined) {
    const id = conditions.param(filter.memberId);
    conditions.add(`c.raised_by = ${id} OR c.about_id = ${id}`);
  }
  const { rows, total } = await listPage<{ record: ConcernRecord }>(q, {
    from: 'FROM concerns c',
    select: CONCERN_RECORD,
    conditions,
    key: [{ sql: 'c.created_at', cast: '::timestamptz' }, { sql: `c.id${C}`, cast: C }],
    direction: 'DESC',
  }, request);
  return { items: rows.map((row) => row.record), total };
}

export async function auditPage(q: Queryable, request: ListRequest<AuditListFilter>): Promise<StorePage<AuditEntry>> {
  const { filter } = request;
  const conditions = new Conditions();
  if (filter.action !== undefined) conditions.add(`a.action = ${conditions.param(filter.action)}`);
  if (filter.actorId !== undefined) conditions.add(`a.actor_id = ${conditions.param(filter.actorId)}`);
  if (filter.subjectId !== undefined) conditions.add(`a.subject_id = ${conditions.param(filter.subjectId)}`);
  dayRange(conditions, 'a.at', filter);
  const { rows, total } = await listPage<{ entry: AuditEntry }>(q, {
    from: 'FROM audit_log a', select: AUDIT_ENTRY, conditions, key: [{ sql: 'a.seq', cast: '::bigint' }], direction: 'DESC',
  }, request);
  return { items: rows.map((row) => row.entry), total };
}
