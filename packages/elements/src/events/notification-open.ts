/**
 * `<mentor-notifications>`: the member opened a notification's link. Cancelable: a page that routes itself
 * (a single-page site) calls `preventDefault()` and goes to `link` its own way. Fired on the member's click only.
 */
export class MentorNotificationOpenEvent extends Event {
  static readonly type = 'mentor-notification-open';
  readonly notificationId: string;
  readonly kind: string;
  readonly link: string;
  readonly mentorshipId: string | null;

  constructor(notificationId: string, kind: string, link: string, mentorshipId: string | null) {
    super(MentorNotificationOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.notificationId = notificationId;
    this.kind = kind;
    this.link = link;
    this.mentorshipId = mentorshipId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-notification-open': MentorNotificationOpenEvent;
  }
}
