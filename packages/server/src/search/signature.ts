// Free text, fast: the text core's `searchText` gives each member, split into words and summed up in a
// signature: a bit for each run of three characters (a trigram) in it, hashed to 1,024 bits. A search word
// can only be in a text whose signature has the bits of all its trigrams, so most texts are ruled out in a
// few reads, and only the others are searched. (A generated profile's trigrams set about a seventh of the
// bits: a word of three trigrams passes wrongly about once in 400 texts, one of five once in 20,000.) Words
// under three characters have no trigram: every text is searched for them.
import type { Vocabulary } from './vocabulary.ts';

/** Splits text into words the same way `searchWords` splits a query. */
const WHITESPACE = /\s+/;

/**
 * The distinct whitespace-separated words of a text, as numbers of `words`. A search word has no whitespace
 * (queries are split on it), so it is in the text exactly when it is within one of these words: a search
 * checks each word of the vocabulary once, then a text by its word numbers, which for a word found in
 * thousands of texts is much less work than searching each text for it.
 */
export function textWords(text: string, words: Vocabulary): Int32Array {
  const ids = new Set<number>();
  for (const word of text.split(WHITESPACE)) if (word.length > 0) ids.add(words.id(word));
  return Int32Array.from(ids);
}

/** 32-bit integers per signature. */
export const SIGNATURE_INTS = 32;

/** The signature bit of the trigram at `i` (UTF-16 code units, as `includes` compares). */
const trigramBit = (text: string, i: number): number =>
  Math.imul(((text.charCodeAt(i) * 65_599 + text.charCodeAt(i + 1)) * 65_599 + text.charCodeAt(i + 2)) | 0, 0x9e3779b1) >>> 22;

/** What a text holding `word` has in its signature: pairs of integer index and mask (none under three characters). */
export function signatureNeeds(word: string): number[] {
  const masks = new Map<number, number>();
  for (let i = 0; i + 3 <= word.length; i++) {
    const bit = trigramBit(word, i);
    masks.set(bit >>> 5, (masks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
  }
  return [...masks].flat();
}

/**
 * Writes the text's signature into `into`, its SIGNATURE_INTS integers `step` apart from `at` (a column
 * per integer, so checking one integer of every text reads one contiguous column).
 */
export function signText(text: string, into: Int32Array, at: number, step: number): void {
  for (let i = 0; i < SIGNATURE_INTS; i++) into[at + i * step] = 0;
  // Trigrams across a space, tab or line break are left out: a search word has none (it is split on
  // whitespace), and fewer bits set rule out more texts.
  let clear = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9) clear = i + 1;
    if (i - clear < 2) continue;
    const bit = trigramBit(text, i - 2);
    into[at + (bit >>> 5) * step] = (into[at + (bit >>> 5) * step] as number) | (1 << (bit & 31));
  }
}
