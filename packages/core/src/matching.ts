// Match scoring and search ranking: the reference. This file defines what a search returns; MemoryAdapter
// ranks with it, and the server's column-based engine (packages/server/src/search/) must return exactly
// what it returns (a property test over thousands of generated rosters and queries holds it to that).
//
// A search keeps the candidates that are available (enrolled in the role sought, participating, not full,
// not the viewer) and meet every criterion given, scores each against the seeker, and returns one page,
// best first, with the reasons behind each score. The seeker is the viewer's profile in the other role
// (someone finding mentors is looking as a mentee) plus the query's criteria; a part of the score the
// seeker has no data for, or whose weight is zero, is left out, so a sparse profile still ranks well.
//
// Read it top to bottom: availability, the candidate prepared, the seeker, the parts of a score, the
// criteria, ranking. A candidate's side of every comparison depends only on their record and the program's
// settings, so it is worked out in one step of its own (`prepareMember`): a store that keeps the prepared
// form of each record between searches (the memory store does) hands it over, and a search then only compares.
//
// A new search criterion: a field in SearchQuery (schemas/search.ts), then its test in CRITERIA below (the
// type-checker asks for it). That is all it needs to work everywhere; the server's engine runs the test on
// each candidate's record until it is given a column version (packages/server/README.md, "Search").
// A new part of the score: a weight in MatchWeights (schemas/settings.ts) and a ScorePart in SCORE_PARTS.
//
// Matching uses every field it is given: hiding fields a member shows only to partners is the caller's job
// (visibility.ts `publicProfile`), since only the caller knows who is a partner.
import { foldText, searchWords } from './fold.ts';
import { placesLeft } from './request-guards.ts';
import { offsetOrNaN } from './time-zone.ts';
import { MEETING_MODES, type MeetingMode, type Role } from './schemas/common.ts';
import type { Member, RoleProfile } from './schemas/member.ts';
import { roleSought, seekerRoleFor, type MatchReason, type SearchQuery } from './schemas/search.ts';
import type { CareerStage, MatchWeights, ProgramSettings } from './schemas/settings.ts';

export { hoursApart, utcOffsetHours } from './time-zone.ts';

/** A member with the counts search needs to leave out full members. */
export interface Candidate {
  member: Member;
  /** Active mentees (as mentor). */
  activeMentees: number;
  /** Active mentors (as mentee). */
  activeMentors: number;
  /**
   * `member` prepared for ranking (`prepareMember`), from a caller that keeps it between searches. Without
   * it, or with one prepared from another record or for other settings, the search prepares it itself.
   */
  prepared?: PreparedMember;
}

export interface Match {
  score: number;
  reasons: MatchReason[];
}

export interface RankedCandidate extends Match {
  candidate: Candidate;
}

export interface RankInput {
  /** Any iterable of candidates, or a RankingIndex (the server's), which ranks itself. */
  candidates: Iterable<Candidate>;
  /** The searching member; null when not enrolled, then only the criteria count. */
  viewer: Member | null;
  query: SearchQuery;
  settings: ProgramSettings;
  now: Date;
}

export interface RankResult {
  /** How many candidates are available and meet every criterion. */
  total: number;
  /** The page asked for (offset, limit), best first. */
  page: RankedCandidate[];
}

/**
 * Candidates kept in a form that ranks faster than this file does (the server's search directory keeps
 * them as columns): rankCandidates lets it answer, and it must answer exactly as rankCandidates would over
 * the same candidates as a plain list.
 */
export interface RankingIndex extends Iterable<Candidate> {
  rank(input: Omit<RankInput, 'candidates'>): RankResult;
}

const isRankingIndex = (candidates: Iterable<Candidate>): candidates is RankingIndex =>
  typeof (candidates as Partial<RankingIndex>).rank === 'function';

/** The page size when the query does not give one. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** A time-zone reason is given only for members this close: further apart it is not a selling point. */
const TIME_ZONE_REASON_MAX_HOURS = 3;

// ---------------------------------------------------------------------------------------------
// Availability.

/** What availability reads of a member: the roles they are enrolled in (a profile, or null), taking part or not, capacity. */
export interface Standing {
  readonly mentor: object | null;
  readonly mentee: object | null;
  readonly participating: boolean;
  readonly capacity: number;
}

