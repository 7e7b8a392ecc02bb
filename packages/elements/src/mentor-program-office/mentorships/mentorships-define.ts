// Registers <mentor-office-mentorships>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeMentorships } from './mentorships-view.ts';

define('mentor-office-mentorships', MentorOfficeMentorships);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-mentorships': MentorOfficeMentorships;
  }
}
