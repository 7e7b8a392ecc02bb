// The seeded demo roster: realistic members from many naming traditions on every continent, and the
// mentorships between them (history, active pairs that fill some mentors, open requests), built with
// the lifecycle's own planRequest / applyAction so every record is one the program could have produced.
// Same seed, size, settings and `now` → identical output, in every browser and on the server.
import {
  AVATAR_COLORS, DAY_MS, DEFAULT_VISIBILITY, MEETING_MODES, addMonths, applyAction, applyFeedback, avatarDataUrl, expireIfDue,
  initialsOf, isReminderDue, planRequest, type CareerStage, type MeetingMode, type Member, type Mentorship,
  type MentorshipRequestInput, type ProgramSettings, type Role, type RoleProfile, type TaxonomyEntry, type TermMonths,
  type Visibility, type VisibleField,
} from '@mentor-match/core';
import { foldText } from '@mentor-match/core/fold';
import { DEMO_PROGRAM_SETTINGS } from './settings.ts';
import { RosterIds } from './ids.ts';
import { Random } from './random.ts';
import { HUB_PLACES, LANGUAGE_NAMES, NAMING_TRADITIONS, type NamingTradition, type Place } from './roster-names.ts';
import {
  EARLY_CAREER_TOPICS, FEEDBACK_COMMENTS, GENERIC_TITLES, INDUSTRY_TOPICS, INVITE_MESSAGES, MENTEE_GOALS,
  MENTOR_APPROACHES, ORGANISATIONS, PASTIMES, REQUEST_GOALS, REQUEST_MESSAGES, SENIOR_TOPICS, STAGE_STEPS, TITLES, YEARS,
} from './roster-profiles.ts';

export const DEMO_ROSTER_SEED = 20261123;
export const DEMO_ROSTER_SIZE = 200;
export const ROSTER_MIN_SIZE = 50;
export const ROSTER_MAX_SIZE = 100_000;

export interface RosterOptions {
  /** How many members, 50 to 100,000. */
  size: number;
  /** Default: DEMO_ROSTER_SEED. */
  seed?: number;
  /** The program the roster is for (its topics, industries, stages, limits). Default: DEMO_PROGRAM_SETTINGS. */
  settings?: ProgramSettings;
  /**
   * The instant the roster is "as of": enrolment dates, mentorships and return dates are placed around
   * it. Default: the start of today (UTC), so every page and server generating it today agrees.
   */
  now?: Date;
}

export interface Roster {
  members: Member[];
  mentorships: Mentorship[];
}

/** Shares of the roster; the rest take both roles. */
const MENTOR_ONLY = 0.4;
const MENTEE_ONLY = 0.45;
const PAUSED = 0.08;
/** Members living in a big international city rather than where their name is most common. */
const MOVED_TO_HUB = 0.12;
/** Mentors filled to capacity, and mentors with one mentee and places left. */
const FULL_MENTORS = 0.1;
const PARTLY_TAKEN_MENTORS = 0.15;
/** Per member: finished pairs, open requests, declined and expired ones. */
const FINISHED_PAIRS = 0.03;
const OPEN_REQUESTS = 0.04;
const DECLINED_REQUESTS = 0.01;
const EXPIRED_REQUESTS = 0.01;

/** Career-stage steps (student … retired) by role: mentors skew senior, mentees junior. */
const STAGE_WEIGHTS: Record<'mentor' | 'mentee' | 'both', readonly number[]> = {
  mentor: [0, 0.1, 0.3, 0.33, 0.15, 0.12],
  mentee: [0.28, 0.42, 0.22, 0.08, 0, 0],
  both: [0, 0.2, 0.55, 0.25, 0, 0],
};
const CAPACITY_WEIGHTS = [0.25, 0.4, 0.2, 0.1, 0.05]; // 1 … 5 mentees
const MODE_CHANCE: Record<MeetingMode, number> = { email: 0.5, phone: 0.3, video: 0.85, 'in-person': 0.35 };
const OTHER_LANGUAGES = ['fr', 'es', 'de', 'pt-BR', 'ar', 'zh', 'ru', 'ja', 'sw', 'it'];
const HIDEABLE_FIELDS: readonly VisibleField[] = ['photo', 'links', 'location', 'bio', 'timeZone', 'languages'];
const DECLINE_REASONS = ['My places are taken this term.', 'I do not think I am the right fit for this topic.', ''];
const END_REASONS = ['New job, less time for now.', 'We agreed our goals had changed.', 'Moved abroad.'];

