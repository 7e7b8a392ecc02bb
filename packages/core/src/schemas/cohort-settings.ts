// The program's mode and its cohort settings (issue 14): parts of ProgramSettings (settings.ts), in a module
// of their own so the settings schema does not load the cohort shapes. Absent from a program's settings: the
// program is self-serve, with DEFAULT_COHORT_SETTINGS (`programMode`, `cohortSettingsOf`).
import * as z from 'zod/mini';

/** Self-serve (members find each other), cohorts (staff match each cohort), or both side by side. */
export const PROGRAM_MODES = ['self-serve', 'cohorts', 'both'] as const;
export const ProgramMode = z.enum(PROGRAM_MODES);
export type ProgramMode = z.infer<typeof ProgramMode>;

export const CohortSettings = z.strictObject({
  /** Partners are asked to complete or extend this many days before their term ends. */
  termEndNoticeDays: z.int().check(z.gte(0), z.lte(365)),
  /** How far past the cohort's term end an extension may move a mentorship's end, in months (0: none). */
  maxExtensionMonths: z.int().check(z.gte(0), z.lte(36)),
  /** May a run propose a pair who already had a mentorship in the program (any state but declined or expired)? */
  allowRepeatPairs: z.boolean(),
  /** A published match unanswered after this many days expires, as requests do; both members return to the pool. */
  proposalExpiryDays: z.int().check(z.gte(1), z.lte(365)),
});
export type CohortSettings = z.infer<typeof CohortSettings>;

export const DEFAULT_COHORT_SETTINGS: CohortSettings = {
  termEndNoticeDays: 14,
  maxExtensionMonths: 6,
  allowRepeatPairs: false,
  proposalExpiryDays: 30,
};

/** The program's mode: self-serve unless its settings say otherwise. */
export const programMode = (settings: { mode?: ProgramMode | undefined }): ProgramMode => settings.mode ?? 'self-serve';

/** The program's cohort settings, the defaults where it has none. */
export const cohortSettingsOf = (settings: { cohorts?: CohortSettings | undefined }): CohortSettings => settings.cohorts ?? DEFAULT_COHORT_SETTINGS;
