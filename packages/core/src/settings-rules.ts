// Program settings changed at runtime: what a change may do, and how the program's lists (topics,
// industries, career stages) treat renamed and retired entries. The schema (schemas/settings.ts) checks each
// field; settings-change.ts compares the new settings with the current ones (staff's, apart: a member's page
// needs only the lists' rules here).
//
// - An entry is never removed: members' profiles and mentorships name it by id, and must still show it.
//   Staff rename it (its label) or retire it: a retired entry keeps its label wherever a record uses it,
//   is not offered anew (enrolment, requests, pairing refuse it unless the record already has it), and
//   search finds nobody by it unless asked by id.
// - A code of conduct whose text or link changes needs a new version: members accepted the version they
//   read, and accept the new one before their next request.
import type { TaxonomyEntry } from './schemas/settings.ts';

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
