// A member's initials, which the elements show where there is no photo. The image the demo gives its
// members (initials on a coloured circle) is avatar-image.ts's: a page of cards carries none of it.

/** The first letter of a word with its combining marks ("Ọ̀" stays whole); apostrophes and ʻokina are skipped. */
const FIRST_LETTER = /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]\p{M}*/u;

/** Up to two initials: the first letters of the first and last words of the name as written. */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/);
  const letters = [words[0], words.length > 1 ? words[words.length - 1] : undefined]
    .map((word) => (word === undefined ? '' : (FIRST_LETTER.exec(word)?.[0] ?? '')))
    .join('');
  return letters.toLocaleUpperCase('en') || '?';
}
