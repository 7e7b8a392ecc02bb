// The server's search engine: ranks a CandidatePool (pool.ts) and returns exactly what core's reference,
// rankCandidates, returns for the same candidates as a plain list (the property test in
// test/search-engine.node.test.ts checks pages, order, scores, reasons and totals over thousands of generated
// rosters and queries). It uses core's own Search for everything but the loop over candidates (the seeker,
// which criteria and parts apply, the best k, the page and its reasons) and only replaces that loop: each
// criterion and part of the score read from the columns, the viewer's side turned once per search into
// answers per vocabulary number (e.g. which language numbers the seeker speaks), so a candidate costs a few
// array reads; and a bound that gives up on a candidate as soon as the parts left could not lift it among the
// best k, so most of 100,000 candidates are out of the running after a part or two.
//
// A criterion or part without a column version below runs core's test or score on the row's record (prepared
// by core's prepareMember, once per row and search): a new
// criterion works here as soon as core has it, and is made fast by adding it to COLUMN_CRITERIA (or
// COLUMN_PARTS), which the property test then holds to the reference.
import {
  Search, placesLeft, primaryLanguage, stageRelation, stageScore, timeZoneScore, type Candidate, type CriterionName,
  type CriterionTest, type MatchWeights, type PreparedMember, type PreparedProfile, type RankInput, type RankResult,
  type RankingIndex, type ScorePart, type SearchQuery, type Seeker,
} from '@mentor-match/core';
import { searchWords } from '@mentor-match/core/fold';
import { ENROLLED, PARTICIPATING, type CandidatePool } from './pool.ts';
import { signatureNeeds } from './signature.ts';
import { NONE, type Vocabularies, type Vocabulary } from './vocabulary.ts';

/** The seeker's side as answers per number of the pools' vocabularies, worked out once per search. */
interface Answers {
  wantsTopic: Uint8Array;
  industry: number;
  /** s of the career-stage part per stage. */
  stageScores: Float64Array;
  speaks: Uint8Array;
  /** UTC offsets at the search's instant per zone (NaN for an unknown zone). */
  zoneOffsets: Float64Array;
  meetsBy: Uint8Array;
}

/** 1 for the numbers of the words the test holds. */
function answersOf(vocabulary: Vocabulary, test: (word: string) => boolean): Uint8Array {
  const out = new Uint8Array(vocabulary.size);
  for (let id = 0; id < out.length; id++) if (test(vocabulary.words[id] as string)) out[id] = 1;
  return out;
}

function answersFor(v: Vocabularies, seeker: Seeker): Answers {
  return {
    wantsTopic: answersOf(v.topics, (topic) => seeker.topics.includes(topic)),
    industry: seeker.industry === null ? NONE : v.industries.find(seeker.industry),
    stageScores: Float64Array.from(v.stages.words, (id) => stageScore(seeker, stageRelation(seeker, seeker.taxonomy.stages.get(id) ?? null))),
    speaks: answersOf(v.languages, (primary) => seeker.languages.has(primary)),
    zoneOffsets: Float64Array.from(v.zones.words, (zone) => seeker.offsetOf(zone)),
    meetsBy: answersOf(v.modes, (mode) => (seeker.modes as readonly string[]).includes(mode)),
  };
}

interface Context {
  seeker: Seeker;
  pool: CandidatePool;
  answers: Answers;
  /** The row's candidate prepared (core's prepareMember), for core's record versions of criteria and parts. */
  prepared(row: number): [PreparedMember, PreparedProfile];
}

type RowTest = (row: number) => boolean;
type RowScore = (row: number) => number;

/** Column versions of core's criteria (CRITERIA), asked for only when the query gives the criterion. */
export type ColumnCriteria = { readonly [K in CriterionName]?: (query: SearchQuery, context: Context) => RowTest };
/** Column versions of core's score parts (SCORE_PARTS), by weight, asked for only when the part applies. */
export type ColumnParts = { readonly [K in keyof MatchWeights]?: (context: Context) => RowScore };

