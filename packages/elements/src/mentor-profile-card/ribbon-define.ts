// Registers <mentor-ribbon>. Not a page tag: the card imports this module when it first shows a mentor with
// a completed mentorship.
import { define } from '../internal/define.ts';
import { MentorRibbon } from './ribbon.ts';

define('mentor-ribbon', MentorRibbon);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-ribbon': MentorRibbon;
  }
}
