// The mentorships table: the core Mentorship record, with the columns the lifecycle's facts are counted from.
// The SQL store (sql-store.ts) answers the mentoring service's reads with these.
import {
  MENTORSHIP_STATES, activeCountsFrom, evaluationRows, isLive, isOpen, recipientOf,
  type ActiveCounts, type LiveCounts, type Mentorship, type MentorshipState, type OpenCounts,
} from '@mentor-match/core';
import { json, toNumber, type Queryable } from '../db/database.ts';
import { insertChunked } from './bulk.ts';

/** The states the lifecycle calls open and live, as SQL lists, taken from the lifecycle itself. */
export const sqlList = (states: readonly MentorshipState[]) => `(${states.map((state) => `'${state}'`).join(', ')})`;
export const OPEN = sqlList(MENTORSHIP_STATES.filter(isOpen));
const LIVE = sqlList(MENTORSHIP_STATES.filter(isLive));

const columns = (m: Mentorship) => [
  m.id, json(m), m.version, m.state, m.requesterId, recipientOf(m), m.mentorId, m.menteeId, m.createdAt, m.expiresAt, m.remindedAt,
  m.areas, m.respondedAt, m.startedAt, m.endedAt, m.pairedByStaff,
];
const COLUMNS = `id, record, version, state, requester_id, recipient_id, mentor_id, mentee_id, created_at, expires_at, reminded_at,
  areas, responded_at, started_at, ended_at, paired_by_staff`;
/** Their placeholders (`$n`), typed. */
const typed = (p: readonly string[]) =>
  `${p[0]}, ${p[1]}::jsonb, ${p[2]}, ${p[3]}, ${p[4]}, ${p[5]}, ${p[6]}, ${p[7]}, ${p[8]}::timestamptz, ${p[9]}::timestamptz, ` +
  `${p[10]}::timestamptz, ${p[11]}::text[], ${p[12]}::timestamptz, ${p[13]}::timestamptz, ${p[14]}::timestamptz, ${p[15]}`;
const PLACEHOLDERS = Array.from({ length: 16 }, (_, i) => `$${i + 1}`);

export async function insertMentorship(q: Queryable, m: Mentorship): Promise<void> {
  await q.query(`INSERT INTO mentorships (${COLUMNS}) VALUES (${typed(PLACEHOLDERS)})`, columns(m));
  await recordFeedback(q, [m]);
}

/** Many mentorships at once (the demo roster). */
export async function insertMentorships(q: Queryable, all: readonly Mentorship[]): Promise<void> {
  await insertChunked(q, all, columns, (p) => `(${typed(p)})`, `INSERT INTO mentorships (${COLUMNS}) VALUES`);
  await recordFeedback(q, all);
}

/** Changes what may change: the record, its state and dates; who, when made and about what never do. */
export async function updateMentorship(q: Queryable, m: Mentorship): Promise<void> {
  await q.query(
    `UPDATE mentorships SET record = $2::jsonb, version = $3, state = $4, expires_at = $10::timestamptz, reminded_at = $11::timestamptz,
       responded_at = $13::timestamptz, started_at = $14::timestamptz, ended_at = $15::timestamptz
     WHERE id = $1 AND requester_id = $5 AND recipient_id = $6 AND mentor_id = $7 AND mentee_id = $8 AND created_at = $9::timestamptz
       AND areas = $12::text[] AND paired_by_staff = $16`,
    columns(m),
  );
  await recordFeedback(q, [m]);
}

/**
 * Each partner's feedback as a row of its own (the evaluations list and its averages): given once, never
 * changed, so a row already stored is left as it is.
 */
async function recordFeedback(q: Queryable, all: readonly Mentorship[]): Promise<void> {
  const rows = all.flatMap(evaluationRows);
  if (rows.length === 0) return;
  await insertChunked(
    q,
    rows,
    ({ mentorship: m, feedback: f, by }) => [m.id, f.memberId, by, f.rating, f.givenAt, json(f)],
    (p) => `(${p[0]}, ${p[1]}, ${p[2]}, ${p[3]}::int, ${p[4]}::timestamptz, ${p[5]}::jsonb)`,
    'INSERT INTO feedback (mentorship_id, member_id, by_role, rating, given_at, record) VALUES',
    ' ON CONFLICT (mentorship_id, member_id) DO NOTHING',
  );
}

