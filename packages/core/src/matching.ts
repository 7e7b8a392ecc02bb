// Match scoring and search ranking: one pure module, shared by MemoryAdapter and the server.
//
// A search keeps the candidates that are available (enrolled in the role sought, participating, not
// full, not the viewer) and meet every criterion given, scores each against the seeker, and returns one
// page, best first. The seeker is the viewer's profile in the other role (someone finding mentors is
// looking as a mentee) plus the query's criteria; a part of the score the seeker has no data for, or
// whose weight is zero, is left out, so a member with a sparse profile still gets a meaningful ranking.
//
// Candidates are ranked as rows of a CandidatePool (match-pool.ts): their values as numbers
// (match-features.ts) in typed arrays, read front to back. The seeker side turns into per-number answers
// once per search (e.g. an array saying which language numbers the seeker speaks), so scoring a
// candidate is a few array reads. Reasons are worked out from the records, for the returned page only.
import { searchWords } from './fold.ts';
import { placesLeft } from './request-guards.ts';
import {
  COUNTRIES, IDS, INDUSTRIES, LANGUAGES, MODES, NONE, STAGES, TOPICS, WORDS, ZONES,
  primaryLanguage, trigramBits, type Vocabulary,
} from './match-features.ts';
import { CandidatePool, ENROLLED, PARTICIPATING, PoolWith, RecordPool, type RowLists, type TextColumn } from './match-pool.ts';
import { offsetOrNaN } from './time-zone.ts';
import { MEETING_MODES, type Role } from './schemas/common.ts';
import type { Member, RoleProfile } from './schemas/member.ts';
import { roleSought, seekerRoleFor, type Find, type MatchReason, type SearchQuery } from './schemas/search.ts';
import type { CareerStage, MatchWeights, ProgramSettings } from './schemas/settings.ts';

export { hoursApart, utcOffsetHours } from './time-zone.ts';
export { CandidatePool } from './match-pool.ts';

/** A member with the counts search needs to leave out full members. */
export interface Candidate {
  member: Member;
  /** Active mentees (as mentor). */
  activeMentees: number;
  /** Active mentors (as mentee). */
  activeMentors: number;
}

export interface Match {
  score: number;
  reasons: MatchReason[];
}

export interface RankedCandidate extends Match {
  candidate: Candidate;
}

export interface RankInput {
  /** Any iterable; a CandidatePool (or `pool.with(…)`) for the role sought is ranked without copying. */
  candidates: Iterable<Candidate>;
  /** The searching member; null when not enrolled, then only the criteria count. */
  viewer: Member | null;
  query: SearchQuery;
  settings: ProgramSettings;
  now: Date;
}

/** The page size when the query does not give one. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** A time-zone reason is given only for members this close: further apart it is not a selling point. */
const TIME_ZONE_REASON_MAX_HOURS = 3;

/** Places left in the role: a mentor's capacity, or the program's limit of mentors per mentee. */
export function openPlaces(candidate: Candidate, role: Role, settings: ProgramSettings): number {
  return placesLeft(role, candidate.member.availability.capacity, candidate.activeMentees, candidate.activeMentors, settings);
}


/** Open places in `role` if the candidate can be found in it at all (enrolled, participating), else 0. */
export function availablePlaces(candidate: Candidate, role: Role, settings: ProgramSettings): number {
  const { member } = candidate;
  if (member[role] === null || member.availability.status !== 'participating') return 0;
  return Math.max(0, openPlaces(candidate, role, settings));
}

/** Can this candidate be found in `role`: enrolled, participating and not full? */
export const isAvailable = (candidate: Candidate, role: Role, settings: ProgramSettings): boolean =>
  availablePlaces(candidate, role, settings) > 0;

/** availablePlaces for a pool's row (the same rule, from the columns). */
function rowPlaces(pool: CandidatePool, row: number, settings: ProgramSettings): number {
  if (((pool.flags[row] as number) & (ENROLLED | PARTICIPATING)) !== (ENROLLED | PARTICIPATING)) return 0;
  return Math.max(0, placesLeft(pool.role, pool.capacity[row] as number, pool.activeMentees[row] as number, pool.activeMentors[row] as number, settings));
}

