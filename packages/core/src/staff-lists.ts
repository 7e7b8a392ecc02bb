// The program office's lists, defined once: which items each filter keeps, the order, the sort key a page
// continues after (a keyset cursor: page 2,000 costs what page 1 does, on an index), and the reference
// `staffListPage` that MemoryStore answers with. The SQL store answers the same with queries, and the stores
// test holds it to that. Keys compare element by element: numbers as numbers, strings by UTF-16 code unit
// (SQL: `COLLATE "C"`, which orders the folded names and ids the same way).
import { DAY_MS } from './clock.ts';
import { isEnrolled } from './enrolment.ts';
import { MentoringError } from './errors.ts';
import { foldText, searchWords } from './fold.ts';
import { isOpen } from './lifecycle.ts';
import { ROLES, type Role } from './schemas/common.ts';
import type { ConcernRecord } from './schemas/staff-records.ts';
import type { Member } from './schemas/member.ts';
import type { Feedback, Mentorship } from './schemas/mentorship.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type {
  AuditEntry, AuditListFilter, ConcernListFilter, CsvList, EvaluationListFilter, MemberListFilter,
  MentorshipListFilter, RequestListFilter,
} from './schemas/staff.ts';
import { roleStanding } from './staff-standing.ts';
import type { ActiveCounts } from './views.ts';

/** A position in a list's order: the values of its sort key. */
export type SortKey = readonly (string | number)[];

/** A member with what the members list filters on and shows. */
export interface MemberRow {
  member: Member;
  counts: ActiveCounts;
  openRequestsSent: number;
}

/** One partner's feedback on one mentorship. */
export interface EvaluationRow {
  mentorship: Mentorship;
  feedback: Feedback;
  by: Role;
}

/** How members sort: by name with accents and case folded (SQL keeps it as a column), then id. */
export const nameKey = (name: string): string => foldText(name);

type Direction = 'ascending' | 'descending';

/** Each list's order: its sort key and direction. */
export const LIST_ORDER = {
  members: { direction: 'ascending', key: (row: MemberRow): SortKey => [nameKey(row.member.name), row.member.id] },
  mentorships: { direction: 'descending', key: (m: Mentorship): SortKey => [m.createdAt, m.id] },
  requests: { direction: 'ascending', key: (m: Mentorship): SortKey => [m.createdAt, m.id] },
  evaluations: {
    direction: 'descending',
    key: (row: EvaluationRow): SortKey => [row.feedback.givenAt, row.mentorship.id, row.feedback.memberId],
  },
  concerns: { direction: 'descending', key: (c: ConcernRecord): SortKey => [c.createdAt, c.id] },
  audit: { direction: 'descending', key: (e: AuditEntry): SortKey => [e.seq] },
} as const satisfies Record<CsvList, { direction: Direction; key: (item: never) => SortKey }>;

/** The types of each list's key, to check a cursor against. */
const KEY_TYPES: Record<CsvList, readonly ('string' | 'number')[]> = {
  members: ['string', 'string'],
  mentorships: ['string', 'string'],
  requests: ['string', 'string'],
  evaluations: ['string', 'string', 'string'],
  concerns: ['string', 'string'],
  audit: ['number'],
};

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/** The cursor of the page after the item with this key: readable JSON, naming its list. */
export const encodeCursor = (list: CsvList, key: SortKey): string => JSON.stringify([list, ...key]);

/** The key a cursor stands for; `validation` (`cursor`) for one that is not this list's. */
export function decodeCursor(list: CsvList, cursor: string): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = null;
  }
  const types = KEY_TYPES[list];
  if (
    !Array.isArray(parsed) || parsed[0] !== list || parsed.length !== types.length + 1 ||
    !types.every((type, i) => typeof parsed[i + 1] === type)
  ) {
    throw new MentoringError('validation', `Invalid cursor for the ${list} list.`, { field: 'cursor' });
  }
  return parsed.slice(1) as SortKey;
}

// ---------------------------------------------------------------------------------------------
// Filters. Dates are UTC days, `from` and `to` included.

const dayStart = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);

/** Is the instant on one of the days `from`..`to` (either may be absent)? */
export function inDays(instant: string, range: { from?: string | undefined; to?: string | undefined }): boolean {
  const at = Date.parse(instant);
  return (range.from === undefined || at >= dayStart(range.from)) && (range.to === undefined || at < dayStart(range.to) + DAY_MS);
}

/** Do all the words of `text` appear in these fields (folded)? */
export function textMatches(text: string | undefined, fields: readonly string[]): boolean {
  const words = searchWords(text);
  if (words.length === 0) return true;
  const haystack = foldText(fields.join(' '));
  return words.every((word) => haystack.includes(word));
}

