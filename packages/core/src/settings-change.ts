// Staff's change of the program settings, checked against the current ones (the rules: settings-rules.ts).
// Pure: the staff service calls `planSettingsChange` inside the unit of work that stores the result. A module
// of its own so that member pages, which use settings-rules.ts's list rules, do not carry it.
import { MentoringError } from './errors.ts';
import type { ProgramSettings } from './schemas/settings.ts';
import type { ProgramRecord, SettingsUpdate } from './schemas/staff.ts';

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