/** A record's standing. A prepared member (below) is one too. */
export const standingOf = ({ mentor, mentee, availability }: Member): Standing => ({
  mentor,
  mentee,
  participating: availability.status === 'participating',
  capacity: availability.capacity,
});

/**
 * Places left in `role` (request-guards.ts `placesLeft`, the one capacity rule) if the member can be found
 * in it at all (enrolled, participating), else 0.
 */
export function availablePlaces(role: Role, member: Standing, counts: Pick<Candidate, 'activeMentees' | 'activeMentors'>, settings: ProgramSettings): number {
  if (member[role] === null || !member.participating) return 0;
  return Math.max(0, placesLeft(role, member.capacity, counts.activeMentees, counts.activeMentors, settings));
}

/** Can this candidate be found in `role`: enrolled, participating and not full? */
export const isAvailable = (candidate: Candidate, role: Role, settings: ProgramSettings): boolean =>
  availablePlaces(role, standingOf(candidate.member), candidate, settings) > 0;

// ---------------------------------------------------------------------------------------------
// The program's lists, and the candidate prepared: their side of every comparison, from their record and
// the program's settings alone.

/** The program's lists by id. Settings objects are replaced, not mutated, so one per settings object. */
export interface Taxonomy {
  topics: ReadonlyMap<string, string>;
  industries: ReadonlyMap<string, string>;
  stages: ReadonlyMap<string, CareerStage>;
}

const taxonomies = new WeakMap<ProgramSettings, Taxonomy>();

