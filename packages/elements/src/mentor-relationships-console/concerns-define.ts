// Registers the console's report dialog and list (concerns.ts). Not page tags: the console imports this
// module the first time a member reports a problem or opens their reports.
import { define } from '../internal/define.ts';
import { MentorConcernDialog, MentorConcernList } from './concerns.ts';

define('mentor-concern-dialog', MentorConcernDialog);
define('mentor-concern-list', MentorConcernList);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-concern-dialog': MentorConcernDialog;
    'mentor-concern-list': MentorConcernList;
  }
}
