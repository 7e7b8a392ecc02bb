// Ranking's shortcuts give the same answers as the plain rules: the best-k buffer and the bound that gives
// up on hopeless candidates return the page a full sort would; a CandidatePool kept through changes ranks
// like the same candidates handed over as a list; the text signature never misses a text that holds the
// words; each hit's score is scoreMatch's. Over a generated roster plus members at the edges (many
// languages and topics, unknown zones, missing fields), many viewers and every kind of criterion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText } from '../src/fold.ts';
import {
  CandidatePool, DEFAULT_PROGRAM_SETTINGS, Member, isAvailable, publicProfile, rankCandidates, scoreMatch,
  type Candidate, type ProgramSettings, type RankInput, type Role, type SearchQuery,
} from '../src/index.ts';
import { generateRoster } from '@mentor-match/demo';

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

const ids = (result: ReturnType<typeof rankCandidates>) => result.page.map((hit) => hit.candidate.member.id);
const plain = (result: ReturnType<typeof rankCandidates>) => ({
  total: result.total,
  page: result.page.map((hit) => ({ id: hit.candidate.member.id, member: hit.candidate.member, score: hit.score, reasons: hit.reasons })),
});

function eachSearch(test: (input: Omit<RankInput, 'candidates'>, role: Role) => void): void {
  for (const [qi, query] of QUERIES.entries()) {
    for (const [vi, viewer] of viewers.entries()) {
      if ((qi + vi) % 2 === 1) continue;
      for (const find of ['mentors', 'mentees'] as const) {
        test({ viewer, query: { find, ...query }, settings, now: NOW }, find === 'mentors' ? 'mentor' : 'mentee');
      }
    }
  }
}