export function taxonomyOf(settings: ProgramSettings): Taxonomy {
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

/** A role profile as ranking reads it. */
export interface PreparedProfile {
  /** Its topics, each once (a topic listed twice is shared once). */
  readonly topics: readonly string[];
  readonly modes: readonly MeetingMode[];
  /** What free text is searched in (`searchText`): folded on the first text search, then kept. */
  text: string | null;
}

/**
 * A member's record as ranking reads it, for one program's settings. Records are replaced on change, never
 * edited, so the prepared form of a record stays right for as long as the record and the settings do.
 */
export interface PreparedMember extends Standing {
  readonly record: Member;
  /** The settings it was prepared for. */
  readonly settings: ProgramSettings;
  /** The program's career stage of the member: null without one, or for one the program does not list. */
  readonly stage: CareerStage | null;
  /** The primary subtags of the languages spoken, each once. */
  readonly languages: readonly string[];
  readonly mentor: PreparedProfile | null;
  readonly mentee: PreparedProfile | null;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

const prepareProfile = (profile: RoleProfile | null): PreparedProfile | null =>
  profile && { topics: unique(profile.topics), modes: profile.meetingModes, text: null };

/** The member's side of every comparison a search makes: what depends on their record and the settings only. */
export function prepareMember(record: Member, settings: ProgramSettings): PreparedMember {
  const { participating, capacity } = standingOf(record);
  return {
    record,
    settings,
    participating,
    capacity,
    stage: (record.careerStage !== null && taxonomyOf(settings).stages.get(record.careerStage)) || null,
    languages: unique(record.languages.map(primaryLanguage)),
    mentor: prepareProfile(record.mentor),
    mentee: prepareProfile(record.mentee),
  };
}

// ---------------------------------------------------------------------------------------------
// The seeker: the viewer's side of every comparison, prepared once per search.

export interface Seeker {
  /** The role candidates are found in. */
  role: Role;
  /** Never a result. */
  viewerId: string | null;
  taxonomy: Taxonomy;
  /** Topics wanted: the query's first, then the seeker's profile, without repeats. */
  topics: readonly string[];
  /** The same, to look a topic up. */
  wants: ReadonlySet<string>;
  industry: string | null;
  stage: CareerStage | null;
  /** Primary language subtags (the query's and the viewer's). */
  languages: ReadonlySet<string>;
  /** The viewer's UTC offset in hours at the search's instant, or null without a (known) time zone. */
  offset: number | null;
  modes: readonly MeetingMode[];
  /** A zone's UTC offset in hours at the search's instant (NaN for an unknown zone), once per zone. */
  offsetOf(zone: string): number;
  /** Does the seeker speak the language of this tag (by its primary subtag)? Once per tag. */
  speaks(tag: string): boolean;
  /** The parts of the score that apply, with their weights, in SCORE_PARTS order. */
  parts: readonly { part: ScorePart; weight: number }[];
  /** Their weights added up: a score's denominator. */
  totalWeight: number;
}

/** Languages compare by their primary subtag: `pt-BR` speaks with `pt-PT`, a search for `en` finds `en-GB`. */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** `answer` asked once per distinct key: candidates share a few dozen zones and language tags. */
function once<T>(answer: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let found = answers.get(key);
    if (found === undefined && !answers.has(key)) answers.set(key, (found = answer(key)));
    return found as T;
  };
}

export function prepareSeeker(input: Omit<RankInput, 'candidates'>): Seeker {
  const { viewer, query, settings, now } = input;
  const taxonomy = taxonomyOf(settings);
  const profile = viewer?.[seekerRoleFor(query.find)] ?? null;
  const offset = viewer ? offsetOrNaN(viewer.timeZone, now) : Number.NaN;
  const languages = new Set([...(query.language ? [query.language] : []), ...(viewer?.languages ?? [])].map(primaryLanguage));
  const topics = unique([...(query.topics ?? []), ...(profile?.topics ?? [])]);
  const seeker: Seeker = {
    role: roleSought(query.find),
    viewerId: viewer?.id ?? null,
    taxonomy,
    topics,
    wants: new Set(topics),
    industry: query.industry ?? viewer?.industry ?? null,
    stage: (viewer?.careerStage && taxonomy.stages.get(viewer.careerStage)) || null,
    languages,
    offset: Number.isNaN(offset) ? null : offset,
    modes: unique([...(query.meetingMode ? [query.meetingMode] : []), ...(profile?.meetingModes ?? [])]),
    offsetOf: once((zone) => offsetOrNaN(zone, now)),
    speaks: once((tag) => languages.has(primaryLanguage(tag))),
    parts: [],
    totalWeight: 0,
  };
  const parts = SCORE_PARTS.filter((part) => settings.matchWeights[part.weight] > 0 && part.applies(seeker));
  seeker.parts = parts.map((part) => ({ part, weight: settings.matchWeights[part.weight] }));
  seeker.totalWeight = seeker.parts.reduce((sum, { weight }) => sum + weight, 0);
  return seeker;
}

// ---------------------------------------------------------------------------------------------
// The parts of a score: each gives s in [0, 1] for a candidate, and the reason it contributes when s > 0.

export interface ScorePart {
  /** Its weight in the program's MatchWeights. */
  weight: keyof MatchWeights;
  /** Does the seeker have data for this part? */
  applies(seeker: Seeker): boolean;
  /** `profile` is the member's in the role sought. */
  score(seeker: Seeker, member: PreparedMember, profile: PreparedProfile): number;
  /** Why s > 0 (null when that is no selling point). */
  reason(seeker: Seeker, member: PreparedMember, profile: PreparedProfile): MatchReason | null;
}

/** The topics wanted that the profile offers (or seeks), in the seeker's order. */
const sharedTopics = (seeker: Seeker, profile: PreparedProfile): string[] => seeker.topics.filter((topic) => profile.topics.includes(topic));

type StageRelation = 'more-experienced' | 'same' | 'less-experienced';

/** How a career stage (one the program lists) relates to the seeker's; null when either is unknown. */
export function stageRelation(seeker: Seeker, stage: CareerStage | null): StageRelation | null {
  if (stage === null || seeker.stage === null) return null;
  return stage.rank > seeker.stage.rank ? 'more-experienced' : stage.rank === seeker.stage.rank ? 'same' : 'less-experienced';
}

/** Finding mentors, someone further along is best and a peer is half as good; finding mentees, the other way round. */
export function stageScore(seeker: Seeker, relation: StageRelation | null): number {
  const wanted: StageRelation = seeker.role === 'mentor' ? 'more-experienced' : 'less-experienced';
  return relation === wanted ? 1 : relation === 'same' ? 0.5 : 0;
}

/** Hours between the zone and the seeker's, NaN when either is unknown. */
export const hoursFrom = (seeker: Seeker, zone: string): number => Math.abs(seeker.offsetOf(zone) - (seeker.offset ?? Number.NaN));

/** Closer is better: 1 at the same time, 0 from 12 hours apart (or an unknown zone). */
export const timeZoneScore = (hours: number): number => (Number.isNaN(hours) ? 0 : 1 - Math.min(hours, 12) / 12);

const topicsPart: ScorePart = {
  weight: 'topics',
  applies: (seeker) => seeker.topics.length > 0,
  // Shared topics over the topics wanted. Counted without building the list: this runs for every candidate.
  score(seeker, _member, profile) {
    let shared = 0;
    for (const topic of profile.topics) if (seeker.wants.has(topic)) shared += 1;
    return Math.min(1, shared / seeker.topics.length);
  },
  reason: (seeker, _member, profile) => ({
    kind: 'topics',
    topics: sharedTopics(seeker, profile).map((id) => ({ id, label: seeker.taxonomy.topics.get(id) ?? id })),
  }),
};

const industryPart: ScorePart = {
  weight: 'industry',
  applies: (seeker) => seeker.industry !== null,
  score: (seeker, { record }) => (record.industry !== null && record.industry === seeker.industry ? 1 : 0),
  reason(seeker, { record }) {
    const id = record.industry as string;
    return { kind: 'industry', industry: { id, label: seeker.taxonomy.industries.get(id) ?? id } };
  },
};

const careerStagePart: ScorePart = {
  weight: 'careerStage',
  applies: (seeker) => seeker.stage !== null,
  score: (seeker, { stage }) => stageScore(seeker, stageRelation(seeker, stage)),
  reason(seeker, { stage }) {
    const { id, label } = stage as CareerStage;
    return { kind: 'career-stage', stage: { id, label }, relation: stageRelation(seeker, stage) as StageRelation };
  },
};

const languagePart: ScorePart = {
  weight: 'language',
  applies: (seeker) => seeker.languages.size > 0,
  score(seeker, { languages }) {
    for (const primary of languages) if (seeker.languages.has(primary)) return 1;
    return 0;
  },
  // The member's own tags, as they wrote them.
  reason: (seeker, { record }) => ({ kind: 'languages', languages: unique(record.languages.filter(seeker.speaks)) }),
};

const timeZonePart: ScorePart = {
  weight: 'timeZone',
  applies: (seeker) => seeker.offset !== null,
  score: (seeker, { record }) => timeZoneScore(hoursFrom(seeker, record.timeZone)),
  reason(seeker, { record }) {
    const hours = hoursFrom(seeker, record.timeZone);
    return hours <= TIME_ZONE_REASON_MAX_HOURS ? { kind: 'time-zone', hoursApart: Math.round(hours * 2) / 2 } : null;
  },
};

const meetingModePart: ScorePart = {
  weight: 'meetingMode',
  applies: (seeker) => seeker.modes.length > 0,
  score(seeker, _member, { modes }) {
    for (const mode of modes) if (seeker.modes.includes(mode)) return 1;
    return 0;
  },
  // In the canonical order (email, phone, video, in person), so reasons read the same for everyone.
  reason: (seeker, _member, { modes }) => ({
    kind: 'meeting-modes',
    modes: MEETING_MODES.filter((mode) => seeker.modes.includes(mode) && modes.includes(mode)),
  }),
};

/** In this order a score's parts are added up, and reasons of equal strength are listed. */
export const SCORE_PARTS: readonly ScorePart[] = [topicsPart, industryPart, careerStagePart, languagePart, timeZonePart, meetingModePart];

/**
 * The score: the weighted mean of the parts that apply, added up in SCORE_PARTS order (so it rounds the same
 * everywhere). Given a `floor` (a score the candidate must reach to be of use), it gives up as soon as the
 * parts left, each adding at most its weight, could not lift the score there, and returns -1: ranking asks
 * with the lowest score still on the page, and most candidates are out after a part or two.
 */
export function scoreOf(seeker: Seeker, member: PreparedMember, profile: PreparedProfile, floor = Number.NEGATIVE_INFINITY): number {
  const { totalWeight } = seeker;
  if (totalWeight === 0) return 0;
  let sum = 0;
  let left = totalWeight;
  for (const { part, weight } of seeker.parts) {
    sum += weight * part.score(seeker, member, profile);
    left -= weight;
    if ((sum + left) / totalWeight < floor) return -1;
  }
  return Math.min(1, sum / totalWeight);
}

/** The score with its reasons, strongest contribution first, equal ones in SCORE_PARTS order. */
export function explainMatch(seeker: Seeker, member: PreparedMember): Match {
  const profile = member[seeker.role] as PreparedProfile;
  const found: { reason: MatchReason; strength: number; index: number }[] = [];
  seeker.parts.forEach(({ part, weight }, index) => {
    const s = part.score(seeker, member, profile);
    const reason = s > 0 ? part.reason(seeker, member, profile) : null;
    if (reason) found.push({ reason, strength: weight * s, index });
  });
  found.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return { score: scoreOf(seeker, member, profile), reasons: found.map((f) => f.reason) };
}

// ---------------------------------------------------------------------------------------------
// The criteria: one per field of the query that filters. A criterion left out (or blank) does not filter.

/** The query's fields that filter: all but `find`, `offset` and `limit`. */
export type CriterionName = Exclude<keyof SearchQuery, 'find' | 'offset' | 'limit'>;

/** Does the candidate (prepared, with their profile in the role sought) meet the criterion? */
export type CriterionTest = (member: PreparedMember, profile: PreparedProfile) => boolean;

/**
 * What free text is searched in: the member's name, headline and bio, the role's statement and its topics'
 * labels (`labels`: the program's, by id), folded (fold.ts) so accents and case do not matter.
 */
export function searchText(member: Member, role: Role, labels: ReadonlyMap<string, string>): string {
  const profile = member[role];
  if (profile === null) return '';
  return foldText([member.name, member.headline, member.bio, profile.statement, ...profile.topics.map((id) => labels.get(id) ?? id)].join('\n'));
}

/** Each criterion's test for this query, or null when the query leaves it out. Cheapest first. */
export const CRITERIA: { readonly [K in CriterionName]: (query: SearchQuery, seeker: Seeker) => CriterionTest | null } = {
  country: ({ country }) => (country ? ({ record }) => record.country === country : null),
  industry: ({ industry }) => (industry ? ({ record }) => record.industry === industry : null),
  careerStage: ({ careerStage }) => (careerStage ? ({ record }) => record.careerStage === careerStage : null),
  language({ language }) {
    if (!language) return null;
    const wanted = primaryLanguage(language);
    return ({ languages }) => languages.includes(wanted);
  },
  meetingMode: ({ meetingMode }) => (meetingMode ? (_member, { modes }) => modes.includes(meetingMode) : null),
  topics({ topics }) {
    if (!topics || topics.length === 0) return null;
    const wanted = new Set(topics);
    return (_member, profile) => {
      for (const topic of profile.topics) if (wanted.has(topic)) return true;
      return false;
    };
  },
  // Hours apart are measured from the viewer's zone: without one the criterion cannot apply.
  maxHoursApart: ({ maxHoursApart }, seeker) =>
    maxHoursApart === undefined || seeker.offset === null ? null : ({ record }) => hoursFrom(seeker, record.timeZone) <= maxHoursApart,
  // Every word, anywhere in the text (within a word too: "stat" finds "biostatistics").
  text({ text }, seeker) {
    const words = searchWords(text);
    if (words.length === 0) return null;
    return (member, profile) => {
      const haystack = (profile.text ??= searchText(member.record, seeker.role, seeker.taxonomy.topics));
      for (const word of words) if (!haystack.includes(word)) return false;
      return true;
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Ranking.

/** A candidate found, with what orders it. */
export interface Found {
  candidate: Candidate;
  score: number;
  places: number;
}

/** A fixed locale, so the server and every browser put tied names in the same order. */
const nameCollator = new Intl.Collator('en');

/** Best first: higher score, then more open places, then name, then id. */
export function compareFound(a: Found, b: Found): number {
  const x = a.candidate.member;
  const y = b.candidate.member;
  return b.score - a.score || b.places - a.places || nameCollator.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * The best `k` of the candidates offered, without sorting everyone: a heap with the worst kept on top, so
 * each candidate costs a comparison with it (most are turned away there) or a few swaps.
 */
export class BestFirst {
  readonly #k: number;
  readonly #heap: Found[] = [];

  constructor(k: number) {
    this.#k = k;
  }

  /**
   * Scores below this cannot be among the best k: the k-th best score once there are k, less a margin far
   * larger than rounding (a bound on a score may be added up in another order than the score).
   */
  get floor(): number {
    return this.#heap.length < this.#k ? Number.NEGATIVE_INFINITY : (this.#heap[0] as Found).score - 1e-9;
  }

  offer(candidate: Candidate, score: number, places: number): void {
    const heap = this.#heap;
    if (heap.length < this.#k) {
      heap.push({ candidate, score, places });
      this.#up(heap.length - 1);
      return;
    }
    const worst = heap[0] as Found;
    // Cheap checks first: only an exact tie on score and places needs the names compared.
    if (score < worst.score || (score === worst.score && places < worst.places)) return;
    const found = { candidate, score, places };
    if (compareFound(found, worst) >= 0) return;
    heap[0] = found;
    this.#down(0);
  }

  /** The best k, best first. */
  best(): Found[] {
    return [...this.#heap].sort(compareFound);
  }

  // A parent ranks after (or with) its children.
  #up(i: number): void {
    const heap = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (compareFound(heap[parent] as Found, heap[i] as Found) >= 0) return;
      [heap[parent], heap[i]] = [heap[i] as Found, heap[parent] as Found];
      i = parent;
    }
  }

  #down(i: number): void {
    const heap = this.#heap;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < heap.length && compareFound(heap[child] as Found, heap[worst] as Found) > 0) worst = child;
      }
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as Found, heap[worst] as Found];
      i = worst;
    }
  }
}