/** Generates a roster; throws a RangeError for a size outside 50–100,000. */
export function generateRoster(options: RosterOptions): Roster {
  const { size, seed = DEMO_ROSTER_SEED, settings = DEMO_PROGRAM_SETTINGS } = options;
  if (!Number.isInteger(size) || size < ROSTER_MIN_SIZE || size > ROSTER_MAX_SIZE) {
    throw new RangeError(`Roster size must be a whole number from ${ROSTER_MIN_SIZE} to ${ROSTER_MAX_SIZE}; got ${size}.`);
  }
  const now = options.now ?? startOfUtcDay(new Date());
  const ids = new RosterIds(seed);
  const generator = new MemberGenerator(new Random(seed), settings, now);
  const members: Member[] = [];
  for (let i = 0; i < size; i++) members.push(generator.member(ids.member(i)));
  const mentorships = new MentorshipGenerator(new Random(seed ^ 0x5eed), settings, now, members, ids).all();
  return { members, mentorships };
}

/** The start of the date's day in UTC: a roster generated any time that day comes out the same. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

const iso = (ms: number): string => new Date(ms).toISOString();
const calendarDate = (ms: number): string => iso(ms).slice(0, 10);
const lowerFirst = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * A template tag that returns one flat string. V8 keeps `a + b` and plain templates as ropes of their
 * pieces (about 32 bytes a piece, more than the text itself); joining copies the text into one string,
 * which for 100,000 members halves the memory their bios and statements take.
 */
function flat(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  const parts = new Array<string>(strings.length + values.length);
  for (let i = 0; i < values.length; i++) {
    parts[2 * i] = strings[i] as string;
    parts[2 * i + 1] = String(values[i]);
  }
  parts[parts.length - 1] = strings[values.length] as string;
  return parts.join('');
}

/**
 * Arrays built with push or filter keep spare capacity (about 100 bytes each); a slice is exact, and
 * a member holds several of these.
 */
