// Search candidates as columns: one typed array per value ranking compares (match-features.ts numbers),
// a row per candidate. Ranking 100,000 candidates then reads a few contiguous arrays front to back
// instead of following pointers through 100,000 records scattered over the heap, which is where a
// search's time went (each record a cache miss or several).
//
// A caller that keeps candidates between searches (the server's directory) keeps a CandidatePool and
// changes rows as members change; rankCandidates reads it as it is. Any other iterable of candidates is
// loaded into a RecordPool first, which keeps a row per member record from one search to the next, so
// the same records searched again (MemoryAdapter hands over new candidates for the same records each
// time) cost a lookup and their counts; both are ranked by the same code.
import type { Candidate } from './matching.ts';
import {
  COUNTRIES, IDS, INDUSTRIES, MODES, SIGNATURE_INTS, STAGES, TOPICS, ZONES, languageNumber, numberOrNone, signText, textOf,
  textWords, type Vocabulary,
} from './match-features.ts';
import type { Role } from './schemas/common.ts';
import type { Member, RoleProfile } from './schemas/member.ts';

const numberIn = (vocabulary: Vocabulary) => (value: string) => vocabulary.id(value);
const TOPICS_NUMBER = numberIn(TOPICS);
const MODES_NUMBER = numberIn(MODES);

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
 * Each row's text and its signature (match-features.ts), built on the first text search for a taxonomy's
 * labels, and the text's words (textWords), worked out the first time a row's signature lets a search in.
 */
export class TextColumn {
  readonly labels: ReadonlyMap<string, string>;
  texts: string[] = [];
  words: (Int32Array | undefined)[] = [];
  /** SIGNATURE_INTS per row, integer `i` of row `row` at `i * capacity + row`. */
  signatures: Int32Array;
  #capacity: number;

