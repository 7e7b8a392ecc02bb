import type { MentorshipAction, Mentorship } from '@mentor-match/core';

/** What the member did in `<mentor-relationships-console>`: a lifecycle action, or feedback. */
export type MentorshipChangeAction = MentorshipAction | 'feedback';

/**
 * The member's action in `<mentor-relationships-console>` succeeded: they accepted, declined, saved for
 * later, withdrew, completed or ended a mentorship, or gave feedback. `mentorship` is the record the
 * adapter returned. Never fired for changes made elsewhere or when a page script sets properties.
 */
export class MentorMentorshipChangeEvent extends Event {
  static readonly type = 'mentor-mentorship-change';
  readonly action: MentorshipChangeAction;
  readonly mentorship: Mentorship;

  constructor(action: MentorshipChangeAction, mentorship: Mentorship) {
    super(MentorMentorshipChangeEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.mentorship = mentorship;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-mentorship-change': MentorMentorshipChangeEvent;
  }
}
