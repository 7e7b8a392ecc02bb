// Recognition (issue 15): each mentor's completed mentorships, for the ribbon on their card. One query over
// the (mentor_id, state) index for the members a read shows: a member's view, a search's page.
import { withCompleted, type ActiveCounts } from '@mentor-match/core';
import { toNumber, type Queryable } from '../db/database.ts';

/** How many mentorships each of `ids` completed as mentor (absent: none). */
export async function completedAsMentor(q: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query<{ mentor_id: string; completed: number | string }>(
    `SELECT mentor_id, count(*) AS completed FROM mentorships WHERE mentor_id = ANY($1::text[]) AND state = 'completed' GROUP BY mentor_id`,
    [ids],
  );
  return new Map(rows.map((row) => [row.mentor_id, toNumber(row.completed)]));
}

/** `counts` with the completed mentorships of `ids` added. */
export async function withCompletedOf(
  q: Queryable,
  ids: readonly string[],
  counts: (id: string) => ActiveCounts,
): Promise<(id: string) => ActiveCounts> {
  return withCompleted(counts, await completedAsMentor(q, ids));
}
