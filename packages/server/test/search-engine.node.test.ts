// The property that lets the server rank with its own engine: over thousands of generated rosters and
// queries, the column-based engine (src/search/) returns exactly what core's reference, rankCandidates over
// the same candidates as a plain list, returns: the total, the page (order included), each score and each
// reason. Rosters mix every value ranking reads (topics in and out of the program, industries, career
// stages, language tags, countries, time zones known, unknown and hidden, meeting modes), paused and full
// members, fields hidden from non-partners, the viewer's partners seen whole, ties on score, places and
// names; queries use every criterion, free text, offsets, limits and both directions, at instants across
// a year (daylight saving time). Between searches the roster changes (members leave, come back changed,
// fill up), as the directory's pools do.
//
// Seeded: a failure prints fast-check's `seed` and `path`; give them to `fc.assert` (`{ seed, path }`) to
// replay that one case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_VISIBILITY, MEETING_MODES, VISIBLE_FIELDS, programSettings, publicProfile, rankCandidates,
  type Candidate, type Member, type ProgramSettings, type RankInput, type SearchQuery, type Visibility,
} from '@mentor-match/core';
import { CandidatePool } from '../src/search/pool.ts';
import { PoolIndex, rankPool } from '../src/search/ranking.ts';
import { Vocabularies } from '../src/search/vocabulary.ts';

const SEED = 20261204;
const ROSTERS = 2_000;

/** A small program, so that values, scores and names collide often. */
const SETTINGS = programSettings({
  topics: [
    { id: 'data', label: 'Data science' }, { id: 'grants', label: 'Grant writing' }, { id: 'lead', label: 'Leadership' },
    { id: 'talk', label: 'Public speaking' }, { id: 'stats', label: 'Statistics' }, { id: 'abroad', label: 'Working abroad' },
  ],
  industries: [{ id: 'pharma', label: 'Pharmaceuticals' }, { id: 'academia', label: 'Academia' }, { id: 'energy', label: 'Energy' }],
  careerStages: [
    { id: 'student', label: 'Student', rank: 0 }, { id: 'early', label: 'Early career', rank: 1 },
    { id: 'mid', label: 'Mid-career', rank: 2 }, { id: 'senior', label: 'Senior', rank: 3 },
  ],
});
const TOPICS = [...SETTINGS.topics.map((t) => t.id), 'unlisted-topic'];
const INDUSTRIES = [...SETTINGS.industries.map((t) => t.id), 'unlisted-industry'];
const STAGES = [...SETTINGS.careerStages.map((s) => s.id), 'unlisted-stage'];
const LANGUAGES = ['en', 'en-GB', 'EN-us', 'fr', 'fr-CA', 'pt', 'pt-BR', 'de', 'sw', 'zh-Hant'];
const COUNTRIES = ['GB', 'FR', 'NG', 'BR', 'IN'];
/** Whole, half and quarter hours, daylight saving both ways, an unknown zone and a hidden one (''). */
const ZONES = [
  'UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Mars/Olympus', '',
];
const NAMES = ['Ana', 'Ána', 'ana', 'Zoë', 'Zoe', 'Łukasz Wójcik', 'Bo Lin', 'Alex Tie', 'Nguyễn Thị Hương'];
/** Words in profile text; search words come from these, from parts of them and from words no one has. */
const WORDS = ['grant', 'writing', 'data-science', 'São', 'Paulo', 'STATISTICS', 'lagos', 'müller', 'ingénieure', 'e', 'a', 'ing'];
const SEARCH_WORDS = [...WORDS, 'sao', 'ingenieure', 'stat', 'writ', 'zanzibar', 'data science', 'Paulo  lagos', '   '];
/** A year of instants from 1 January 2026. */
const YEAR_MS = 365 * 24 * 3600 * 1000;
const JANUARY = Date.UTC(2026, 0, 1);

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '\t', '\n', ', ', '-', '')), { maxLength: 5 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

const roleProfile = fc.record({
  // Now and then a topic twice: it is shared once.
  topics: fc.oneof({ arbitrary: fc.subarray(TOPICS), weight: 4 }, { arbitrary: fc.array(fc.constantFrom(...TOPICS), { maxLength: 5 }), weight: 1 }),
  meetingModes: fc.subarray([...MEETING_MODES]),
  statement: text,
  enrolledAt: fc.constant('2025-06-01T09:00:00.000Z'),
});

const visibility = fc
  .array(fc.constantFrom(...VISIBLE_FIELDS), { maxLength: 4 })
  .map((hidden) => Object.fromEntries(VISIBLE_FIELDS.map((field) => [field, hidden.includes(field) ? 'partners' : DEFAULT_VISIBILITY[field]])) as Visibility);

/** Most members have places left; some are full (up to 3: over a capacity of 1 to 3, or the program's limit). */
const activeCount = fc.constantFrom(0, 0, 0, 1, 2, 3);

/** A member of the roster, with the counts search reads; `n` makes the id. */
const generatedCandidate = (n: number) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      headline: text,
      bio: text,
      industry: fc.option(fc.constantFrom(...INDUSTRIES), { nil: null }),
      careerStage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
      timeZone: fc.constantFrom(...ZONES),
      languages: fc.subarray(LANGUAGES, { maxLength: 3 }),
      mentor: fc.option(roleProfile, { nil: null, freq: 3 }),
      mentee: fc.option(roleProfile, { nil: null, freq: 3 }),
      paused: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      capacity: fc.integer({ min: 1, max: 3 }),
      visibility,
      activeMentees: activeCount,
      activeMentors: activeCount,
    }, { noNullPrototype: true })
    .map(({ paused, capacity, activeMentees, activeMentors, ...fields }): Candidate => ({
      member: {
        id: `m${String(n).padStart(3, '0')}`,
        photoUrl: null, email: `m${n}@members.example.org`, phone: null, city: null, links: [], codeOfConductAcceptedAt: null,
        codeOfConductVersion: null, mentorApproval: null, suspension: null,
        availability: { status: paused ? 'paused' : 'participating', returnDate: null, capacity },
        ...fields,
      },
      activeMentees,
      activeMentors,
    }));

