// The program's own words (topics, industries, career stages, its name and code of conduct) in the element's
// language, and marked where they are not: a word without a translation in the page's language is shown in
// the program's language, with `lang` (and its direction), so a screen reader reads it in that language
// and a right-to-left page keeps its order (WCAG 3.1.2). Core picks the word (program-words.ts); this
// module renders it.
import { html, nothing, type TemplateResult } from 'lit';
import type { ProgramSettings, TaxonomyEntry } from '@mentor-match/core';
import { entryWord, labelWord, sameLanguage, type Word } from '@mentor-match/core/program-words';
import type { Localize } from '../i18n/localize.ts';

export type { Word };

/** The languages written right to left among those a program's words may be in. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

export const directionOf = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr');

/** Whether a word is in another language than the element's (and so needs its mark). */
export const foreign = (i18n: Localize, word: Word): boolean => !sameLanguage(word.lang, i18n.lang);

/**
 * `lang` for an element that holds the word alone (an `<option>`, a chip, with `dir="auto"` for its direction):
 * the word's, or none in the page's.
 */
export const langAttr = (i18n: Localize, word: Word): string | typeof nothing => (foreign(i18n, word) ? word.lang : nothing);

/** A word inside other text: plain in the page's language, else in a `<span>` with its language and direction. */
export const word = (i18n: Localize, w: Word): TemplateResult | string =>
  foreign(i18n, w) ? html`<span lang=${w.lang} dir=${directionOf(w.lang)}>${w.text}</span>` : w.text;

/** A list of words in the element's language ("A, B and C"), each word marked as `word()` marks it. */
export function wordList(i18n: Localize, words: readonly Word[]): (TemplateResult | string)[] {
  let index = 0;
  return new Intl.ListFormat(i18n.lang, { style: 'long', type: 'conjunction' })
    .formatToParts(words.map((w) => w.text))
    .map((part) => (part.type === 'element' ? word(i18n, words[index++]!) : part.value));
}

/** An entry of one of the program's lists, in the element's language. */
export const entry = (i18n: Localize, settings: ProgramSettings, e: Pick<TaxonomyEntry, 'label' | 'labels'>): Word =>
  entryWord(settings, e, i18n.lang);

/**
 * The entries of one of the program's lists as choices (an `<option>`, a checkbox), each label in the
 * element's language and, where it is not, with the language it is in.
 */
export const entryChoices = (i18n: Localize, settings: ProgramSettings, list: readonly TaxonomyEntry[]) =>
  list.map((e) => {
    const w = entry(i18n, settings, e);
    return { value: e.id, label: w.text, lang: foreign(i18n, w) ? w.lang : undefined };
  });

/** A topic by id, in the element's language; `fallback` (or the id) if the program no longer lists it. */
export const topicWord = (i18n: Localize, settings: ProgramSettings, id: string, fallback = id): Word =>
  labelWord(settings, settings.topics, id, i18n.lang, fallback);
