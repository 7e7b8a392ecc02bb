// Idempotency-Key: a member's retried state change gets the first answer back and changes nothing again.
import { json, type Queryable } from '../db/database.ts';
import { ADVISORY_IDEMPOTENCY, advisoryLockText } from './locks.ts';

export interface StoredAnswer {
  fingerprint: string;
  body: unknown;
}

/**
 * Takes the key's lock for this transaction (a concurrent retry with the same key waits here until the
 * first has committed or rolled back) and returns the answer stored for it, if any.
 */
export async function lockIdempotencyKey(q: Queryable, memberId: string, key: string): Promise<StoredAnswer | undefined> {
  await advisoryLockText(q, ADVISORY_IDEMPOTENCY, `${memberId}\n${key}`);
  const rows = await q.query<{ fingerprint: string; body: unknown }>(
    'SELECT fingerprint, body FROM idempotency_keys WHERE member_id = $1 AND key = $2',
    [memberId, key],
  );
  return rows[0];
}

export async function storeIdempotentAnswer(
  q: Queryable,
  memberId: string,
  key: string,
  answer: StoredAnswer,
  now: Date,
): Promise<void> {
  await q.query(
    `INSERT INTO idempotency_keys (member_id, key, fingerprint, body, created_at) VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz)`,
    [memberId, key, answer.fingerprint, json(answer.body), now.toISOString()],
  );
}

/** Keys older than `before` are forgotten: a retry comes within minutes, not days. */
export async function forgetIdempotencyKeys(q: Queryable, before: Date): Promise<number> {
  const rows = await q.query('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz RETURNING 1', [before.toISOString()]);
  return rows.length;
}
