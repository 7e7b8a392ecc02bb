// Match scoring and search ranking: one pure module, shared by MemoryAdapter and the server.
//
// A search keeps the candidates that are available (enrolled in the role sought, participating, not
// full, not the viewer) and meet every criterion given, scores each against the seeker, and returns one
// page, best first. The seeker is the viewer's profile in the other role (someone finding mentors is
// looking as a mentee) plus the query's criteria; a part of the score the seeker has no data for, or
// whose weight is zero, is left out, so a member with a sparse profile still gets a meaningful ranking.
import { foldText, searchWords } from './fold.ts';
import { offsetOrNaN } from './time-zone.ts';
import { MEETING_MODES, type MeetingMode, type Role } from './schemas/common.ts';
import type { Member, RoleProfile } from './schemas/member.ts';
import { roleSought, seekerRoleFor, type Find, type MatchReason, type SearchQuery } from './schemas/search.ts';
import type { CareerStage, MatchWeights, ProgramSettings } from './schemas/settings.ts';

export { hoursApart, utcOffsetHours } from './time-zone.ts';

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
  return role === 'mentor'
    ? candidate.member.availability.capacity - candidate.activeMentees
    : settings.mentorsPerMentee - candidate.activeMentors;
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
// Languages compare by their primary subtag: someone who speaks `pt-BR` speaks Portuguese with a
// `pt-PT` speaker, and a search for `en` finds `en-GB`.

const primaryLanguage = (tag: string): string => {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
};

const speaks = (languages: readonly string[], primary: string): boolean =>
  languages.some((tag) => primaryLanguage(tag) === primary);

// ---------------------------------------------------------------------------------------------
// The seeker side, prepared once per search.

interface Seeker {
  /** The role candidates are found in. */
  role: Role;
  taxonomy: Taxonomy;
  now: Date;
  /** Topics wanted: the query's first, then the seeker's profile, without repeats. */
  topics: string[];
  industry: string | null;
  stage: CareerStage | null;
  /** Primary language subtags. */
  languages: string[];
  /** The seeker's UTC offset in hours now, or null without a (known) time zone. */
  offset: number | null;
  /** Candidates' zone offsets at `now`, looked up once per zone per search. */
  zoneOffsets: Map<string, number>;
  modes: MeetingMode[];
  /** The parts that apply, with their weights; the score's denominator is their sum. */
  parts: { part: Part; weight: number; index: number }[];
  totalWeight: number;
}

function prepareSeeker(viewer: Member | null, query: Partial<SearchQuery> & { find: Find }, settings: ProgramSettings, now: Date): Seeker {
  const taxonomy = taxonomyOf(settings);
  const profile = viewer?.[seekerRoleFor(query.find)] ?? null;
  const offset = viewer ? offsetOrNaN(viewer.timeZone, now) : Number.NaN;
  const languages = [...(query.language ? [query.language] : []), ...(viewer?.languages ?? [])];
  const seeker: Seeker = {
    role: roleSought(query.find),
    taxonomy,
    now,
    topics: unique([...(query.topics ?? []), ...(profile?.topics ?? [])]),
    industry: query.industry ?? viewer?.industry ?? null,
    stage: (viewer?.careerStage && taxonomy.stages.get(viewer.careerStage)) || null,
    languages: unique(languages.map(primaryLanguage)),
    offset: Number.isNaN(offset) ? null : offset,
    zoneOffsets: new Map(),
    modes: unique([...(query.meetingMode ? [query.meetingMode] : []), ...(profile?.meetingModes ?? [])]),
    parts: [],
    totalWeight: 0,
  };
  PARTS.forEach((part, index) => {
    const weight = settings.matchWeights[part.weight];
    if (weight > 0 && part.applies(seeker)) {
      seeker.parts.push({ part, weight, index });
      seeker.totalWeight += weight;
    }
  });
  return seeker;
}

