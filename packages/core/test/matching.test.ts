import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROGRAM_SETTINGS, MatchReason, programSettings, rankCandidates, hoursApart,
  utcOffsetHours, type Candidate, type MatchWeights, type Member, type RankInput, type SearchQuery,
} from '../src/index.ts';
import { member as fixtureMember, type MemberSpec } from './member-fixtures.ts';

const NOW = new Date('2026-01-15T12:00:00.000Z');
/** A valid member, enrolled as mentor unless told otherwise (the fixtures' member, without the mentee role). */
const member = (id: string, spec: MemberSpec = {}): Member => fixtureMember(id, { mentee: null, ...spec });

const candidate = (m: Member, counts: Partial<Omit<Candidate, 'member'>> = {}): Candidate => ({
  member: m, activeMentees: 0, activeMentors: 0, ...counts,
});

const NO_WEIGHTS: MatchWeights = { topics: 0, industry: 0, careerStage: 0, language: 0, timeZone: 0, meetingMode: 0 };
/** Settings in which only the given parts count. */
const weighted = (weights: Partial<MatchWeights>) => programSettings({ matchWeights: { ...NO_WEIGHTS, ...weights } });

function rank(members: (Member | Candidate)[], query: Partial<SearchQuery> = {}, options: Partial<RankInput> = {}) {
  return rankCandidates({
    candidates: members.map((m) => ('member' in m ? m : candidate(m))),
    viewer: null,
    query: { find: 'mentors', ...query },
    settings: DEFAULT_PROGRAM_SETTINGS,
    now: NOW,
    ...options,
  });
}
const ids = (result: ReturnType<typeof rank>) => result.page.map((r) => r.candidate.member.id);

/** The single result for one candidate, scored against the viewer. */
function scoreOf(viewer: Member, other: Member, settings = DEFAULT_PROGRAM_SETTINGS, query: Partial<SearchQuery> = {}) {
  const [hit] = rank([other], query, { viewer, settings }).page;
  if (!hit) throw new Error('candidate was filtered out');
  return hit;
}
const reason = <K extends MatchReason['kind']>(reasons: MatchReason[], kind: K) =>
  reasons.find((r): r is Extract<MatchReason, { kind: K }> => r.kind === kind);

describe('matching: availability', () => {
  it('finds members enrolled in the role sought, and only them', () => {
    const mentor = member('a', { mentor: {} });
    const mentee = member('b', { mentor: null, mentee: {} });
    const both = member('c', { mentor: {}, mentee: {} });
    expect(ids(rank([mentor, mentee, both], { find: 'mentors' }))).to.have.members(['a', 'c']);
    expect(ids(rank([mentor, mentee, both], { find: 'mentees' }))).to.have.members(['b', 'c']);
  });

  it('blank criteria list everyone available, with the total', () => {
    const members = ['a', 'b', 'c', 'd'].map((id) => member(id));
    const result = rank(members);
    expect(result.total).to.equal(4);
    expect(ids(result)).to.have.members(['a', 'b', 'c', 'd']);
    expect(result.page.every((hit) => hit.score === 0 && hit.reasons.length === 0)).to.equal(true);
  });

  it('never lists the viewer, even when they match', () => {
    const viewer = member('me', { mentor: {}, mentee: {} });
    const result = rank([viewer, member('other')], {}, { viewer });
    expect(ids(result)).to.deep.equal(['other']);
    expect(result.total).to.equal(1);
  });

  it('leaves out paused members', () => {
    const paused = member('p', { availability: { status: 'paused', returnDate: '2026-03-01', capacity: 2 } });
    expect(ids(rank([paused, member('a')]))).to.deep.equal(['a']);
  });

  it('leaves out mentors at capacity and mentees with the most mentors allowed', () => {
    const fullMentor = candidate(member('full'), { activeMentees: 2 });
    const openMentor = candidate(member('open'), { activeMentees: 1 });
    expect(ids(rank([fullMentor, openMentor]))).to.deep.equal(['open']);

    const settings = programSettings({ mentorsPerMentee: 1 });
    const taken = candidate(member('taken', { mentor: null, mentee: {} }), { activeMentors: 1 });
    const free = candidate(member('free', { mentor: null, mentee: {} }), { activeMentors: 0 });
    expect(ids(rank([taken, free], { find: 'mentees' }, { settings }))).to.deep.equal(['free']);
  });

  it('counts mentor capacity only when finding mentors, and the mentee limit only when finding mentees', () => {
    const both = member('both', { mentor: {}, mentee: {} });
    const fullAsMentor = candidate(both, { activeMentees: 2, activeMentors: 0 });
    expect(rank([fullAsMentor], { find: 'mentors' }).total).to.equal(0);
    expect(rank([fullAsMentor], { find: 'mentees' }).total).to.equal(1);
  });
});

