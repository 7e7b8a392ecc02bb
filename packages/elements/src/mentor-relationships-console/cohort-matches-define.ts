// Registers the console's cohort part (cohort-matches.ts). Not a page tag: the console imports this module
// in a program that runs cohorts.
import { define } from '../internal/define.ts';
import { MentorCohortMatches } from './cohort-matches.ts';

define('mentor-cohort-matches', MentorCohortMatches);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-cohort-matches': MentorCohortMatches;
  }
}
