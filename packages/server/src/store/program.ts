// The program's settings in the database: one row per version, never changed (program_settings); the newest
// is in force. Staff change them through the staff service (a new version, audited); the settings a server is
// configured with are only the first version, stored when the database has none.
import type { ProgramRecord, ProgramSettings } from '@mentor-match/core';
import { json, type Queryable } from '../db/database.ts';
import { ADVISORY_PROGRAM, advisoryLock } from './locks.ts';

/** The settings in force, or undefined when none were ever stored. */
export async function currentProgram(q: Queryable): Promise<ProgramRecord | undefined> {
  const rows = await q.query<{ record: ProgramRecord }>('SELECT record FROM program_settings ORDER BY version DESC LIMIT 1');
  return rows[0]?.record;
}

/**
 * The version in force, and its record only when it is not `known` (an index lookup and a few bytes when
 * nothing changed: each instance asks this on every call instead of holding settings that may be stale).
 */
export async function programSince(q: Queryable, known: number): Promise<{ version: number; record: ProgramRecord | null } | undefined> {
  const rows = await q.query<{ version: number; record: ProgramRecord | null }>(
    'SELECT version, CASE WHEN version = $1 THEN NULL ELSE record END AS record FROM program_settings ORDER BY version DESC LIMIT 1',
    [known],
  );
  return rows[0];
}

/**
 * Keeps anyone else from changing the settings until the transaction ends (the rows are never updated, so
 * an advisory lock stands for the row lock), and reads them.
 */
export async function lockProgram(q: Queryable): Promise<ProgramRecord | undefined> {
  await advisoryLock(q, ADVISORY_PROGRAM, 0);
  return currentProgram(q);
}

/** Stores a new version (its number is the record's; a number already stored is refused by the key). */
export async function saveProgram(q: Queryable, record: ProgramRecord): Promise<void> {
  await q.query('INSERT INTO program_settings (version, record) VALUES ($1, $2::jsonb)', [record.version, json(record)]);
}

/** The first version: `settings`, never changed since the program started. */
export const firstVersion = (settings: ProgramSettings): ProgramRecord => ({ settings, version: 1, updatedAt: null, updatedBy: null });

/**
 * The settings in force; `settings` become the first version if the database has none (the first start, or
 * the first since the settings moved into the database). Run in a transaction: instances starting together
 * then store it once.
 */
export async function initProgram(q: Queryable, settings: ProgramSettings): Promise<ProgramRecord> {
  const current = await lockProgram(q);
  if (current) return current;
  const first = firstVersion(settings);
  await saveProgram(q, first);
  return first;
}

/**
 * Puts `settings` in force as a new version that names nobody (the first after the database was emptied):
 * what an operator or a test does, outside the staff service, not audited.
 */
export async function replaceProgram(q: Queryable, settings: ProgramSettings): Promise<ProgramRecord> {
  const current = await lockProgram(q);
  const record = { ...firstVersion(settings), version: (current?.version ?? 0) + 1 };
  await saveProgram(q, record);
  return record;
}