describe('rankCandidates shortcuts', () => {
  it('returns the page a full sort returns, deep pages included', () => {
    eachSearch((input) => {
      // 300 is past the best-k buffer: everything is collected and sorted, no bound applies.
      const all = rankCandidates({ ...input, candidates, query: { ...input.query, offset: 0, limit: 300 } });
      for (const [offset, limit] of [[0, 20], [0, 1], [37, 20], [80, 100]] as const) {
        const page = rankCandidates({ ...input, candidates, query: { ...input.query, offset, limit } });
        assert.equal(page.total, all.total);
        assert.deepEqual(ids(page), ids(all).slice(offset, offset + limit), `${JSON.stringify(input.query)} ${offset}+${limit}`);
        assert.deepEqual(plain(page).page, plain(all).page.slice(offset, offset + limit));
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
        const pool = new CandidatePool(role);
        for (const c of candidates) pool.set(c);
        for (const given of [candidates, pool]) {
          assert.equal(rankCandidates({ candidates: given, viewer: null, query: { find, text }, settings, now: NOW }).total, expected, text);
        }
      }
    }
  });

  it('scores each hit as scoreMatch does', () => {
    eachSearch((input) => {
      for (const hit of rankCandidates({ ...input, candidates }).page) {
        const { find, ...query } = input.query;
        const match = scoreMatch({ viewer: input.viewer, member: hit.candidate.member, find, query, settings, now: NOW });
        assert.deepEqual({ score: hit.score, reasons: hit.reasons }, match);
      }
    });
  });

  it('ranks a CandidatePool kept through changes like the same candidates in a list', () => {
    const pools = { mentor: new CandidatePool('mentor'), mentee: new CandidatePool('mentee') };
    const list = new Map<string, Candidate>();
    const put = (c: Candidate) => {
      list.set(c.member.id, c);
      pools.mentor.set(c);
      pools.mentee.set(c);
    };
    const drop = (id: string) => {
      list.delete(id);
      assert.equal(pools.mentor.delete(id), true);
      assert.equal(pools.mentee.delete(id), true);
    };
    const compare = (round: string) =>
      eachSearch((input, role) => {
        const expected = plain(rankCandidates({ ...input, candidates: [...list.values()] }));
        assert.deepEqual(plain(rankCandidates({ ...input, candidates: pools[role] })), expected, `${round} ${JSON.stringify(input.query)}`);
      });
    candidates.slice(0, 600).forEach(put);
    compare('first 600'); // builds the text columns
    candidates.slice(600).forEach(put); // the pools grow, text included
    for (const c of candidates.slice(100, 400)) if (c.member.id.endsWith('3')) drop(c.member.id);
    for (const c of candidates.slice(0, 200)) put({ ...c, activeMentees: c.activeMentees + 1, member: { ...c.member, bio: `${c.member.bio} zanzibar` } });
    compare('after changes');
    assert.equal(pools.mentor.size, list.size);
    assert.deepEqual(new Set([...pools.mentor].map((c) => c.member.id)), new Set(list.keys()));
    assert.equal(rankCandidates({ viewer: null, query: { find: 'mentors', text: 'zanzibar' }, settings, now: NOW, candidates: pools.mentor }).total,
      [...list.values()].filter((c) => c.member.bio.includes('zanzibar') && isAvailable(c, 'mentor', settings)).length);
  });

  it('ranks a pool with some candidates replaced (partners, whole) like the list with them replaced', () => {
    const publicOnes = members.map((member) => ({ ...(candidates.find((c) => c.member.id === member.id) as Candidate), member: publicProfile(member) }));
    const whole = publicOnes.filter((_, i) => i % 40 === 1).map((c) => ({ ...c, member: members.find((m) => m.id === c.member.id) as Member }));
    const replaced = new Map(whole.map((c) => [c.member.id, c]));
    const pools = { mentor: new CandidatePool('mentor'), mentee: new CandidatePool('mentee') };
    for (const c of publicOnes) {
      pools.mentor.set(c);
      pools.mentee.set(c);
    }
    const list = publicOnes.map((c) => replaced.get(c.member.id) ?? c);
    eachSearch((input, role) => {
      assert.deepEqual(plain(rankCandidates({ ...input, candidates: pools[role].with(whole) })), plain(rankCandidates({ ...input, candidates: list })));
    });
  });

  it('ranks plain candidates the same however many searches over other records came before', () => {
    const poolOf = (list: Candidate[], role: Role) => {
      const pool = new CandidatePool(role);
      for (const c of list) pool.set(c);
      return pool;
    };
    // Two programs' members taking turns (MemoryAdapter instances side by side), the same records with
    // other counts (mentors filling up), and a record given twice.
    const other = generateRoster({ size: 1_200, seed: 7, now: NOW }).members.map((member) => ({ member, activeMentees: 0, activeMentors: 1 }));
    const fuller = candidates.map((c, i) => ({ ...c, activeMentees: c.activeMentees + (i % 2), activeMentors: c.activeMentors + (i % 3 === 0 ? 1 : 0) }));
    for (const [round, list] of [candidates, other, candidates.slice(0, 700), other, fuller, candidates].entries()) {
      eachSearch((input, role) => {
        const expected = plain(rankCandidates({ ...input, candidates: poolOf(list, role) }));
        assert.deepEqual(plain(rankCandidates({ ...input, candidates: list })), expected, `round ${round} ${JSON.stringify(input.query)}`);
      });
    }
    const once = rankCandidates({ candidates, viewer: null, query: { find: 'mentors', limit: 100 }, settings, now: NOW });
    const twice = rankCandidates({ candidates: [...candidates, ...candidates], viewer: null, query: { find: 'mentors', limit: 100 }, settings, now: NOW });
    assert.equal(twice.total, 2 * once.total);
    assert.deepEqual(ids(twice).filter((_, i) => i % 2 === 0), ids(once).slice(0, 50));
  });

  it('gives a program whose weights are all zero a score of 0 for everyone, best places first', () => {
    const zero: ProgramSettings = { ...settings, matchWeights: { topics: 0, industry: 0, careerStage: 0, language: 0, timeZone: 0, meetingMode: 0 } };
    const result = rankCandidates({ candidates, viewer: viewers[3] ?? null, query: { find: 'mentors' }, settings: zero, now: NOW });
    assert.ok(result.page.every((hit) => hit.score === 0 && hit.reasons.length === 0));
    const all = rankCandidates({ candidates, viewer: viewers[3] ?? null, query: { find: 'mentors', limit: 100, offset: 0 }, settings: zero, now: NOW });
    assert.deepEqual(ids(result), ids(all).slice(0, 20));
  });
});