const roster = fc.integer({ min: 0, max: 40 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, n) => generatedCandidate(n))));

/** A value for each criterion; a query gives a few of them (with all at once, hardly anyone is found). */
const criteria = fc.record({
  topics: fc.subarray([...TOPICS, 'no-one-has-it'], { minLength: 1 }),
  industry: fc.constantFrom(...INDUSTRIES, 'no-such-industry'),
  careerStage: fc.constantFrom(...STAGES),
  language: fc.constantFrom(...LANGUAGES, 'PT-pt', 'ja'),
  country: fc.constantFrom(...COUNTRIES, 'JP'),
  maxHoursApart: fc.integer({ min: 0, max: 52 }).map((halves) => halves / 2),
  meetingMode: fc.constantFrom(...MEETING_MODES),
  text: fc.array(fc.constantFrom(...SEARCH_WORDS), { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')),
}, { noNullPrototype: true });
type Criteria = typeof criteria extends fc.Arbitrary<infer T> ? T : never;
const CRITERION_NAMES = ['topics', 'industry', 'careerStage', 'language', 'country', 'maxHoursApart', 'meetingMode', 'text'] as const;

const query: fc.Arbitrary<SearchQuery> = fc
  .record({
    find: fc.constantFrom('mentors', 'mentees'),
    given: fc.subarray([...CRITERION_NAMES], { maxLength: 3 }),
    values: criteria,
    page: fc.record({ offset: fc.integer({ min: 0, max: 12 }), limit: fc.integer({ min: 1, max: 25 }) }, { requiredKeys: [] }),
  })
  .map(({ find, given, values, page }) => ({
    find,
    ...Object.fromEntries(given.map((name) => [name, values[name]])) as Partial<Criteria>,
    ...page,
  }));

/** Zero leaves a part out. */
const weight = fc.constantFrom(0, 0, 1, 10, 15, 40, 100);

const settings: fc.Arbitrary<ProgramSettings> = fc
  .record({
    weights: fc.tuple(weight, weight, weight, weight, weight, weight),
    mentorsPerMentee: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ weights: [topics, industry, careerStage, language, timeZone, meetingMode], mentorsPerMentee }) => ({
    ...SETTINGS,
    mentorsPerMentee,
    matchWeights: { topics, industry, careerStage, language, timeZone, meetingMode },
  }));

/** A change to the roster between searches, by position (so any roster can take it). */
const change = fc.record({ at: fc.nat(), kind: fc.constantFrom('leave', 'fill', 'rename', 'pause') });

interface Case {
  candidates: Candidate[];
  /** The viewer: nobody, a member of the roster, or someone outside it. */
  viewer: { kind: 'none' } | { kind: 'member'; at: number } | { kind: 'outsider'; candidate: Candidate };
  /** Positions of the viewer's partners (seen whole; everyone else by their public profile). */
  partners: number[];
  settings: ProgramSettings;
  now: Date;
  queries: SearchQuery[];
  changes: { at: number; kind: string }[];
  later: SearchQuery[];
}

const cases: fc.Arbitrary<Case> = roster.chain((candidates) =>
  fc.record({
    candidates: fc.constant(candidates),
    viewer: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.nat().map((at) => ({ kind: 'member' as const, at })),
      generatedCandidate(999).map((candidate) => ({ kind: 'outsider' as const, candidate })),
    ),
    partners: fc.array(fc.nat(), { maxLength: 10 }),
    settings,
    now: fc.integer({ min: 0, max: YEAR_MS }).map((ms) => new Date(JANUARY + ms)),
    queries: fc.array(query, { minLength: 1, maxLength: 3 }),
    changes: fc.array(change, { maxLength: 4 }),
    later: fc.array(query, { minLength: 1, maxLength: 2 }),
  }),
);

const plain = (result: ReturnType<typeof rankCandidates>) => ({
  total: result.total,
  page: result.page.map((hit) => ({ member: hit.candidate.member, counts: [hit.candidate.activeMentees, hit.candidate.activeMentors], score: hit.score, reasons: hit.reasons })),
});

