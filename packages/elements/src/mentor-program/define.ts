import { define } from '../internal/define.ts';
import { MentorProgram } from './mentor-program.ts';

define('mentor-program', MentorProgram);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-program': MentorProgram;
  }
}
