// Text folding for search and for ASCII identifiers: "Łódź" and "lodz" must find each other, and
// "Adébáyọ̀" gets the address adebayo@…. One function so search and the roster agree.

/** Letters that NFD does not split into a base letter and a mark, folded by hand. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};
const SPECIAL_PATTERN = /[łøđðþßæœıħŧŋ]/g;
const MARKS = /\p{M}/gu;

/** Lower case, diacritics removed (NFD, then marks dropped), and the few stroked letters spelled out. */
export function foldText(value: string): string {
  const lower = value.normalize('NFD').replace(MARKS, '').toLowerCase();
  return lower.replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** The words of a search text, folded; empty when the text is blank. */
export function searchWords(value: string | undefined): string[] {
  if (value === undefined) return [];
  return foldText(value).split(/\s+/).filter((word) => word.length > 0);
}