describe('matching: criteria', () => {
  it('topics: any overlap with the topics of the role sought', () => {
    const a = member('a', { mentor: { topics: ['leadership', 'statistics'] } });
    const b = member('b', { mentor: { topics: ['teaching'] }, mentee: { topics: ['statistics'] } });
    expect(ids(rank([a, b], { topics: ['statistics', 'negotiation'] }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { find: 'mentees', topics: ['statistics'] }))).to.deep.equal(['b']);
    expect(rank([a, b], { topics: [] }).total).to.equal(2);
  });

  it('industry, career stage and country: equal', () => {
    const a = member('a', { industry: 'pharma', careerStage: 'senior', country: 'NG' });
    const b = member('b', { industry: 'academia', careerStage: 'mid', country: 'JP' });
    const c = member('c');
    expect(ids(rank([a, b, c], { industry: 'pharma' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b, c], { careerStage: 'mid' }))).to.deep.equal(['b']);
    expect(ids(rank([a, b, c], { country: 'JP' }))).to.deep.equal(['b']);
    expect(rank([a, b, c], { country: 'FR' }).total).to.equal(0);
  });

  it('language: spoken by the member, regional variants included', () => {
    const a = member('a', { languages: ['en', 'fr'] });
    const b = member('b', { languages: ['pt-BR'] });
    expect(ids(rank([a, b], { language: 'fr' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { language: 'pt' }))).to.deep.equal(['b']);
    expect(ids(rank([a, b], { language: 'pt-PT' }))).to.deep.equal(['b']);
    expect(rank([a, b], { language: 'de' }).total).to.equal(0);
  });

  it('meeting mode: one of the ways the member meets in the role sought', () => {
    const a = member('a', { mentor: { meetingModes: ['video', 'in-person'] } });
    const b = member('b', { mentor: { meetingModes: ['email'] }, mentee: { meetingModes: ['in-person'] } });
    expect(ids(rank([a, b], { meetingMode: 'in-person' }))).to.deep.equal(['a']);
  });

  it('maxHoursApart: measured from the viewer’s time zone', () => {
    const viewer = member('me', { timeZone: 'Europe/Paris', mentee: {} });
    const lagos = member('lagos', { timeZone: 'Africa/Lagos' }); // UTC+1: 0 h from Paris in January
    const dubai = member('dubai', { timeZone: 'Asia/Dubai' }); // UTC+4: 3 h
    const tokyo = member('tokyo', { timeZone: 'Asia/Tokyo' }); // UTC+9: 8 h
    expect(ids(rank([lagos, dubai, tokyo], { maxHoursApart: 3 }, { viewer }))).to.have.members(['lagos', 'dubai']);
    expect(ids(rank([lagos, dubai, tokyo], { maxHoursApart: 0 }, { viewer }))).to.deep.equal(['lagos']);
  });

  it('maxHoursApart: does not filter without a viewer to measure from', () => {
    const members = [member('a', { timeZone: 'Asia/Tokyo' }), member('b', { timeZone: 'America/Lima' })];
    expect(rank(members, { maxHoursApart: 1 }).total).to.equal(2);
  });

  it('maxHoursApart: follows daylight saving time at the given instant', () => {
    const viewer = member('me', { timeZone: 'Europe/London', mentee: {} });
    const ny = member('ny', { timeZone: 'America/New_York' });
    // The US moves its clocks on 8 March 2026, the UK only on 29 March: 4 h apart in between, 5 h otherwise.
    expect(rank([ny], { maxHoursApart: 4 }, { viewer, now: new Date('2026-01-15T12:00:00Z') }).total).to.equal(0);
    expect(rank([ny], { maxHoursApart: 4 }, { viewer, now: new Date('2026-03-20T12:00:00Z') }).total).to.equal(1);
    expect(rank([ny], { maxHoursApart: 4 }, { viewer, now: new Date('2026-07-01T12:00:00Z') }).total).to.equal(0);
  });

  it('text: every word, in name, headline, bio, the role’s statement or topic labels', () => {
    const a = member('a', { name: 'Ada Obi', headline: 'Biostatistician', bio: 'Runs marathons.', mentor: { statement: 'I help with grants.', topics: ['negotiation'] } });
    const b = member('b', { name: 'Bo Lin', headline: 'Engineer', bio: 'Likes chess.', mentor: { statement: 'Ask me about careers.' } });
    expect(ids(rank([a, b], { text: 'ada' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { text: 'BIOSTAT' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { text: 'marathons' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { text: 'grants' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b], { text: 'negotiation' })), 'topic label').to.deep.equal(['a']);
    expect(ids(rank([a, b], { text: '  chess   careers ' }))).to.deep.equal(['b']);
    expect(rank([a, b], { text: 'chess grants' }).total, 'every word must appear').to.equal(0);
    expect(rank([a, b], { text: '   ' }).total, 'blank text does not filter').to.equal(2);
  });

  it('text: searches the statement and topics of the role sought only', () => {
    const a = member('a', { mentor: { statement: 'Mentor side', topics: ['teaching'] }, mentee: { statement: 'Looking for a coach', topics: ['statistics'] } });
    expect(rank([a], { text: 'coach' }).total).to.equal(0);
    expect(rank([a], { text: 'statistics' }).total).to.equal(0);
    expect(rank([a], { find: 'mentees', text: 'coach statistics' }).total).to.equal(1);
  });

  it('text: ignores case and accents both ways, stroked letters included', () => {
    const a = member('a', { name: 'Łukasz Wójcik', headline: 'Ingénieure à Zürich' });
    const b = member('b', { name: 'Nguyễn Thị Hương' });
    const c = member('c', { name: 'Jose Garcia' });
    expect(ids(rank([a, b, c], { text: 'lukasz wojcik' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b, c], { text: 'INGENIEURE zurich' }))).to.deep.equal(['a']);
    expect(ids(rank([a, b, c], { text: 'huong nguyen' }))).to.deep.equal(['b']);
    expect(ids(rank([a, b, c], { text: 'José García' }))).to.deep.equal(['c']);
  });

  it('combines criteria: all must hold', () => {
    const a = member('a', { industry: 'pharma', country: 'NG' });
    const b = member('b', { industry: 'pharma', country: 'GH' });
    expect(ids(rank([a, b], { industry: 'pharma', country: 'GH' }))).to.deep.equal(['b']);
  });
});

describe('matching: score parts and reasons', () => {
  it('topics: shared over wanted; the query’s topics add to the viewer’s', () => {
    const settings = weighted({ topics: 1 });
    const viewer = member('me', { mentor: null, mentee: { topics: ['statistics', 'leadership', 'teaching', 'networking'] } });
    const other = member('a', { mentor: { topics: ['teaching', 'statistics', 'negotiation'] } });
    const hit = scoreOf(viewer, other, settings);
    expect(hit.score).to.equal(0.5);
    expect(reason(hit.reasons, 'topics')).to.deep.equal({
      kind: 'topics',
      topics: [{ id: 'statistics', label: 'Statistics' }, { id: 'teaching', label: 'Teaching' }],
    });
    expect(scoreOf(viewer, other, settings, { topics: ['negotiation'] }).score).to.equal(3 / 5);
    expect(scoreOf(member('anon', { mentor: null, mentee: null }), other, settings, { topics: ['negotiation'] }).score).to.equal(1);
  });

  it('topics: uses the viewer’s profile in the other role', () => {
    const settings = weighted({ topics: 1 });
    const viewer = member('me', { mentor: { topics: ['teaching'] }, mentee: { topics: ['leadership'] } });
    const both = member('a', { mentor: { topics: ['leadership'] }, mentee: { topics: ['teaching'] } });
    expect(scoreOf(viewer, both, settings, { find: 'mentors' }).score).to.equal(1);
    expect(scoreOf(viewer, member('b', { mentor: { topics: ['teaching'] } }), settings, { find: 'mentors' }).score).to.equal(0);
    expect(scoreOf(viewer, both, settings, { find: 'mentees' }).score).to.equal(1);
  });

  it('industry: same industry scores and says so', () => {
    const settings = weighted({ industry: 1 });
    const viewer = member('me', { industry: 'healthcare', mentee: {} });
    const same = scoreOf(viewer, member('a', { industry: 'healthcare' }), settings);
    expect(same.score).to.equal(1);
    expect(same.reasons).to.deep.equal([{ kind: 'industry', industry: { id: 'healthcare', label: 'Healthcare' } }]);
    const other = scoreOf(viewer, member('b', { industry: 'finance' }), settings);
    expect(other.score).to.equal(0);
    expect(other.reasons).to.deep.equal([]);
    expect(scoreOf(viewer, member('c'), settings).score, 'no industry').to.equal(0);
  });

  it('career stage: finding mentors prefers further along, a peer half', () => {
    const settings = weighted({ careerStage: 1 });
    const viewer = member('me', { careerStage: 'mid', mentee: {} });
    const senior = scoreOf(viewer, member('a', { careerStage: 'senior' }), settings);
    expect(senior.score).to.equal(1);
    expect(senior.reasons).to.deep.equal([
      { kind: 'career-stage', stage: { id: 'senior', label: 'Senior' }, relation: 'more-experienced' },
    ]);
    const peer = scoreOf(viewer, member('b', { careerStage: 'mid' }), settings);
    expect(peer.score).to.equal(0.5);
    expect(peer.reasons).to.deep.equal([{ kind: 'career-stage', stage: { id: 'mid', label: 'Mid-career' }, relation: 'same' }]);
    const junior = scoreOf(viewer, member('c', { careerStage: 'early' }), settings);
    expect(junior.score).to.equal(0);
    expect(junior.reasons).to.deep.equal([]);
  });

  it('career stage: finding mentees prefers earlier stages', () => {
    const settings = weighted({ careerStage: 1 });
    const viewer = member('me', { careerStage: 'senior' });
    const find = { find: 'mentees' as const };
    const student = scoreOf(viewer, member('a', { careerStage: 'student', mentor: null, mentee: {} }), settings, find);
    expect(student.score).to.equal(1);
    expect(reason(student.reasons, 'career-stage')?.relation).to.equal('less-experienced');
    expect(scoreOf(viewer, member('b', { careerStage: 'executive', mentor: null, mentee: {} }), settings, find).score).to.equal(0);
  });

  it('language: one shared language scores; the reason lists the shared codes', () => {
    const settings = weighted({ language: 1 });
    const viewer = member('me', { languages: ['fr', 'en-GB', 'yo'], mentee: {} });
    const hit = scoreOf(viewer, member('a', { languages: ['en-US', 'yo', 'ha'] }), settings);
    expect(hit.score).to.equal(1);
    expect(hit.reasons).to.deep.equal([{ kind: 'languages', languages: ['en-US', 'yo'] }]);
    expect(scoreOf(viewer, member('b', { languages: ['de'] }), settings).score).to.equal(0);
    const asked = scoreOf(member('you', { languages: [], mentee: {} }), member('c', { languages: ['de'] }), settings, { language: 'de' });
    expect(asked.score, 'the query’s language counts as wanted').to.equal(1);
  });

  it('time zone: closer is better; a reason only within 3 hours, rounded to half hours', () => {
    const settings = weighted({ timeZone: 1 });
    const viewer = member('me', { timeZone: 'Asia/Kolkata', mentee: {} }); // UTC+5:30
    const kathmandu = scoreOf(viewer, member('a', { timeZone: 'Asia/Kathmandu' }), settings); // +5:45
    expect(kathmandu.score).to.be.closeTo(1 - 0.25 / 12, 1e-9);
    expect(kathmandu.reasons).to.deep.equal([{ kind: 'time-zone', hoursApart: 0.5 }]);
    const dubai = scoreOf(viewer, member('b', { timeZone: 'Asia/Dubai' }), settings); // +4: 1.5 h
    expect(dubai.score).to.equal(1 - 1.5 / 12);
    expect(dubai.reasons).to.deep.equal([{ kind: 'time-zone', hoursApart: 1.5 }]);
    const london = scoreOf(viewer, member('c', { timeZone: 'Europe/London' }), settings); // 5.5 h
    expect(london.score).to.equal(1 - 5.5 / 12);
    expect(london.reasons).to.deep.equal([]);
    const lima = scoreOf(viewer, member('d', { timeZone: 'America/Lima' }), settings); // 10.5 h
    expect(lima.score).to.equal(1 - 10.5 / 12);
    const honolulu = scoreOf(viewer, member('e', { timeZone: 'Pacific/Honolulu' }), settings); // 15.5 h, capped at 12
    expect(honolulu.score).to.equal(0);
    const paris = member('you', { timeZone: 'Europe/Paris', mentee: {} }); // UTC+1 in January
    expect(scoreOf(paris, member('f', { timeZone: 'Asia/Dubai' }), settings).reasons, 'exactly 3 h').to.deep.equal([
      { kind: 'time-zone', hoursApart: 3 },
    ]);
  });

  it('meeting mode: one shared way to meet scores; the reason lists them in a fixed order', () => {
    const settings = weighted({ meetingMode: 1 });
    const viewer = member('me', { mentee: { meetingModes: ['in-person', 'video', 'email'] } });
    const hit = scoreOf(viewer, member('a', { mentor: { meetingModes: ['video', 'phone', 'email'] } }), settings);
    expect(hit.score).to.equal(1);
    expect(hit.reasons).to.deep.equal([{ kind: 'meeting-modes', modes: ['email', 'video'] }]);
    expect(scoreOf(viewer, member('b', { mentor: { meetingModes: ['phone'] } }), settings).score).to.equal(0);
    const asked = scoreOf(member('you', { mentee: null }), member('c', { mentor: { meetingModes: ['phone'] } }), settings, { meetingMode: 'phone' });
    expect(asked.reasons).to.deep.equal([{ kind: 'meeting-modes', modes: ['phone'] }]);
  });

  it('score is the weighted mean of the parts that apply', () => {
    const settings = weighted({ topics: 40, industry: 15, careerStage: 15, language: 10, timeZone: 10, meetingMode: 10 });
    const viewer = member('me', {
      industry: 'pharma', careerStage: 'early', languages: ['es'], timeZone: 'UTC',
      mentee: { topics: ['statistics', 'leadership'], meetingModes: ['phone'] },
    });
    const other = member('a', {
      industry: 'pharma', careerStage: 'early', languages: ['es'], timeZone: 'Asia/Tokyo',
      mentor: { topics: ['statistics'], meetingModes: ['video'] },
    });
    // topics 1/2, industry 1, stage 0.5 (peer), language 1, time zone 1 - 9/12, meeting mode 0
    const expected = (40 * 0.5 + 15 * 1 + 15 * 0.5 + 10 * 1 + 10 * 0.25 + 10 * 0) / 100;
    expect(scoreOf(viewer, other, settings).score).to.be.closeTo(expected, 1e-12);
  });

  it('a part with weight 0 is left out of the score and the reasons', () => {
    const viewer = member('me', { industry: 'pharma', mentee: { topics: ['statistics', 'leadership'] } });
    const other = member('a', { industry: 'pharma', mentor: { topics: ['statistics'] } });
    const both = scoreOf(viewer, other, weighted({ topics: 1, industry: 1 }));
    expect(both.score).to.equal(0.75);
    expect(both.reasons.map((r) => r.kind)).to.deep.equal(['industry', 'topics']);
    const topicsOnly = scoreOf(viewer, other, weighted({ topics: 1, industry: 0 }));
    expect(topicsOnly.score).to.equal(0.5);
    expect(topicsOnly.reasons.map((r) => r.kind)).to.deep.equal(['topics']);
  });

  it('a part the seeker has no data for is left out of the score', () => {
    const settings = weighted({ topics: 1, industry: 1, careerStage: 1 });
    const viewer = member('me', { industry: null, careerStage: null, mentee: { topics: ['statistics'] } });
    const other = member('a', { industry: 'pharma', careerStage: 'senior', mentor: { topics: ['statistics'] } });
    expect(scoreOf(viewer, other, settings).score).to.equal(1);
  });

  it('a part the candidate has no data for counts as 0', () => {
    const settings = weighted({ industry: 1, careerStage: 1 });
    const viewer = member('me', { industry: 'pharma', careerStage: 'early', mentee: {} });
    expect(scoreOf(viewer, member('a', { industry: 'pharma', careerStage: null }), settings).score).to.equal(0.5);
  });

  it('scores 0 with no reasons when nothing applies', () => {
    const hit = scoreOf(member('me', { mentor: null, mentee: null, timeZone: 'UTC' }), member('a'), weighted({ topics: 1 }));
    expect(hit).to.include({ score: 0 });
    expect(hit.reasons).to.deep.equal([]);
  });

  it('lists reasons strongest first, equal ones in a fixed order', () => {
    const settings = weighted({ topics: 40, industry: 15, careerStage: 15, language: 10, timeZone: 10, meetingMode: 10 });
    const viewer = member('me', {
      industry: 'pharma', careerStage: 'mid', languages: ['es'], timeZone: 'Europe/Madrid',
      mentee: { topics: ['statistics', 'leadership', 'teaching', 'networking'], meetingModes: ['video'] },
    });
    const other = member('a', {
      industry: 'pharma', careerStage: 'mid', languages: ['es'], timeZone: 'Europe/Lisbon',
      mentor: { topics: ['statistics'], meetingModes: ['video'] },
    });
    // industry 15, language 10, meeting mode 10, topics 40/4 = 10, time zone 10·(11/12), stage 15·0.5
    expect(scoreOf(viewer, other, settings).reasons.map((r) => r.kind)).to.deep.equal([
      'industry', 'topics', 'languages', 'meeting-modes', 'time-zone', 'career-stage',
    ]);
  });

  it('every reason is valid per the schema', () => {
    const viewer = member('me', {
      industry: 'pharma', careerStage: 'early', languages: ['fr'], timeZone: 'Europe/Paris',
      mentee: { topics: ['statistics'], meetingModes: ['video'] },
    });
    const other = member('a', {
      industry: 'pharma', careerStage: 'senior', languages: ['fr'], timeZone: 'Europe/Berlin',
      mentor: { topics: ['statistics'], meetingModes: ['video'] },
    });
    const hit = scoreOf(viewer, other);
    expect(hit.score).to.equal(1);
    expect(hit.reasons).to.have.length(6);
    for (const r of hit.reasons) expect(MatchReason.safeParse(r).success, JSON.stringify(r)).to.equal(true);
  });

  it('scores a member in the role sought, and finds nobody in a role they are not enrolled in', () => {
    const viewer = member('me', { industry: 'pharma', mentee: {} });
    const other = member('a', { industry: 'pharma', mentor: null, mentee: {} });
    const settings = weighted({ industry: 1 });
    expect(scoreOf(viewer, other, settings, { find: 'mentees' }).score).to.equal(1);
    expect(rank([other], { find: 'mentors' }, { viewer, settings })).to.deep.equal({ total: 0, page: [] });
  });
});

describe('matching: ranking and paging', () => {
  const settings = weighted({ topics: 1 });
  const viewer = member('me', { mentee: { topics: ['statistics', 'leadership'] } });

  it('ranks by score, best first', () => {
    const one = member('one', { mentor: { topics: ['statistics'] } });
    const two = member('two', { mentor: { topics: ['statistics', 'leadership'] } });
    const none = member('none', { mentor: { topics: ['teaching'] } });
    const result = rank([none, one, two], {}, { viewer, settings });
    expect(ids(result)).to.deep.equal(['two', 'one', 'none']);
    expect(result.page.map((hit) => hit.score)).to.deep.equal([1, 0.5, 0]);
  });

  it('breaks ties by open places, then name, then id', () => {
    const roomy = candidate(member('z1', { name: 'Zoë', availability: { status: 'participating', returnDate: null, capacity: 5 } }), { activeMentees: 1 });
    const tight = candidate(member('a1', { name: 'Ana', availability: { status: 'participating', returnDate: null, capacity: 2 } }), { activeMentees: 1 });
    const bea2 = candidate(member('b2', { name: 'Béa' }));
    const bea1 = candidate(member('b1', { name: 'Béa' }));
    const carl = candidate(member('c', { name: 'carl' }));
    expect(ids(rank([tight, carl, bea2, roomy, bea1], {}, { viewer, settings }))).to.deep.equal(['z1', 'b1', 'b2', 'c', 'a1']);
  });

  it('pages with offset and limit, 20 by default', () => {
    const members = Array.from({ length: 45 }, (_, i) => member(`m${String(i).padStart(2, '0')}`, { name: 'Same' }));
    const first = rank(members);
    expect(first.total).to.equal(45);
    expect(ids(first)).to.deep.equal(members.slice(0, 20).map((m) => m.id));
    expect(ids(rank(members, { offset: 40, limit: 10 }))).to.deep.equal(['m40', 'm41', 'm42', 'm43', 'm44']);
    expect(rank(members, { offset: 50 }).page).to.deep.equal([]);
  });

  it('pages of a large roster agree with one full sort', () => {
    // Pseudo-random profiles with many ties, so every tie-breaker is exercised.
    const topics = DEFAULT_PROGRAM_SETTINGS.topics.map((t) => t.id);
    const members = Array.from({ length: 3000 }, (_, i) =>
      candidate(
        member(`m${i}`, {
          name: `Name ${(i * 7919) % 97}`,
          mentor: { topics: [topics[(i * 31) % topics.length]!, topics[(i * 17) % topics.length]!] },
          availability: { status: 'participating', returnDate: null, capacity: 1 + (i % 3) },
        }),
      ),
    );
    const all = rank(members, { offset: 0, limit: 3000 }, { viewer, settings });
    expect(all.total).to.equal(3000);
    for (const offset of [0, 20, 100, 2980]) {
      const page = rank(members, { offset, limit: 20 }, { viewer, settings });
      expect(ids(page), `offset ${offset}`).to.deep.equal(ids(all).slice(offset, offset + 20));
    }
    const scores = all.page.map((hit) => hit.score);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
  });

  it('returns candidates as given, with their counts', () => {
    const c = candidate(member('a'), { activeMentees: 1 });
    expect(rank([c]).page[0]?.candidate).to.equal(c);
  });
});

describe('time zones', () => {
  it('offsets follow daylight saving time', () => {
    expect(utcOffsetHours('Europe/London', new Date('2026-01-15T12:00:00Z'))).to.equal(0);
    expect(utcOffsetHours('Europe/London', new Date('2026-07-01T12:00:00Z'))).to.equal(1);
    expect(utcOffsetHours('America/Sao_Paulo', new Date('2026-01-15T12:00:00Z'))).to.equal(-3);
    expect(utcOffsetHours('Asia/Kathmandu', NOW)).to.equal(5.75);
    expect(utcOffsetHours('UTC', NOW)).to.equal(0);
  });

  it('hours apart change with each side’s daylight saving time', () => {
    expect(hoursApart('Europe/London', 'America/New_York', new Date('2026-01-15T12:00:00Z'))).to.equal(5);
    expect(hoursApart('Europe/London', 'America/New_York', new Date('2026-03-20T12:00:00Z'))).to.equal(4);
    expect(hoursApart('Australia/Sydney', 'Europe/London', new Date('2026-01-15T12:00:00Z'))).to.equal(11);
    expect(hoursApart('Australia/Sydney', 'Europe/London', new Date('2026-07-01T12:00:00Z'))).to.equal(9);
  });

  it('is exact right after a transition', () => {
    // Europe/Paris moves to UTC+2 at 01:00 UTC on 29 March 2026.
    expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T00:59:00Z'))).to.equal(1);
    expect(utcOffsetHours('Europe/Paris', new Date('2026-03-29T01:00:00Z'))).to.equal(2);
  });

  it('rejects an unknown zone', () => {
    expect(() => utcOffsetHours('Mars/Olympus_Mons', NOW)).to.throw(RangeError);
  });
});
