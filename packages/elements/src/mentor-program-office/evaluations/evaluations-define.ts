// Registers <mentor-office-evaluations>. Not a page tag: <mentor-program-office> imports this module the first time
// staff open the tab.
import { define } from '../../internal/define.ts';
import { MentorOfficeEvaluations } from './evaluations-view.ts';

define('mentor-office-evaluations', MentorOfficeEvaluations);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-office-evaluations': MentorOfficeEvaluations;
  }
}
