// The English of the errors and refusals a page shows only once something went wrong (en.ts `errorsEn`),
// added when this module is imported: localize.ts `loadErrorSentences` imports it the first time one is
// asked for, and <mentor-program>'s cache as soon as a call fails.
import { addMessages } from './localize.ts';
import { errorsEn } from './en.ts';

addMessages('en', errorsEn);
