// The members table: the core Member record, with the columns queries filter, sort, count and lock on
// (the program office's lists and dashboard read most of them: office-lists.ts, dashboard.ts). The active
// counts beside them are kept by a trigger on mentorships (migrations/003), never written here.
import { isEnrolled, nameKey, type Member } from '@mentor-match/core';
import { foldText } from '@mentor-match/core/fold';
import { json, type Queryable } from '../db/database.ts';
import { insertChunked } from './bulk.ts';

/** The record's columns, in COLUMNS' order. */
const columns = (m: Member) => [
  m.id, json(m), m.name, m.mentor !== null, m.mentee !== null, m.availability.status === 'participating', m.availability.capacity,
  nameKey(m.name), contactText(m), m.mentor?.topics ?? [], m.mentee?.topics ?? [], m.mentor?.enrolledAt ?? null,
  m.mentee?.enrolledAt ?? null, m.mentorApproval?.state ?? null, m.suspension !== null,
];
const COLUMNS = `id, record, name, is_mentor, is_mentee, participating, capacity, name_key, contact_text, mentor_topics, mentee_topics,
  mentor_enrolled_at, mentee_enrolled_at, mentor_approval, suspended`;
/** Their placeholders (`$n`), typed. */
const typed = (p: readonly string[]) =>
  `${p[0]}, ${p[1]}::jsonb, ${p[2]}, ${p[3]}, ${p[4]}, ${p[5]}, ${p[6]}, ${p[7]}, ${p[8]}, ${p[9]}::text[], ${p[10]}::text[], ` +
  `${p[11]}::timestamptz, ${p[12]}::timestamptz, ${p[13]}, ${p[14]}`;
/** `$from`, `$from+1`, … for the record's columns, then the instant `created_at` and `updated_at` take. */
const placeholders = (from = 1) => Array.from({ length: 16 }, (_, i) => `$${from + i}`);
const withTimes = (p: readonly string[]) => `${typed(p)}, ${p[15]}::timestamptz, ${p[15]}::timestamptz`;

/** What the lists' text filter looks in besides the id: the name and the email, folded (core's fold.ts). */
export const contactText = (m: Pick<Member, 'name' | 'email'>): string => foldText(`${m.name} ${m.email}`);

/** Stores a member seen for the first time; false if someone else stored them first. */
export async function insertMember(q: Queryable, member: Member, now: Date): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO members (${COLUMNS}, created_at, updated_at) VALUES (${withTimes(placeholders())})
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [...columns(member), now.toISOString()],
  );
  return rows.length > 0;
}

/** Many new members at once (the demo roster), in chunks of multi-row inserts. */
export async function insertMembers(q: Queryable, members: readonly Member[], now: Date): Promise<void> {
  await insertChunked(q, members, (m) => [...columns(m), now.toISOString()], (p) => `(${withTimes(p)})`,
    `INSERT INTO members (${COLUMNS}, created_at, updated_at) VALUES`);
}

export async function updateMember(q: Queryable, member: Member, now: Date): Promise<void> {
  await q.query(
    `UPDATE members SET (${COLUMNS}, version, updated_at) = (${typed(placeholders())}, version + 1, $16::timestamptz) WHERE id = $1`,
    [...columns(member), now.toISOString()],
  );
}

/**
 * Fills in the folded columns core computes (name_key, contact_text) of rows written before they existed
 * (migration 003): a batch at a time, at start. Returns how many rows were filled in.
 */
export async function fillFoldedColumns(q: Queryable, batch = 2000): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await q.query<{ record: Member }>('SELECT record FROM members WHERE name_key IS NULL LIMIT $1', [batch]);
    if (rows.length === 0) return filled;
    await q.query(
      `UPDATE members SET name_key = v.name_key, contact_text = v.contact_text
       FROM unnest($1::text[], $2::text[], $3::text[]) AS v (id, name_key, contact_text) WHERE members.id = v.id`,
      [rows.map((r) => r.record.id), rows.map((r) => nameKey(r.record.name)), rows.map((r) => contactText(r.record))],
    );
    filled += rows.length;
  }
}

export async function findMember(q: Queryable, id: string): Promise<Member | undefined> {
  const rows = await q.query<{ record: Member }>('SELECT record FROM members WHERE id = $1', [id]);
  return rows[0]?.record;
}

export async function findMembers(q: Queryable, ids: readonly string[]): Promise<Map<string, Member>> {
  const rows = await q.query<{ record: Member }>('SELECT record FROM members WHERE id = ANY($1::text[])', [ids]);
  return new Map(rows.map((row) => [row.record.id, row.record]));
}

/**
 * Locks these members' rows until the transaction ends and returns them. Always in id order, so two
 * transactions locking the same pair cannot deadlock; every writer locks members before mentorships.
 */
export async function lockMembers(q: Queryable, ids: readonly string[]): Promise<Map<string, Member>> {
  const rows = await q.query<{ record: Member }>(
    'SELECT record FROM members WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.record.id, row.record]));
}

/** Every enrolled member (for the search directory), or those among `ids`. */
export async function enrolledMembers(q: Queryable, ids?: readonly string[]): Promise<Member[]> {
  const rows = ids
    ? await q.query<{ record: Member }>('SELECT record FROM members WHERE id = ANY($1::text[])', [ids])
    : await q.query<{ record: Member }>('SELECT record FROM members WHERE is_mentor OR is_mentee');
  return rows.map((row) => row.record).filter(isEnrolled);
}

export interface MemberSummary {
  id: string;
  name: string;
  roles: ('mentor' | 'mentee')[];
  /** Temporarily not participating. */
  paused: boolean;
}

/** Enrolled members by name, for the demo's "Signed in as" list. */
export async function memberSummaries(q: Queryable, limit: number): Promise<MemberSummary[]> {
  const rows = await q.query<{ id: string; name: string; is_mentor: boolean; is_mentee: boolean; participating: boolean }>(
    `SELECT id, name, is_mentor, is_mentee, participating FROM members WHERE is_mentor OR is_mentee ORDER BY name, id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    roles: [...(row.is_mentor ? (['mentor'] as const) : []), ...(row.is_mentee ? (['mentee'] as const) : [])],
    paused: !row.participating,
  }));
}

/** The demo's default member: its first participating mentee by name (the "Signed in as" list's order). */
export async function firstActiveMentee(q: Queryable): Promise<string | null> {
  const rows = await q.query<{ id: string }>('SELECT id FROM members WHERE is_mentee AND participating ORDER BY name, id LIMIT 1');
  return rows[0]?.id ?? null;
}

export async function countMembers(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: unknown }>('SELECT count(*) AS n FROM members');
  return Number(rows[0]?.n ?? 0);
}
