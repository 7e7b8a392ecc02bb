// Registers <mentor-office-members>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeMembers } from './members-view.ts';

define('mentor-office-members', MentorOfficeMembers);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-members': MentorOfficeMembers;
  }
}
