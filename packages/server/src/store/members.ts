// The members table: the core Member record, with the columns queries filter and lock on.
import { isEnrolled, type Member } from '@mentor-match/core';
import { json, type Queryable } from '../db/database.ts';
import { insertChunked } from './bulk.ts';

const columns = (m: Member) => [
  m.id, json(m), m.name, m.mentor !== null, m.mentee !== null, m.availability.status === 'participating', m.availability.capacity,
];

/** Stores a member seen for the first time; false if someone else stored them first. */
export async function insertMember(q: Queryable, member: Member, now: Date): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO members (id, record, name, is_mentor, is_mentee, participating, capacity, created_at, updated_at)
     VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8::timestamptz, $8::timestamptz)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [...columns(member), now.toISOString()],
  );
  return rows.length > 0;
}

/** Many new members at once (the demo roster), in chunks of multi-row inserts. */
export async function insertMembers(q: Queryable, members: readonly Member[], now: Date): Promise<void> {
  await insertChunked(q, members, (m) => [...columns(m), now.toISOString()], (p) =>
    `(${p[0]}, ${p[1]}::jsonb, ${p[2]}, ${p[3]}, ${p[4]}, ${p[5]}, ${p[6]}, ${p[7]}::timestamptz, ${p[7]}::timestamptz)`,
  `INSERT INTO members (id, record, name, is_mentor, is_mentee, participating, capacity, created_at, updated_at) VALUES`);
}

export async function updateMember(q: Queryable, member: Member, now: Date): Promise<void> {
  await q.query(
    `UPDATE members SET record = $2::jsonb, name = $3, is_mentor = $4, is_mentee = $5, participating = $6, capacity = $7,
       version = version + 1, updated_at = $8::timestamptz
     WHERE id = $1`,
    [...columns(member), now.toISOString()],
  );
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

export async function countMembers(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: unknown }>('SELECT count(*) AS n FROM members');
  return Number(rows[0]?.n ?? 0);
}
