// The program's settings as a running server holds them: checked once, replaced whole (tests reset them
// between cases; an administrator's change could too), and read at each use, never copied.
import { ProgramSettings } from '@mentor-match/core';

export class Program {
  #settings: ProgramSettings;

  constructor(settings: ProgramSettings) {
    this.#settings = ProgramSettings.parse(settings);
  }

  get settings(): ProgramSettings {
    return this.#settings;
  }

  replace(settings: ProgramSettings): void {
    this.#settings = ProgramSettings.parse(settings);
  }
}
