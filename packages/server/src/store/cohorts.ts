// The cohorts' tables (migration 005): the SQL store's part of core's service/cohort-store.ts, over one
// transaction. Locks are row locks: a cohort's row serialises its runs, edits and publication; a match's row
// its answers; the jobs skip the rows another unit holds.
import {
  newCohortId, newMatchId,
  type Cohort, type CohortApplication, type CohortChange, type CohortDraft, type CohortMatch, type Mentorship,
} from '@mentor-match/core';
import { json, type Queryable } from '../db/database.ts';

const records = <T>(rows: { record: T }[]): T[] => rows.map((row) => row.record);

export class SqlCohortRecords implements CohortChange {
  readonly #q: Queryable;

  constructor(q: Queryable) {
    this.#q = q;
  }

  async cohort(id: string): Promise<Cohort | undefined> {
    return (await this.#q.query<{ record: Cohort }>('SELECT record FROM cohorts WHERE id = $1', [id]))[0]?.record;
  }

  async cohorts(): Promise<Cohort[]> {
    return records(await this.#q.query<{ record: Cohort }>('SELECT record FROM cohorts ORDER BY term_starts_at DESC, id COLLATE "C"'));
  }

  async applications(cohortId: string): Promise<CohortApplication[]> {
    return records(await this.#q.query<{ record: CohortApplication }>(
      'SELECT record FROM cohort_applications WHERE cohort_id = $1 ORDER BY member_id COLLATE "C", role COLLATE "C"',
      [cohortId],
    ));
  }

  async applicationsOf(memberId: string): Promise<CohortApplication[]> {
    return records(await this.#q.query<{ record: CohortApplication }>('SELECT record FROM cohort_applications WHERE member_id = $1', [memberId]));
  }

  async draft(cohortId: string): Promise<CohortDraft | undefined> {
    return (await this.#q.query<{ record: CohortDraft }>('SELECT record FROM cohort_drafts WHERE cohort_id = $1', [cohortId]))[0]?.record;
  }

  async match(id: string): Promise<CohortMatch | undefined> {
    return (await this.#q.query<{ record: CohortMatch }>('SELECT record FROM cohort_matches WHERE id = $1', [id]))[0]?.record;
  }

  async matches(cohortId: string): Promise<CohortMatch[]> {
    return records(await this.#q.query<{ record: CohortMatch }>('SELECT record FROM cohort_matches WHERE cohort_id = $1 ORDER BY position', [cohortId]));
  }

  async matchesOf(memberId: string): Promise<CohortMatch[]> {
    return records(await this.#q.query<{ record: CohortMatch }>(
      'SELECT record FROM cohort_matches WHERE mentor_id = $1 OR mentee_id = $1 ORDER BY position',
      [memberId],
    ));
  }

  async matchOfMentorship(mentorshipId: string): Promise<CohortMatch | undefined> {
    return (await this.#q.query<{ record: CohortMatch }>('SELECT record FROM cohort_matches WHERE mentorship_id = $1', [mentorshipId]))[0]?.record;
  }

  async mentorshipsAmong(memberIds: readonly string[]): Promise<Mentorship[]> {
    if (memberIds.length === 0) return [];
    return records(await this.#q.query<{ record: Mentorship }>(
      'SELECT record FROM mentorships WHERE mentor_id = ANY($1::text[]) AND mentee_id = ANY($1::text[])',
      [memberIds],
    ));
  }

  async lockCohort(id: string): Promise<Cohort | undefined> {
    return (await this.#q.query<{ record: Cohort }>('SELECT record FROM cohorts WHERE id = $1 FOR UPDATE', [id]))[0]?.record;
  }

  async lockMatch(id: string): Promise<CohortMatch | undefined> {
    return (await this.#q.query<{ record: CohortMatch }>('SELECT record FROM cohort_matches WHERE id = $1 FOR UPDATE', [id]))[0]?.record;
  }

  async lockDueMatches(now: Date, noticeDays: number, limit: number, skip: readonly string[]): Promise<CohortMatch[]> {
    return records(await this.#q.query<{ record: CohortMatch }>(
      `SELECT m.record FROM cohort_matches m LEFT JOIN mentorships ms ON ms.id = m.mentorship_id
       WHERE NOT (m.id = ANY($4::text[]))
         AND ((m.state = 'proposed' AND m.expires_at <= $1::timestamptz)
           OR (m.state = 'accepted' AND ms.state = 'active'
             AND (ms.record->>'endsAt')::timestamptz <= $1::timestamptz + make_interval(days => $2::int)))
       ORDER BY m.position LIMIT $3
       FOR UPDATE OF m SKIP LOCKED`,
      [now.toISOString(), noticeDays, limit, skip],
    ));
  }

  newCohortId(): string {
    return newCohortId();
  }

  newMatchId(): string {
    return newMatchId();
  }

  async addCohort(c: Cohort): Promise<void> {
    await this.#q.query(
      'INSERT INTO cohorts (id, record, version, state, term_starts_at) VALUES ($1, $2::jsonb, $3, $4, $5::timestamptz)',
      [c.id, json(c), c.version, c.state, c.termStartsAt],
    );
  }

  async updateCohort(c: Cohort): Promise<void> {
    await this.#q.query('UPDATE cohorts SET record = $2::jsonb, version = $3, state = $4, term_starts_at = $5::timestamptz WHERE id = $1', [
      c.id, json(c), c.version, c.state, c.termStartsAt,
    ]);
  }

  async putApplication(a: CohortApplication): Promise<void> {
    await this.#q.query(
      `INSERT INTO cohort_applications (cohort_id, member_id, role, record) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (cohort_id, member_id, role) DO UPDATE SET record = excluded.record`,
      [a.cohortId, a.memberId, a.role, json(a)],
    );
  }

  async saveDraft(d: CohortDraft): Promise<void> {
    await this.#q.query(
      `INSERT INTO cohort_drafts (cohort_id, record) VALUES ($1, $2::jsonb)
       ON CONFLICT (cohort_id) DO UPDATE SET record = excluded.record`,
      [d.cohortId, json(d)],
    );
  }

  async deleteDraft(cohortId: string): Promise<void> {
    await this.#q.query('DELETE FROM cohort_drafts WHERE cohort_id = $1', [cohortId]);
  }

  async addMatch(m: CohortMatch): Promise<void> {
    await this.#q.query(
      `INSERT INTO cohort_matches (id, cohort_id, record, state, mentor_id, mentee_id, expires_at, mentorship_id)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7::timestamptz, $8)`,
      [m.id, m.cohortId, json(m), m.state, m.mentorId, m.menteeId, m.expiresAt, m.mentorshipId],
    );
  }

  async updateMatch(m: CohortMatch): Promise<void> {
    await this.#q.query('UPDATE cohort_matches SET record = $2::jsonb, state = $3, expires_at = $4::timestamptz, mentorship_id = $5 WHERE id = $1', [
      m.id, json(m), m.state, m.expiresAt, m.mentorshipId,
    ]);
  }
}
