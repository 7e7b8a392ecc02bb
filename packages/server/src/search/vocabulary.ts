// Members' values as numbers. Each value ranking compares comes from a small vocabulary (dozens of
// languages, a few hundred zones, a few stages, a few dozen topics), so a member's values are numbered once
// (pool.ts keeps them in a row per candidate), and a search answers each question ("does the seeker speak
// language 7?") once per number, not once per candidate.
//
// The numbers belong to one directory's pools (a Vocabularies each): two servers in one process, or one
// after a reset, share none, and a vocabulary goes with the pools that use it.
//
// Only members' values are numbered, never a seeker's or a query's: a search must not grow the vocabularies
// (a stream of made-up query words would otherwise hold memory for as long as the pools live), so it looks
// its values up (`find`), and one no member has matches nobody.
import { primaryLanguage } from '@mentor-match/core';

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

/** The vocabularies of one set of pools. */
export class Vocabularies {
  readonly countries = new Vocabulary();
  readonly industries = new Vocabulary();
  readonly stages = new Vocabulary();
  readonly zones = new Vocabulary();
  /** Primary language subtags. */
  readonly languages = new Vocabulary();
  readonly topics = new Vocabulary();
  readonly modes = new Vocabulary();
  /** Whitespace-separated words of folded profile text. */
  readonly words = new Vocabulary();
  /** Language tags as members write them, each mapped once to its primary subtag's number. */
  readonly #tags = new Vocabulary();
  readonly #primaryOfTag: number[] = [];

  languageNumber(tag: string): number {
    return (this.#primaryOfTag[this.#tags.id(tag)] ??= this.languages.id(primaryLanguage(tag)));
  }
}

/** The value's number; -1 for none. */
export const numberOrNone = (vocabulary: Vocabulary, value: string | null): number => (value === null ? -1 : vocabulary.id(value));
