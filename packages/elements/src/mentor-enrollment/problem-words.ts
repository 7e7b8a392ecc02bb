// <mentor-enrollment>'s words for what is wrong with its fields (en.ts `enrollmentProblemsEn`), registered
// when imported: the form imports this module at its first submit (problems.ts).
import { enrollmentProblemsEn } from '../i18n/en.ts';
import { addMessages } from '../i18n/localize.ts';

addMessages('en', enrollmentProblemsEn);
