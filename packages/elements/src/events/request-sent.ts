import type { Mentorship } from '@mentor-match/core';

/**
 * The member sent a mentoring request (or, as a mentor, an invitation) from `<mentor-profile-card>`.
 * `mentorship` is the new pending record, as the adapter returned it.
 */
export class MentorRequestSentEvent extends Event {
  static readonly type = 'mentor-request-sent';
  readonly mentorship: Mentorship;

  constructor(mentorship: Mentorship) {
    super(MentorRequestSentEvent.type, { bubbles: true, composed: true });
    this.mentorship = mentorship;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-request-sent': MentorRequestSentEvent;
  }
}
