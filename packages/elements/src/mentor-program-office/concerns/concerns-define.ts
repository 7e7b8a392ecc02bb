// Registers <mentor-office-concerns>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeConcerns } from './concerns-view.ts';

define('mentor-office-concerns', MentorOfficeConcerns);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-concerns': MentorOfficeConcerns;
  }
}