/** A candidate's UTC offset at the search's `now` (NaN for an unknown zone). */
function offsetAt(seeker: Seeker, zone: string): number {
  let offset = seeker.zoneOffsets.get(zone);
  if (offset === undefined) seeker.zoneOffsets.set(zone, (offset = offsetOrNaN(zone, seeker.now)));
  return offset;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// The parts of a score. Each gives s in [0, 1] for one candidate and, when asked, the reason it
// contributes; `explain` is only passed for the page that is returned, so ranking 100,000 members
// builds no reason objects.

type Explain = (reason: MatchReason) => void;

interface Part {
  weight: keyof MatchWeights;
  /** Does the seeker side have data for this part? */
  applies(seeker: Seeker): boolean;
  score(seeker: Seeker, member: Member, profile: RoleProfile, explain?: Explain): number;
}

const topicsPart: Part = {
  weight: 'topics',
  applies: (seeker) => seeker.topics.length > 0,
  score(seeker, _member, profile, explain) {
    // Counted without building a list: this runs for every candidate, the reason only for one page.
    let shared = 0;
    for (const topic of seeker.topics) if (profile.topics.includes(topic)) shared += 1;
    if (shared > 0 && explain) {
      const topics = seeker.topics.filter((topic) => profile.topics.includes(topic));
      explain({ kind: 'topics', topics: topics.map((id) => ({ id, label: seeker.taxonomy.topics.get(id) ?? id })) });
    }
    return Math.min(1, shared / seeker.topics.length);
  },
};

const industryPart: Part = {
  weight: 'industry',
  applies: (seeker) => seeker.industry !== null,
  score(seeker, member, _profile, explain) {
    if (member.industry === null || member.industry !== seeker.industry) return 0;
    explain?.({
      kind: 'industry',
      industry: { id: member.industry, label: seeker.taxonomy.industries.get(member.industry) ?? member.industry },
    });
    return 1;
  },
};

/**
 * Finding mentors, someone further along is best and a peer is half as good; finding mentees, it is
 * the other way round. A stage the program does not list counts as no match.
 */
const careerStagePart: Part = {
  weight: 'careerStage',
  applies: (seeker) => seeker.stage !== null,
  score(seeker, member, _profile, explain) {
    const stage = member.careerStage === null ? undefined : seeker.taxonomy.stages.get(member.careerStage);
    if (stage === undefined || seeker.stage === null) return 0;
    const relation =
      stage.rank > seeker.stage.rank ? 'more-experienced' : stage.rank === seeker.stage.rank ? 'same' : 'less-experienced';
    const wanted = seeker.role === 'mentor' ? 'more-experienced' : 'less-experienced';
    const s = relation === wanted ? 1 : relation === 'same' ? 0.5 : 0;
    if (s > 0) explain?.({ kind: 'career-stage', stage: { id: stage.id, label: stage.label }, relation });
    return s;
  },
};

const languagePart: Part = {
  weight: 'language',
  applies: (seeker) => seeker.languages.length > 0,
  score(seeker, member, _profile, explain) {
    if (!member.languages.some((tag) => seeker.languages.includes(primaryLanguage(tag)))) return 0;
    explain?.({ kind: 'languages', languages: unique(member.languages.filter((tag) => seeker.languages.includes(primaryLanguage(tag)))) });
    return 1;
  },
};

const timeZonePart: Part = {
  weight: 'timeZone',
  applies: (seeker) => seeker.offset !== null,
  score(seeker, member, _profile, explain) {
    const hours = Math.abs(offsetAt(seeker, member.timeZone) - (seeker.offset ?? Number.NaN));
    if (Number.isNaN(hours)) return 0;
    if (hours <= TIME_ZONE_REASON_MAX_HOURS) explain?.({ kind: 'time-zone', hoursApart: Math.round(hours * 2) / 2 });
    return 1 - Math.min(hours, 12) / 12;
  },
};

const meetingModePart: Part = {
  weight: 'meetingMode',
  applies: (seeker) => seeker.modes.length > 0,
  score(seeker, _member, profile, explain) {
    if (!profile.meetingModes.some((mode) => seeker.modes.includes(mode))) return 0;
    // In the canonical order (email, phone, video, in person), so reasons read the same for everyone.
    explain?.({ kind: 'meeting-modes', modes: MEETING_MODES.filter((mode) => seeker.modes.includes(mode) && profile.meetingModes.includes(mode)) });
    return 1;
  },
};

/** In this order reasons of equal strength are listed. */
const PARTS: readonly Part[] = [topicsPart, industryPart, careerStagePart, languagePart, timeZonePart, meetingModePart];

function score(seeker: Seeker, member: Member, profile: RoleProfile): number {
  if (seeker.totalWeight === 0) return 0;
  let sum = 0;
  for (const { part, weight } of seeker.parts) sum += weight * part.score(seeker, member, profile);
  return Math.min(1, sum / seeker.totalWeight);
}

/** The score with its reasons, strongest contribution first. */
function explainMatch(seeker: Seeker, member: Member, profile: RoleProfile): Match {
  const found: { reason: MatchReason; strength: number; index: number }[] = [];
  let sum = 0;
  for (const { part, weight, index } of seeker.parts) {
    const said: MatchReason[] = [];
    const s = part.score(seeker, member, profile, (reason) => said.push(reason));
    sum += weight * s;
    for (const reason of said) found.push({ reason, strength: weight * s, index });
  }
  found.sort((a, b) => b.strength - a.strength || a.index - b.index);
  return {
    score: seeker.totalWeight === 0 ? 0 : Math.min(1, sum / seeker.totalWeight),
    reasons: found.map((f) => f.reason),
  };
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
  const seeker = prepareSeeker(viewer, { ...query, find }, settings, now);
  const profile = member[seeker.role];
  return profile === null ? { score: 0, reasons: [] } : explainMatch(seeker, member, profile);
}

// ---------------------------------------------------------------------------------------------
// Criteria filters.

/**
 * Folded text a search's words are looked for in, per member and role. Members are treated as
 * immutable (adapters replace the object on change), so a WeakMap keyed by the object never serves
 * stale text and lets 100,000 members be searched without folding their text again.
 *
 * Matching uses every field it is given: hiding fields a member shows only to partners is the
 * caller's job (visibility.ts `publicProfile`), since only the caller knows who is a partner.
 */
const haystacks = new WeakMap<Taxonomy, WeakMap<Member, Partial<Record<Role, string>>>>();

function haystackOf(member: Member, role: Role, profile: RoleProfile, taxonomy: Taxonomy): string {
  let byMember = haystacks.get(taxonomy);
  if (byMember === undefined) haystacks.set(taxonomy, (byMember = new WeakMap()));
  let entry = byMember.get(member);
  if (entry === undefined) byMember.set(member, (entry = {}));
  let text = entry[role];
  if (text === undefined) {
    const topicLabels = profile.topics.map((id) => taxonomy.topics.get(id) ?? id);
    text = entry[role] = foldText([member.name, member.headline, member.bio, profile.statement, ...topicLabels].join('\n'));
  }
  return text;
}

type Filter = (member: Member, profile: RoleProfile) => boolean;

/**
 * The query's criteria as one predicate, cheapest checks first; a criterion left out does not filter,
 * and blank criteria give null, so the ranking loop skips the call altogether.
 */
function criteriaFilter(query: SearchQuery, seeker: Seeker): Filter | null {
  const checks: Filter[] = [];
  const { country, industry, careerStage, language, meetingMode, maxHoursApart } = query;
  if (country) checks.push((m) => m.country === country);
  if (industry) checks.push((m) => m.industry === industry);
  if (careerStage) checks.push((m) => m.careerStage === careerStage);
  if (language) {
    const primary = primaryLanguage(language);
    checks.push((m) => speaks(m.languages, primary));
  }
  if (meetingMode) checks.push((_m, p) => p.meetingModes.includes(meetingMode));
  if (query.topics && query.topics.length > 0) {
    const wanted = new Set(query.topics);
    checks.push((_m, p) => p.topics.some((topic) => wanted.has(topic)));
  }
  // Hours apart are measured from the viewer's zone; without one the criterion cannot apply.
  if (maxHoursApart !== undefined && seeker.offset !== null) {
    const from = seeker.offset;
    checks.push((m) => Math.abs(offsetAt(seeker, m.timeZone) - from) <= maxHoursApart);
  }
  const words = searchWords(query.text);
  if (words.length > 0) {
    checks.push((m, p) => {
      const haystack = haystackOf(m, seeker.role, p, seeker.taxonomy);
      for (const word of words) if (!haystack.includes(word)) return false;
      return true;
    });
  }
  if (checks.length <= 1) return checks[0] ?? null;
  return (member, profile) => {
    for (const check of checks) if (!check(member, profile)) return false;
    return true;
  };
}

// ---------------------------------------------------------------------------------------------
// Ranking.

interface Scored {
  candidate: Candidate;
  profile: RoleProfile;
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

  constructor(k: number) {
    this.#k = k;
    this.#buffered = k <= 256;
  }

  offer(candidate: Candidate, profile: RoleProfile, score: number, places: number): void {
    this.offered += 1;
    const items = this.#items;
    const k = this.#k;
    if (this.#buffered && items.length === k) {
      const worst = items[k - 1] as Scored;
      // Cheap checks first; only an exact tie on score and places needs the item compared in full.
      if (score < worst.score || (score === worst.score && places < worst.places)) return;
      if (score === worst.score && places === worst.places && compareScored({ candidate, profile, score, places }, worst) >= 0) return;
    }
    const item: Scored = { candidate, profile, score, places };
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
  }

  /** The best k, best first. */
  best(): Scored[] {
    return this.#buffered ? this.#items : this.#items.sort(compareScored).slice(0, this.#k);
  }
}

/**
 * Filters candidates by availability (enrolled in the role sought, participating, not full, not the
 * viewer) and by the query's criteria, scores them, sorts best first (score, then more open places,
 * then name, then id) and returns the requested page with the total.
 */
export function rankCandidates(input: RankInput): { total: number; page: RankedCandidate[] } {
  const { viewer, query, settings, now } = input;
  const seeker = prepareSeeker(viewer, query, settings, now);
  const matches = criteriaFilter(query, seeker);
  const viewerId = viewer?.id;
  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  const top = new TopK(offset + limit);
  for (const candidate of input.candidates) {
    const { member } = candidate;
    const places = availablePlaces(candidate, seeker.role, settings);
    const profile = member[seeker.role];
    if (places === 0 || profile === null || member.id === viewerId) continue;
    if (matches !== null && !matches(member, profile)) continue;
    top.offer(candidate, profile, score(seeker, member, profile), places);
  }
  const page = top
    .best()
    .slice(offset)
    .map(({ candidate, profile }) => ({ candidate, ...explainMatch(seeker, candidate.member, profile) }));
  return { total: top.offered, page };
}