// ---------------------------------------------------------------------------------------------
// Program taxonomy, looked up by id. Settings objects are replaced, not mutated, so caching per
// object is safe and saves rebuilding maps on every search.

interface Taxonomy {
  topics: Map<string, string>;
  industries: Map<string, string>;
  stages: Map<string, CareerStage>;
}

const taxonomies = new WeakMap<ProgramSettings, Taxonomy>();

function taxonomyOf(settings: ProgramSettings): Taxonomy {
  let taxonomy = taxonomies.get(settings);
  if (taxonomy === undefined) {
    taxonomy = {
      topics: new Map(settings.topics.map((t) => [t.id, t.label])),
      industries: new Map(settings.industries.map((t) => [t.id, t.label])),
      stages: new Map(settings.careerStages.map((s) => [s.id, s])),
    };
    taxonomies.set(settings, taxonomy);
  }
  return taxonomy;
}

// ---------------------------------------------------------------------------------------------
// The seeker side, prepared once per search, after the rows it is compared with exist: its answers
// cover every number handed out so far.

interface Seeker {
  /** The role candidates are found in. */
  role: Role;
  taxonomy: Taxonomy;
  /** Topics wanted: the query's first, then the seeker's profile, without repeats. */
  topics: string[];
  industry: string | null;
  stage: CareerStage | null;
  /** Primary language subtags. */
  languages: string[];
  /** The seeker's UTC offset in hours now, or null without a (known) time zone. */
  offset: number | null;
  modes: string[];
  /** The viewer's IDS number (NONE without a viewer). */
  viewer: number;
  /** The parts that apply, with their weights, in PARTS order; the score's denominator is their sum. */
  parts: { part: Part; weight: number; index: number }[];
  totalWeight: number;
  /** Each part's weight (by its index in PARTS) when it applies, else 0. */
  weights: number[];
  /** The weights of the parts that apply after each part (by index): what they could still add. */
  rest: number[];
  inverseWeight: number;
  // Answers per number.
  wantsTopic: Uint8Array;
  industryNumber: number;
  /** s of the career-stage part per stage. */
  stageScores: Float64Array;
  speaksLanguage: Uint8Array;
  /** UTC offsets at the search's `now` per zone (NaN for an unknown zone). */
  zoneOffsets: Float64Array;
  meetsBy: Uint8Array;
}

/** 1 for the numbers of the words the test holds. */
function answers(vocabulary: Vocabulary, test: (word: string) => boolean): Uint8Array {
  const out = new Uint8Array(vocabulary.size);
  for (let id = 0; id < out.length; id++) if (test(vocabulary.words[id] as string)) out[id] = 1;
  return out;
}

