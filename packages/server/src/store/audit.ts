// The audit log: appended to, never changed or shortened (the table's trigger refuses UPDATE and DELETE).
import type { AuditEntry } from '@mentor-match/core';
import { json, toNumber, type Queryable } from '../db/database.ts';

/** The entry as stored, numbered. */
export const AUDIT_ENTRY = `jsonb_build_object('seq', a.seq) || a.entry AS entry`;

export async function appendAudit(q: Queryable, entry: Omit<AuditEntry, 'seq'>): Promise<number> {
  const rows = await q.query<{ seq: unknown }>(
    'INSERT INTO audit_log (at, actor_id, action, subject_id, entry) VALUES ($1::timestamptz, $2, $3, $4, $5::jsonb) RETURNING seq',
    [entry.at, entry.actorId, entry.action, entry.subject.id, json(entry)],
  );
  return toNumber(rows[0]?.seq);
}
