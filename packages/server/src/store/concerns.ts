// The concerns members raise: the current record (concerns) and its history, an event per step
// (concern_events, append-only). A concern is read whole, its history gathered in order.
import type { ConcernRecord } from '@mentor-match/core';
import { json, type Queryable } from '../db/database.ts';

/** The record with its history, for `SELECT … FROM concerns c`. */
export const CONCERN_RECORD = `c.record || jsonb_build_object('history',
  (SELECT coalesce(jsonb_agg(e.event ORDER BY e.n), '[]'::jsonb) FROM concern_events e WHERE e.concern_id = c.id)) AS record`;

export async function findConcern(q: Queryable, id: string, options: { lock?: boolean } = {}): Promise<ConcernRecord | undefined> {
  // The lock is taken on the concern's row alone (FOR UPDATE OF c), before its history is read.
  if (options.lock) await q.query('SELECT 1 FROM concerns WHERE id = $1 FOR UPDATE', [id]);
  const rows = await q.query<{ record: ConcernRecord }>(`SELECT ${CONCERN_RECORD} FROM concerns c WHERE c.id = $1`, [id]);
  return rows[0]?.record;
}

/** The concerns a member raised, newest first (raised in the same instant: the later one first). */
export async function concernsRaisedBy(q: Queryable, memberId: string): Promise<ConcernRecord[]> {
  const rows = await q.query<{ record: ConcernRecord }>(
    `SELECT ${CONCERN_RECORD} FROM concerns c WHERE c.raised_by = $1 ORDER BY c.created_at DESC, c.position DESC`,
    [memberId],
  );
  return rows.map((row) => row.record);
}

const withoutHistory = ({ history: _history, ...record }: ConcernRecord) => record;

export async function insertConcern(q: Queryable, c: ConcernRecord): Promise<void> {
  await q.query(
    `INSERT INTO concerns (id, record, version, mentorship_id, raised_by, about_id, status, created_at)
     VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8::timestamptz)`,
    [c.id, json(withoutHistory(c)), c.version, c.mentorshipId, c.raisedById, c.aboutId, c.status, c.createdAt],
  );
  await appendEvents(q, c, 0);
}

/** The concern's new state, and the steps its history gained (a history is only ever added to). */
export async function updateConcern(q: Queryable, c: ConcernRecord): Promise<void> {
  await q.query('UPDATE concerns SET record = $2::jsonb, version = $3, status = $4 WHERE id = $1', [
    c.id, json(withoutHistory(c)), c.version, c.status,
  ]);
  const rows = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM concern_events WHERE concern_id = $1', [c.id]);
  await appendEvents(q, c, rows[0]?.n ?? 0);
}

async function appendEvents(q: Queryable, c: ConcernRecord, stored: number): Promise<void> {
  const events = c.history.slice(stored);
  if (events.length === 0) return;
  await q.query(
    `INSERT INTO concern_events (concern_id, n, event)
     SELECT $1, $2 + e.i - 1, e.event FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS e (event, i)`,
    [c.id, stored, json(events)],
  );
}
