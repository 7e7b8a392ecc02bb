// A cohort in the reader's words, shared by <mentor-cohort-application>, the console's cohort matches and
// the office's Cohorts tab: where it stands (phase) at a moment, its window and its schedule.
import type { Cohort, CohortSettings, ProgramMode, ProgramSettings } from '@mentor-match/core';
import type { Localize } from '../i18n/localize.ts';

// Core's PROGRAM_MODES and DEFAULT_COHORT_SETTINGS live in a schema module that the adapters' settings schema
// imports too: importing it here as well would split it into a file of its own on every page (the api page
// included). The elements need two facts of it, typed against core's so a change there fails the type-check.
const ALL_MODES = { 'self-serve': true, cohorts: true, both: true } as const satisfies Record<ProgramMode, true>;
/** The program's modes, in the order the settings offer them. */
export const PROGRAM_MODES = Object.keys(ALL_MODES) as ProgramMode[];
/** Days before a term ends that partners are asked to complete or extend, unless the program says otherwise. */
const DEFAULT_TERM_END_NOTICE_DAYS: CohortSettings['termEndNoticeDays'] = 14;

export const termEndNoticeDays = (settings: ProgramSettings): number =>
  settings.cohorts?.termEndNoticeDays ?? DEFAULT_TERM_END_NOTICE_DAYS;

export const COHORT_PHASES = ['upcoming', 'open', 'closed', 'archived'] as const;
export type CohortPhase = (typeof COHORT_PHASES)[number];

/** Staff's state first (archived, closed early); else the window, at `now`. */
export function cohortPhase(cohort: Cohort, now: Date): CohortPhase {
  if (cohort.state === 'archived') return 'archived';
  if (cohort.state === 'closed') return 'closed';
  const t = now.getTime();
  if (t < Date.parse(cohort.applicationsOpenAt)) return 'upcoming';
  return t < Date.parse(cohort.applicationsCloseAt) ? 'open' : 'closed';
}

/** "Applications from 1 March 2027 to 31 March 2027". */
export const windowText = (i18n: Localize, cohort: Cohort): string =>
  i18n.t('cohort.window', i18n.date(cohort.applicationsOpenAt, 'long'), i18n.date(cohort.applicationsCloseAt, 'long'));

/** "Matches announced 15 April 2027 · term 1 May 2027 to 30 April 2028". */
export const scheduleText = (i18n: Localize, cohort: Cohort): string =>
  i18n.t('cohort.schedule', i18n.date(cohort.matchAt, 'long'), i18n.date(cohort.termStartsAt, 'long'), i18n.date(cohort.termEndsAt, 'long'));
