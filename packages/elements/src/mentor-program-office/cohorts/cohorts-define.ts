// Registers <mentor-office-cohorts>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeCohorts } from './cohorts-view.ts';

define('mentor-office-cohorts', MentorOfficeCohorts);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-cohorts': MentorOfficeCohorts;
  }
}
