import type { Viewer } from '@mentor-match/core';

/**
 * The member saved their enrolment in `<mentor-enrollment>` (enrolled, or edited roles, profile,
 * preferences or visibility). `viewer` is what the adapter returned. Never fired when a page script sets
 * properties or when the member's record changes elsewhere.
 */
export class MentorEnrolmentSavedEvent extends Event {
  static readonly type = 'mentor-enrolment-saved';
  readonly viewer: Viewer;

  constructor(viewer: Viewer) {
    super(MentorEnrolmentSavedEvent.type, { bubbles: true, composed: true });
    this.viewer = viewer;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-enrolment-saved': MentorEnrolmentSavedEvent;
  }
}
