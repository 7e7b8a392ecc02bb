// Registers the console's code of conduct notice (code-of-conduct.ts). Not a page tag: the console imports
// this module when the program asks the member to accept a version they have not.
import { define } from '../internal/define.ts';
import { MentorCodeOfConduct } from './code-of-conduct.ts';

define('mentor-code-of-conduct', MentorCodeOfConduct);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-code-of-conduct': MentorCodeOfConduct;
  }
}
