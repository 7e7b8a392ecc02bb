// Ids for the seeded roster: the same for a seed, so the demo and the tests reproduce, but not guessable from
// one another. Each is a 64-bit hash of the seed, the kind of record and its place in the roster: knowing
// one member's or mentorship's id tells nothing of the next one's (sequential ids would let anyone walk the
// program one id at a time). Not a secret from someone who holds the seed, which only a demo publishes.

/** MurmurHash3's finaliser: a bijection on 32 bits in which every input bit changes half the output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32 bits from the words, in order, starting from `lane`: each word is mixed in before the next. */
function hash32(lane: number, words: readonly number[]): number {
  let h = fmix32(lane);
  for (const word of words) h = fmix32((h ^ fmix32((word + 0x9e3779b9) >>> 0)) + 0x7f4a7c15);
  return h;
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** Makes the ids of one roster: `m-` or `ms-` and 16 hexadecimal digits, never the same one twice. */
export class RosterIds {
  readonly #seed: number;
  readonly #given = new Set<string>();

  constructor(seed: number) {
    this.#seed = seed >>> 0;
  }

  /** The id of the `index`-th member (from 0). */
  member(index: number): string {
    return this.#id('m', 1, index);
  }

  /** The id of the `index`-th mentorship (from 0). */
  mentorship(index: number): string {
    return this.#id('ms', 2, index);
  }

  /** The id of the `index`-th concern (from 0). */
  concern(index: number): string {
    return this.#id('c', 3, index);
  }

  /** The id of the `index`-th cohort (from 0). */
  cohort(index: number): string {
    return this.#id('cohort', 4, index);
  }

  #id(prefix: string, kind: number, index: number): string {
    // A collision (about one in 2^64 per pair) takes the next attempt, so every id stays unique and stable.
    for (let attempt = 0; ; attempt++) {
      const words = [this.#seed, kind, index, attempt];
      const id = `${prefix}-${hex8(hash32(0x243f6a88, words))}${hex8(hash32(0xb7e15162, words))}`;
      if (!this.#given.has(id)) {
        this.#given.add(id);
        return id;
      }
    }
  }
}
