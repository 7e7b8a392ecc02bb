// <mentor-enrollment>'s list of problems (the form summary, with its look), imported at the form's first submit
// with the problems' words (problems.ts): a member who never submits a form with a problem never downloads it.
import { summaryStyles } from '../internal/form-summary.ts';
import { joinStyles } from '../internal/join-styles.ts';

export { formSummary } from '../internal/form-summary.ts';

/** The summary's look joins the form's shadow root (once for each form). */
export const adoptSummary = (root: ParentNode): void => joinStyles(root, summaryStyles);
