import { define } from '../internal/define.ts';
import { MentorSearch } from './mentor-search.ts';

define('mentor-search', MentorSearch);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-search': MentorSearch;
  }
}
