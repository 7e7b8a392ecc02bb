// The cohorts' strings in the other languages (cohort-fr.ts …), each downloaded the first time a cohort
// part (the application element, the console's proposed matches, the office's Cohorts tab) is shown in it:
// a page without cohorts never downloads them. English is added by each module that shows them.
import { addMessages } from './localize.ts';
import type { CohortMessages } from './cohort-en.ts';

const COHORT_LOCALES: Readonly<Record<string, () => Promise<CohortMessages>>> = {
  fr: async () => (await import('./cohort-fr.ts')).cohortFr,
  es: async () => (await import('./cohort-es.ts')).cohortEs,
  de: async () => (await import('./cohort-de.ts')).cohortDe,
  ar: async () => (await import('./cohort-ar.ts')).cohortAr,
};
const requested = new Set<string>();

/** Adds the cohorts' catalog for `lang` (a BCP-47 tag) once; every element re-renders when it arrives. */
export function loadCohortLocale(lang: string): void {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const load = COHORT_LOCALES[base];
  if (!load || requested.has(base)) return;
  requested.add(base);
  load().then((messages) => addMessages(base, messages)).catch((error: unknown) => {
    requested.delete(base);
    console.error(`mentor-match: could not load the cohorts' ${base} strings.`, error);
  });
}
