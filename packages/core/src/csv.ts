// CSV files of the program office's lists: one writer, and each list's columns, for every store. Files open
// in spreadsheets: UTF-8 with a byte order mark (so accents read right), RFC 4180 quoting, CRLF line ends,
// and no cell a spreadsheet would run as a formula (a text cell starting with = + - @, a tab or a carriage
// return is prefixed with an apostrophe: OWASP's advice against CSV injection). Numbers are written as
// numbers; only text is neutralised.
import type { ProgramSettings, TaxonomyEntry } from './schemas/settings.ts';
import type { AuditEntry, CsvList, Evaluation, StaffConcern, StaffMemberItem, StaffMentorshipItem } from './schemas/staff.ts';
import { labelOf } from './settings-rules.ts';

export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: text neutralised and quoted where needed, numbers as they are, null empty. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row, ended with CRLF. */
export const csvRow = (cells: readonly CsvCell[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The file's start: the byte order mark and the header row. */
export const csvHead = (headers: readonly string[]): string => CSV_BOM + csvRow(headers);

/** A column of a list's file: its header and its cell for an item. */
export interface CsvColumn<T> {
  header: string;
  cell: (item: T, settings: ProgramSettings) => CsvCell;
}

/** The items of each list, as the staff adapter answers them, which its file has a row for. */
export interface CsvItems {
  members: StaffMemberItem;
  mentorships: StaffMentorshipItem;
  requests: StaffMentorshipItem;
  evaluations: Evaluation;
  concerns: StaffConcern;
  audit: AuditEntry;
}

const labels = (entries: readonly TaxonomyEntry[], ids: readonly string[] | undefined): string =>
  (ids ?? []).map((id) => labelOf(entries, id)).join('; ');
const label = (entries: readonly TaxonomyEntry[], id: string | null): string | null => (id === null ? null : labelOf(entries, id));
/**
 * JSON with every object's keys sorted: the same file whatever order a store keeps a record's keys in
 * (PostgreSQL's jsonb keeps its own).
 */
const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value, sortedKeys));
const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

const MENTORSHIP_COLUMNS: CsvColumn<StaffMentorshipItem>[] = [
  { header: 'Mentorship', cell: ({ mentorship }) => mentorship.id },
  { header: 'State', cell: ({ mentorship }) => mentorship.state },
  { header: 'Mentor id', cell: ({ mentor }) => mentor.id },
  { header: 'Mentor', cell: ({ mentor }) => mentor.name },
  { header: 'Mentor email', cell: ({ mentor }) => mentor.email },
  { header: 'Mentee id', cell: ({ mentee }) => mentee.id },
  { header: 'Mentee', cell: ({ mentee }) => mentee.name },
  { header: 'Mentee email', cell: ({ mentee }) => mentee.email },
  { header: 'Asked by', cell: ({ mentorship: m }) => (m.pairedByStaff ? 'program office' : m.requesterId === m.mentorId ? 'mentor' : 'mentee') },
  { header: 'Areas', cell: ({ mentorship }, settings) => labels(settings.topics, mentorship.areas) },
  { header: 'Term (months)', cell: ({ mentorship }) => mentorship.termMonths },
  { header: 'Meeting mode', cell: ({ mentorship }) => mentorship.meetingMode },
  { header: 'Goals', cell: ({ mentorship }) => mentorship.goals },
  { header: 'Made', cell: ({ mentorship }) => mentorship.createdAt },
  { header: 'Answered', cell: ({ mentorship }) => mentorship.respondedAt },
  { header: 'Expires', cell: ({ mentorship: m }) => (m.state === 'pending' || m.state === 'saved' ? m.expiresAt : null) },
  { header: 'Started', cell: ({ mentorship }) => mentorship.startedAt },
  { header: 'Ends', cell: ({ mentorship }) => mentorship.endsAt },
  { header: 'Ended', cell: ({ mentorship }) => mentorship.endedAt },
  { header: 'Decline reason', cell: ({ mentorship }) => mentorship.declineReason },
  { header: 'End reason', cell: ({ mentorship }) => mentorship.endReason },
  { header: 'Closed by the program office', cell: ({ mentorship }) => mentorship.closedByStaff },
  { header: 'Feedback given', cell: ({ mentorship }) => mentorship.feedbackGivenBy.length },
];

