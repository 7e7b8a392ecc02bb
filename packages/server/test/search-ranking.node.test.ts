// The search engine's shortcuts give the reference's answers (core's rankCandidates over a plain list): the
// best-k heap and the bound that gives up on hopeless candidates return the page a full sort would; a pool
// kept through changes ranks like the same candidates in a list; the text signature never misses a text that
// holds the words; each hit's score and reasons are the reference's. Over the demo's generated roster plus
// members at the edges (many languages and topics, unknown zones, missing fields), many viewers and every
// kind of criterion. (search-engine.node.test.ts adds the property test over generated rosters.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_PROGRAM_SETTINGS, Member, isAvailable, publicProfile, rankCandidates,
  type Candidate, type ProgramSettings, type RankInput, type Role, type SearchQuery,
} from '@mentor-match/core';
import { foldText } from '@mentor-match/core/fold';
import { generateRoster } from '@mentor-match/demo';
import { CandidatePool } from '../src/search/pool.ts';
import { PoolIndex } from '../src/search/ranking.ts';
import { Vocabularies } from '../src/search/vocabulary.ts';

const NOW = new Date('2026-03-29T01:30:00.000Z');
const settings = DEFAULT_PROGRAM_SETTINGS;
const roster = generateRoster({ size: 1_500, now: NOW });

