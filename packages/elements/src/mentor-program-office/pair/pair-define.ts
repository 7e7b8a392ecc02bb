// Registers <mentor-office-pair>. Not a page tag: a view of the office imports this module the first time
// staff open the pairing dialog.
import { define } from '../../internal/define.ts';
import { MentorOfficePair } from './pair-dialog.ts';

define('mentor-office-pair', MentorOfficePair);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-pair': MentorOfficePair;
  }
}
