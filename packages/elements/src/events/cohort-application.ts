import type { Role } from '@mentor-match/core';

export const COHORT_APPLICATION_ACTIONS = ['apply', 'update', 'withdraw'] as const;
export type CohortApplicationAction = (typeof COHORT_APPLICATION_ACTIONS)[number];

/**
 * The member applied to a cohort in `<mentor-cohort-application>`, changed their application or withdrew
 * it (`action`), for `cohortId` in `role`. Never fired when a page script sets properties.
 */
export class MentorCohortApplicationEvent extends Event {
  static readonly type = 'mentor-cohort-application';
  readonly action: CohortApplicationAction;
  readonly cohortId: string;
  readonly role: Role;

  constructor(action: CohortApplicationAction, cohortId: string, role: Role) {
    super(MentorCohortApplicationEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.cohortId = cohortId;
    this.role = role;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-cohort-application': MentorCohortApplicationEvent;
  }
}
