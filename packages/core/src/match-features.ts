// What ranking compares of a member, as numbers, and the member's text for free-text search.
//
// Each value ranking compares comes from a small vocabulary (dozens of languages, a few hundred zones, a
// few stages, a few dozen topics), so a member's values are numbered once (match-pool.ts keeps them in a
// row per candidate), and a search answers each question ("does the seeker speak language 7?") once per
// number, not once per candidate. Records are treated as immutable (adapters replace the object on
// change), so the per-record text cache (a WeakMap keyed by the record) never serves stale text and lets
// go of it with the record.
//
// Only members' values are numbered, never a seeker's or a query's: a search must not grow the
// vocabularies (a stream of made-up query words would otherwise hold memory for the process's life), so
// it looks its values up (`find`), and one no member has matches nobody.
import { foldText } from './fold.ts';
import type { Role } from './schemas/common.ts';
import type { Member, RoleProfile } from './schemas/member.ts';

/** Numbers for the distinct strings of one kind that members' records hold. */
export class Vocabulary {
  readonly #ids = new Map<string, number>();
  /** The string of each number. */
  readonly words: string[] = [];

  id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.#ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word's number, without numbering it: NONE when no member has it. */
  find(word: string): number {
    return this.#ids.get(word) ?? NONE;
  }

  get size(): number {
    return this.words.length;
  }
}

/** A number no value has (a member's missing value is -1). */
export const NONE = -2;

/** Languages compare by their primary subtag: `pt-BR` speaks with `pt-PT`, a search for `en` finds `en-GB`. */
export const primaryLanguage = (tag: string): string => {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
};

export const IDS = new Vocabulary();
export const COUNTRIES = new Vocabulary();
export const INDUSTRIES = new Vocabulary();
export const STAGES = new Vocabulary();
export const ZONES = new Vocabulary();
/** Primary language subtags. */
export const LANGUAGES = new Vocabulary();
export const TOPICS = new Vocabulary();
export const MODES = new Vocabulary();
/** Whitespace-separated words of folded profile text. */
export const WORDS = new Vocabulary();

/** Language tags as members write them, each mapped once to its primary subtag's LANGUAGES number. */
const TAGS = new Vocabulary();
const primaryOfTag: number[] = [];

export const languageNumber = (tag: string): number => (primaryOfTag[TAGS.id(tag)] ??= LANGUAGES.id(primaryLanguage(tag)));

/** The value's number; -1 for none. */
export const numberOrNone = (vocabulary: Vocabulary, value: string | null): number => (value === null ? -1 : vocabulary.id(value));

// ---------------------------------------------------------------------------------------------
// Free text: the member's folded name, headline, bio, statement and topic labels, in which each search
// word is looked for, and the text's signature: a bit for each run of three characters (a trigram) in
// it, hashed to 1,024 bits. A search word can only be in a text whose signature has the bits of all its
// trigrams, so most texts are ruled out in a few reads, and only the others are searched. (A generated
// profile's trigrams set about a seventh of the bits: a word of three trigrams passes wrongly about once
// in 400 texts, one of five once in 20,000.) Words under three characters have no trigram: every text is
// searched for them.

const texts = new WeakMap<ReadonlyMap<string, string>, WeakMap<Member, Partial<Record<Role, string>>>>();

/**
 * The member's folded text in `role`, cached per record. `labels` (the program's topic labels by id) keys
 * the cache: another taxonomy means other labels in the text.
 */
export function textOf(member: Member, role: Role, profile: RoleProfile, labels: ReadonlyMap<string, string>): string {
  let byMember = texts.get(labels);
  if (byMember === undefined) texts.set(labels, (byMember = new WeakMap()));
  let entry = byMember.get(member);
  if (entry === undefined) byMember.set(member, (entry = {}));
  let text = entry[role];
  if (text === undefined) {
    const topicLabels = profile.topics.map((id) => labels.get(id) ?? id);
    text = entry[role] = foldText([member.name, member.headline, member.bio, profile.statement, ...topicLabels].join('\n'));
  }
  return text;
}

/** Splits text into words the same way `searchWords` splits a query. */
const WHITESPACE = /\s+/;

/**
 * The distinct whitespace-separated words of a text, as WORDS numbers. A search word has no whitespace
 * (queries are split on it), so it is in the text exactly when it is within one of these words: a search
 * checks each word of the vocabulary once, then a text by its word numbers, which for a word found in
 * thousands of texts is much less work than searching each text for it.
 */
export function textWords(text: string): Int32Array {
  const ids = new Set<number>();
  for (const word of text.split(WHITESPACE)) if (word.length > 0) ids.add(WORDS.id(word));
  return Int32Array.from(ids);
}

/** 32-bit integers per signature. */
export const SIGNATURE_INTS = 32;

/** The signature bit of the trigram at `i` (UTF-16 code units, as `includes` compares). */
const trigramBit = (text: string, i: number): number =>
  Math.imul(((text.charCodeAt(i) * 65_599 + text.charCodeAt(i + 1)) * 65_599 + text.charCodeAt(i + 2)) | 0, 0x9e3779b1) >>> 22;

/** The distinct signature bits of the word's trigrams. */
export function trigramBits(word: string): number[] {
  const bits = new Set<number>();
  for (let i = 0; i + 3 <= word.length; i++) bits.add(trigramBit(word, i));
  return [...bits];
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
