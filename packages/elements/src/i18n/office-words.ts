// The contract of the office's catalogs for the program's words in other languages: English's keys
// (office-words-en.ts), each a text or a function of the same arguments and a `Format`.
import type { CatalogOf } from './en.ts';
import type { officeWordsEn } from './office-words-en.ts';

export type OfficeWordsMessages = CatalogOf<typeof officeWordsEn>;
