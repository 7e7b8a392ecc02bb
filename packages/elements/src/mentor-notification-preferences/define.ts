import { define } from '../internal/define.ts';
import { MentorNotificationPreferences } from './mentor-notification-preferences.ts';

define('mentor-notification-preferences', MentorNotificationPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-notification-preferences': MentorNotificationPreferences;
  }
}
