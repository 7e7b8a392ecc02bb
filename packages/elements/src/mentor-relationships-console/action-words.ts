// What the console's actions led to, and its refusals of a full mentor or mentee (en.ts `consoleActionsEn`),
// registered when imported: the console imports this module with the member's first action (parts.ts).
import { consoleActionsEn } from '../i18n/en.ts';
import { addMessages } from '../i18n/localize.ts';

addMessages('en', consoleActionsEn);
