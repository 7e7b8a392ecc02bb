// Each member's list of notifications (the bell) and their email preferences. A notification is listed in
// the transaction that queues its email (or holds it for a digest): the list and the email tell of the same
// record (core's Notification), so one is never there without the other.
import { isListed, type EmailFrequency, type Notification, type NotificationPreferences, type StoredNotification } from '@mentor-match/core';
import { json, toNumber, type Queryable } from '../db/database.ts';

/** Puts each listed one in its member's list, unread, in the order given (one statement, however many). */
export async function listNotifications(q: Queryable, notifications: readonly Notification[]): Promise<void> {
  const listed = notifications.filter(isListed);
  if (listed.length === 0) return;
  await q.query(
    `INSERT INTO notifications (member_id, record, created_at)
     SELECT record->>'memberId', record, (record->>'at')::timestamptz FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS given(record, n) ORDER BY n`,
    [json(listed)],
  );
}

interface Row {
  id: unknown;
  record: Notification;
  read_at: unknown;
}

export async function notificationList(q: Queryable, memberId: string, limit: number): Promise<{ items: StoredNotification[]; unread: number }> {
  const rows = await q.query<Row>(
    `SELECT id, record, to_char(read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS read_at
     FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT $2`,
    [memberId, limit],
  );
  const counted = await q.query<{ n: unknown }>('SELECT count(*) AS n FROM notifications WHERE member_id = $1 AND read_at IS NULL', [memberId]);
  return {
    items: rows.map((row) => ({ id: String(toNumber(row.id)), notification: row.record, readAt: row.read_at === null ? null : String(row.read_at) })),
    unread: toNumber(counted[0]?.n ?? 0),
  };
}

/** Ids that are not the member's, or not numbers at all, match nothing. */
export async function markNotificationsRead(q: Queryable, memberId: string, ids: readonly string[] | null, at: Date): Promise<void> {
  if (ids === null) {
    await q.query('UPDATE notifications SET read_at = $2::timestamptz WHERE member_id = $1 AND read_at IS NULL', [memberId, at.toISOString()]);
    return;
  }
  const numbers = ids.filter((id) => /^[1-9][0-9]{0,17}$/.test(id));
  if (numbers.length === 0) return;
  await q.query('UPDATE notifications SET read_at = $2::timestamptz WHERE member_id = $1 AND read_at IS NULL AND id = ANY($3::bigint[])', [
    memberId, at.toISOString(), numbers,
  ]);
}

export async function findNotificationPreferences(q: Queryable, memberId: string): Promise<NotificationPreferences | undefined> {
  const rows = await q.query<{ language: string | null; frequency: string }>('SELECT language, frequency FROM notification_preferences WHERE member_id = $1', [memberId]);
  const row = rows[0];
  return row && ({ language: row.language, frequency: row.frequency } as NotificationPreferences);
}

export async function saveNotificationPreferences(q: Queryable, memberId: string, preferences: NotificationPreferences, at: Date): Promise<void> {
  await q.query(
    `INSERT INTO notification_preferences (member_id, language, frequency, updated_at) VALUES ($1, $2, $3, $4::timestamptz)
     ON CONFLICT (member_id) DO UPDATE SET language = excluded.language, frequency = excluded.frequency, updated_at = excluded.updated_at`,
    [memberId, preferences.language, preferences.frequency, at.toISOString()],
  );
}

/** What each of these members chose for how often they are emailed (absent: never chosen). */
export async function emailFrequencies(q: Queryable, memberIds: readonly string[]): Promise<Map<string, EmailFrequency>> {
  if (memberIds.length === 0) return new Map();
  const rows = await q.query<{ member_id: string; frequency: EmailFrequency }>(
    'SELECT member_id, frequency FROM notification_preferences WHERE member_id = ANY($1::text[])',
    [[...new Set(memberIds)]],
  );
  return new Map(rows.map((row) => [row.member_id, row.frequency]));
}