function prepareSeeker(viewer: Member | null, query: Partial<SearchQuery> & { find: Find }, settings: ProgramSettings, now: Date): Seeker {
  const taxonomy = taxonomyOf(settings);
  const profile = viewer?.[seekerRoleFor(query.find)] ?? null;
  const offset = viewer ? offsetOrNaN(viewer.timeZone, now) : Number.NaN;
  const topics = unique([...(query.topics ?? []), ...(profile?.topics ?? [])]);
  const industry = query.industry ?? viewer?.industry ?? null;
  const languages = unique([...(query.language ? [query.language] : []), ...(viewer?.languages ?? [])].map(primaryLanguage));
  const modes: string[] = unique([...(query.meetingMode ? [query.meetingMode] : []), ...(profile?.meetingModes ?? [])]);
  const stageScores = new Float64Array(STAGES.size);
  const seeker: Seeker = {
    role: roleSought(query.find),
    taxonomy,
    topics,
    industry,
    stage: (viewer?.careerStage && taxonomy.stages.get(viewer.careerStage)) || null,
    languages,
    offset: Number.isNaN(offset) ? null : offset,
    modes,
    viewer: viewer ? IDS.find(viewer.id) : NONE,
    parts: [],
    totalWeight: 0,
    weights: PARTS.map(() => 0),
    rest: PARTS.map(() => 0),
    inverseWeight: 0,
    wantsTopic: answers(TOPICS, (id) => topics.includes(id)),
    industryNumber: industry === null ? NONE : INDUSTRIES.find(industry),
    stageScores,
    speaksLanguage: answers(LANGUAGES, (primary) => languages.includes(primary)),
    zoneOffsets: Float64Array.from(ZONES.words, (zone) => offsetOrNaN(zone, now)),
    meetsBy: answers(MODES, (mode) => modes.includes(mode)),
  };
  STAGES.words.forEach((id, n) => (stageScores[n] = stageMatch(seeker, id)?.s ?? 0));
  PARTS.forEach((part, index) => {
    const weight = settings.matchWeights[part.weight];
    if (weight > 0 && part.applies(seeker)) {
      seeker.parts.push({ part, weight, index });
      seeker.totalWeight += weight;
      seeker.weights[index] = weight;
    }
  });
  seeker.weights.forEach((weight, index) => {
    for (let before = 0; before < index; before++) (seeker.rest[before] as number) += weight;
  });
  seeker.inverseWeight = 1 / seeker.totalWeight;
  return seeker;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** How many of the row's numbers the answers hold (each number is in a row once). */
function countIn(answers: Uint8Array, lists: RowLists, row: number): number {
  const start = row * lists.stride;
  const end = start + (lists.counts[row] as number);
  const values = lists.values;
  let n = 0;
  for (let i = start; i < end; i++) n += answers[values[i] as number] as number;
  return n;
}

function anyIn(answers: Uint8Array, lists: RowLists, row: number): boolean {
  const start = row * lists.stride;
  const end = start + (lists.counts[row] as number);
  const values = lists.values;
  for (let i = start; i < end; i++) if (answers[values[i] as number] === 1) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The parts of a score. Each gives s in [0, 1] for one row, run for every candidate, and the reason
// it contributes when s > 0, from the records, asked only for the page that is returned, so ranking
// 100,000 members builds no reason objects.

interface Part {
  weight: keyof MatchWeights;
  /** Does the seeker side have data for this part? */
  applies(seeker: Seeker): boolean;
  score(seeker: Seeker, pool: CandidatePool, row: number): number;
  /** Why s > 0 (null when that is no selling point). */
  reason(seeker: Seeker, member: Member, profile: RoleProfile): MatchReason | null;
}

const topicsPart: Part = {
  weight: 'topics',
  applies: (seeker) => seeker.topics.length > 0,
  // Shared topics counted by the candidate's distinct topics: the same count as by the seeker's.
  score: (seeker, pool, row) => Math.min(1, countIn(seeker.wantsTopic, pool.topics, row) / seeker.topics.length),
  reason(seeker, _member, profile) {
    const topics = seeker.topics.filter((topic) => profile.topics.includes(topic));
    return { kind: 'topics', topics: topics.map((id) => ({ id, label: seeker.taxonomy.topics.get(id) ?? id })) };
  },
};

const industryPart: Part = {
  weight: 'industry',
  applies: (seeker) => seeker.industry !== null,
  score: (seeker, pool, row) => (pool.industry[row] === seeker.industryNumber ? 1 : 0),
  reason(seeker, member) {
    const id = member.industry as string;
    return { kind: 'industry', industry: { id, label: seeker.taxonomy.industries.get(id) ?? id } };
  },
};

/**
 * Finding mentors, someone further along is best and a peer is half as good; finding mentees, it is
 * the other way round. A stage the program does not list counts as no match.
 */
function stageMatch(seeker: Seeker, id: string) {
  const stage = seeker.taxonomy.stages.get(id);
  if (stage === undefined || seeker.stage === null) return null;
  const relation: 'more-experienced' | 'same' | 'less-experienced' =
    stage.rank > seeker.stage.rank ? 'more-experienced' : stage.rank === seeker.stage.rank ? 'same' : 'less-experienced';
  const wanted = seeker.role === 'mentor' ? 'more-experienced' : 'less-experienced';
  return { stage, relation, s: relation === wanted ? 1 : relation === 'same' ? 0.5 : 0 };
}

const careerStagePart: Part = {
  weight: 'careerStage',
  applies: (seeker) => seeker.stage !== null,
  score(seeker, pool, row) {
    const stage = pool.stage[row] as number;
    return stage < 0 ? 0 : (seeker.stageScores[stage] as number);
  },
  reason(seeker, member) {
    const { stage, relation } = stageMatch(seeker, member.careerStage as string) as NonNullable<ReturnType<typeof stageMatch>>;
    return { kind: 'career-stage', stage: { id: stage.id, label: stage.label }, relation };
  },
};

const languagePart: Part = {
  weight: 'language',
  applies: (seeker) => seeker.languages.length > 0,
  score: (seeker, pool, row) => (anyIn(seeker.speaksLanguage, pool.languages, row) ? 1 : 0),
  reason: (seeker, member) => ({
    kind: 'languages',
    languages: unique(member.languages.filter((tag) => seeker.languages.includes(primaryLanguage(tag)))),
  }),
};

/** Hours between the zone (a ZONES number) and the seeker's, NaN when either is unknown. */
const hoursApartFrom = (seeker: Seeker, zone: number): number => Math.abs((seeker.zoneOffsets[zone] as number) - (seeker.offset ?? Number.NaN));

const timeZonePart: Part = {
  weight: 'timeZone',
  applies: (seeker) => seeker.offset !== null,
  score(seeker, pool, row) {
    const hours = hoursApartFrom(seeker, pool.zone[row] as number);
    return Number.isNaN(hours) ? 0 : 1 - Math.min(hours, 12) / 12;
  },
  reason(seeker, member) {
    const hours = hoursApartFrom(seeker, ZONES.find(member.timeZone));
    return hours <= TIME_ZONE_REASON_MAX_HOURS ? { kind: 'time-zone', hoursApart: Math.round(hours * 2) / 2 } : null;
  },
};

const meetingModePart: Part = {
  weight: 'meetingMode',
  applies: (seeker) => seeker.modes.length > 0,
  score: (seeker, pool, row) => (anyIn(seeker.meetsBy, pool.modes, row) ? 1 : 0),
  // In the canonical order (email, phone, video, in person), so reasons read the same for everyone.
  reason: (seeker, _member, profile) => ({
    kind: 'meeting-modes',
    modes: MEETING_MODES.filter((mode) => seeker.modes.includes(mode) && profile.meetingModes.includes(mode)),
  }),
};

/** In this order reasons of equal strength are listed, and a score's parts are added up. */
const PARTS: readonly Part[] = [topicsPart, industryPart, careerStagePart, languagePart, timeZonePart, meetingModePart];

/** How far below the k-th best score a bound must be to give up on a candidate: far more than rounding. */
const BOUND_MARGIN = 1e-9;

/**
 * The score: each part that applies, weighted, added up in PARTS order (so the sum rounds the same way
 * everywhere). Written out part by part rather than as a loop over PARTS: this runs for every candidate,
 * and direct calls are inlined where calls through the list could not be.
 *
 * With a `floor` (the k-th best score so far, less a margin), it gives up as soon as the parts left
 * could not lift the score to it (each part adds at most its weight) and returns -1: most of 100,000
 * candidates are out of the running after the first part or two.
 */
function score(seeker: Seeker, pool: CandidatePool, row: number, floor = Number.NEGATIVE_INFINITY): number {
  if (seeker.totalWeight === 0) return 0;
  const w = seeker.weights as [number, number, number, number, number, number];
  const rest = seeker.rest as [number, number, number, number, number, number];
  const inverse = seeker.inverseWeight;
  let sum = 0;
  if (w[0] > 0) {
    sum += w[0] * topicsPart.score(seeker, pool, row);
    if ((sum + rest[0]) * inverse < floor) return -1;
  }
  if (w[1] > 0) {
    sum += w[1] * industryPart.score(seeker, pool, row);
    if ((sum + rest[1]) * inverse < floor) return -1;
  }
  if (w[2] > 0) {
    sum += w[2] * careerStagePart.score(seeker, pool, row);
    if ((sum + rest[2]) * inverse < floor) return -1;
  }
  if (w[3] > 0) {
    sum += w[3] * languagePart.score(seeker, pool, row);
    if ((sum + rest[3]) * inverse < floor) return -1;
  }
  if (w[4] > 0) {
    sum += w[4] * timeZonePart.score(seeker, pool, row);
    if ((sum + rest[4]) * inverse < floor) return -1;
  }
  if (w[5] > 0) sum += w[5] * meetingModePart.score(seeker, pool, row);
  return Math.min(1, sum / seeker.totalWeight);
}

/** The row's score with its reasons, strongest contribution first. */
function explainMatch(seeker: Seeker, pool: CandidatePool, row: number): Match {
  const { member } = pool.candidates[row] as Candidate;
  const profile = member[seeker.role] as RoleProfile;
  const found: { reason: MatchReason; strength: number; index: number }[] = [];
  for (const { part, weight, index } of seeker.parts) {
    const s = part.score(seeker, pool, row);
    const reason = s > 0 ? part.reason(seeker, member, profile) : null;
    if (reason) found.push({ reason, strength: weight * s, index });
  }
  found.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return { score: score(seeker, pool, row), reasons: found.map((f) => f.reason) };
}

export interface ScoreMatchInput {
  /** The member searching; null when not signed in or not enrolled. */
  viewer: Member | null;
  /** The member being scored. */
  member: Member;
  find: Find;
  /** Criteria that add to what the viewer seeks (topics, industry, language, meeting mode). */
  query?: Partial<SearchQuery>;
  settings: ProgramSettings;
  now: Date;
}

/**
 * How well `member` matches what the viewer seeks, with the reasons; e.g. for one profile card.
 * A member not enrolled in the role sought scores 0 with no reasons.
 */
export function scoreMatch({ viewer, member, find, query = {}, settings, now }: ScoreMatchInput): Match {
  const role = roleSought(find);
  if (member[role] === null) return { score: 0, reasons: [] };
  const pool = new CandidatePool(role, { keyed: false });
  pool.put(0, { member, activeMentees: 0, activeMentors: 0 });
  return explainMatch(prepareSeeker(viewer, { ...query, find }, settings, now), pool, 0);
}

// ---------------------------------------------------------------------------------------------
// Criteria filters.
//
// Matching uses every field it is given: hiding fields a member shows only to partners is the caller's
// job (visibility.ts `publicProfile`), since only the caller knows who is a partner.

/** The query's criteria as numbers and answers; null for a criterion left out (it does not filter). */
interface Criteria {
  country: number | null;
  industry: number | null;
  stage: number | null;
  language: Uint8Array | null;
  meetingMode: number | null;
  topics: Uint8Array | null;
  /** The viewer's offset and the most hours apart; null without the criterion or the viewer's zone. */
  hours: { from: number; max: number } | null;
  /**
   * The search words, each with the signature bits a text holding it has, as pairs of integer index and
   * mask (none for words under three characters), and per WORDS number: 0 not asked yet, 1 holds the
   * word, 2 does not.
   */
  words: { word: string; needs: number[]; holds: Uint8Array }[] | null;
}

/** The query's criteria; null for blank criteria, so the ranking loop skips the check altogether. */
function criteriaOf(query: SearchQuery, seeker: Seeker): Criteria | null {
  const { country, industry, careerStage, language, meetingMode, maxHoursApart, topics } = query;
  const words = searchWords(query.text);
  const criteria: Criteria = {
    country: country ? COUNTRIES.find(country) : null,
    industry: industry ? INDUSTRIES.find(industry) : null,
    stage: careerStage ? STAGES.find(careerStage) : null,
    language: language ? answers(LANGUAGES, (primary) => primary === primaryLanguage(language)) : null,
    meetingMode: meetingMode ? MODES.find(meetingMode) : null,
    topics: topics && topics.length > 0 ? answers(TOPICS, (id) => topics.includes(id)) : null,
    // Hours apart are measured from the viewer's zone; without one the criterion cannot apply.
    hours: maxHoursApart !== undefined && seeker.offset !== null ? { from: seeker.offset, max: maxHoursApart } : null,
    words: words.length > 0 ? words.map((word) => ({ word, needs: signatureNeeds(word), holds: new Uint8Array(WORDS.size) })) : null,
  };
  return Object.values(criteria).some((value) => value !== null) ? criteria : null;
}

/** Does the row meet every criterion? Cheapest checks first. */
function meets(criteria: Criteria, seeker: Seeker, pool: CandidatePool, row: number): boolean {
  if (criteria.country !== null && pool.country[row] !== criteria.country) return false;
  if (criteria.industry !== null && pool.industry[row] !== criteria.industry) return false;
  if (criteria.stage !== null && pool.stage[row] !== criteria.stage) return false;
  if (criteria.language !== null && !anyIn(criteria.language, pool.languages, row)) return false;
  if (criteria.meetingMode !== null && !hasNumber(pool.modes, row, criteria.meetingMode)) return false;
  if (criteria.topics !== null && !anyIn(criteria.topics, pool.topics, row)) return false;
  if (criteria.hours !== null && !(Math.abs((seeker.zoneOffsets[pool.zone[row] as number] as number) - criteria.hours.from) <= criteria.hours.max)) {
    return false;
  }
  if (criteria.words !== null && !holdsWords(criteria.words, pool, row)) return false;
  return true;
}

function hasNumber(lists: RowLists, row: number, n: number): boolean {
  const start = row * lists.stride;
  const end = start + (lists.counts[row] as number);
  for (let i = start; i < end; i++) if (lists.values[i] === n) return true;
  return false;
}

function signatureNeeds(word: string): number[] {
  const masks = new Map<number, number>();
  for (const bit of trigramBits(word)) masks.set(bit >>> 5, (masks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
  return [...masks].flat();
}

/** Does the row's text hold every search word? Its signature first: most rows fail there. */
function holdsWords(words: NonNullable<Criteria['words']>, pool: CandidatePool, row: number): boolean {
  const text = pool.text as TextColumn;
  const { signatures, step } = text;
  for (const { needs } of words) {
    for (let i = 0; i < needs.length; i += 2) {
      const mask = needs[i + 1] as number;
      if (((signatures[(needs[i] as number) * step + row] as number) & mask) !== mask) return false;
    }
  }
  const ids = text.wordsOf(row);
  for (const { word, holds } of words) {
    let found = false;
    for (let i = 0; i < ids.length && !found; i++) {
      const id = ids[i] as number;
      // A number handed out during this search (a row's words seen for the first time) is past `holds`.
      let answer = id < holds.length ? (holds[id] as number) : 0;
      if (answer === 0) {
        answer = (WORDS.words[id] as string).includes(word) ? 1 : 2;
        if (id < holds.length) holds[id] = answer;
      }
      found = answer === 1;
    }
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Ranking.

interface Scored {
  pool: CandidatePool;
  row: number;
  candidate: Candidate;
  score: number;
  places: number;
}

/** A fixed locale, so the server and every browser put tied names in the same order. */
const nameCollator = new Intl.Collator('en');

/** Best first: higher score, then more open places, then name, then id. */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    b.places - a.places ||
    nameCollator.compare(a.candidate.member.name, b.candidate.member.name) ||
    (a.candidate.member.id < b.candidate.member.id ? -1 : a.candidate.member.id > b.candidate.member.id ? 1 : 0)
  );
}

/**
 * Collects the best `k` of the items offered. A first page out of 100,000 members needs only the 20
 * best, so small k keeps a sorted buffer and turns most candidates away with one comparison against the
 * k-th best, without even allocating a record for them; a deep page (large k) collects all and sorts,
 * where the buffer's insertions would cost more.
 */
class TopK {
  readonly #k: number;
  readonly #buffered: boolean;
  readonly #items: Scored[] = [];
  /** Every item offered, kept or not: the search's total. */
  offered = 0;
  /**
   * Scores below this cannot make the best k (the k-th best score less BOUND_MARGIN, once there are k):
   * candidates known to be below it are only counted (`offered`), not offered.
   */
  floor = Number.NEGATIVE_INFINITY;

  constructor(k: number) {
    this.#k = k;
    this.#buffered = k <= 256;
  }

  offer(pool: CandidatePool, row: number, score: number, places: number): void {
    this.offered += 1;
    const items = this.#items;
    const k = this.#k;
    if (this.#buffered && items.length === k) {
      const worst = items[k - 1] as Scored;
      // Cheap checks first; only an exact tie on score and places needs the item compared in full.
      if (score < worst.score || (score === worst.score && places < worst.places)) return;
      if (score === worst.score && places === worst.places) {
        if (compareScored({ pool, row, candidate: pool.candidates[row] as Candidate, score, places }, worst) >= 0) return;
      }
    }
    const item: Scored = { pool, row, candidate: pool.candidates[row] as Candidate, score, places };
    if (!this.#buffered) {
      items.push(item);
      return;
    }
    let low = 0;
    let high = items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareScored(item, items[mid] as Scored) < 0) high = mid;
      else low = mid + 1;
    }
    items.splice(low, 0, item);
    if (items.length > k) items.pop();
    if (items.length === k) this.floor = (items[k - 1] as Scored).score - BOUND_MARGIN;
  }

  /** The best k, best first. */
  best(): Scored[] {
    return this.#buffered ? this.#items : this.#items.sort(compareScored).slice(0, this.#k);
  }
}

/** Offers every available row of the pool that meets the criteria, except the rows in `skip` (ascending). */
function scan(pool: CandidatePool, seeker: Seeker, criteria: Criteria | null, settings: ProgramSettings, top: TopK, skip: readonly number[] = []): void {
  let from = 0;
  for (const to of [...skip, pool.rows]) {
    scanRows(pool, from, to, seeker, criteria, settings, top);
    from = to + 1;
  }
}

function scanRows(pool: CandidatePool, from: number, to: number, seeker: Seeker, criteria: Criteria | null, settings: ProgramSettings, top: TopK): void {
  const { id, present, search } = pool;
  for (let row = from; row < to; row++) {
    if (present !== null && present[row] !== search) continue;
    const places = rowPlaces(pool, row, settings);
    if (places === 0 || id[row] === seeker.viewer) continue;
    if (criteria !== null && !meets(criteria, seeker, pool, row)) continue;
    const s = score(seeker, pool, row, top.floor);
    if (s < 0) top.offered += 1;
    else top.offer(pool, row, s, places);
  }
}

/** Rows for plain candidates, per role (match-pool.ts). */
const recordPools = { mentor: new RecordPool('mentor'), mentee: new RecordPool('mentee') };

/**
 * Filters candidates by availability (enrolled in the role sought, participating, not full, not the
 * viewer) and by the query's criteria, scores them, sorts best first (score, then more open places,
 * then name, then id) and returns the requested page with the total.
 */
export function rankCandidates(input: RankInput): { total: number; page: RankedCandidate[] } {
  const { viewer, query, settings, now, candidates } = input;
  const role = roleSought(query.find);
  // The rows first, then the seeker: its answers cover every number the rows hold.
  const given = candidates instanceof PoolWith ? candidates.pool : candidates;
  const pool = given instanceof CandidatePool && given.role === role ? given : null;
  const replacements = pool !== null && candidates instanceof PoolWith ? candidates.replacements : [];
  // Plain candidates go through the role's RecordPool; so do a pool's replacements (then it holds those only).
  const scanned = pool ?? recordPools[role].load(candidates);
  const extra = replacements.length > 0 ? recordPools[role].load(replacements) : null;
  const skip = pool === null ? [] : [...new Set(replacements.map((c) => pool.rowOf(c.member.id) as number))].sort((a, b) => a - b);
  if (searchWords(query.text).length > 0) {
    const { topics } = taxonomyOf(settings);
    scanned.textFor(topics);
    extra?.textFor(topics);
  }
  const seeker = prepareSeeker(viewer, query, settings, now);
  const criteria = criteriaOf(query, seeker);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  const top = new TopK(offset + limit);
  scan(scanned, seeker, criteria, settings, top, skip);
  if (extra !== null) scan(extra, seeker, criteria, settings, top);
  const page = top
    .best()
    .slice(offset)
    .map(({ pool: from, row, candidate }) => ({ candidate, ...explainMatch(seeker, from, row) }));
  return { total: top.offered, page };
}
