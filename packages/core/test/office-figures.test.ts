// The program office's figures and files: the dashboard from a known history, the CSV writer, the lists'
// order and cursors, and exports and refusals through the staff service over the in-memory store.
import { expect } from '@open-wc/testing';
import {
  CSV_BOM, DEFAULT_PROGRAM_SETTINGS, EXPORT_PAGE_SIZE, ManualClock, MemoryBackend, activeCountsFrom, csvCell, csvHead, csvRow,
  dashboardFacts, dashboardOf, decodeCursor, encodeCursor, median, monthsOf, programSettings, requestMatches, staffListPage,
  type Member, type Mentorship,
} from '../src/index.ts';
import { expectRejects, expectThrows, member, mentorship } from './member-fixtures.ts';

const settings = DEFAULT_PROGRAM_SETTINGS;

describe('dashboard figures from a known history', () => {
  // March 2026: three requests to mor (accepted after 2 h, declined after 10 h, still pending), one to
  // pam (expired), one withdrawn; a staff pairing in April; a mentorship from February completed in March.
  const at = (day: string, hour = 9) => `2026-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const members: Member[] = [
    member('mor', { mentor: { topics: ['leadership', 'statistics'] }, mentee: null, mentorApproval: null }),
    member('pam', { mentor: { topics: ['statistics'] }, mentee: null, availability: { status: 'paused', returnDate: null, capacity: 3 } }),
    member('new', { mentor: { topics: ['statistics'] }, mentee: null, mentorApproval: { state: 'pending', at: at('03-01'), reason: null } }),
    member('a', { mentor: null, mentee: { topics: ['statistics'] } }),
    member('b', { mentor: null, mentee: { topics: ['statistics'] } }),
    member('c', { mentor: null, mentee: { topics: ['leadership'] } }),
    member('d', { mentor: null, mentee: { topics: ['leadership'] }, suspension: { since: at('03-20'), reason: 'x' } }),
  ];
  const mentorships: Mentorship[] = [
    mentorship({ id: 'accepted', requesterId: 'a', mentorId: 'mor', menteeId: 'a', state: 'active', createdAt: at('03-02'), respondedAt: at('03-02', 11), startedAt: at('03-02', 11) }),
    mentorship({ id: 'declined', requesterId: 'b', mentorId: 'mor', menteeId: 'b', state: 'declined', createdAt: at('03-03'), respondedAt: at('03-03', 19), endedAt: at('03-03', 19) }),
    mentorship({ id: 'pending', requesterId: 'c', mentorId: 'mor', menteeId: 'c', state: 'pending', createdAt: at('03-04') }),
    mentorship({ id: 'expired', requesterId: 'b', mentorId: 'pam', menteeId: 'b', state: 'expired', createdAt: at('03-05') }),
    mentorship({ id: 'withdrawn', requesterId: 'c', mentorId: 'pam', menteeId: 'c', state: 'withdrawn', createdAt: at('03-06') }),
    mentorship({ id: 'paired', requesterId: 'd', mentorId: 'mor', menteeId: 'd', state: 'active', pairedByStaff: true, createdAt: at('04-02'), respondedAt: at('04-02'), startedAt: at('04-02') }),
    mentorship({ id: 'done', requesterId: 'b', mentorId: 'pam', menteeId: 'b', state: 'completed', createdAt: at('02-01'), respondedAt: at('02-01'), startedAt: at('02-01'), endedAt: at('03-15') }),
  ];
  const counts = activeCountsFrom(mentorships.filter((m) => m.state === 'active'));
  const facts = (from: string, to: string) => dashboardFacts({ members, mentorships, counts }, { from, to }, settings);

  it('counts members by standing in each role, now', () => {
    const { members: byRole } = facts('2026-03-01', '2026-03-31');
    expect(byRole.mentor, 'mor is full with a and d').to.deep.equal({ enrolled: 3, participating: 0, full: 1, paused: 1, 'awaiting-approval': 1, declined: 0, suspended: 0 });
    expect(byRole.mentee).to.deep.equal({ enrolled: 4, participating: 3, full: 0, paused: 0, 'awaiting-approval': 0, declined: 0, suspended: 1 });
  });

  it('counts the requests made in the range by outcome, the answers\' median and the acceptance rate', () => {
    const march = dashboardOf(facts('2026-03-01', '2026-03-31'), { from: '2026-03-01', to: '2026-03-31' }, settings, new Date(at('05-01')));
    expect(march.requests).to.deep.equal({ made: 5, pending: 1, accepted: 1, declined: 1, withdrawn: 1, expired: 1 });
    expect(march.medianHoursToFirstAnswer, 'of 2 h and 10 h').to.equal(6);
    expect(march.acceptanceRate, '1 of accepted, declined and expired').to.equal(0.3333);
    expect(march.mentorships, 'started in March: one; the pairing is April\'s').to.deep.equal({ started: 1, active: 1, completed: 0, endedEarly: 0, activeNow: 2 });
    const spring = facts('2026-02-01', '2026-04-30');
    expect(spring.requests.made, 'a staff pairing is not a request').to.equal(6);
    expect(spring.mentorships).to.deep.equal({ started: 3, active: 2, completed: 1, endedEarly: 0, activeNow: 2 });
  });

  it('counts places and the balance of each topic now', () => {
    const d = dashboardOf(facts('2026-03-01', '2026-03-31'), { from: '2026-03-01', to: '2026-03-31' }, settings, new Date());
    expect(d.mentorPlaces, 'mor alone is found: 2 places, both taken').to.deep.equal({ offered: 2, used: 2, rate: 1 });
    const topic = (id: string) => d.topics.find((t) => t.id === id);
    expect([topic('statistics')?.demand, topic('statistics')?.supply], 'a and b seek it; mor is full').to.deep.equal([2, 0]);
    expect([topic('leadership')?.demand, topic('leadership')?.label], 'c seeks it (d is suspended)').to.deep.equal([1, 'Leadership']);
  });

  it('gives each month of the range its events, which add up to the range\'s', () => {
    const trend = facts('2026-02-15', '2026-04-30').trend;
    expect(trend.map((m) => m.month)).to.deep.equal(['2026-02', '2026-03', '2026-04']);
    expect(trend.map((m) => [m.requests, m.started, m.completed])).to.deep.equal([[0, 0, 0], [5, 1, 1], [0, 1, 0]],
      'February\'s request fell before the range; the pairing started in April');
  });

  it('medians and months, as SQL\'s percentile_cont(0.5) and calendar months', () => {
    expect(median([])).to.equal(null);
    expect(median([5, 1, 3])).to.equal(3);
    expect(median([4, 1, 3, 10])).to.equal(3.5);
    expect(monthsOf({ from: '2025-11-30', to: '2026-02-01' })).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('shows a retired topic by its label, marked retired', () => {
    const retiring = programSettings({ topics: settings.topics.map((t) => (t.id === 'leadership' ? { ...t, label: 'Leading', retired: true } : t)) });
    const d = dashboardOf(dashboardFacts({ members, mentorships, counts }, { from: '2026-03-01', to: '2026-03-31' }, retiring), { from: '2026-03-01', to: '2026-03-31' }, retiring, new Date());
    expect(d.topics.find((t) => t.id === 'leadership')).to.deep.include({ label: 'Leading', retired: true, demand: 1 });
  });
});

describe('CSV', () => {
  it('neutralises text a spreadsheet would run as a formula, and quotes what needs it', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+2`), JSON.stringify(start)).to.match(/^"?'/);
    expect(csvCell('=SUM(A1)')).to.equal('\'=SUM(A1)');
    expect(csvCell('-1, or so')).to.equal('"\'-1, or so"');
    expect(csvCell('a "quote"')).to.equal('"a ""quote"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('Zoë')).to.equal('Zoë');
    expect(csvCell('a=b')).to.equal('a=b');
    expect(csvCell(-3), 'numbers are not text').to.equal('-3');
    expect([csvCell(null), csvCell(true), csvCell(Number.NaN)]).to.deep.equal(['', 'true', '']);
  });

  it('starts a file with the UTF-8 byte order mark and ends rows with CRLF', () => {
    expect(csvHead(['Name', 'Email'])).to.equal(`${CSV_BOM}Name,Email\r\n`);
    expect(CSV_BOM.codePointAt(0)).to.equal(0xfeff);
    expect(csvRow(['Ann', 3])).to.equal('Ann,3\r\n');
  });
});

