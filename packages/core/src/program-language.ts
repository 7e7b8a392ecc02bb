// The program's language and texts, for staff and the server: the languages the program office offers,
// changing the program's language, and the program's name and code text for a language. Apart from
// program-words.ts, which every member page loads, so that these bytes go only where they are used.
import { programLanguage, sameLanguage, wordIn, type Word } from './program-words.ts';
import type { ProgramSettings, Translations } from './schemas/settings.ts';

/** The program's name for a page in `locale`. */
export const programName = (settings: Pick<ProgramSettings, 'language' | 'name' | 'names'>, locale: string): Word =>
  wordIn(settings.name, settings.names, locale, programLanguage(settings));

/** The code of conduct's text for a page in `locale`, or null when the program has none. */
export function codeOfConductText(settings: Pick<ProgramSettings, 'language' | 'codeOfConduct'>, locale: string): Word | null {
  const code = settings.codeOfConduct;
  return code.text === null ? null : wordIn(code.text, code.texts, locale, programLanguage(settings));
}

/** The languages the program office offers translations in: those the elements speak. */
export const PROGRAM_WORD_LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'] as const;

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
