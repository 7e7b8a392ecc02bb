// What the form needs only once a member saves, loaded at the first submit through here (so that a test can
// stand in a failed download): the words of its problems, which most members never see, and core's schema of an
// enrolment, which the page's other elements never use. A failed download is asked for again at the next submit.
import type { EnrolmentInput } from '@mentor-match/core/schemas/inputs';

export const problemWords = {
  load: (): Promise<unknown> => import('./problem-words.ts'),
  /** Registered: until then each problem reads "Check “Email”." */
  ready: false,
};

/** Core's check of what the form sends. Until it is downloaded the program's is the only one. */
export const enrolmentSchema: { load: () => Promise<{ EnrolmentInput: typeof EnrolmentInput }>; current?: typeof EnrolmentInput } = {
  load: () => import('@mentor-match/core/schemas/inputs'),
};

/** A part's module, or undefined (said to the console, for the web team) when it cannot be downloaded. */
async function download<T>(load: () => Promise<T>, what: string): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    console.error(`mentor-match: could not load the enrolment form's ${what}.`, error);
    return undefined;
  }
}

/** Loads the problems' words once; resolves either way. */
export async function loadProblemWords(): Promise<void> {
  problemWords.ready ||= (await download(problemWords.load, 'words of its problems')) !== undefined;
}

/** Loads the schema once; resolves either way. */
export async function loadEnrolmentSchema(): Promise<void> {
  enrolmentSchema.current ??= (await download(enrolmentSchema.load, 'check'))?.EnrolmentInput;
}