export const COLUMN_CRITERIA: ColumnCriteria = {
  country({ country }, { pool }) {
    const wanted = pool.vocabularies.countries.find(country as string);
    return (row) => pool.country[row] === wanted;
  },
  industry({ industry }, { pool }) {
    const wanted = pool.vocabularies.industries.find(industry as string);
    return (row) => pool.industry[row] === wanted;
  },
  careerStage({ careerStage }, { pool }) {
    const wanted = pool.vocabularies.stages.find(careerStage as string);
    return (row) => pool.stage[row] === wanted;
  },
  language({ language }, { pool }) {
    const primary = primaryLanguage(language as string);
    const wanted = answersOf(pool.vocabularies.languages, (spoken) => spoken === primary);
    return (row) => pool.languages.any(wanted, row);
  },
  meetingMode({ meetingMode }, { pool }) {
    const wanted = pool.vocabularies.modes.find(meetingMode as string);
    return (row) => pool.modes.has(row, wanted);
  },
  topics({ topics = [] }, { pool }) {
    const wanted = answersOf(pool.vocabularies.topics, (topic) => topics.includes(topic));
    return (row) => pool.topics.any(wanted, row);
  },
  maxHoursApart({ maxHoursApart }, { seeker, pool, answers }) {
    const from = seeker.offset as number;
    const max = maxHoursApart as number;
    return (row) => Math.abs((answers.zoneOffsets[pool.zone[row] as number] as number) - from) <= max;
  },
  text: ({ text }, { seeker, pool }) => textTest(pool, seeker, searchWords(text)),
};

export const COLUMN_PARTS: ColumnParts = {
  topics({ seeker, pool, answers }) {
    const wanted = seeker.topics.length;
    // Each number is in a row once, so this counts the topics shared, as core does.
    return (row) => Math.min(1, pool.topics.count(answers.wantsTopic, row) / wanted);
  },
  industry: ({ pool, answers }) => (row) => (pool.industry[row] === answers.industry ? 1 : 0),
  careerStage({ pool, answers }) {
    return (row) => {
      const stage = pool.stage[row] as number;
      return stage < 0 ? 0 : (answers.stageScores[stage] as number);
    };
  },
  language: ({ pool, answers }) => (row) => (pool.languages.any(answers.speaks, row) ? 1 : 0),
  timeZone({ seeker, pool, answers }) {
    const from = seeker.offset as number;
    return (row) => timeZoneScore(Math.abs((answers.zoneOffsets[pool.zone[row] as number] as number) - from));
  },
  meetingMode: ({ pool, answers }) => (row) => (pool.modes.any(answers.meetsBy, row) ? 1 : 0),
};

/**
 * Does the row's text hold every search word? Its signature first (signature.ts): most rows fail there.
 * Then its words: each word of the vocabulary is checked once per search and the answer kept (0 not asked
 * yet, 1 holds the search word, 2 does not).
 */
function textTest(pool: CandidatePool, seeker: Seeker, words: string[]): RowTest {
  const text = pool.textFor(seeker.taxonomy.topics);
  const vocabulary = pool.vocabularies.words;
  const wanted = words.map((word) => ({ word, needs: signatureNeeds(word), holds: new Uint8Array(vocabulary.size) }));
  return (row) => {
    const { signatures, step } = text;
    for (const { needs } of wanted) {
      for (let i = 0; i < needs.length; i += 2) {
        const mask = needs[i + 1] as number;
        if (((signatures[(needs[i] as number) * step + row] as number) & mask) !== mask) return false;
      }
    }
    const ids = text.wordsOf(row);
    for (const { word, holds } of wanted) {
      let found = false;
      for (let i = 0; i < ids.length && !found; i++) {
        const id = ids[i] as number;
        // A number handed out during this search (a row's words seen for the first time) is past `holds`.
        let answer = id < holds.length ? (holds[id] as number) : 0;
        if (answer === 0) {
          answer = (vocabulary.words[id] as string).includes(word) ? 1 : 2;
          if (id < holds.length) holds[id] = answer;
        }
        found = answer === 1;
      }
      if (!found) return false;
    }
    return true;
  };
}

/** What the engine reads from the columns; tests may hand it less, to run core's record versions. */
export interface Columns {
  criteria: ColumnCriteria;
  parts: ColumnParts;
}

const COLUMNS: Columns = { criteria: COLUMN_CRITERIA, parts: COLUMN_PARTS };

/**
 * The score of a row, added up in core's order (so it rounds the same), or -1 as soon as the parts left
 * (each adds at most its weight) could not lift it to `floor`.
 */
