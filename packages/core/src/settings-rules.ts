// Program settings changed at runtime: what a change may do, and how the program's lists (topics,
// industries, career stages) treat renamed and retired entries. The schema (schemas/settings.ts) checks each
// field; these rules compare the new settings with the current ones. Pure: the staff service calls
// `planSettingsChange` inside the unit of work that stores the result.
//
// - An entry is never removed: members' profiles and mentorships name it by id, and must still show it.
//   Staff rename it (its label) or retire it: a retired entry keeps its label wherever a record uses it,
//   is not offered anew (enrolment, requests, pairing refuse it unless the record already has it), and
//   search finds nobody by it unless asked by id.
// - A code of conduct whose text or link changes needs a new version: members accepted the version they
//   read, and accept the new one before their next request.
import { MentoringError } from './errors.ts';
import type { ProgramSettings, TaxonomyEntry } from './schemas/settings.ts';
import type { ProgramRecord, SettingsUpdate } from './schemas/staff.ts';

export const isRetired = (entry: Pick<TaxonomyEntry, 'retired'>): boolean => entry.retired === true;

/** The entries a member may choose anew: those not retired. */
export const offeredEntries = <T extends TaxonomyEntry>(entries: readonly T[]): T[] => entries.filter((entry) => !isRetired(entry));

/** An entry's label, retired or not; the id itself for one the program has never listed. */
export const labelOf = (entries: readonly TaxonomyEntry[], id: string): string => entries.find((entry) => entry.id === id)?.label ?? id;

/**
 * Those of `chosen` that may not be chosen: not in the program's list, or retired and not already among
 * `kept` (what the record had before: a member editing a profile keeps the retired topics they hold).
 */
export function notOffered(chosen: readonly string[], entries: readonly TaxonomyEntry[], kept: readonly string[] = []): string[] {
  return chosen.filter((id) => {
    const entry = entries.find((candidate) => candidate.id === id);
    return entry === undefined || (isRetired(entry) && !kept.includes(id));
  });
}

const LISTS = ['topics', 'industries', 'careerStages'] as const;

/**
 * The settings record after staff's change (`update` already parsed with `SettingsUpdate`). Throws
 * `conflict` (`stale`) when the version edited is not the current one; `validation` naming the list for an
 * entry removed (details.removed), or `codeOfConduct.version` for a changed code under the same version.
 */
export function planSettingsChange(current: ProgramRecord, update: SettingsUpdate, actorId: string, now: Date): ProgramRecord {
  if (update.version !== current.version) {
    throw new MentoringError('conflict', `The settings changed since version ${update.version}.`, {
      reason: 'stale',
      details: { expected: update.version, actual: current.version },
    });
  }
  const before = current.settings;
  const after = update.settings;
  for (const list of LISTS) {
    const kept = new Set(after[list].map((entry) => entry.id));
    const removed = before[list].filter((entry) => !kept.has(entry.id)).map((entry) => entry.id);
    if (removed.length > 0) {
      throw new MentoringError('validation', `Entries of ${list} cannot be removed, only retired: ${removed.join(', ')}.`, {
        field: list,
        details: { removed },
      });
    }
  }
  if (codeChanged(before, after) && before.codeOfConduct.version === after.codeOfConduct.version) {
    throw new MentoringError('validation', 'A changed code of conduct needs a new version, for members to accept.', {
      field: 'codeOfConduct.version',
    });
  }
  return { settings: after, version: current.version + 1, updatedAt: now.toISOString(), updatedBy: actorId };
}

const codeChanged = (before: ProgramSettings, after: ProgramSettings): boolean =>
  before.codeOfConduct.text !== after.codeOfConduct.text || before.codeOfConduct.url !== after.codeOfConduct.url;
