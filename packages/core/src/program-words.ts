// The program's own words in a page's language: topics, industries, career stages, the program's name and its
// code of conduct carry their text in the program's language (`label`, `name`, `text`) and, where staff gave
// them, translations (`labels`, `names`, `texts`). A page asks for a word in its language and gets it with
// the language it is really in, so that a fallback can be marked (`lang`) and read in its own language.
// Ids never change: a translation is a label only. Pure, no zod: elements import it.
import type { ProgramSettings, TaxonomyEntry, Translations } from './schemas/settings.ts';

/** The program's language when its settings name none. */
export const DEFAULT_PROGRAM_LANGUAGE = 'en';

/** The languages the program office offers translations in: those the elements speak. */
export const PROGRAM_WORD_LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'] as const;

/** A word and the language its text is in. */
export interface Word {
  text: string;
  lang: string;
}

export const programLanguage = (settings: Pick<ProgramSettings, 'language'>): string => settings.language ?? DEFAULT_PROGRAM_LANGUAGE;

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** Whether two language tags are the same language (`fr-CA` and `fr`): a word in one needs no mark in the other. */
export const sameLanguage = (a: string, b: string): boolean => base(a) === base(b);

/**
 * `own` (in the program's language `ownLang`) for a page in `locale`: the translation for the exact tag, then
 * for its base language (`fr` for `fr-CA`), else `own` itself.
 */
export function wordIn(own: string, translations: Translations | undefined, locale: string, ownLang: string): Word {
  if (translations && !sameLanguage(locale, ownLang)) {
    const tag = Object.keys(translations).find((key) => key.toLowerCase() === locale.toLowerCase())
      ?? Object.keys(translations).find((key) => sameLanguage(key, locale));
    const text = tag === undefined ? undefined : translations[tag];
    if (text) return { text, lang: tag! };
  }
  return { text: own, lang: ownLang };
}

/** An entry's label for a page in `locale`. */
export const entryWord = (settings: Pick<ProgramSettings, 'language'>, entry: Pick<TaxonomyEntry, 'label' | 'labels'>, locale: string): Word =>
  wordIn(entry.label, entry.labels, locale, programLanguage(settings));

/** The label of the entry `id` of one of the program's lists; the id itself (untranslated) for one never listed. */
export function labelWord(settings: Pick<ProgramSettings, 'language'>, entries: readonly TaxonomyEntry[], id: string, locale: string, fallback = id): Word {
  const entry = entries.find((candidate) => candidate.id === id);
  return entry ? entryWord(settings, entry, locale) : { text: fallback, lang: programLanguage(settings) };
}

/** The program's name for a page in `locale`. */
export const programName = (settings: Pick<ProgramSettings, 'language' | 'name' | 'names'>, locale: string): Word =>
  wordIn(settings.name, settings.names, locale, programLanguage(settings));

/** The code of conduct's text for a page in `locale`, or null when the program has none. */
export function codeOfConductText(settings: Pick<ProgramSettings, 'language' | 'codeOfConduct'>, locale: string): Word | null {
  const code = settings.codeOfConduct;
  return code.text === null ? null : wordIn(code.text, code.texts, locale, programLanguage(settings));
}

type Lists = 'topics' | 'industries' | 'careerStages';
const LISTS: readonly Lists[] = ['topics', 'industries', 'careerStages'];

/**
 * The settings written in another language `to`: each word's translation in `to` becomes its own text and its
 * text in the old language a translation. Where a word has no translation in `to`, the change is refused:
 * `missing` names those words' paths (`topics.3.label`, `name`, `codeOfConduct.text`).
 */
export function withProgramLanguage(settings: ProgramSettings, to: string): { settings: ProgramSettings } | { missing: string[] } {
  const from = programLanguage(settings);
  if (sameLanguage(from, to)) return { settings: { ...settings, language: to } };
  const missing: string[] = [];
  const swap = (own: string, map: Translations | undefined, path: string): [string, Translations] => {
    const { [to]: next, ...rest } = map ?? {};
    if (!next) missing.push(path);
    return [next ?? own, { ...rest, [from]: own }];
  };
  const lists = Object.fromEntries(LISTS.map((list) => [list, settings[list].map((entry, index) => {
    const [label, labels] = swap(entry.label, entry.labels, `${list}.${index}.label`);
    return { ...entry, label, labels };
  })]));
  const [name, names] = swap(settings.name, settings.names, 'name');
  const code = settings.codeOfConduct;
  let codeOfConduct = code;
  if (code.text !== null) {
    const [text, texts] = swap(code.text, code.texts, 'codeOfConduct.text');
    codeOfConduct = { ...code, text, texts };
  }
  if (missing.length > 0) return { missing };
  return { settings: { ...settings, ...lists, name, names, codeOfConduct, language: to } };
}