/** Each list's columns, in order. */
export const CSV_COLUMNS: { [L in CsvList]: CsvColumn<CsvItems[L]>[] } = {
  members: [
    { header: 'Member', cell: ({ member }) => member.id },
    { header: 'Name', cell: ({ member }) => member.name },
    { header: 'Email', cell: ({ member }) => member.email },
    { header: 'As mentor', cell: ({ standing }) => standing.mentor },
    { header: 'As mentee', cell: ({ standing }) => standing.mentee },
    { header: 'Mentor topics', cell: ({ member }, settings) => labels(settings.topics, member.mentor?.topics) },
    { header: 'Mentee topics', cell: ({ member }, settings) => labels(settings.topics, member.mentee?.topics) },
    { header: 'Capacity', cell: ({ member }) => (member.mentor ? member.availability.capacity : null) },
    { header: 'Active mentees', cell: ({ activeMentees }) => activeMentees },
    { header: 'Active mentors', cell: ({ activeMentors }) => activeMentors },
    { header: 'Open requests sent', cell: ({ openRequestsSent }) => openRequestsSent },
    { header: 'Availability', cell: ({ member }) => member.availability.status },
    { header: 'Return date', cell: ({ member }) => member.availability.returnDate },
    { header: 'Mentor approval', cell: ({ member }) => member.mentorApproval?.state ?? null },
    { header: 'Suspended since', cell: ({ member }) => member.suspension?.since ?? null },
    { header: 'Suspension reason', cell: ({ member }) => member.suspension?.reason ?? null },
    { header: 'Industry', cell: ({ member }, settings) => label(settings.industries, member.industry) },
    { header: 'Career stage', cell: ({ member }, settings) => label(settings.careerStages, member.careerStage) },
    { header: 'Country', cell: ({ member }) => member.country },
    { header: 'City', cell: ({ member }) => member.city },
    { header: 'Code of conduct version', cell: ({ member }) => member.codeOfConductVersion },
  ],
  mentorships: MENTORSHIP_COLUMNS,
  requests: MENTORSHIP_COLUMNS,
  evaluations: [
    { header: 'Mentorship', cell: (e) => e.mentorshipId },
    { header: 'State', cell: (e) => e.state },
    { header: 'Given by', cell: (e) => e.by },
    { header: 'Member', cell: (e) => e.feedback.memberId },
    { header: 'Mentor', cell: (e) => e.mentor.name },
    { header: 'Mentee', cell: (e) => e.mentee.name },
    { header: 'Rating', cell: (e) => e.feedback.rating },
    { header: 'Comment', cell: (e) => e.feedback.comment },
    { header: 'Given', cell: (e) => e.feedback.givenAt },
  ],
  concerns: [
    { header: 'Concern', cell: (c) => c.id },
    { header: 'Status', cell: (c) => c.status },
    { header: 'Mentorship', cell: (c) => c.mentorshipId },
    { header: 'Raised by id', cell: (c) => c.raisedBy.id },
    { header: 'Raised by', cell: (c) => c.raisedBy.name },
    { header: 'About id', cell: (c) => c.about.id },
    { header: 'About', cell: (c) => c.about.name },
    { header: 'Text', cell: (c) => c.text },
    { header: 'Raised', cell: (c) => c.createdAt },
    { header: 'Updated', cell: (c) => c.updatedAt },
    { header: 'Replies', cell: (c) => c.history.filter((event) => event.reply !== null).length },
  ],
  audit: [
    { header: 'Entry', cell: (e) => e.seq },
    { header: 'At', cell: (e) => e.at },
    { header: 'Staff member', cell: (e) => e.actorId },
    { header: 'Action', cell: (e) => e.action },
    { header: 'Subject', cell: (e) => e.subject.kind },
    { header: 'Subject id', cell: (e) => e.subject.id },
    { header: 'Reason', cell: (e) => e.reason },
    { header: 'Limits overridden', cell: (e) => e.override?.limits.join('; ') ?? null },
    { header: 'Override reason', cell: (e) => e.override?.reason ?? null },
    { header: 'Before', cell: (e) => json(e.before) },
    { header: 'After', cell: (e) => json(e.after) },
  ],
};

/** The rows of `items` of `list`, as text. */
export function csvRows<L extends CsvList>(list: L, items: readonly CsvItems[L][], settings: ProgramSettings): string {
  const columns = CSV_COLUMNS[list] as CsvColumn<CsvItems[L]>[];
  return items.map((item) => csvRow(columns.map((column) => column.cell(item, settings)))).join('');
}

/** The header row of `list`'s file, after the byte order mark. */
export const csvHeadOf = (list: CsvList): string => csvHead(CSV_COLUMNS[list].map((column) => column.header));
