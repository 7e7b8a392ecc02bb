// The console's parts that load when first needed and are imported through here, so that a test can stand
// in a failed download (the console stays usable without them).
export const consoleParts = {
  /** The feedback form and its thanks (feedback-form.ts), when the list first shows a mentorship that is over. */
  feedback: () => import('./feedback-form.ts'),
};