const exact = <T>(items: T[]): T[] => items.slice();

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : flat`${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The ASCII part of an e-mail address for a name: "Adébáyọ̀" → "adebayo", "Ó Briain" → "o-briain". */
function emailPart(name: string): string {
  return foldText(name)
    .replace(/['’ʻ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Members

class MemberGenerator {
  readonly #rng: Random;
  readonly #settings: ProgramSettings;
  readonly #now: number;
  readonly #traditionWeights: number[];
  readonly #stages: CareerStage[];
  readonly #emails = new Map<string, number>();
  /** Avatars repeat (same initials and colour) across a large roster: share the strings. */
  readonly #avatars = new Map<string, string>();

  constructor(rng: Random, settings: ProgramSettings, now: Date) {
    this.#rng = rng;
    this.#settings = settings;
    this.#now = now.getTime();
    this.#traditionWeights = NAMING_TRADITIONS.map((t) => t.weight);
    this.#stages = [...settings.careerStages].sort((a, b) => a.rank - b.rank);
  }

  member(id: string): Member {
    const rng = this.#rng;
    const tradition = NAMING_TRADITIONS[rng.weightedIndex(this.#traditionWeights)] as NamingTradition;
    const gender = rng.chance(0.5) ? 'f' : 'm';
    const given = rng.pick(tradition.given[gender]);
    const family = rng.pick('f' in tradition.family ? tradition.family[gender] : tradition.family);
    const name = tradition.familyFirst ? flat`${family} ${given}` : flat`${given} ${family}`;
    const home = rng.pick(tradition.places);
    const place = rng.chance(MOVED_TO_HUB) ? rng.pick(HUB_PLACES) : home;

    const draw = rng.next();
    const kind = draw < MENTOR_ONLY ? 'mentor' : draw < MENTOR_ONLY + MENTEE_ONLY ? 'mentee' : 'both';
    const step = rng.weightedIndex(STAGE_WEIGHTS[kind]);
    const careerStage = rng.chance(0.03) ? null : this.#stageAt(step);
    const industry = rng.chance(0.03) || this.#settings.industries.length === 0 ? null : rng.pick(this.#settings.industries);
    const languages = this.#languages(place, home);
    const emailLocal = this.#uniqueEmail(flat`${emailPart(given)}.${emailPart(family)}`);
    const enrolledAt = iso(this.#now - rng.int(3, 1000) * DAY_MS - rng.int(0, 86_399) * 1000);
    const isMentor = kind !== 'mentee';
    const isMentee = kind !== 'mentor';
    const paused = rng.chance(PAUSED);

    return {
      id,
      name,
      headline: this.#headline(industry, step),
      bio: this.#bio(industry, step, place, languages),
      photoUrl: rng.chance(0.88) ? this.#avatar(initialsOf(name)) : null,
      email: flat`${emailLocal}@members.example.org`,
      phone: rng.chance(0.45) ? flat`${place.dial} ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}` : null,
      industry: industry?.id ?? null,
      careerStage: careerStage?.id ?? null,
      country: place.country,
      city: place.city,
      timeZone: place.timeZone,
      languages,
      links: rng.chance(0.2) ? [flat`https://people.example.net/${emailLocal}`] : [],
      mentor: isMentor ? this.#roleProfile('mentor', industry, step, enrolledAt) : null,
      mentee: isMentee ? this.#roleProfile('mentee', industry, step, enrolledAt) : null,
      availability: {
        status: paused ? 'paused' : 'participating',
        returnDate: paused && rng.chance(0.6) ? calendarDate(this.#now + rng.int(7, 120) * DAY_MS) : null,
        capacity: isMentor ? 1 + rng.weightedIndex(CAPACITY_WEIGHTS) : this.#settings.mentorDefaultCapacity,
      },
      visibility: this.#visibility(),
      codeOfConductAcceptedAt: this.#settings.codeOfConductRequired || rng.chance(0.7) ? enrolledAt : null,
    };
  }

  /** The program's stage nearest to a step of the six the content is written for. */
  #stageAt(step: number): CareerStage | null {
    const stages = this.#stages;
    if (stages.length === 0) return null;
    return stages[Math.round((step / (STAGE_STEPS - 1)) * (stages.length - 1))] ?? null;
  }

  #headline(industry: TaxonomyEntry | null, step: number): string {
    const rng = this.#rng;
    const titles = (industry && TITLES[industry.id]) || GENERIC_TITLES;
    const title = rng.pick(titles[step] ?? GENERIC_TITLES[0] ?? ['Member']);
    if (industry === null) return title;
    const organisations = ORGANISATIONS[industry.id];
    return organisations ? flat`${title} at ${rng.pick(organisations)}` : flat`${title} in ${lowerFirst(industry.label)}`;
  }

  #bio(industry: TaxonomyEntry | null, step: number, place: Place, languages: string[]): string {
    const rng = this.#rng;
    const [low, high] = YEARS[step] ?? [0, 0];
    const field = industry ? lowerFirst(industry.label) : 'my field';
    const work =
      step === 0
        ? flat`I am finishing my studies in ${place.city} and hope to build a career in ${field}.`
        : step === STAGE_STEPS - 1
          ? flat`After ${rng.int(low, high)} years in ${field} I have retired to ${place.city}, and I still follow the field closely.`
          : flat`I have worked in ${field} for ${rng.int(low, high)} years and live in ${place.city}.`;
    const spoken = list(languages.map((tag) => LANGUAGE_NAMES[tag] ?? tag));
    return flat`${work} Outside work I ${rng.pick(PASTIMES)}. I speak ${spoken}.`;
  }

  /** The place's main language, often its second and English, sometimes one more; one tag per language. */
  #languages(place: Place, home: Place): string[] {
    const rng = this.#rng;
    const tags = [place.languages[0] as string];
    if (home !== place) tags.push(home.languages[0] as string);
    if (place.languages[1] && rng.chance(0.4)) tags.push(place.languages[1]);
    if (rng.chance(0.7)) tags.push('en');
    if (rng.chance(0.08)) tags.push(rng.pick(OTHER_LANGUAGES));
    const seen = new Set<string>();
    const languages = tags.filter((tag) => {
      const primary = tag.split('-')[0] as string;
      if (seen.has(primary)) return false;
      seen.add(primary);
      return true;
    });
    return exact(languages);
  }

  #roleProfile(role: Role, industry: TaxonomyEntry | null, step: number, enrolledAt: string): RoleProfile {
    const rng = this.#rng;
    const topics = this.#topics(role, industry, step);
    const labels = topics.map((id) => lowerFirst(this.#settings.topics.find((t) => t.id === id)?.label ?? id));
    const statement =
      role === 'mentor'
        ? flat`I can help with ${list(labels)}. ${rng.pick(MENTOR_APPROACHES)}`
        : flat`${rng.pick(MENTEE_GOALS)} I would welcome guidance on ${list(labels)}.`;
    const meetingModes = MEETING_MODES.filter((mode) => rng.chance(MODE_CHANCE[mode]));
    return {
      topics,
      meetingModes: meetingModes.length > 0 ? exact(meetingModes) : ['video'],
      statement,
      enrolledAt,
    };
  }

  /** Mentors offer 3–6 topics, mentees seek 1–4; industry and career stage make some more likely. */
  #topics(role: Role, industry: TaxonomyEntry | null, step: number): string[] {
    const topics = this.#settings.topics.map((t) => t.id);
    const likely = new Set([
      ...((industry && INDUSTRY_TOPICS[industry.id]) || []),
      ...(role === 'mentor' && step >= 3 ? SENIOR_TOPICS : []),
      ...(role === 'mentee' && step <= 1 ? EARLY_CAREER_TOPICS : []),
    ]);
    const weights = topics.map((id) => (likely.has(id) ? 3 : 1));
    const count = role === 'mentor' ? this.#rng.int(3, 6) : this.#rng.int(1, 4);
    return exact(this.#rng.weightedSample(topics, weights, count));
  }

  #visibility(): Visibility {
    const visibility = { ...DEFAULT_VISIBILITY };
    if (this.#rng.chance(0.15)) {
      for (const field of this.#rng.shuffle(HIDEABLE_FIELDS).slice(0, this.#rng.int(1, 3))) visibility[field] = 'partners';
    }
    return visibility;
  }

  #uniqueEmail(local: string): string {
    const seen = this.#emails.get(local) ?? 0;
    this.#emails.set(local, seen + 1);
    return seen === 0 ? local : flat`${local}${seen + 1}`;
  }

  #avatar(initials: string): string {
    const color = this.#rng.pick(AVATAR_COLORS);
    const key = `${initials}${color}`;
    let url = this.#avatars.get(key);
    if (url === undefined) this.#avatars.set(key, (url = avatarDataUrl(initials, color)));
    return url;
  }
}