export async function findMentorship(q: Queryable, id: string, options: { lock?: boolean } = {}): Promise<Mentorship | undefined> {
  const rows = await q.query<{ record: Mentorship }>(
    `SELECT record FROM mentorships WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0]?.record;
}

/** Every mentorship of a member, newest first (requests made in the same instant: the later one first). */
export async function mentorshipsOf(q: Queryable, memberId: string): Promise<Mentorship[]> {
  const rows = await q.query<{ record: Mentorship }>(
    `SELECT record FROM mentorships WHERE mentor_id = $1 OR mentee_id = $1 ORDER BY created_at DESC, position DESC`,
    [memberId],
  );
  return rows.map((row) => row.record);
}

/**
 * The member's mentorships in these states (a SQL condition), counted twice: with the member in column `a`,
 * and in column `b` (as mentor and as mentee, or as requester and as recipient).
 */
async function countBoth(q: Queryable, memberId: string, states: string, a: string, b: string): Promise<[number, number]> {
  const rows = await q.query<{ a: unknown; b: unknown }>(
    `SELECT count(*) FILTER (WHERE ${a} = $1) AS a, count(*) FILTER (WHERE ${b} = $1) AS b
     FROM mentorships WHERE ${states} AND (${a} = $1 OR ${b} = $1)`,
    [memberId],
  );
  return [toNumber(rows[0]?.a ?? 0), toNumber(rows[0]?.b ?? 0)];
}

/** Open requests the member has sent, and open requests waiting for their answer. */
export async function openCountsOf(q: Queryable, memberId: string): Promise<OpenCounts> {
  const [sent, awaiting] = await countBoth(q, memberId, `state IN ${OPEN}`, 'requester_id', 'recipient_id');
  return { sent, awaiting };
}

/** Open or active mentorships the member has as mentor and as mentee. */
export async function liveCountsOf(q: Queryable, memberId: string): Promise<LiveCounts> {
  const [asMentor, asMentee] = await countBoth(q, memberId, `state IN ${LIVE}`, 'mentor_id', 'mentee_id');
  return { asMentor, asMentee };
}

/** Is there an open or active mentorship between these two members, either way round? */
export async function pairHasLiveMentorship(q: Queryable, a: string, b: string): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM mentorships
     WHERE least(mentor_id, mentee_id) = least($1::text, $2::text) AND greatest(mentor_id, mentee_id) = greatest($1::text, $2::text)
       AND state IN ${LIVE} LIMIT 1`,
    [a, b],
  );
  return rows.length > 0;
}

/**
 * Open requests that may be due for expiry or a reminder at `now` (a superset: core's `expireIfDue` and
 * `isReminderDue` decide), locked; rows another instance is working on are skipped, not waited for.
 */
export async function lockDueOpenMentorships(q: Queryable, now: Date, reminderDays: number, limit: number, skip: readonly string[]): Promise<Mentorship[]> {
  const rows = await q.query<{ record: Mentorship }>(
    `SELECT record FROM mentorships
     WHERE state IN ${OPEN}
       AND (expires_at <= $1::timestamptz OR (reminded_at IS NULL AND expires_at <= $1::timestamptz + make_interval(days => $2::int)))
       AND NOT (id = ANY($4::text[]))
     ORDER BY expires_at LIMIT $3
     FOR UPDATE SKIP LOCKED`,
    [now.toISOString(), reminderDays, limit, skip],
  );
  return rows.map((row) => row.record);
}

/** Is any open request past its expiry date? A cheap probe (an index range) run before answering a member. */
export async function anyOverdue(q: Queryable, now: Date): Promise<boolean> {
  // ORDER BY expires_at makes PostgreSQL walk the partial index mentorships_open_by_expiry from its oldest
  // entry (0.04 ms at 100,000 members); without it the planner scans the table (8-9 ms, on every call).
  const rows = await q.query(`SELECT 1 FROM mentorships WHERE state IN ${OPEN} AND expires_at <= $1::timestamptz ORDER BY expires_at LIMIT 1`, [
    now.toISOString(),
  ]);
  return rows.length > 0;
}

/** Active mentorships (mentor and mentee ids) among `ids`, or all of them: the search directory's counts. */
export async function activePairs(q: Queryable, ids?: readonly string[]): Promise<{ id: string; mentorId: string; menteeId: string; active: boolean }[]> {
  const rows = ids
    ? await q.query<{ id: string; state: string; mentor_id: string; mentee_id: string }>(
        'SELECT id, state, mentor_id, mentee_id FROM mentorships WHERE id = ANY($1::text[])',
        [ids],
      )
    : await q.query<{ id: string; state: string; mentor_id: string; mentee_id: string }>(
        `SELECT id, state, mentor_id, mentee_id FROM mentorships WHERE state = 'active'`,
      );
  return rows.map((row) => ({ id: row.id, mentorId: row.mentor_id, menteeId: row.mentee_id, active: row.state === 'active' }));
}

/**
 * Active mentees and mentors of each of these members, and the mentorships each completed as mentor, in one
 * query (listings show many partners; a search page many mentors).
 */
export async function activeCountsFor(q: Queryable, ids: readonly string[]): Promise<(id: string) => ActiveCounts> {
  const rows = await q.query<{ mentor_id: string; mentee_id: string; state: string }>(
    `SELECT mentor_id, mentee_id, state FROM mentorships
      WHERE (state = 'active' AND (mentor_id = ANY($1::text[]) OR mentee_id = ANY($1::text[])))
         OR (state = 'completed' AND mentor_id = ANY($1::text[]))`,
    [ids],
  );
  return activeCountsFrom(rows.map((row) => ({ mentorId: row.mentor_id, menteeId: row.mentee_id, state: row.state })));
}