/** One search under way: the seeker and the query's tests, prepared once; the candidates found so far. */
export class Search {
  readonly input: Omit<RankInput, 'candidates'>;
  readonly seeker: Seeker;
  /** The criteria the query gives, with their tests, in CRITERIA order. */
  readonly criteria: readonly { name: CriterionName; test: CriterionTest }[];
  readonly offset: number;
  readonly best: BestFirst;
  /** Candidates found (available and meeting every criterion). */
  total = 0;

  constructor(input: Omit<RankInput, 'candidates'>) {
    this.input = input;
    this.seeker = prepareSeeker(input);
    this.criteria = (Object.keys(CRITERIA) as CriterionName[]).flatMap((name) => {
      const test = CRITERIA[name](input.query, this.seeker);
      return test === null ? [] : [{ name, test }];
    });
    this.offset = input.query.offset ?? 0;
    this.best = new BestFirst(this.offset + (input.query.limit ?? DEFAULT_SEARCH_LIMIT));
  }

  /** Filter, score, keep: the candidate counts if available and meeting every criterion, and is kept if among the best. */
  consider(candidate: Candidate): void {
    const { seeker } = this;
    // Availability first, from the record when the candidate comes unprepared: most candidates of a
    // search are out here, and need not be prepared at all.
    const carried = this.#carried(candidate);
    const places = availablePlaces(seeker.role, carried ?? standingOf(candidate.member), candidate, this.input.settings);
    if (places === 0 || candidate.member.id === seeker.viewerId) return;
    const member = carried ?? prepareMember(candidate.member, this.input.settings);
    const profile = member[seeker.role] as PreparedProfile;
    for (const { test } of this.criteria) if (!test(member, profile)) return;
    this.total += 1;
    const score = scoreOf(seeker, member, profile, this.best.floor);
    if (score >= 0) this.best.offer(candidate, score, places);
  }