// ---------------------------------------------------------------------------------------------
// Mentorships

function add(counts: number[], index: number, delta: number): void {
  counts[index] = (counts[index] ?? 0) + delta;
}

interface Pair {
  mentor: number;
  mentee: number;
  requesterRole: Role;
}

class MentorshipGenerator {
  readonly #rng: Random;
  readonly #settings: ProgramSettings;
  readonly #now: number;
  readonly #members: Member[];
  /** Participating members enrolled as mentor / mentee, by index. */
  readonly #mentors: number[] = [];
  readonly #mentees: number[] = [];
  readonly #activeMentees: number[];
  readonly #activeMentors: number[];
  readonly #openSent: number[];
  /** `mentor:mentee` of every pending, saved or active mentorship. */
  readonly #livePairs = new Set<string>();
  readonly #out: Mentorship[] = [];
  readonly #ids: RosterIds;
  /** Members by id, to their index in the roster; mentorships by id, to their index in `#out`. */
  readonly #memberIndex = new Map<string, number>();
  readonly #mentorshipIndex = new Map<string, number>();

  constructor(rng: Random, settings: ProgramSettings, now: Date, members: Member[], ids: RosterIds) {
    this.#rng = rng;
    this.#settings = settings;
    this.#now = now.getTime();
    this.#members = members;
    this.#ids = ids;
    members.forEach((m, i) => {
      this.#memberIndex.set(m.id, i);
      if (m.availability.status !== 'participating') return;
      if (m.mentor) this.#mentors.push(i);
      if (m.mentee) this.#mentees.push(i);
    });
    this.#activeMentees = members.map(() => 0);
    this.#activeMentors = members.map(() => 0);
    this.#openSent = members.map(() => 0);
  }

