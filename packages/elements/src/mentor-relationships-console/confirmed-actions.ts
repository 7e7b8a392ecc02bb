// Which actions ask for confirmation first, in a modal dialog (confirm-dialog.ts, imported when first needed).
import type { MentorshipAction } from '@mentor-match/core';

export const CONFIRMED_ACTIONS = ['decline', 'withdraw', 'complete', 'end'] as const satisfies readonly MentorshipAction[];
export type ConfirmedAction = (typeof CONFIRMED_ACTIONS)[number];

export const needsConfirmation = (action: MentorshipAction): action is ConfirmedAction =>
  (CONFIRMED_ACTIONS as readonly string[]).includes(action);
