// Registers <mentor-office-dashboard>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeDashboard } from './dashboard-view.ts';

define('mentor-office-dashboard', MentorOfficeDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-dashboard': MentorOfficeDashboard;
  }
}
