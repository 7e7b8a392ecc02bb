// The words of the form's problems load at its first submit, before any problem shows, through here (so that
// a test can stand in a failed download): most members never see one, and the form does not carry them.
export const problemWords = {
  load: (): Promise<unknown> => import('./problem-words.ts'),
  /** Registered: until then (a failed download is asked for again at the next submit) each problem reads "Check “Email”." */
  ready: false,
};

/** Loads the problems' words once; resolves either way. */
export async function loadProblemWords(): Promise<void> {
  if (problemWords.ready) return;
  try {
    await problemWords.load();
    problemWords.ready = true;
  } catch (error) {
    // Said in the fallback's words meanwhile; the web team sees why (as for the error sentences, localize.ts).
    console.error('mentor-match: could not load the words of the enrolment form\'s problems.', error);
  }
}
