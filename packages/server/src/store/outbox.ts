// The email outbox: core's notifications, written in the transaction of the change they tell about, so no
// email is lost when the mail server is down; sent afterwards by whichever instance claims it first.
import type { Notification } from '@mentor-match/core';
import { json, toNumber, type Queryable } from '../db/database.ts';

export interface OutboxEmail {
  id: number;
  kind: string;
  memberId: string;
  to: string;
  mentorshipId: string | null;
  subject: string;
  text: string;
  createdAt: string;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
  /** The notification it tells of (core's record: the email is rendered from it); null for one written before 007. */
  record: Notification | null;
}

interface OutboxRow {
  id: unknown;
  kind: string;
  member_id: string;
  to_address: string;
  mentorship_id: string | null;
  subject: string;
  body: string;
  created_at: unknown;
  attempts: unknown;
  sent_at: unknown;
  last_error: string | null;
  record: Notification | null;
}

const SELECTED = `id, kind, member_id, to_address, mentorship_id, subject, body, attempts, last_error, record,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
  to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sent_at`;

const fromRow = (row: OutboxRow): OutboxEmail => ({
  id: toNumber(row.id),
  kind: row.kind,
  memberId: row.member_id,
  to: row.to_address,
  mentorshipId: row.mentorship_id,
  subject: row.subject,
  text: row.body,
  createdAt: String(row.created_at),
  attempts: toNumber(row.attempts),
  sentAt: row.sent_at === null ? null : String(row.sent_at),
  lastError: row.last_error,
  record: row.record ?? null,
});

export async function enqueueEmail(q: Queryable, email: Notification): Promise<void> {
  await q.query(
    `INSERT INTO outbox (kind, member_id, to_address, mentorship_id, subject, body, created_at, next_attempt_at, caused_by, record)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $7::timestamptz, $8, $9::jsonb)`,
    [email.kind, email.memberId, email.to, email.mentorshipId, email.subject, email.text, email.at, email.causedBy, json(email)],
  );
}

/** Emails `causedBy`'s actions have sent `memberId` written at or after `since` (the cap counts them). */
export async function countEmailsCaused(q: Queryable, causedBy: string, memberId: string, since: Date): Promise<number> {
  const rows = await q.query<{ n: unknown }>(
    'SELECT count(*) AS n FROM outbox WHERE member_id = $1 AND caused_by = $2 AND created_at >= $3::timestamptz',
    [memberId, causedBy, since.toISOString()],
  );
  return toNumber(rows[0]?.n ?? 0);
}

/**
 * Claims up to `limit` due emails for `leaseMs`: another instance skips them while the lease runs, and
 * takes them over if this one dies before marking them sent or failed.
 */
export async function claimDueEmails(q: Queryable, now: Date, leaseMs: number, limit: number): Promise<OutboxEmail[]> {
  const rows = await q.query<OutboxRow>(
    `UPDATE outbox SET locked_until = $1::timestamptz + make_interval(secs => $2::double precision), attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE sent_at IS NULL AND next_attempt_at <= $1::timestamptz AND (locked_until IS NULL OR locked_until <= $1::timestamptz)
       ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING ${SELECTED}`,
    [now.toISOString(), leaseMs / 1000, limit],
  );
  return rows.map(fromRow).sort((a, b) => a.id - b.id);
}

export async function markEmailSent(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query('UPDATE outbox SET sent_at = $2::timestamptz, locked_until = NULL, last_error = NULL WHERE id = $1', [id, now.toISOString()]);
}

export async function markEmailFailed(q: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await q.query('UPDATE outbox SET next_attempt_at = $2::timestamptz, locked_until = NULL, last_error = $3 WHERE id = $1', [
    id, retryAt.toISOString(), error.slice(0, 2000),
  ]);
}

/** Every email, oldest first (tests and operators). */
export async function listOutbox(q: Queryable): Promise<OutboxEmail[]> {
  const rows = await q.query<OutboxRow>(`SELECT ${SELECTED} FROM outbox ORDER BY id`);
  return rows.map(fromRow);
}

/** When the next unsent email is due, if any: the sender sleeps until then. */
export async function nextEmailDue(q: Queryable): Promise<Date | null> {
  const rows = await q.query<{ due: unknown }>(
    `SELECT to_char(min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) AT TIME ZONE 'UTC',
       'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS due FROM outbox WHERE sent_at IS NULL`,
  );
  const due = rows[0]?.due;
  return due === null || due === undefined ? null : new Date(String(due));
}
