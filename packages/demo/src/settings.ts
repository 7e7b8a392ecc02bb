// The demo's program: the default program (core's DEFAULT_PROGRAM_SETTINGS: a general professional
// society's taxonomy and the usual limits) run by the example site's association.
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings } from '@mentor-match/core';

/** The program `npm start`, the in-page demo and the roster generator use unless told otherwise. */
export const DEMO_PROGRAM_SETTINGS: ProgramSettings = Object.freeze({
  ...DEFAULT_PROGRAM_SETTINGS,
  name: 'Northbridge Society of Engineers mentoring program',
  // Both ways of matching side by side (issue 14): members search and ask, and the seeded cohort takes
  // applications the office matches.
  mode: 'both',
});
