// The workspaces table: core's WorkspaceRecord per mentorship, with its meetings' count and last day kept
// beside it (staff's view of which pairs have met reads those, never the record). The SQL store
// (sql-store.ts) answers the workspace service's and the nudges' reads and writes with these.
import type { Mentorship, NudgeCandidate, WorkspaceRecord } from '@mentor-match/core';
import { json, type Queryable } from '../db/database.ts';

export async function findWorkspace(q: Queryable, mentorshipId: string): Promise<WorkspaceRecord | undefined> {
  const rows = await q.query<{ record: WorkspaceRecord }>('SELECT record FROM workspaces WHERE mentorship_id = $1', [mentorshipId]);
  return rows[0]?.record;
}

export async function saveWorkspace(q: Queryable, w: WorkspaceRecord): Promise<void> {
  await q.query(
    `INSERT INTO workspaces (mentorship_id, record, version, meeting_count, last_meeting_on, updated_at)
     VALUES ($1, $2::jsonb, $3, $4, $5::date, $6::timestamptz)
     ON CONFLICT (mentorship_id) DO UPDATE SET record = EXCLUDED.record, version = EXCLUDED.version,
       meeting_count = EXCLUDED.meeting_count, last_meeting_on = EXCLUDED.last_meeting_on, updated_at = EXCLUDED.updated_at`,
    [w.id, json(w), w.version, w.meetings.length, w.meetings[0]?.date ?? null, w.updatedAt],
  );
}

/** Many workspaces at once (the demo's seed). */
export async function insertWorkspaces(q: Queryable, all: readonly WorkspaceRecord[]): Promise<void> {
  for (const w of all) await saveWorkspace(q, w);
}

const CANDIDATE = `SELECT m.record AS mentorship, w.record AS workspace
  FROM mentorships m LEFT JOIN workspaces w ON w.mentorship_id = m.id`;

/** Every active mentorship with its workspace, the longest running first. */
export async function activeWithWorkspaces(q: Queryable, limit: number): Promise<NudgeCandidate[]> {
  const rows = await q.query<{ mentorship: Mentorship; workspace: WorkspaceRecord | null }>(
    `${CANDIDATE} WHERE m.state = 'active' ORDER BY m.started_at, m.id LIMIT $1`,
    [limit],
  );
  return rows.map(candidate);
}

/** Active mentorships not in `skip`, locked; those another transaction holds are skipped, not waited for. */
export async function lockNudgeCandidates(q: Queryable, limit: number, skip: readonly string[]): Promise<NudgeCandidate[]> {
  const rows = await q.query<{ mentorship: Mentorship; workspace: WorkspaceRecord | null }>(
    `${CANDIDATE} WHERE m.state = 'active' AND NOT (m.id = ANY($2::text[]))
     ORDER BY m.started_at, m.id LIMIT $1
     FOR UPDATE OF m SKIP LOCKED`,
    [limit, skip],
  );
  return rows.map(candidate);
}

const candidate = (row: { mentorship: Mentorship; workspace: WorkspaceRecord | null }): NudgeCandidate => ({
  mentorship: row.mentorship,
  workspace: row.workspace ?? undefined,
});
