// Notifications held back (by core's notificationsFromOneMemberPerDay, or the member's choice of a daily or
// weekly digest: core's `routeEmails`), waiting for their recipient's digest; the jobs send it (core's
// service/jobs.ts) and forget them.
import type { HeldNotifications, Notification } from '@mentor-match/core';
import { json, toNumber, type Queryable } from '../db/database.ts';

/** `dueAt`: held by the member's choice of a digest, until then; absent: by the cap, for a day. */
export async function insertHeldNotification(q: Queryable, notification: Notification, dueAt?: Date): Promise<void> {
  await q.query('INSERT INTO held_notifications (member_id, record, held_at, due_at) VALUES ($1, $2::jsonb, $3::timestamptz, $4::timestamptz)', [
    notification.memberId, json(notification), notification.at, dueAt?.toISOString() ?? null,
  ]);
}

/** When a held one counts as held for the digest's day: a member's own digest is due at `due_at`, a day after that instant (core's `heldFrom`, for MemoryStore). */
const HELD_FROM = "coalesce(due_at - interval '1 day', held_at)";

/**
 * The held notifications of up to `limit` members whose oldest was held at or before `heldBy`, each
 * member's oldest first. The members' rows are locked with SKIP LOCKED: two instances never send one
 * digest twice.
 */
export async function lockHeldNotifications(q: Queryable, heldBy: Date, limit: number): Promise<HeldNotifications[]> {
  const members = await q.query<{ id: string }>(
    `WITH due AS (
       SELECT member_id FROM held_notifications GROUP BY member_id HAVING min(${HELD_FROM}) <= $1::timestamptz
       ORDER BY min(${HELD_FROM}) LIMIT $2)
     SELECT members.id FROM members JOIN due ON due.member_id = members.id ORDER BY members.id FOR UPDATE OF members SKIP LOCKED`,
    [heldBy.toISOString(), limit],
  );
  if (members.length === 0) return [];
  const rows = await q.query<{ id: unknown; record: Notification }>(
    'SELECT id, record FROM held_notifications WHERE member_id = ANY($1::text[]) ORDER BY member_id, held_at, id',
    [members.map((m) => m.id)],
  );
  const byMember = new Map<string, HeldNotifications>();
  for (const { id, record } of rows) {
    const held = byMember.get(record.memberId) ?? { memberId: record.memberId, ids: [], notifications: [] };
    held.ids.push(toNumber(id));
    held.notifications.push(record);
    byMember.set(record.memberId, held);
  }
  return [...byMember.values()];
}

export async function deleteHeldNotifications(q: Queryable, ids: readonly number[]): Promise<void> {
  await q.query('DELETE FROM held_notifications WHERE id = ANY($1::bigint[])', [ids]);
}
