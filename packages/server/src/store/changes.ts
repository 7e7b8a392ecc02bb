// The changes feed: what changed, for whom, in commit order. Adapters poll it (GET /changes) and every
// instance's search directory follows it.
import type { ChangeRecord, MentoringChange } from '@mentor-match/core';
import { toNumber, type Queryable } from '../db/database.ts';
import { ADVISORY_CHANGES, advisoryLock } from './locks.ts';

/**
 * Records changes as the transaction's last step, and returns their positions in the feed. The advisory lock is held from here to the commit, so
 * sequence numbers are handed out in commit order: whoever has read seq n has seen every change before it.
 * (Without it, a transaction could take seq 10, commit after another took and committed 11, and a reader
 * at 11 would skip 10 for good.)
 */
export async function recordChanges(q: Queryable, changes: readonly ChangeRecord[]): Promise<number[]> {
  if (changes.length === 0) return [];
  await advisoryLock(q, ADVISORY_CHANGES, 0);
  const seqs: number[] = [];
  for (const change of changes) {
    const rows = await q.query<{ seq: unknown }>('INSERT INTO changes (kind, subject_id, audience) VALUES ($1, $2, $3::text[]) RETURNING seq', [
      change.kind, change.id, change.audience,
    ]);
    seqs.push(toNumber(rows[0]?.seq));
  }
  return seqs;
}

export async function headSeq(q: Queryable): Promise<number> {
  const rows = await q.query<{ head: unknown }>('SELECT coalesce(max(seq), 0) AS head FROM changes');
  return toNumber(rows[0]?.head ?? 0);
}

export interface SeqChange extends MentoringChange {
  seq: number;
}

/** Changes after `after` up to `head` (at most `limit`), those concerning `memberId` or, without one, all. */
export async function changesAfter(
  q: Queryable,
  after: number,
  head: number,
  limit: number,
  memberId?: string,
): Promise<SeqChange[]> {
  const rows = await q.query<{ seq: unknown; kind: MentoringChange['kind']; subject_id: string }>(
    `SELECT seq, kind, subject_id FROM changes
     WHERE seq > $1 AND seq <= $2 AND ($4::text IS NULL OR audience IS NULL OR $4::text = ANY(audience))
     ORDER BY seq LIMIT $3`,
    [after, head, limit, memberId ?? null],
  );
  return rows.map((row) => ({ seq: toNumber(row.seq), kind: row.kind, id: row.subject_id }));
}
