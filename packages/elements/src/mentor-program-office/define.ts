import { define } from '../internal/define.ts';
import { MentorProgramOffice } from './mentor-program-office.ts';

define('mentor-program-office', MentorProgramOffice);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-program-office': MentorProgramOffice;
  }
}
