// The fixed lists behind the language and country selects. Codes only: names come from
// Intl.DisplayNames in the member's language, so there is nothing here to translate.

/** Languages common enough to offer; a search for `pt` also finds `pt-BR` speakers (primary subtags match). */
export const LANGUAGE_CODES = [
  'am', 'ar', 'bn', 'de', 'el', 'en', 'es', 'fa', 'fil', 'fr', 'ha', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'ms',
  'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'sw', 'ta', 'th', 'tr', 'uk', 'ur', 'vi', 'yo', 'zh',
] as const;

// Written by first letter, each group the letter and the second letters after it (`ADEFG` is AD, AE, AF, AG):
// 298 characters where the plain list took 746, which gzip did not make up (265 bytes on every page with the
// search). choices.test.ts checks it against the plain list.
/** ISO 3166-1 alpha-2: every country a member may give in their profile. */
export const COUNTRY_CODES = (
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ ' +
  'VACEGINU WFS YET ZAMW'
).split(' ').flatMap(([first, ...seconds]) => seconds.map((second) => first! + second));

/** Time-zone distances offered, in hours (`maxHoursApart`). */
export const HOURS_APART = [1, 3, 6] as const;

export interface Choice {
  value: string;
  label: string;
  /** The label's language, where it is not the page's (a program's word without a translation). */
  lang?: string | undefined;
}

// Sorting 250 names with a collator on every render would be wasteful; the result only changes with
// the language, so it is kept per list and language.
const sorted = new Map<string, Choice[]>();

/** `codes` with their names in `lang`, in that language's alphabetical order. */
export function namedChoices(
  list: 'language' | 'country',
  lang: string,
  nameOf: (code: string) => string,
): Choice[] {
  const key = `${list}|${lang}`;
  let choices = sorted.get(key);
  if (!choices) {
    const codes: readonly string[] = list === 'language' ? LANGUAGE_CODES : COUNTRY_CODES;
    const collator = new Intl.Collator(lang);
    choices = codes
      .map((code) => ({ value: code, label: nameOf(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    sorted.set(key, choices);
  }
  return choices;
}
