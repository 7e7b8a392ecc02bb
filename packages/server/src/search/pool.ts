// Search candidates as columns: one typed array per value ranking compares (vocabulary.ts numbers), a row
// per candidate. Ranking 100,000 candidates then reads a few contiguous arrays front to back instead of
// following pointers through 100,000 records scattered over the heap, which is where a search's time went
// (each record a cache miss or several). The directory keeps one pool per role and changes rows as members
// change; ranking.ts ranks it.
import { searchText, type Candidate, type Role } from '@mentor-match/core';
import { SIGNATURE_INTS, signText, textWords } from './signature.ts';
import { numberOrNone, type Vocabularies, type Vocabulary } from './vocabulary.ts';

/** Row flags. */
export const ENROLLED = 1;
export const PARTICIPATING = 2;

/** A list of numbers per row (languages, topics, modes): `counts[row]` numbers from `row * stride`. */
export class RowLists {
  stride: number;
  values: Int32Array;
  counts: Uint16Array;

  constructor(capacity: number, stride: number) {
    this.stride = stride;
    this.values = new Int32Array(capacity * stride);
    this.counts = new Uint16Array(capacity);
  }

  /** Sets the row's list to the numbers of these values (each number once): `number` numbers a value. */
  set(row: number, values: readonly string[], number: (value: string) => number): void {
    if (values.length > this.stride) this.#widen(values.length);
    const start = row * this.stride;
    let count = 0;
    for (const value of values) {
      const id = number(value);
      let seen = false;
      for (let i = start; i < start + count && !seen; i++) seen = this.values[i] === id;
      if (!seen) this.values[start + count++] = id;
    }
    this.counts[row] = count;
  }

  /** How many of the row's numbers `answers` holds (1 for a number it holds). */
  count(answers: Uint8Array, row: number): number {
    const start = row * this.stride;
    const end = start + (this.counts[row] as number);
    let n = 0;
    for (let i = start; i < end; i++) n += answers[this.values[i] as number] as number;
    return n;
  }

  /** Does the row hold a number `answers` holds? */
  any(answers: Uint8Array, row: number): boolean {
    const start = row * this.stride;
    const end = start + (this.counts[row] as number);
    for (let i = start; i < end; i++) if (answers[this.values[i] as number] === 1) return true;
    return false;
  }

  has(row: number, n: number): boolean {
    const start = row * this.stride;
    const end = start + (this.counts[row] as number);
    for (let i = start; i < end; i++) if (this.values[i] === n) return true;
    return false;
  }

  copy(from: number, to: number): void {
    const { stride } = this;
    this.values.copyWithin(to * stride, from * stride, from * stride + stride);
    this.counts[to] = this.counts[from] as number;
  }

  grow(capacity: number): void {
    const values = new Int32Array(capacity * this.stride);
    values.set(this.values);
    this.values = values;
    const counts = new Uint16Array(capacity);
    counts.set(this.counts);
    this.counts = counts;
  }

  /** A row needs more room than any before: every row moves to the new stride. */
  #widen(needed: number): void {
    const stride = Math.max(needed, this.stride * 2);
    const rows = this.counts.length;
    const values = new Int32Array(rows * stride);
    for (let row = 0; row < rows; row++) {
      values.set(this.values.subarray(row * this.stride, row * this.stride + (this.counts[row] as number)), row * stride);
    }
    this.stride = stride;
    this.values = values;
  }
}

/**
 * Each row's text (core's searchText, for a taxonomy's labels) and its signature, built on the first text
 * search, and the text's words, worked out the first time a row's signature lets a search in.
 */
export class TextColumn {
  readonly labels: ReadonlyMap<string, string>;
  texts: string[] = [];
  words: (Int32Array | undefined)[] = [];
  /** SIGNATURE_INTS per row, integer `i` of row `row` at `i * capacity + row`. */
  signatures: Int32Array;
  readonly #vocabulary: Vocabulary;
  #capacity: number;

  constructor(labels: ReadonlyMap<string, string>, capacity: number, vocabulary: Vocabulary) {
    this.labels = labels;
    this.#vocabulary = vocabulary;
    this.#capacity = capacity;
    this.signatures = new Int32Array(capacity * SIGNATURE_INTS);
  }

  /** Integers between a row's signature integers. */
  get step(): number {
    return this.#capacity;
  }