  /** The candidate's prepared form: the one they carry if it is of their record and for these settings, else made now. */
  prepared(candidate: Candidate): PreparedMember {
    return this.#carried(candidate) ?? prepareMember(candidate.member, this.input.settings);
  }

  /** The prepared form the candidate carries, if it is of their record and for these settings. */
  #carried({ prepared, member }: Candidate): PreparedMember | null {
    return prepared !== undefined && prepared.record === member && prepared.settings === this.input.settings ? prepared : null;
  }

  /** The page asked for, with each candidate's score and reasons. */
  result(): RankResult {
    const page = this.best.best().slice(this.offset);
    return { total: this.total, page: page.map(({ candidate }) => ({ candidate, ...explainMatch(this.seeker, this.prepared(candidate)) })) };
  }
}

/**
 * Filters candidates by availability (enrolled in the role sought, participating, not full, not the
 * viewer) and by the query's criteria, scores them, sorts best first (score, then more open places, then
 * name, then id) and returns the requested page with the total.
 */
export function rankCandidates(input: RankInput): RankResult {
  const { candidates, ...rest } = input;
  if (isRankingIndex(candidates)) return candidates.rank(rest);
  const search = new Search(rest);
  for (const candidate of candidates) search.consider(candidate);
  return search.result();
}
