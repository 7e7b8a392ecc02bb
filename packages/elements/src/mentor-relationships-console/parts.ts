// The console's parts that load when first needed and are imported through here, so that a test can stand
// in a failed download (the console stays usable without them).
export const consoleParts = {
  /** The feedback form and its thanks (feedback-form.ts), when the list first shows a mentorship that is over. */
  feedback: () => import('./feedback-form.ts'),
  /** The words of what an action did and of a full mentor's or mentee's refusal (action-words.ts), with the first action. */
  actionWords: () => import('./action-words.ts'),
  /** The actions' words' download: true once they are registered. */
  actionWordsLoaded: undefined as Promise<boolean> | undefined,
};

/**
 * The words of what an action did, downloaded while the member's first action runs. Without them the console
 * says only "Done." (focus still moves to the item) and a full mentor's or mentee's refusal is said in general
 * words; a failed download is asked for again with the next action.
 */
export const loadActionWords = (): Promise<boolean> =>
  (consoleParts.actionWordsLoaded ??= consoleParts.actionWords().then(
    () => true,
    (error: unknown) => {
      consoleParts.actionWordsLoaded = undefined;
      console.error('mentor-match: could not load the words of the console\'s actions.', error);
      return false;
    },
  ));
