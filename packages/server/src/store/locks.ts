// Transaction-scoped advisory locks, in the two-key form: the first key says what the lock is for, so
// locks of different purposes never collide.
import type { Queryable } from '../db/database.ts';

export const ADVISORY_MIGRATIONS = 1;
export const ADVISORY_CHANGES = 2;
export const ADVISORY_IDEMPOTENCY = 3;
export const ADVISORY_SEED = 4;
export const ADVISORY_PROGRAM = 5;

/** Waits for the lock and holds it until the transaction ends. */
export async function advisoryLock(q: Queryable, purpose: number, key: number): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [purpose, key]);
}

/** Same, for a text key (hashed by PostgreSQL). */
export async function advisoryLockText(q: Queryable, purpose: number, key: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))', [purpose, key]);
}
