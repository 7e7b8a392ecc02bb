// The cohorts' strings in the other languages (cohort-fr.ts …), each downloaded the first time a cohort
// part (the application element, the console's proposed matches, the office's Cohorts tab) is shown in it:
// a page without cohorts never downloads them. English is added by each module that shows them.
import { featureLocales } from './feature-locale.ts';

/** Adds the cohorts' catalog for `lang` (a BCP-47 tag) once; every element re-renders when it arrives. */
export const loadCohortLocale = featureLocales('the cohorts', {
  fr: async () => (await import('./cohort-fr.ts')).cohortFr,
  es: async () => (await import('./cohort-es.ts')).cohortEs,
  de: async () => (await import('./cohort-de.ts')).cohortDe,
  ar: async () => (await import('./cohort-ar.ts')).cohortAr,
});
