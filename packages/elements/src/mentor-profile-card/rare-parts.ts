// What the card and the search that shows cards need only in their rarer states, with its English: imported
// by rare-parts-loader.ts the first time one shows. Why a badge cannot be used (badge-note.ts), what a request
// sent from a card announces, and the search's empty state (mentor-search/empty-state.ts).
import { addMessages } from '../i18n/localize.ts';
import { cardNotesEn, searchEmptyEn } from '../i18n/en.ts';

export { badgeNote } from './badge-note.ts';
export { emptyState } from '../mentor-search/empty-state.ts';

addMessages('en', { ...cardNotesEn, ...searchEmptyEn });
