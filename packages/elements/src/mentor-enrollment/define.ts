import { define } from '../internal/define.ts';
import { MentorEnrollment } from './mentor-enrollment.ts';

define('mentor-enrollment', MentorEnrollment);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-enrollment': MentorEnrollment;
  }
}