  set(row: number, text: string): void {
    this.texts[row] = text;
    this.words[row] = undefined;
    signText(text, this.signatures, row, this.#capacity);
  }

  /** The row's text words (numbers of the pools' `words` vocabulary), worked out now if not yet. */
  wordsOf(row: number): Int32Array {
    return (this.words[row] ??= textWords(this.texts[row] as string, this.#vocabulary));
  }

  copy(from: number, to: number): void {
    this.texts[to] = this.texts[from] as string;
    this.words[to] = this.words[from];
    const { signatures } = this;
    const step = this.#capacity;
    for (let i = 0; i < SIGNATURE_INTS; i++) signatures[i * step + to] = signatures[i * step + from] as number;
  }

  /** The last row is gone. */
  pop(): void {
    this.texts.pop();
    this.words.length = this.texts.length;
  }

  grow(capacity: number): void {
    const signatures = new Int32Array(capacity * SIGNATURE_INTS);
    const step = this.#capacity;
    for (let i = 0; i < SIGNATURE_INTS; i++) signatures.set(this.signatures.subarray(i * step, (i + 1) * step), i * capacity);
    this.signatures = signatures;
    this.#capacity = capacity;
  }
}

/**
 * Candidates for searches in one role, as columns ranking reads: keep one, change its rows as members
 * change (`set`, `delete`). Rows are in no particular order (removal moves the last row into the gap):
 * ranking orders them. It is an Iterable<Candidate> too, the candidates as a plain list.
 */
export class CandidatePool implements Iterable<Candidate> {
  readonly role: Role;
  readonly vocabularies: Vocabularies;
  /** The columns are read by ranking (ranking.ts); they are not an API. */
  rows = 0;
  candidates: Candidate[] = [];
  flags: Uint8Array;
  capacity: Int32Array;
  activeMentees: Int32Array;
  activeMentors: Int32Array;
  country: Int32Array;
  industry: Int32Array;
  stage: Int32Array;
  zone: Int32Array;
  languages: RowLists;
  topics: RowLists;
  modes: RowLists;
  text: TextColumn | null = null;
  /** Member id → row. */
  readonly #rowOf = new Map<string, number>();

  /** `vocabularies` number the values; pools that are searched together may share them. */
  constructor(role: Role, vocabularies: Vocabularies) {
    this.role = role;
    this.vocabularies = vocabularies;
    const capacity = 16;
    this.flags = new Uint8Array(capacity);
    this.capacity = new Int32Array(capacity);
    this.activeMentees = new Int32Array(capacity);
    this.activeMentors = new Int32Array(capacity);
    this.country = new Int32Array(capacity);
    this.industry = new Int32Array(capacity);
    this.stage = new Int32Array(capacity);
    this.zone = new Int32Array(capacity);
    this.languages = new RowLists(capacity, 4);
    this.topics = new RowLists(capacity, 8);
    this.modes = new RowLists(capacity, 4);
  }

  get size(): number {
    return this.rows;
  }

  get(memberId: string): Candidate | undefined {
    const row = this.rowOf(memberId);
    return row === undefined ? undefined : this.candidates[row];
  }

  rowOf(memberId: string): number | undefined {
    return this.#rowOf.get(memberId);
  }

  /** Adds the candidate, or replaces the one with the same member id. */
  set(candidate: Candidate): void {
    let row = this.#rowOf.get(candidate.member.id);
    if (row === undefined) {
      row = this.rows;
      this.#rowOf.set(candidate.member.id, row);
    }
    this.#put(row, candidate);
  }

  delete(memberId: string): boolean {
    const row = this.#rowOf.get(memberId);
    if (row === undefined) return false;
    this.#rowOf.delete(memberId);
    const last = this.rows - 1;
    if (row !== last) {
      const moved = this.candidates[last] as Candidate;
      this.#copy(last, row);
      this.#rowOf.set(moved.member.id, row);
    }
    this.text?.pop();
    this.candidates.pop();
    this.rows = last;
    return true;
  }

  [Symbol.iterator](): Iterator<Candidate> {
    return this.candidates.slice(0, this.rows)[Symbol.iterator]();
  }

  /** The text column for these topic labels, built now if missing or built for others. */
  textFor(labels: ReadonlyMap<string, string>): TextColumn {
    if (this.text?.labels !== labels) {
      const text = new TextColumn(labels, this.flags.length, this.vocabularies.words);
      for (let row = 0; row < this.rows; row++) text.set(row, searchText((this.candidates[row] as Candidate).member, this.role, labels));
      this.text = text;
    }
    return this.text;
  }

  /** Writes row `row` (at most one past the last) from the candidate, its member's values as numbers. */
  #put(row: number, candidate: Candidate): void {
    if (row >= this.flags.length) this.#grow(2 * this.flags.length);
    const { member } = candidate;
    const profile = member[this.role];
    const v = this.vocabularies;
    this.candidates[row] = candidate;
    this.flags[row] = (profile === null ? 0 : ENROLLED) | (member.availability.status === 'participating' ? PARTICIPATING : 0);
    this.capacity[row] = member.availability.capacity;
    this.activeMentees[row] = candidate.activeMentees;
    this.activeMentors[row] = candidate.activeMentors;
    this.country[row] = numberOrNone(v.countries, member.country);
    this.industry[row] = numberOrNone(v.industries, member.industry);
    this.stage[row] = numberOrNone(v.stages, member.careerStage);
    this.zone[row] = v.zones.id(member.timeZone);
    this.languages.set(row, member.languages, (tag) => v.languageNumber(tag));
    this.topics.set(row, profile?.topics ?? [], (topic) => v.topics.id(topic));
    this.modes.set(row, profile?.meetingModes ?? [], (mode) => v.modes.id(mode));
    if (this.text !== null) this.text.set(row, searchText(member, this.role, this.text.labels));
    if (row === this.rows) this.rows += 1;
  }

  #copy(from: number, to: number): void {
    this.candidates[to] = this.candidates[from] as Candidate;
    for (const column of [this.flags, this.capacity, this.activeMentees, this.activeMentors, this.country, this.industry, this.stage, this.zone]) {
      column[to] = column[from] as number;
    }
    this.languages.copy(from, to);
    this.topics.copy(from, to);
    this.modes.copy(from, to);
    this.text?.copy(from, to);
  }

  #grow(capacity: number): void {
    const grown = <T extends Uint8Array | Int32Array>(column: T): T => {
      const next = new (column.constructor as new (length: number) => T)(capacity);
      next.set(column);
      return next;
    };
    this.flags = grown(this.flags);
    this.capacity = grown(this.capacity);
    this.activeMentees = grown(this.activeMentees);
    this.activeMentors = grown(this.activeMentors);
    this.country = grown(this.country);
    this.industry = grown(this.industry);
    this.stage = grown(this.stage);
    this.zone = grown(this.zone);
    this.languages.grow(capacity);
    this.topics.grow(capacity);
    this.modes.grow(capacity);
    this.text?.grow(capacity);
  }
}