  constructor(labels: ReadonlyMap<string, string>, capacity: number) {
    this.labels = labels;
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

  /** The row's text words, worked out now if not yet. */
  wordsOf(row: number): Int32Array {
    return (this.words[row] ??= textWords(this.texts[row] as string));
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
 * change (`set`, `delete`), and pass it (or `with(…)`) to rankCandidates as the candidates. It is an
 * Iterable<Candidate> too, so it can go wherever candidates are expected. Rows are in no particular order
 * (removal moves the last row into the gap): ranking orders them.
 */
export class CandidatePool implements Iterable<Candidate> {
  readonly role: Role;
  /** The columns are read by ranking (matching.ts); they are not an API. */
  rows = 0;
  candidates: Candidate[] = [];
  flags: Uint8Array;
  id: Int32Array;
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
  /** Set by a RecordPool: only rows whose `present` is `search` are in the current search. */
  present: Uint32Array | null = null;
  search = 0;
  /** Member id → row, for `set`, `get` and `delete`; a pool only appended to (ranking's own) keeps none. */
  readonly #rowOf: Map<string, number> | null;

  constructor(role: Role, options: { keyed?: boolean } = {}) {
    this.role = role;
    this.#rowOf = options.keyed === false ? null : new Map();
    const capacity = 16;
    this.flags = new Uint8Array(capacity);
    this.id = new Int32Array(capacity);
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
    return this.#rowOf?.get(memberId);
  }

  /** Adds the candidate, or replaces the one with the same member id. */
  set(candidate: Candidate): void {
    const rowOf = this.#keyed();
    let row = rowOf.get(candidate.member.id);
    if (row === undefined) {
      row = this.rows;
      rowOf.set(candidate.member.id, row);
    }
    this.put(row, candidate);
  }

  delete(memberId: string): boolean {
    const rowOf = this.#keyed();
    const row = rowOf.get(memberId);
    if (row === undefined) return false;
    rowOf.delete(memberId);
    const last = this.rows - 1;
    if (row !== last) {
      const moved = this.candidates[last] as Candidate;
      this.#copy(last, row);
      rowOf.set(moved.member.id, row);
    }
    this.text?.pop();
    this.candidates.pop();
    this.rows = last;
    return true;
  }

  /** These candidates instead of the pool's with the same member ids (a viewer's partners, whole). */
  with(replacements: Iterable<Candidate>): PoolWith {
    return new PoolWith(this, replacements);
  }

  [Symbol.iterator](): Iterator<Candidate> {
    return this.candidates.slice(0, this.rows)[Symbol.iterator]();
  }

  /** Writes row `row` (at most one past the last) from the candidate, its member's values as numbers. */
  put(row: number, candidate: Candidate): void {
    if (row >= this.flags.length) this.#grow(2 * this.flags.length);
    const { member } = candidate;
    const profile = member[this.role];
    this.candidates[row] = candidate;
    this.flags[row] = (profile === null ? 0 : ENROLLED) | (member.availability.status === 'participating' ? PARTICIPATING : 0);
    this.id[row] = IDS.id(member.id);
    this.capacity[row] = member.availability.capacity;
    this.activeMentees[row] = candidate.activeMentees;
    this.activeMentors[row] = candidate.activeMentors;
    this.country[row] = numberOrNone(COUNTRIES, member.country);
    this.industry[row] = numberOrNone(INDUSTRIES, member.industry);
    this.stage[row] = numberOrNone(STAGES, member.careerStage);
    this.zone[row] = ZONES.id(member.timeZone);
    this.languages.set(row, member.languages, languageNumber);
    this.topics.set(row, profile?.topics ?? [], TOPICS_NUMBER);
    this.modes.set(row, profile?.meetingModes ?? [], MODES_NUMBER);
    if (this.text !== null) this.text.set(row, this.#textOf(candidate, this.text.labels));
    if (row === this.rows) this.rows += 1;
  }

  /** The text column for these topic labels, built now if missing or built for others. */
  textFor(labels: ReadonlyMap<string, string>): TextColumn {
    if (this.text?.labels !== labels) {
      const text = new TextColumn(labels, this.flags.length);
      for (let row = 0; row < this.rows; row++) text.set(row, this.#textOf(this.candidates[row] as Candidate, labels));
      this.text = text;
    }
    return this.text;
  }

  #textOf({ member }: Candidate, labels: ReadonlyMap<string, string>): string {
    const profile: RoleProfile | null = member[this.role];
    return profile === null ? '' : textOf(member, this.role, profile, labels);
  }

  #keyed(): Map<string, number> {
    if (this.#rowOf === null) throw new Error('This pool is not keyed by member id.');
    return this.#rowOf;
  }

  #copy(from: number, to: number): void {
    this.candidates[to] = this.candidates[from] as Candidate;
    for (const column of [this.flags, this.id, this.capacity, this.activeMentees, this.activeMentors, this.country, this.industry, this.stage, this.zone]) {
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
    this.id = grown(this.id);
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

/** A pool with some of its candidates replaced (CandidatePool.with). */
export class PoolWith implements Iterable<Candidate> {
  readonly pool: CandidatePool;
  readonly replacements: readonly Candidate[];

  constructor(pool: CandidatePool, replacements: Iterable<Candidate>) {
    this.pool = pool;
    this.replacements = [...replacements].filter((c) => pool.get(c.member.id) !== undefined);
  }

  *[Symbol.iterator](): Iterator<Candidate> {
    const byId = new Map(this.replacements.map((c) => [c.member.id, c]));
    for (const candidate of this.pool) yield byId.get(candidate.member.id) ?? candidate;
  }
}

/**
 * Rows for plain candidates (an iterable that is not a pool), one per member record, kept from one search
 * to the next: a record seen again costs a lookup and its counts, not its values numbered again. `load`
 * marks the rows of the candidates given, which are the only ones the search then reads. Rows of records
 * no longer given are dropped once they are half the pool.
 */
export class RecordPool {
  readonly role: Role;
  pool: CandidatePool;
  #rowOf = new WeakMap<Member, number>();

  constructor(role: Role) {
    this.role = role;
    this.pool = this.#fresh();
  }

  load(candidates: Iterable<Candidate>): CandidatePool {
    let { pool } = this;
    if (pool.rows > 1024 && 2 * this.#seen() < pool.rows) pool = this.#compact();
    const search = (pool.search = (pool.search + 1) >>> 0 || 1);
    for (const candidate of candidates) {
      let row = this.#rowOf.get(candidate.member);
      // A record given twice in one search gets a second row.
      if (row === undefined || pool.present?.[row] === search) {
        row = pool.rows;
        pool.put(row, candidate);
        this.#rowOf.set(candidate.member, row);
      } else {
        pool.candidates[row] = candidate;
        pool.activeMentees[row] = candidate.activeMentees;
        pool.activeMentors[row] = candidate.activeMentors;
      }
      if (pool.present === null || row >= pool.present.length) pool.present = grown(pool.present, 2 * pool.flags.length);
      pool.present[row] = search;
    }
    return pool;
  }

  /** Rows in the last search. */
  #seen(): number {
    const { present, search, rows } = this.pool;
    let n = 0;
    for (let row = 0; row < rows; row++) if (present?.[row] === search) n += 1;
    return n;
  }

  #compact(): CandidatePool {
    const old = this.pool;
    this.pool = this.#fresh();
    this.#rowOf = new WeakMap();
    for (let row = 0; row < old.rows; row++) {
      if (old.present?.[row] !== old.search) continue;
      const candidate = old.candidates[row] as Candidate;
      this.#rowOf.set(candidate.member, this.pool.rows);
      this.pool.put(this.pool.rows, candidate);
    }
    this.pool.search = old.search;
    return this.pool;
  }

  #fresh(): CandidatePool {
    return new CandidatePool(this.role, { keyed: false });
  }
}

function grown(array: Uint32Array | null, length: number): Uint32Array {
  const next = new Uint32Array(length);
  if (array !== null) next.set(array);
  return next;
}
