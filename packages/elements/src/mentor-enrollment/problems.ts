// What the form shows of its problems loads at its first submit, before any problem shows, through here (so
// that a test can stand in a failed download): most members never see one, and the form does not carry it.
// Two parts, each asked for again at the next submit if it could not be downloaded: the words, and the summary
// that lists the problems (without it each problem still shows beside its field, and the first takes focus).
type SummaryPart = typeof import('./summary.ts');

export const problemWords = {
  load: (): Promise<unknown> => import('./problem-words.ts'),
  /** Registered: until then each problem reads "Check “Email”." (the one kept with the form). */
  ready: false,
};

export const problemSummary: { load: () => Promise<SummaryPart>; part?: SummaryPart } = {
  load: () => import('./summary.ts'),
};

/** True once both parts are here. */
export const problemPartsReady = (): boolean => problemWords.ready && !!problemSummary.part;

/** Loads what is missing of both parts; resolves either way. */
export async function loadProblemParts(): Promise<void> {
  const [words, summary] = await Promise.allSettled([
    problemWords.ready || problemWords.load(),
    problemSummary.part ?? problemSummary.load(),
  ]);
  // Shown without what is missing meanwhile; the web team sees why (as for the error sentences, localize.ts).
  if (words.status === 'fulfilled') problemWords.ready = true;
  else console.error('mentor-match: could not load the words of the enrolment form\'s problems.', words.reason);
  if (summary.status === 'fulfilled') problemSummary.part = summary.value;
  else console.error('mentor-match: could not load the enrolment form\'s problem summary.', summary.reason);
}