describe('staff lists: order and keyset cursors', () => {
  it('pages after the last key, in the list\'s order, with the total', () => {
    const all = ['c', 'a', 'e', 'b', 'd'].map((id, i) => mentorship({ id, createdAt: `2026-03-0${i + 1}T00:00:00.000Z` }));
    const page1 = staffListPage('requests', all, { after: null, limit: 2, withTotal: true });
    expect(page1.items.map((m) => m.id), 'the oldest first').to.deep.equal(['c', 'a']);
    expect(page1.total).to.equal(5);
    const after = [page1.items[1]!.createdAt, page1.items[1]!.id];
    expect(staffListPage('requests', all, { after, limit: 2, withTotal: false })).to.deep.equal({ items: [all[2], all[3]], total: null });
    expect(staffListPage('mentorships', all, { after: null, limit: 2, withTotal: false }).items.map((m) => m.id), 'newest first').to.deep.equal(['d', 'b']);
  });

  it('a cursor names its list and carries its key', () => {
    const cursor = encodeCursor('members', ['zoe', 'm1']);
    expect(decodeCursor('members', cursor)).to.deep.equal(['zoe', 'm1']);
    expectThrows(() => decodeCursor('mentorships', cursor), { code: 'validation', field: 'cursor' });
    expectThrows(() => decodeCursor('audit', '["audit","7"]'), { code: 'validation', field: 'cursor' });
    expectThrows(() => decodeCursor('members', '{'), { code: 'validation', field: 'cursor' });
  });

  it('a request waits N days once made N whole days ago', () => {
    const names = { mentor: member('mor'), mentee: member('mee') };
    const m = mentorship({ createdAt: '2026-03-01T12:00:00.000Z' });
    expect(requestMatches(m, names, { olderThanDays: 3 }, new Date('2026-03-04T12:00:00.000Z'))).to.equal(true);
    expect(requestMatches(m, names, { olderThanDays: 3 }, new Date('2026-03-04T11:59:59.999Z'))).to.equal(false);
    expect(requestMatches({ ...m, state: 'active' }, names, { olderThanDays: 0 }, new Date('2026-03-04T12:00:00.000Z')), 'open only').to.equal(false);
  });
});

