// The program's settings as an instance holds them: the newest version in the database (store/program.ts),
// asked for at each call (one index lookup answering only the version when nothing changed), so every
// instance runs with what staff saved last, whichever instance they saved it on. The record is kept while
// its version is in force: callers (the search directory's pools) may key on it.
import { ProgramSettings, type ProgramRecord } from '@mentor-match/core';
import type { Queryable } from './db/database.ts';
import { firstVersion, programSince } from './store/program.ts';

export class Program {
  #record: ProgramRecord;

  /** `initial`: the configured settings, in force until the database holds some (startServer stores them). */
  constructor(initial: ProgramSettings) {
    this.#record = firstVersion(ProgramSettings.parse(initial));
  }

  /** The settings last read (or the initial ones): for what needs them without a database call (tests, logs). */
  get settings(): ProgramSettings {
    return this.#record.settings;
  }

  /**
   * The settings in force, as `q` sees them. `remember`: keep what was read for the next calls; only from a
   * read outside a transaction, whose answer is committed (a transaction may see its own new version, which
   * may yet roll back).
   */
  async current(q: Queryable, { remember }: { remember: boolean }): Promise<ProgramRecord> {
    const found = await programSince(q, this.#record.version);
    // None stored yet (a database startServer has not initialised): the initial settings.
    if (!found || found.record === null) return this.#record;
    if (remember) this.#record = found.record;
    return found.record;
  }

  /** Takes these as the settings in force (after the database was emptied and given new settings: tests). */
  replace(record: ProgramRecord): void {
    this.#record = record;
  }
}
