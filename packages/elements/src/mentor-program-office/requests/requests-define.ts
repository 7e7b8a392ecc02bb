// Registers <mentor-office-requests>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeRequests } from './requests-view.ts';

define('mentor-office-requests', MentorOfficeRequests);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-requests': MentorOfficeRequests;
  }
}
