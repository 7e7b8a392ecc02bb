// The fixed lists behind the language and country selects. Codes only: names come from
// Intl.DisplayNames in the member's language, so there is nothing here to translate.

/** Languages common enough to offer; a search for `pt` also finds `pt-BR` speakers (primary subtags match). */
export const LANGUAGE_CODES = [
  'am', 'ar', 'bn', 'de', 'el', 'en', 'es', 'fa', 'fil', 'fr', 'ha', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'ms',
  'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'sw', 'ta', 'th', 'tr', 'uk', 'ur', 'vi', 'yo', 'zh',
] as const;

/** ISO 3166-1 alpha-2: every country a member may give in their profile. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
  'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT ' +
  'JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN ' +
  'MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT ' +
  'PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
  'TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

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
