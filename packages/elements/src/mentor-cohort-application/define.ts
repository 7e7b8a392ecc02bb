import { define } from '../internal/define.ts';
import { MentorCohortApplication } from './mentor-cohort-application.ts';

define('mentor-cohort-application', MentorCohortApplication);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-cohort-application': MentorCohortApplication;
  }
}
