// The program's own words in a page's language: topics, industries, career stages, the program's name and its
// code of conduct carry their text in the program's language (`label`, `name`, `text`) and, where staff gave
// them, translations (`labels`, `names`, `texts`). A page asks for a word in its language and gets the
// translation, or else the program's own word with its language (`lang`), so that the page can mark it and
// it is read in its own language. Ids never change: a translation is a label only. Pure, no zod: elements
// import it (so it is small: every member page loads it).
import type { ProgramSettings, TaxonomyEntry, Translations } from './schemas/settings.ts';

/** The program's language when its settings name none. */
export const DEFAULT_PROGRAM_LANGUAGE = 'en';

/** A word for a page; `lang` only where the text is not in the page's language (the program's, then). */
export interface Word {
  text: string;
  lang?: string;
}

export const programLanguage = (settings: Pick<ProgramSettings, 'language'>): string => settings.language ?? DEFAULT_PROGRAM_LANGUAGE;

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** Whether two language tags are the same language (`fr-CA` and `fr`): a word in one needs no mark in the other. */
export const sameLanguage = (a: string, b: string): boolean => base(a) === base(b);

/**
 * `own` (in the program's language `ownLang`) for a page in `locale`: the translation for the page's tag as
 * given (`pt-BR`), then for its base language (`fr` for `fr-CA`), else `own`, with `ownLang`.
 */
export function wordIn(own: string, translations: Translations | undefined, locale: string, ownLang: string): Word {
  const lang = base(locale);
  if (lang === base(ownLang)) return { text: own };
  const text = translations?.[locale] ?? translations?.[lang!];
  return text ? { text } : { text: own, lang: ownLang };
}

/** An entry's label for a page in `locale`. */
export const entryWord = (settings: Pick<ProgramSettings, 'language'>, entry: Pick<TaxonomyEntry, 'label' | 'labels'>, locale: string): Word =>
  wordIn(entry.label, entry.labels, locale, programLanguage(settings));