/** Members at the edges of what ranking stores per candidate. */
const edges: Member[] = [
  edge('edge-many-languages', { languages: ['en', 'fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'sv'] }),
  edge('edge-many-topics', { mentor: { topics: settings.topics.slice(0, 14).map((t) => t.id) } }),
  // What publicProfile leaves of a time zone shown only to partners.
  { ...edge('edge-no-zone', {}), timeZone: '' },
  edge('edge-bare', { industry: null, careerStage: null, country: null, languages: [] }),
  edge('edge-text', { name: 'Zoë Ødegård-Łukasiewicz', headline: 'Grant   writing\tand  "data"-science', bio: 'São Paulo; Lagos.' }),
  edge('edge-same-name-a', { name: 'Alex Tie' }),
  edge('edge-same-name-b', { name: 'Alex Tie' }),
];

function edge(id: string, spec: Partial<Omit<Member, 'mentor'>> & { mentor?: Partial<NonNullable<Member['mentor']>> }): Member {
  const base = roster.members.find((m) => m.mentor !== null && m.mentee !== null && m.availability.status === 'participating') as Member;
  const { mentor, ...rest } = spec;
  return Member.parse({ ...base, ...rest, id, mentor: { ...base.mentor, ...mentor } });
}

const counts = new Map<string, { mentees: number; mentors: number }>();
for (const m of roster.mentorships) {
  if (m.state !== 'active') continue;
  const a = counts.get(m.mentorId) ?? { mentees: 0, mentors: 0 };
  counts.set(m.mentorId, { ...a, mentees: a.mentees + 1 });
  const b = counts.get(m.menteeId) ?? { mentees: 0, mentors: 0 };
  counts.set(m.menteeId, { ...b, mentors: b.mentors + 1 });
}
const members = [...roster.members, ...edges];
// Every third candidate whole (as a partner sees them), the others by their public profile.
const candidates: Candidate[] = members.map((member, i) => ({
  member: i % 3 === 0 ? member : publicProfile(member),
  activeMentees: counts.get(member.id)?.mentees ?? 0,
  activeMentors: counts.get(member.id)?.mentors ?? 0,
}));
const viewers: (Member | null)[] = [null, ...edges, ...roster.members.filter((_, i) => i % 97 === 0)];

const topics = settings.topics.map((t) => t.id);
const QUERIES: Omit<SearchQuery, 'find'>[] = [
  {},
  { topics: [topics[0] as string] },
  { topics: [topics[3] as string, topics[7] as string, 'no-such-topic'] },
  { text: 'grant writing' },
  { text: 'a' },
  { text: 'ing' },
  { text: 'são paulo' },
  { text: 'zzzz' },
  { industry: 'healthcare', careerStage: 'senior' },
  { language: 'pt', country: 'BR' },
  { language: 'EN-gb' },
  { maxHoursApart: 2 },
  { meetingMode: 'in-person' },
  { topics: [topics[1] as string], text: 'e' },
];

type Search = Omit<RankInput, 'candidates'>;
const ids = (result: ReturnType<typeof rankCandidates>) => result.page.map((hit) => hit.candidate.member.id);
const plain = (result: ReturnType<typeof rankCandidates>) => ({
  total: result.total,
  page: result.page.map((hit) => ({ id: hit.candidate.member.id, member: hit.candidate.member, score: hit.score, reasons: hit.reasons })),
});

function poolOf(list: Iterable<Candidate>, role: Role, vocabularies = new Vocabularies()): CandidatePool {
  const pool = new CandidatePool(role, vocabularies);
  for (const c of list) pool.set(c);
  return pool;
}

/** The engine's answer: rankCandidates hands a PoolIndex to it. */
const engine = (input: Search, pool: CandidatePool, replacements: Candidate[] = []) =>
  rankCandidates({ ...input, candidates: new PoolIndex(pool, replacements) });
const reference = (input: Search, list: Iterable<Candidate>) => rankCandidates({ ...input, candidates: [...list] });

function eachSearch(test: (input: Search, role: Role) => void): void {
  for (const [qi, query] of QUERIES.entries()) {
    for (const [vi, viewer] of viewers.entries()) {
      if ((qi + vi) % 2 === 1) continue;
      for (const find of ['mentors', 'mentees'] as const) {
        test({ viewer, query: { find, ...query }, settings, now: NOW }, find === 'mentors' ? 'mentor' : 'mentee');
      }
    }
  }
}

describe('the search engine against the reference', () => {
  const pools = { mentor: poolOf(candidates, 'mentor'), mentee: poolOf(candidates, 'mentee') };

  it('returns the page a full sort returns, deep pages included', () => {
    eachSearch((input, role) => {
      // 300 is a deep page: the heap holds 300, and the bound rarely gives up on anyone.
      const all = reference(input, candidates);
      const full = reference({ ...input, query: { ...input.query, offset: 0, limit: 300 } }, candidates);
      assert.equal(full.total, all.total);
      for (const [offset, limit] of [[0, 20], [0, 1], [37, 20], [80, 100], [250, 50]] as const) {
        const query = { ...input.query, offset, limit };
        for (const page of [reference({ ...input, query }, candidates), engine({ ...input, query }, pools[role])]) {
          assert.equal(page.total, full.total);
          assert.deepEqual(ids(page), ids(full).slice(offset, offset + limit), `${JSON.stringify(input.query)} ${offset}+${limit}`);
          assert.deepEqual(plain(page).page, plain(full).page.slice(offset, offset + limit));
        }
      }
    });
  });

  it('counts every available candidate meeting the criteria, text found wherever it is', () => {
    const labels = new Map(settings.topics.map((t) => [t.id, t.label]));
    for (const text of ['grant writing', 'ing', 'lagos', 'zoë', 'ødegård', 'alex', 'data"-science', 'o p']) {
      const words = foldText(text).split(/\s+/).filter(Boolean);
      for (const find of ['mentors', 'mentees'] as const) {
        const role = find === 'mentors' ? 'mentor' : 'mentee';
        const expected = candidates.filter((c) => {
          const profile = c.member[role];
          if (profile === null || !isAvailable(c, role, settings)) return false;
          const haystack = foldText([c.member.name, c.member.headline, c.member.bio, profile.statement, ...profile.topics.map((id) => labels.get(id) ?? id)].join('\n'));
          return words.every((word) => haystack.includes(word));
        }).length;
        const input: Search = { viewer: null, query: { find, text }, settings, now: NOW };
        assert.equal(reference(input, candidates).total, expected, text);
        assert.equal(engine(input, poolOf(candidates, role)).total, expected, text);
      }
    }
  });

  it('gives each hit the reference’s score and reasons', () => {
    eachSearch((input, role) => assert.deepEqual(plain(engine(input, pools[role])), plain(reference(input, candidates)), JSON.stringify(input.query)));
  });

  it('ranks a pool kept through changes like the same candidates in a list', () => {
    const vocabularies = new Vocabularies();
    const kept = { mentor: new CandidatePool('mentor', vocabularies), mentee: new CandidatePool('mentee', vocabularies) };
    const list = new Map<string, Candidate>();
    const put = (c: Candidate) => {
      list.set(c.member.id, c);
      kept.mentor.set(c);
      kept.mentee.set(c);
    };
    const drop = (id: string) => {
      list.delete(id);
      assert.equal(kept.mentor.delete(id), true);
      assert.equal(kept.mentee.delete(id), true);
    };
    const compare = (round: string) =>
      eachSearch((input, role) => {
        assert.deepEqual(plain(engine(input, kept[role])), plain(reference(input, list.values())), `${round} ${JSON.stringify(input.query)}`);
      });
    candidates.slice(0, 600).forEach(put);
    compare('first 600'); // builds the text columns
    candidates.slice(600).forEach(put); // the pools grow, text included
    for (const c of candidates.slice(100, 400)) if (c.member.id.endsWith('3')) drop(c.member.id);
    for (const c of candidates.slice(0, 200)) put({ ...c, activeMentees: c.activeMentees + 1, member: { ...c.member, bio: `${c.member.bio} zanzibar` } });
    compare('after changes');
    assert.equal(kept.mentor.size, list.size);
    assert.deepEqual(new Set([...kept.mentor].map((c) => c.member.id)), new Set(list.keys()));
    assert.equal(engine({ viewer: null, query: { find: 'mentors', text: 'zanzibar' }, settings, now: NOW }, kept.mentor).total,
      [...list.values()].filter((c) => c.member.bio.includes('zanzibar') && isAvailable(c, 'mentor', settings)).length);
  });

  it('ranks a pool with some candidates replaced (partners, whole) like the list with them replaced', () => {
    const publicOnes = members.map((member) => ({ ...(candidates.find((c) => c.member.id === member.id) as Candidate), member: publicProfile(member) }));
    const whole = publicOnes.filter((_, i) => i % 40 === 1).map((c) => ({ ...c, member: members.find((m) => m.id === c.member.id) as Member }));
    const replaced = new Map(whole.map((c) => [c.member.id, c]));
    const vocabularies = new Vocabularies();
    const publicPools = { mentor: poolOf(publicOnes, 'mentor', vocabularies), mentee: poolOf(publicOnes, 'mentee', vocabularies) };
    const list = publicOnes.map((c) => replaced.get(c.member.id) ?? c);
    eachSearch((input, role) => {
      assert.deepEqual(plain(engine(input, publicPools[role], whole)), plain(reference(input, list)));
    });
  });

  it('gives a program whose weights are all zero a score of 0 for everyone, best places first', () => {
    const zero: ProgramSettings = { ...settings, matchWeights: { topics: 0, industry: 0, careerStage: 0, language: 0, timeZone: 0, meetingMode: 0 } };
    const input: Search = { viewer: viewers[3] ?? null, query: { find: 'mentors' }, settings: zero, now: NOW };
    const deep: Search = { ...input, query: { find: 'mentors', limit: 100, offset: 0 } };
    for (const rank of [(search: Search) => reference(search, candidates), (search: Search) => engine(search, pools.mentor)]) {
      const result = rank(input);
      assert.ok(result.page.every((hit) => hit.score === 0 && hit.reasons.length === 0));
      assert.deepEqual(ids(result), ids(rank(deep)).slice(0, 20));
    }
  });
});

describe('the search engine’s state', () => {
  it('belongs to its pools: two sets of pools (two directories, or one after a reset) share no numbers', () => {
    const first = new Vocabularies();
    const second = new Vocabularies();
    const other = generateRoster({ size: 300, seed: 7, now: NOW }).members.map((member) => ({ member, activeMentees: 0, activeMentors: 1 }));
    const a = poolOf(candidates, 'mentor', first);
    const b = poolOf(other, 'mentor', second);
    const input: Search = { viewer: viewers[5] ?? null, query: { find: 'mentors', text: 'e' }, settings, now: NOW };
    // Turns taken, as two servers in one process would: each answers as the reference over its own members.
    for (const round of [1, 2, 3]) {
      assert.deepEqual(plain(engine(input, a)), plain(reference(input, candidates)), `a, round ${round}`);
      assert.deepEqual(plain(engine(input, b)), plain(reference(input, other)), `b, round ${round}`);
    }
    assert.ok(first.words.size > second.words.size, 'the larger roster has more words');
    const zones = (list: Candidate[]) => new Set(list.map((c) => c.member.timeZone)).size;
    assert.equal(first.zones.size, zones(candidates));
    assert.equal(second.zones.size, zones(other));
    assert.equal(new Vocabularies().words.size, 0, 'a new set of pools starts with nothing');
  });

  it('the reference ranks a list however often a record is given: each time is a candidate', () => {
    const once = reference({ viewer: null, query: { find: 'mentors', limit: 100 }, settings, now: NOW }, candidates);
    const twice = reference({ viewer: null, query: { find: 'mentors', limit: 100 }, settings, now: NOW }, [...candidates, ...candidates]);
    assert.equal(twice.total, 2 * once.total);
    assert.deepEqual(ids(twice).filter((_, i) => i % 2 === 0), ids(once).slice(0, 50));
  });
});
