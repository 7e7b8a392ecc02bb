// What each capability's tests (capabilities/*.ts) are written against; suite.ts provides it. A module of
// its own, so the capabilities and the suite that registers them do not import each other.
import type { ProgramSettings } from '@mentor-match/core';
import type { CheckedHarness } from './checked.ts';

/** What each capability's tests are written against. */
export interface SuiteContext {
  describe(name: string, fn: () => void): void;
  /**
   * One test with a fresh harness whose program runs with the default settings changed by `settings`;
   * the harness is closed afterwards whatever happens.
   */
  test(name: string, body: (h: CheckedHarness) => Promise<void>, settings?: Partial<ProgramSettings>): void;
}