export function memberMatches(row: MemberRow, filter: MemberListFilter, settings: Pick<ProgramSettings, 'mentorsPerMentee'>): boolean {
  const { member } = row;
  if (!textMatches(filter.text, [member.name, member.email, member.id])) return false;
  if (filter.enrolled !== undefined && isEnrolled(member) !== filter.enrolled) return false;
  const roles = filter.role ? [filter.role] : ROLES;
  if (!roles.some((role) => member[role] !== null)) return filter.role === undefined && filter.standing === undefined && filter.topic === undefined;
  return roles.some((role) =>
    member[role] !== null &&
    (filter.standing === undefined || roleStanding(member, role, row.counts, settings) === filter.standing) &&
    (filter.topic === undefined || member[role].topics.includes(filter.topic)));
}

/** The names and emails a mentorship's text filter looks in. */
export interface PairNames {
  mentor: Pick<Member, 'name' | 'email'>;
  mentee: Pick<Member, 'name' | 'email'>;
}

const pairText = (m: Mentorship, names: PairNames) => [names.mentor.name, names.mentor.email, names.mentee.name, names.mentee.email, m.id];

export function mentorshipMatches(m: Mentorship, names: PairNames, filter: MentorshipListFilter): boolean {
  return textMatches(filter.text, pairText(m, names)) &&
    (filter.states === undefined || filter.states.includes(m.state)) &&
    (filter.memberId === undefined || m.mentorId === filter.memberId || m.menteeId === filter.memberId) &&
    (filter.topic === undefined || m.areas.includes(filter.topic)) &&
    inDays(m.createdAt, filter) &&
    (filter.pairedByStaff === undefined || m.pairedByStaff === filter.pairedByStaff);
}

/** Open, and made at least `olderThanDays` days (of 24 hours) before `now`. */
export function requestMatches(m: Mentorship, names: PairNames, filter: RequestListFilter, now: Date): boolean {
  return isOpen(m.state) && Date.parse(m.createdAt) <= now.getTime() - filter.olderThanDays * DAY_MS &&
    textMatches(filter.text, pairText(m, names)) &&
    (filter.memberId === undefined || m.mentorId === filter.memberId || m.menteeId === filter.memberId) &&
    (filter.topic === undefined || m.areas.includes(filter.topic));
}

/** Each feedback of a mentorship as a row: who gave it, in which role. */
export const evaluationRows = (m: Mentorship): EvaluationRow[] =>
  m.feedback.map((feedback) => ({ mentorship: m, feedback, by: feedback.memberId === m.mentorId ? 'mentor' : 'mentee' }));

export const evaluationMatches = (row: EvaluationRow, filter: EvaluationListFilter): boolean =>
  inDays(row.feedback.givenAt, filter) &&
  (filter.by === undefined || row.by === filter.by) &&
  (filter.rating === undefined || row.feedback.rating === filter.rating) &&
  (filter.memberId === undefined || row.mentorship.mentorId === filter.memberId || row.mentorship.menteeId === filter.memberId);

export const concernMatches = (c: ConcernRecord, filter: ConcernListFilter): boolean =>
  (filter.status === undefined || c.status === filter.status) &&
  (filter.memberId === undefined || c.raisedById === filter.memberId || c.aboutId === filter.memberId);

export const auditMatches = (e: AuditEntry, filter: AuditListFilter): boolean =>
  (filter.action === undefined || e.action === filter.action) &&
  (filter.actorId === undefined || e.actorId === filter.actorId) &&
  (filter.subjectId === undefined || e.subject.id === filter.subjectId) &&
  inDays(e.at, filter);

// ---------------------------------------------------------------------------------------------
// The reference page.

export interface ListPageRequest {
  after: SortKey | null;
  limit: number;
  withTotal: boolean;
}

/**
 * One page of `items` (already filtered) in `list`'s order, after the key given: what a store answers for
 * `memberPage`, `mentorshipPage`, … over the same records.
 */
export function staffListPage<T>(
  list: CsvList,
  items: Iterable<T>,
  request: ListPageRequest,
): { items: T[]; total: number | null } {
  const order = LIST_ORDER[list] as { direction: Direction; key: (item: T) => SortKey };
  const sign = order.direction === 'ascending' ? 1 : -1;
  const keyed = [...items].map((item) => ({ item, key: order.key(item) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key));
  const start = request.after === null ? 0 : keyed.findIndex(({ key }) => sign * compareKeys(key, request.after!) > 0);
  const page = start < 0 ? [] : keyed.slice(start, start + request.limit);
  return { items: page.map(({ item }) => item), total: request.withTotal ? keyed.length : null };
}
