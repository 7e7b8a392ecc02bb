// What the card and the search that shows cards need only in their rarer states: imported by rare-parts-loader.ts
// the first time one shows. Why a badge cannot be used (badge-note.ts), what a request sent from a card
// announces, and the search's empty state (mentor-search/empty-state.ts).
import { cardNotesEn, searchEmptyEn } from '../i18n/en.ts';

export { badgeNote } from './badge-note.ts';
export { emptyState } from '../mentor-search/empty-state.ts';

/**
 * Their English, which the loader adds to the catalog. An export, not a side effect of importing this module: a
 * bundler drops the side effects of a package's module that its package.json declares has none (Vite does, in
 * an app built with the npm package), and this one is no entry point.
 */
export const english = { ...cardNotesEn, ...searchEmptyEn };
