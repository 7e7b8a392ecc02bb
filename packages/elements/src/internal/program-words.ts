// The program's own words (topics, industries, career stages, its name and code of conduct) in the element's
// language, and marked where they are not: a word without a translation in the page's language is shown in
// the program's language, with `lang` (and `dir="auto"`, so its script gives its direction), so a screen
// reader reads it in that language and a right-to-left page keeps its order (WCAG 3.1.2). Core picks the
// word (program-words.ts); this module gives it to a control that holds it alone (an option, a chip: put
// `lang=${word.lang ?? nothing}` on it), program-word-list.ts inside other text.
import type { ProgramSettings, TaxonomyEntry } from '@mentor-match/core';
import { entryWord, type Word } from '@mentor-match/core/program-words';
import type { Localize } from '../i18n/localize.ts';

export type { Word };

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
    return { value: e.id, label: w.text, lang: w.lang };
  });

/** A topic by id, in the element's language; `fallback` (or the id) if the program no longer lists it. */
export function topicWord(i18n: Localize, settings: ProgramSettings, id: string, fallback = id): Word {
  const topic = settings.topics.find((t) => t.id === id);
  return topic ? entry(i18n, settings, topic) : { text: fallback };
}
