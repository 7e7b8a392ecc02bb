import type { MemberView } from '@mentor-match/core';

/** The member opened the fuller profile of `member` from `<mentor-profile-card>` (by its name). */
export class MentorProfileOpenEvent extends Event {
  static readonly type = 'mentor-profile-open';
  readonly member: MemberView;

  constructor(member: MemberView) {
    super(MentorProfileOpenEvent.type, { bubbles: true, composed: true });
    this.member = member;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-profile-open': MentorProfileOpenEvent;
  }
}
