// Registers <mentor-office-audit>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeAudit } from './audit-view.ts';

define('mentor-office-audit', MentorOfficeAudit);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-audit': MentorOfficeAudit;
  }
}
