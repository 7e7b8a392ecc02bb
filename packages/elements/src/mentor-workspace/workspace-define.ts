// Registers <mentor-workspace> and <mentor-follow-up> (their strings: strings.ts). Not page tags: the
// console imports this module the first time a member opens a workspace or follows up a request, so no page
// downloads it before.
import { define } from '../internal/define.ts';
import { MentorFollowUp } from './follow-up.ts';
import { MentorWorkspace } from './mentor-workspace.ts';

define('mentor-workspace', MentorWorkspace);
define('mentor-follow-up', MentorFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-workspace': MentorWorkspace;
    'mentor-follow-up': MentorFollowUp;
  }
}
