// Every key an element may ask for. A module of its own: the feature catalogs (cohort-en.ts, workspace-en.ts,
// notifications-en.ts) take their catalog types from en.ts, so en.ts cannot name theirs without a cycle.
import type { Messages, OfficeMessages } from './en.ts';
import type { CohortMessages } from './cohort-en.ts';
import type { WorkspaceMessages } from './workspace-en.ts';
import type { NotificationMessages } from './notifications-en.ts';
import type { RecognitionMessages } from './recognition.ts';
import type { PreferencesMessages } from './preferences-en.ts';

/** The member elements', the office's, the cohorts', the workspace's, the bell's, the ribbon's and the email preferences'. */
export type AllMessages = Messages & OfficeMessages & CohortMessages & WorkspaceMessages & NotificationMessages & RecognitionMessages & PreferencesMessages;
