// The program's words inside other text ("Shares 2 topics: Leadership and Grant writing"), each marked with
// its language where it is not the element's (program-words.ts says why): the card's reasons and dialogs, the
// console's areas of guidance, the office's lists.
import type { TemplateResult } from 'lit';
import type { Localize } from '../i18n/localize.ts';
import { bdi, mark, place } from './isolate.ts';
import type { Word } from './program-words.ts';

/** A word inside other text: plain in the page's language, else isolated with its language (isolate.ts). */
export const word = (w: Word): TemplateResult | string => (w.lang ? bdi(w.text, w.lang) : w.text);

/** A list of words in the element's language ("A, B and C"), each word marked as `word()` marks it. */
export const wordList = (i18n: Localize, words: readonly Word[]): unknown[] => place(i18n.list(words.map((_, i) => mark(i))), words.map(word));