  all(): Mentorship[] {
    if (this.#mentors.length === 0 || this.#mentees.length === 0) return [];
    const size = this.#members.length;
    // Finished pairs first, while nobody is full yet; they leave no active count behind.
    this.#repeat(Math.round(size * FINISHED_PAIRS), () => this.#finished());
    const mentorsEnrolled = this.#members.filter((m) => m.mentor !== null).length;
    const order = this.#rng.shuffle(this.#mentors);
    const full = Math.round(mentorsEnrolled * FULL_MENTORS);
    const partly = Math.round(mentorsEnrolled * PARTLY_TAKEN_MENTORS);
    order.slice(0, full).forEach((mentor) => this.#fill(mentor, this.#members[mentor]?.availability.capacity ?? 0));
    order.slice(full, full + partly).forEach((mentor) => {
      if ((this.#members[mentor]?.availability.capacity ?? 0) > 1) this.#fill(mentor, 1);
    });
    this.#repeat(Math.round(size * OPEN_REQUESTS), () => this.#open());
    this.#repeat(Math.round(size * DECLINED_REQUESTS), () => this.#declined());
    this.#repeat(Math.round(size * EXPIRED_REQUESTS), () => this.#expired());
    return this.#out;
  }

  /** Tries `make` until it has succeeded `count` times, giving up after a few misses per success. */
  #repeat(count: number, make: () => boolean): void {
    let made = 0;
    for (let tries = 0; made < count && tries < count * 5; tries++) if (make()) made++;
  }

  #fill(mentor: number, places: number): void {
    for (let tries = 0; (this.#activeMentees[mentor] ?? 0) < places && tries < places * 5; tries++) {
      const pair: Pair = { mentor, mentee: this.#rng.pick(this.#mentees), requesterRole: this.#rng.chance(0.8) ? 'mentee' : 'mentor' };
      const created = this.#createdAt(pair, 170, 3);
      if (created === null) continue;
      const acceptedAt = Math.min(created + this.#rng.int(1, 12) * DAY_MS, this.#now - 3_600_000);
      // A term long enough that the pair is still together today.
      const terms = this.#settings.termMonths.filter((t) => addMonths(new Date(acceptedAt), t).getTime() > this.#now + DAY_MS);
      if (terms.length === 0) continue;
      const request = this.#request(pair, created, this.#rng.pick(terms));
      if (request !== null) this.#accept(request, acceptedAt);
    }
  }

  #finished(): boolean {
    const pair = this.#randomPair();
    const created = this.#createdAt(pair, 900, 400);
    if (created === null) return false;
    const request = this.#request(pair, created, this.#rng.pick(this.#settings.termMonths));
    if (request === null) return false;
    let m = this.#accept(request, created + this.#rng.int(1, 7) * DAY_MS);
    const partner = this.#rng.chance(0.5) ? m.mentorId : m.menteeId;
    if (this.#rng.chance(0.75)) {
      const endsAt = new Date(m.endsAt ?? m.createdAt).getTime();
      m = this.#act(m, 'complete', partner, Math.min(endsAt + this.#rng.int(0, 14) * DAY_MS, this.#now - DAY_MS));
    } else {
      const endedAt = new Date(m.startedAt ?? m.createdAt).getTime() + this.#rng.int(20, 80) * DAY_MS;
      m = this.#act(m, 'end', partner, endedAt, this.#rng.pick(END_REASONS));
    }
    add(this.#activeMentees, pair.mentor, -1);
    add(this.#activeMentors, pair.mentee, -1);
    this.#livePairs.delete(`${pair.mentor}:${pair.mentee}`);
    for (const memberId of [m.menteeId, m.mentorId]) {
      if (!this.#rng.chance(0.6)) continue;
      const input = { rating: this.#rng.int(4, 5), comment: this.#rng.pick(FEEDBACK_COMMENTS) };
      m = applyFeedback(m, input, memberId, new Date(new Date(m.endedAt ?? m.createdAt).getTime() + this.#rng.int(1, 5) * DAY_MS));
    }
    this.#replace(m);
    return true;
  }

  #open(): boolean {
    const pair = this.#randomPair();
    const created = this.#createdAt(pair, this.#settings.requestExpiryDays - 1, 0);
    if (created === null) return false;
    let m = this.#request(pair, created);
    if (m === null) return false;
    const recipient = m.requesterId === m.mentorId ? m.menteeId : m.mentorId;
    if (this.#rng.chance(0.25)) m = this.#act(m, 'save', recipient, Math.min(created + DAY_MS, this.#now));
    // The reminder job would already have run for a request this close to its expiry; like the job, this
    // is bookkeeping that leaves the version alone.
    if (isReminderDue(m, new Date(this.#now), this.#settings)) {
      m = { ...m, remindedAt: iso(new Date(m.expiresAt).getTime() - this.#settings.reminderDays * DAY_MS) };
    }
    this.#replace(m);
    return true;
  }

  #declined(): boolean {
    const pair = this.#randomPair();
    const created = this.#createdAt(pair, 300, 10);
    if (created === null) return false;
    const m = this.#request(pair, created);
    if (m === null) return false;
    const recipient = m.requesterId === m.mentorId ? m.menteeId : m.mentorId;
    this.#close(pair, this.#act(m, 'decline', recipient, created + this.#rng.int(1, 9) * DAY_MS, this.#rng.pick(DECLINE_REASONS)));
    return true;
  }

  #expired(): boolean {
    const pair = this.#randomPair();
    const created = this.#createdAt(pair, 200, this.#settings.requestExpiryDays + 1);
    if (created === null) return false;
    const m = this.#request(pair, created);
    if (m === null) return false;
    this.#close(pair, expireIfDue(m, new Date(this.#now)) ?? m);
    return true;
  }

  #randomPair(): Pair {
    return {
      mentor: this.#rng.pick(this.#mentors),
      mentee: this.#rng.pick(this.#mentees),
      requesterRole: this.#rng.chance(0.7) ? 'mentee' : 'mentor',
    };
  }

  /** A time between `maxDaysAgo` and `minDaysAgo`, after both members enrolled; null if there is none. */
  #createdAt(pair: Pair, maxDaysAgo: number, minDaysAgo: number): number | null {
    const enrolled = Math.max(
      new Date(this.#members[pair.mentor]?.mentor?.enrolledAt ?? 0).getTime(),
      new Date(this.#members[pair.mentee]?.mentee?.enrolledAt ?? 0).getTime(),
    );
    const from = Math.max(this.#now - maxDaysAgo * DAY_MS, enrolled + DAY_MS);
    const to = this.#now - minDaysAgo * DAY_MS - 3_600_000;
    return from >= to ? null : from + Math.floor(this.#rng.next() * (to - from));
  }

  /** A request planned by the lifecycle (null when a guard refuses: same member, full, duplicate…). */
  #request(pair: Pair, createdAt: number, termMonths: TermMonths = this.#rng.pick(this.#settings.termMonths)): Mentorship | null {
    const mentor = this.#members[pair.mentor] as Member;
    const mentee = this.#members[pair.mentee] as Member;
    const requesterIsMentee = pair.requesterRole === 'mentee';
    const [requester, recipient] = requesterIsMentee ? [mentee, mentor] : [mentor, mentee];
    const requesterIndex = requesterIsMentee ? pair.mentee : pair.mentor;
    const sought = mentee.mentee?.topics ?? [];
    const shared = sought.filter((t) => mentor.mentor?.topics.includes(t));
    const areas = (shared.length > 0 ? shared : sought).slice(0, 3);
    const topic = this.#settings.topics.find((t) => t.id === areas[0])?.label ?? 'my goals';
    const input: MentorshipRequestInput = {
      recipientId: recipient.id,
      requesterRole: pair.requesterRole,
      areas,
      goals: this.#rng.pick(REQUEST_GOALS),
      termMonths,
      meetingMode: this.#meetingMode(mentor, mentee),
      message: this.#rng.pick(requesterIsMentee ? REQUEST_MESSAGES : INVITE_MESSAGES).replace('{topic}', lowerFirst(topic)),
    };
    let planned: Omit<Mentorship, 'id'>;
    try {
      planned = planRequest(input, {
        settings: this.#settings,
        now: new Date(createdAt),
        requester,
        recipient,
        requesterOpenRequests: this.#openSent[requesterIndex] ?? 0,
        pairHasLiveMentorship: this.#livePairs.has(`${pair.mentor}:${pair.mentee}`),
        // Made out of time order (finished pairs first, declines anywhere in the last year), so the
        // cooldowns, which only slow a requester down, are not replayed: the seed history is plausible without.
        requestAgainAt: null,
        mentorActiveMentees: this.#activeMentees[pair.mentor] ?? 0,
        menteeActiveMentors: this.#activeMentors[pair.mentee] ?? 0,
      });
    } catch {
      return null;
    }
    add(this.#openSent, requesterIndex, 1);
    this.#livePairs.add(`${pair.mentor}:${pair.mentee}`);
    const m = { id: this.#ids.mentorship(this.#out.length), ...planned };
    this.#mentorshipIndex.set(m.id, this.#out.length);
    this.#out.push(m);
    return m;
  }

  /** A way to meet both offer, else the mentee's first. */
  #meetingMode(mentor: Member, mentee: Member): MeetingMode {
    const wanted = mentee.mentee?.meetingModes ?? ['video'];
    const both = wanted.filter((mode) => mentor.mentor?.meetingModes.includes(mode));
    return this.#rng.pick(both.length > 0 ? both : wanted);
  }

  #accept(m: Mentorship, at: number): Mentorship {
    const mentor = this.#indexOf(m.mentorId);
    const mentee = this.#indexOf(m.menteeId);
    const accepted = applyAction(m, 'accept', {}, {
      settings: this.#settings,
      now: new Date(at),
      actorId: m.requesterId === m.mentorId ? m.menteeId : m.mentorId,
      mentorActiveMentees: this.#activeMentees[mentor] ?? 0,
      mentorCapacity: this.#members[mentor]?.availability.capacity ?? 0,
      menteeActiveMentors: this.#activeMentors[mentee] ?? 0,
    });
    add(this.#activeMentees, mentor, 1);
    add(this.#activeMentors, mentee, 1);
    add(this.#openSent, this.#indexOf(m.requesterId), -1);
    this.#replace(accepted);
    return accepted;
  }

  #act(m: Mentorship, action: 'save' | 'decline' | 'complete' | 'end', actorId: string, at: number, reason?: string): Mentorship {
    return applyAction(m, action, reason === undefined ? {} : { reason }, { settings: this.#settings, now: new Date(at), actorId });
  }

  /** A request that is no longer open: the pair may ask again, and the requester has a request back. */
  #close(pair: Pair, m: Mentorship): void {
    this.#livePairs.delete(`${pair.mentor}:${pair.mentee}`);
    add(this.#openSent, this.#indexOf(m.requesterId), -1);
    this.#replace(m);
  }

  #indexOf(id: string): number {
    return this.#memberIndex.get(id) ?? -1;
  }

  #replace(m: Mentorship): void {
    const index = this.#mentorshipIndex.get(m.id);
    if (index !== undefined) this.#out[index] = m;
  }
}