function rowScorer(context: Context, columns: Columns): (row: number, floor: number) => number {
  const { seeker } = context;
  const parts = seeker.parts.map(({ part, weight }) => ({ weight, score: columns.parts[part.weight]?.(context) ?? recordScore(part) }));
  const rest = parts.map((_, i) => parts.slice(i + 1).reduce((sum, p) => sum + p.weight, 0));
  const { totalWeight } = seeker;
  const inverse = 1 / totalWeight;
  function recordScore(part: ScorePart): RowScore {
    return (row) => part.score(seeker, ...context.prepared(row));
  }
  return (row, floor) => {
    if (totalWeight === 0) return 0;
    let sum = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as (typeof parts)[number];
      sum += part.weight * part.score(row);
      if ((sum + (rest[i] as number)) * inverse < floor) return -1;
    }
    return Math.min(1, sum / totalWeight);
  };
}

/**
 * Ranks the pool, with `replacements` (candidates of the pool, as the viewer sees them: partners whole) in
 * place of the rows with their member ids.
 */
export function rankPool(pool: CandidatePool, replacements: readonly Candidate[], input: Omit<RankInput, 'candidates'>, columns = COLUMNS): RankResult {
  const search = new Search(input);
  const { seeker } = search;
  if (seeker.role !== pool.role) {
    // Not what the pool is for: the reference, over the same candidates.
    for (const candidate of new PoolIndex(pool, replacements)) search.consider(candidate);
    return search.result();
  }
  const preparedRows: PreparedMember[] = [];
  const context: Context = {
    seeker,
    pool,
    answers: answersFor(pool.vocabularies, seeker),
    prepared(row) {
      const member = (preparedRows[row] ??= search.prepared(pool.candidates[row] as Candidate));
      return [member, member[pool.role] as PreparedProfile];
    },
  };
  const tests: RowTest[] = search.criteria.map(({ name, test }) => columns.criteria[name]?.(input.query, context) ?? recordTest(test));
  function recordTest(test: CriterionTest): RowTest {
    return (row) => test(...context.prepared(row));
  }
  const score = rowScorer(context, columns);
  const { flags, capacity, activeMentees, activeMentors, role } = pool;
  const { settings } = input;
  const available = ENROLLED | PARTICIPATING;

  const scanRows = (from: number, to: number) => {
    rows: for (let row = from; row < to; row++) {
      if (((flags[row] as number) & available) !== available) continue;
      const places = placesLeft(role, capacity[row] as number, activeMentees[row] as number, activeMentors[row] as number, settings);
      if (places <= 0) continue;
      for (let t = 0; t < tests.length; t++) if (!(tests[t] as RowTest)(row)) continue rows;
      search.total += 1;
      const s = score(row, search.best.floor);
      if (s >= 0) search.best.offer(pool.candidates[row] as Candidate, s, places);
    }
  };
  // The viewer's row and the replaced rows are skipped; replacements are considered from their records.
  const skipped = new Set(replacements.map((c) => c.member.id));
  if (seeker.viewerId !== null) skipped.add(seeker.viewerId);
  const skip = [...skipped].flatMap((id) => pool.rowOf(id) ?? []).sort((a, b) => a - b);
  let from = 0;
  for (const to of [...skip, pool.rows]) {
    scanRows(from, to);
    from = to + 1;
  }
  for (const candidate of replacements) search.consider(candidate);
  return search.result();
}

/**
 * A pool as core's RankingIndex: rankCandidates given one hands the search to rankPool. With replacements,
 * some of its candidates are replaced by others with the same member ids (a viewer's partners, whole).
 */
export class PoolIndex implements RankingIndex {
  readonly pool: CandidatePool;
  readonly replacements: readonly Candidate[];

  constructor(pool: CandidatePool, replacements: Iterable<Candidate> = []) {
    this.pool = pool;
    // One per member id (the last given), as iterating yields them.
    const byId = new Map([...replacements].map((c) => [c.member.id, c]));
    this.replacements = [...byId.values()].filter((c) => pool.get(c.member.id) !== undefined);
  }

  rank(input: Omit<RankInput, 'candidates'>): RankResult {
    return rankPool(this.pool, this.replacements, input);
  }

  *[Symbol.iterator](): Iterator<Candidate> {
    const byId = new Map(this.replacements.map((c) => [c.member.id, c]));
    for (const candidate of this.pool) yield byId.get(candidate.member.id) ?? candidate;
  }
}
