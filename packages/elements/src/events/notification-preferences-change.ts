import type { NotificationPreferences } from '@mentor-match/core';

/**
 * `<mentor-notification-preferences>`: the member saved their email preferences (`preferences`, as stored).
 * Fired after the save, on the member's action only.
 */
export class MentorNotificationPreferencesChangeEvent extends Event {
  static readonly type = 'mentor-notification-preferences-change';
  readonly preferences: NotificationPreferences;

  constructor(preferences: NotificationPreferences) {
    super(MentorNotificationPreferencesChangeEvent.type, { bubbles: true, composed: true });
    this.preferences = preferences;
  }
}

declare global {
  interface HTMLElementEventMap {
    'mentor-notification-preferences-change': MentorNotificationPreferencesChangeEvent;
  }
}
