import { define } from '../internal/define.ts';
import { MentorRelationshipsConsole } from './mentor-relationships-console.ts';

define('mentor-relationships-console', MentorRelationshipsConsole);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-relationships-console': MentorRelationshipsConsole;
  }
}