describe('the staff service over the in-memory store', () => {
  it('exports more members than a page holds, each once, in the list\'s order, a page per chunk', async () => {
    const count = EXPORT_PAGE_SIZE + 20;
    const roster = Array.from({ length: count }, (_, i) => member(`m${String(i).padStart(4, '0')}`, { name: `Member ${count - i}` }));
    const backend = new MemoryBackend({ members: roster, staff: ['st'] });
    const chunks: string[] = [];
    for await (const chunk of backend.staffAdapterFor('st').exportCsv({ list: 'members', filter: { enrolled: true } })) chunks.push(chunk);
    expect(chunks.length, 'the head, then two pages').to.equal(3);
    const lines = chunks.join('').split('\r\n').slice(1, -1);
    expect(lines.length).to.equal(count);
    expect(new Set(lines).size, 'no member twice').to.equal(count);
    const names = lines.map((line) => line.split(',')[1]);
    expect(names.slice(0, 3)).to.deep.equal(['Member 1', 'Member 10', 'Member 100']);
  });

  it('a refused staff action writes nothing: no mentorship, no email, no audit entry', async () => {
    const clock = new ManualClock();
    const backend = new MemoryBackend({ clock, staff: ['st'], members: [member('mor'), member('mee')] });
    const office = backend.staffAdapterFor('st');
    await office.actOnMember('mor', 'pause', { reason: 'Away' });
    const sent = backend.outbox.length;
    await expectRejects(office.pair({ mentorId: 'mor', menteeId: 'mee', areas: ['leadership'], goals: '', termMonths: 6, meetingMode: 'video', reason: 'r' }),
      { code: 'unavailable', reason: 'paused' });
    await expectRejects(office.actOnMember('mor', 'pause', { reason: 'Again' }), { code: 'conflict', reason: 'state' });
    expect(backend.outbox.length, 'no email').to.equal(sent);
    expect((await office.listAudit({})).items.map((e) => e.action), 'only the pause').to.deep.equal(['pause']);
    expect((await office.listMentorships({})).total).to.equal(0);
  });

  it('a member who is not staff is refused before anything is read, and a staff member is answered', async () => {
    const backend = new MemoryBackend({ staff: ['st'] });
    await expectRejects(backend.staffAdapterFor('someone').getSettings(), { code: 'forbidden', reason: 'staff-only' });
    expect((await backend.staffAdapterFor('st').getSettings()).version).to.equal(1);
    expect((await backend.adapterFor('st').getViewer()).staff).to.equal(true);
  });

  it('settings changed by staff are what MemoryBackend and every adapter read next', async () => {
    const backend = new MemoryBackend({ staff: ['st'] });
    const office = backend.staffAdapterFor('st');
    const record = await office.getSettings();
    const heard: string[] = [];
    backend.anonymous().subscribe((change) => heard.push(`${change.kind}:${change.id}`));
    await office.updateSettings({ settings: { ...record.settings, name: 'Renamed' }, version: record.version, reason: 'Board' });
    expect(backend.settings.name).to.equal('Renamed');
    expect((await backend.anonymous().getProgram()).name).to.equal('Renamed');
    await Promise.resolve();
    expect(heard).to.deep.equal(['program:program']);
  });
});
