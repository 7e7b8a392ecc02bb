// What the form needs only once a member saves loads at its first submit, before any problem shows, through here
// (so that a test can stand in a failed download): most members never see a problem, and the page's other
// elements never use core's schema of an enrolment. Three parts, each asked for again at the next submit if it
// could not be downloaded: the words; the summary that lists the problems (without it each problem still shows
// beside its field, and the first takes focus); and the schema the form checks what it sends with (without it the
// program's check is the only one, and its refusal marks the field).
import type { EnrolmentInput } from '@mentor-match/core/schemas/inputs';

type SummaryPart = typeof import('./summary.ts');

export const problemWords = {
  load: (): Promise<unknown> => import('./problem-words.ts'),
  /** Registered: until then each problem reads "Check “Email”." (the one kept with the form). */
  ready: false,
};

export const problemSummary: { load: () => Promise<SummaryPart>; part?: SummaryPart } = {
  load: () => import('./summary.ts'),
};

export const enrolmentSchema: { load: () => Promise<{ EnrolmentInput: typeof EnrolmentInput }>; current?: typeof EnrolmentInput } = {
  load: () => import('@mentor-match/core/schemas/inputs'),
};

/** True once every part is here. */
export const problemPartsReady = (): boolean => problemWords.ready && !!problemSummary.part && !!enrolmentSchema.current;

/** Loads what is missing of the parts; resolves either way. */
export async function loadProblemParts(): Promise<void> {
  const [words, summary, schema] = await Promise.allSettled([
    problemWords.ready || problemWords.load(),
    problemSummary.part ?? problemSummary.load(),
    enrolmentSchema.current ?? enrolmentSchema.load().then((module) => module.EnrolmentInput),
  ]);
  // Shown without what is missing meanwhile; the web team sees why (as for the error sentences, localize.ts).
  if (words.status === 'fulfilled') problemWords.ready = true;
  else console.error('mentor-match: could not load the words of the enrolment form\'s problems.', words.reason);
  if (summary.status === 'fulfilled') problemSummary.part = summary.value;
  else console.error('mentor-match: could not load the enrolment form\'s problem summary.', summary.reason);
  if (schema.status === 'fulfilled') enrolmentSchema.current = schema.value;
  else console.error('mentor-match: could not load the enrolment form\'s check.', schema.reason);
}