/** The roster after one change: a member leaves, fills up, changes their text, or pauses. */
function changed(candidates: Candidate[], { at, kind }: { at: number; kind: string }): Candidate[] {
  if (candidates.length === 0) return candidates;
  const i = at % candidates.length;
  const c = candidates[i] as Candidate;
  const next: Candidate | null =
    kind === 'leave' ? null
    : kind === 'fill' ? { ...c, activeMentees: c.activeMentees + 1, activeMentors: c.activeMentors + 1 }
    : kind === 'rename' ? { ...c, member: { ...c.member, name: 'Zoë', bio: `${c.member.bio} zanzibar` } }
    : { ...c, member: { ...c.member, availability: { ...c.member.availability, status: c.member.availability.status === 'paused' ? 'participating' : 'paused' } } };
  return next === null ? candidates.filter((_, j) => j !== i) : candidates.map((other, j) => (j === i ? next : other));
}

/** What the searches of a run met, so that a generator gone narrow (every page empty, say) fails the test. */
const coverage = {
  searches: 0,
  'a page with hits': 0,
  'a hit with reasons': 0,
  'a partner among the hits': 0,
  'text found': 0,
  'hours apart from a viewer': 0,
  'a later page': 0,
  'hits tied on score and places': 0,
};

function count(q: SearchQuery, result: ReturnType<typeof rankCandidates>, viewer: Member | null, partners: ReadonlySet<string>): void {
  const { page, total } = result;
  coverage.searches += 1;
  if (page.length > 0) coverage['a page with hits'] += 1;
  if (page.some((hit) => hit.reasons.length > 0)) coverage['a hit with reasons'] += 1;
  if (page.some((hit) => partners.has(hit.candidate.member.id))) coverage['a partner among the hits'] += 1;
  if (q.text?.trim() && total > 0) coverage['text found'] += 1;
  if (q.maxHoursApart !== undefined && viewer !== null && total > 0) coverage['hours apart from a viewer'] += 1;
  if ((q.offset ?? 0) > 0 && page.length > 0) coverage['a later page'] += 1;
  if (page.some((hit, i) => i > 0 && hit.score === page[i - 1]?.score)) coverage['hits tied on score and places'] += 1;
}

/** Runs every search of the case through the reference and the engine (with and without its column versions). */
function check(test: Case): void {
  let candidates = test.candidates;
  const viewer =
    test.viewer.kind === 'none' ? null
    : test.viewer.kind === 'outsider' ? test.viewer.candidate.member
    : (candidates[test.viewer.at % Math.max(1, candidates.length)]?.member ?? null);
  const partners = new Set(test.partners.flatMap((at) => candidates[at % Math.max(1, candidates.length)]?.member.id ?? []));
  // The directory's way: pools of public profiles kept through changes; partners replaced by their whole records.
  const vocabularies = new Vocabularies();
  const pools = { mentor: new CandidatePool('mentor', vocabularies), mentee: new CandidatePool('mentee', vocabularies) };
  const asPublic = (c: Candidate): Candidate => ({ ...c, member: publicProfile(c.member) });
  const put = (list: Candidate[]) => {
    for (const pool of Object.values(pools)) {
      for (const c of [...pool]) if (!list.some((other) => other.member.id === c.member.id)) pool.delete(c.member.id);
      for (const c of list) pool.set(asPublic(c));
    }
  };
  const search = (q: SearchQuery) => {
    const input: Omit<RankInput, 'candidates'> = { viewer, query: q, settings: test.settings, now: test.now };
    const seen = candidates.map((c) => (partners.has(c.member.id) ? c : asPublic(c)));
    const whole = candidates.filter((c) => partners.has(c.member.id));
    const pool = pools[q.find === 'mentors' ? 'mentor' : 'mentee'];
    const reference = rankCandidates({ ...input, candidates: seen });
    count(q, reference, viewer, partners);
    const expected = plain(reference);
    assert.deepEqual(plain(rankCandidates({ ...input, candidates: new PoolIndex(pool, whole) })), expected, 'the engine');
    assert.deepEqual(plain(rankPool(pool, whole, input, { criteria: {}, parts: {} })), expected, 'the engine on records alone');
  };
  put(candidates);
  test.queries.forEach(search);
  for (const step of test.changes) candidates = changed(candidates, step);
  put(candidates);
  test.later.forEach(search);
}

describe('the search engine, property', () => {
  it(`returns the reference's total, page, scores and reasons over ${ROSTERS.toLocaleString('en')} generated rosters`, () => {
    fc.assert(fc.property(cases, check), { seed: SEED, numRuns: ROSTERS });
    assert.ok(coverage.searches >= 2 * ROSTERS, `${coverage.searches} searches`);
    // Each situation met in at least one search in forty: the comparisons above were not all made on empty pages.
    for (const [situation, searches] of Object.entries(coverage)) {
      assert.ok(searches >= coverage.searches / 40, `${situation}: ${searches} of ${coverage.searches} searches`);
    }
  });
});
