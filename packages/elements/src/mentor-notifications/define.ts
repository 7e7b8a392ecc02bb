import { define } from '../internal/define.ts';
import { MentorNotifications } from './mentor-notifications.ts';

define('mentor-notifications', MentorNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-notifications': MentorNotifications;
  }
}
