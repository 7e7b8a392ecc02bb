import { define } from '../internal/define.ts';
import { MentorAvailabilityToggle } from './mentor-availability-toggle.ts';

define('mentor-availability-toggle', MentorAvailabilityToggle);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-availability-toggle': MentorAvailabilityToggle;
  }
}
