// The two stores the mentoring service runs over, core's MemoryStore and the server's SqlStore (PGlite, or
// PostgreSQL with TEST_DATABASE_URL), hold the same records here and must answer alike: every operation is
// written once against their interface, so a store that orders, counts or keeps a unit of work differently
// would make the service differ between MemoryAdapter and the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_PROGRAM_SETTINGS, DEFAULT_VISIBILITY, LIST_ORDER, MEMBER_STANDINGS, ManualClock, Member, Mentorship, StaffService,
  composeNotification, isMentoringError, programSettings, systemClock, wait, type AuditListFilter, type Awaitable,
  type ConcernListFilter, type CsvList, type CsvRequest, type DashboardFacts, type EvaluationListFilter, type MemberListFilter,
  type MentoringStore, type MentorshipListFilter, type Op, type RankRequest, type RequestListFilter, type SortKey, type StoreChange,
  type StorePage, type StoreReads, type UnitReceipt,
} from '@mentor-match/core';
import { MemoryStore } from '@mentor-match/core/memory-store';
import { Program } from '../src/program.ts';
import { MemberDirectory } from '../src/search/directory.ts';
import { changesAfter, headSeq } from '../src/store/changes.ts';
import { insertMembers } from '../src/store/members.ts';
import { insertMentorships } from '../src/store/mentorships.ts';
import { listOutbox } from '../src/store/outbox.ts';
import { SqlStore } from '../src/store/sql-store.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { NOW, OFFICE_MEMBERS, OFFICE_MENTORSHIPS, appendAudits, raiseConcerns } from './support/office-fixture.ts';

const settings = DEFAULT_PROGRAM_SETTINGS;
const role = { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: '2025-06-01T09:00:00.000Z' };

function member(id: string, roles: { mentor?: boolean; mentee?: boolean }): Member {
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    mentor: roles.mentor ? role : null, mentee: roles.mentee ? role : null,
    availability: { status: 'participating', returnDate: null, capacity: 2 },
    visibility: { ...DEFAULT_VISIBILITY }, codeOfConductAcceptedAt: null, codeOfConductVersion: null, mentorApproval: null,
    suspension: null,
  });
}

function mentorship(id: string, requesterId: string, mentorId: string, menteeId: string, fields: Partial<Mentorship>): Mentorship {
  return Mentorship.parse({
    id, version: 1, state: 'pending', requesterId, mentorId, menteeId, areas: ['leadership'], goals: 'Grow', termMonths: 6,
    meetingMode: 'video', message: '', createdAt: '2026-03-01T12:00:00.000Z', respondedAt: null,
    expiresAt: '2026-03-31T12:00:00.000Z', remindedAt: null, startedAt: null, endsAt: null, endedAt: null,
    declineReason: null, endReason: null, feedback: [], feedbackGivenBy: [], pairedByStaff: false, closedByStaff: false, ...fields,
  });
}

// ann mentors; bo and cy are mentees; di is both. In creation order (same-instant ties: the later one first).
const MEMBERS = [member('ann', { mentor: true }), member('bo', { mentee: true }), member('cy', { mentee: true }), member('di', { mentor: true, mentee: true })];
const MENTORSHIPS = [
  mentorship('ms-d', 'bo', 'di', 'bo', { state: 'completed', createdAt: '2026-01-01T12:00:00.000Z', expiresAt: '2026-01-31T12:00:00.000Z', endedAt: '2026-02-01T12:00:00.000Z' }),
  mentorship('ms-c', 'ann', 'ann', 'di', { createdAt: '2026-02-01T12:00:00.000Z', expiresAt: '2026-03-03T12:00:00.000Z' }),
  mentorship('ms-a', 'bo', 'ann', 'bo', {}),
  mentorship('ms-b', 'cy', 'ann', 'cy', { state: 'active', respondedAt: '2026-03-02T12:00:00.000Z', startedAt: '2026-03-02T12:00:00.000Z', endsAt: '2026-09-02T12:00:00.000Z' }),
];

/** A store over the records above, and what it has kept of units of work so far. */
interface Subject {
  store: MentoringStore;
  notifications(): Promise<number>;
  changes(): Promise<number>;
}

// async: the memory store answers (and throws) at once; here both come back as promises.
const read = async <T>(subject: Subject, work: (tx: StoreReads) => Op<T>): Promise<T> => subject.store.read(work);
const change = async <T>(subject: Subject, work: (tx: StoreChange) => Op<T>): Promise<T> => subject.store.change(work);

let server: TestServer | undefined;
after(() => server?.close());

const kinds: [string, () => Promise<Subject>][] = [
  ['MemoryStore', async () => {
    const store = new MemoryStore({ members: MEMBERS, mentorships: MENTORSHIPS }, settings);
    let heard = 0;
    store.subscribe(() => (heard += 1));
    return { store, notifications: async () => store.outbox.length, changes: async () => (await Promise.resolve(), heard) };
  }],
  [`SqlStore (${testDatabase() === 'pglite' ? 'PGlite' : 'PostgreSQL'})`, async () => {
    if (server) await server.reset();
    else server = await startTestServer({ database: testDatabase() });
    const { db } = server;
    await insertMembers(db, MEMBERS, new Date('2026-03-01T12:00:00.000Z'));
    await insertMentorships(db, MENTORSHIPS);
    const store = new SqlStore({ db, program: new Program(settings), clock: systemClock, directory: new MemberDirectory(db) });
    const count = async (table: string) => Number((await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
    return { store, notifications: async () => (await listOutbox(db)).length, changes: () => count('changes') };
  }],
];

describe('the stores behind the mentoring service answer alike', () => {
  /** Each store's ranked page, compared at the end. */
  const ranked = new Map<string, unknown>();

  for (const [name, make] of kinds) {
    describe(name, () => {
      let subject: Subject;
      before(async () => {
        subject = await make();
      });

      it('lists a member\'s mentorships newest first, a later one made in the same instant first', async () => {
        const ids = await read(subject, function* (tx) {
          return (yield* wait(tx.mentorshipsOf('ann'))).map((m) => m.id);
        });
        assert.deepEqual(ids, ['ms-b', 'ms-a', 'ms-c']);
      });

      it('counts active, open and live mentorships, and knows a pair\'s live one', async () => {
        const facts = await read(subject, function* (tx) {
          const active = yield* wait(tx.activeCounts(['ann', 'cy', 'bo']));
          return {
            active: ['ann', 'cy', 'bo', 'nobody'].map((id) => active(id)),
            open: yield* wait(tx.openCounts('ann')),
            liveAnn: yield* wait(tx.liveCounts('ann')),
            liveDi: yield* wait(tx.liveCounts('di')),
            pairs: [
              yield* wait(tx.pairHasLiveMentorship('ann', 'bo')),
              yield* wait(tx.pairHasLiveMentorship('bo', 'ann')),
              yield* wait(tx.pairHasLiveMentorship('di', 'bo')),
            ],
            members: [...(yield* wait(tx.members(['ann', 'nobody']))).keys()],
          };
        });
        assert.deepEqual(facts, {
          active: [{ mentees: 1, mentors: 0 }, { mentees: 0, mentors: 1 }, { mentees: 0, mentors: 0 }, { mentees: 0, mentors: 0 }],
          open: { sent: 1, awaiting: 1 },
          liveAnn: { asMentor: 3, asMentee: 0 },
          liveDi: { asMentor: 0, asMentee: 1 },
          pairs: [true, true, false],
          members: ['ann'],
        });
      });

      it('finds overdue requests, and offers the due ones oldest expiry first, skipping what it is told to', async () => {
        const now = new Date('2026-03-03T12:00:00.000Z');
        const due = await change(subject, function* (tx) {
          return {
            before: yield* wait(tx.anyOverdue(new Date('2026-03-03T11:59:59.999Z'))),
            at: yield* wait(tx.anyOverdue(now)),
            all: (yield* wait(tx.lockDueRequests(now, 5, 10, []))).map((m) => m.id),
            skipped: (yield* wait(tx.lockDueRequests(now, 5, 10, ['ms-c']))).map((m) => m.id),
            one: (yield* wait(tx.lockDueRequests(now, 5, 1, []))).map((m) => m.id),
          };
        });
        assert.deepEqual({ before: due.before, at: due.at, first: due.all[0], one: due.one }, { before: false, at: true, first: 'ms-c', one: ['ms-c'] });
        assert.ok(!due.skipped.includes('ms-c'), 'a skipped request is not offered again');
        for (const id of [...due.all, ...due.skipped]) assert.ok(['ms-a', 'ms-c'].includes(id), `${id} is open`);
      });

      it('ranks the same page with the same scores and reasons', async () => {
        const request: RankRequest = {
          query: { find: 'mentors', topics: ['leadership'], offset: 0, limit: 10 },
          viewer: MEMBERS[1] as Member,
          partners: new Set(),
          settings,
          now: new Date('2026-03-02T12:00:00.000Z'),
        };
        const page = await read(subject, (tx) => wait(tx.rankMembers(request)));
        const found = Object.fromEntries(page.page.map(({ member, counts }) => [member.id, counts]));
        // di mentored bo to the end (ms-d): the completed mentorship is counted for the card's ribbon.
        assert.deepEqual(found, { ann: { mentees: 1, mentors: 0 }, di: { mentees: 0, mentors: 0, completedMentorships: 1 } }, 'the two mentors, with their counts');
        assert.equal(page.total, 2);
        assert.ok(page.page.every((hit) => hit.score > 0 && hit.reasons.length > 0), 'scored and explained');
        ranked.set(name, page);
      });

      it('keeps nothing of a unit of work that throws: no record, no notification, no change', async () => {
        const [notificationsBefore, changesBefore] = [await subject.notifications(), await subject.changes()];
        const failed = change(subject, function* (tx) {
          const ann = (yield* wait(tx.member('ann'))) as Member;
          const request = (yield* wait(tx.mentorship('ms-a'))) as Mentorship;
          yield* wait(tx.updateMember({ ...ann, name: 'Renamed' }));
          yield* wait(tx.addMember(member('eve', { mentee: true })));
          yield* wait(tx.updateMentorship({ ...request, state: 'declined', version: 2 }));
          tx.notify(composeNotification('declined', request, null, { settings, now: new Date(), member: (id) => MEMBERS.find((m) => m.id === id) }));
          tx.recordChange({ kind: 'mentorship', id: 'ms-a', audience: ['ann', 'bo'] });
          throw new Error('the rule refused');
        });
        await assert.rejects(failed, /the rule refused/);
        const after = await read(subject, function* (tx) {
          return { ann: (yield* wait(tx.member('ann')))?.name, eve: yield* wait(tx.member('eve')), state: (yield* wait(tx.mentorship('ms-a')))?.state };
        });
        assert.deepEqual(after, { ann: 'Member ann', eve: undefined, state: 'pending' });
        assert.deepEqual([await subject.notifications(), await subject.changes()], [notificationsBefore, changesBefore]);
      });

      it('keeps a unit of work that returns: records, notifications and changes together', async () => {
        const [notificationsBefore, changesBefore] = [await subject.notifications(), await subject.changes()];
        const added = await change(subject, function* (tx) {
          const first = yield* wait(tx.addMember(member('fay', { mentee: true })));
          const again = yield* wait(tx.addMember({ ...member('fay', { mentee: true }), name: 'Someone else' }));
          const request = (yield* wait(tx.mentorship('ms-a'))) as Mentorship;
          tx.notify(composeNotification('reminder', request, null, { settings, now: new Date(), member: (id) => MEMBERS.find((m) => m.id === id) }));
          tx.recordChange({ kind: 'member', id: 'fay', audience: null });
          return [first, again];
        });
        assert.deepEqual(added, [true, false], 'a member already stored is not stored again');
        assert.equal(await read(subject, function* (tx) {
          return (yield* wait(tx.member('fay')))?.name;
        }), 'Member fay');
        // The change recorded, and the one to the member told: their list of notifications grew.
        assert.deepEqual([await subject.notifications(), await subject.changes()], [notificationsBefore + 1, changesBefore + 2]);
      });

      it('counts the notifications a member caused another, holds others for the digest, hands them out by member and forgets them', async () => {
        const at = (instant: string) => ({ settings, now: new Date(instant), member: (id: string) => MEMBERS.find((m) => m.id === id) });
        const request = MENTORSHIPS[2] as Mentorship; // bo asks ann
        const caused = (since: string) => change(subject, (tx) => wait(tx.notificationsCaused('bo', 'ann', new Date(since))));
        await change(subject, function* (tx) {
          tx.notify(composeNotification('request', request, 'bo', at('2026-03-05T10:00:00.000Z')));
          tx.notify(composeNotification('reminder', request, null, at('2026-03-05T11:00:00.000Z')));
          // This unit's own count it sees before it is kept.
          assert.equal(yield* wait(tx.notificationsCaused('bo', 'ann', new Date('2026-03-05T00:00:00.000Z'))), 1);
          tx.holdForDigest(composeNotification('withdrawn', request, 'bo', at('2026-03-05T12:00:00.000Z')));
          tx.holdForDigest(composeNotification('request', request, 'bo', at('2026-03-05T13:00:00.000Z')));
          tx.holdForDigest(composeNotification('accepted', request, 'ann', at('2026-03-06T13:00:00.000Z')));
        });
        assert.deepEqual(
          [await caused('2026-03-05T10:00:00.000Z'), await caused('2026-03-05T10:00:00.001Z')],
          [1, 0],
          'one sent from its instant on; held ones and the program\'s own are not counted',
        );
        const held = (heldBy: string, limit = 10) => change(subject, function* (tx) {
          return (yield* wait(tx.lockHeldNotifications(new Date(heldBy), limit)))
            .map((h) => [h.memberId, h.ids.length, ...h.notifications.map((n) => `${n.memberId} ${n.kind}`)]);
        });
        assert.deepEqual(await held('2026-03-05T11:59:59.999Z'), [], 'none held by then');
        assert.deepEqual(await held('2026-03-05T12:00:00.000Z'), [['ann', 2, 'ann withdrawn', 'ann request']], 'every one of the member whose oldest is due, oldest first');
        assert.deepEqual(await held('2026-03-07T00:00:00.000Z', 1), [['ann', 2, 'ann withdrawn', 'ann request']], 'the limit counts members');
        assert.deepEqual(await held('2026-03-07T00:00:00.000Z'), [['ann', 2, 'ann withdrawn', 'ann request'], ['bo', 1, 'bo accepted']]);
        await change(subject, function* (tx) {
          const ann = (yield* wait(tx.lockHeldNotifications(new Date('2026-03-07T00:00:00.000Z'), 10))).find((h) => h.memberId === 'ann');
          yield* wait(tx.releaseHeld(ann!.ids));
        });
        assert.deepEqual(await held('2026-03-07T00:00:00.000Z'), [['bo', 1, 'bo accepted']], 'released ones are gone');
      });

      it('keeps the language a member states for their profile text, and its clearing', async () => {
        const stated = { ...member('gus', { mentee: true }), textLanguage: 'ar' };
        await change(subject, (tx) => wait(tx.addMember(stated)));
        assert.equal((await read(subject, (tx) => wait(tx.member('gus'))))?.textLanguage, 'ar');
        await change(subject, (tx) => wait(tx.updateMember({ ...stated, textLanguage: null })));
        assert.equal((await read(subject, (tx) => wait(tx.member('gus'))))?.textLanguage, null);
      });

      it('refuses a second live mentorship for a pair (conflict, duplicate), storing nothing', async () => {
        const second = mentorship('ms-e', 'ann', 'ann', 'bo', { createdAt: '2026-03-02T12:00:00.000Z' });
        const error = await change(subject, function* (tx) {
          yield* wait(tx.addMentorship(second));
        }).then(() => null, (e: unknown) => e);
        assert.ok(isMentoringError(error), String(error));
        assert.deepEqual({ code: error.code, reason: error.reason, details: error.details }, { code: 'conflict', reason: 'duplicate', details: { memberId: 'bo' } });
        assert.equal(await read(subject, (tx) => wait(tx.mentorship('ms-e'))), undefined);
      });
    });
  }

  it('both stores ranked the very same page: order, whole records, counts, scores and reasons', () => {
    const pages = [...ranked.values()];
    assert.equal(pages.length, kinds.length);
    for (const page of pages.slice(1)) assert.deepEqual(page, pages[0]);
  });
});

describe('the SQL store\'s receipt of a unit of work', () => {
  it('names the feed positions of the changes the unit recorded, in order; a replay says so and names none; a unit that throws, none', async () => {
    if (server) await server.reset();
    else server = await startTestServer({ database: testDatabase() });
    const { db } = server;
    await insertMembers(db, MEMBERS, new Date('2026-03-01T12:00:00.000Z'));
    const store = new SqlStore({ db, program: new Program(settings), clock: systemClock, directory: new MemberDirectory(db) });
    /** A unit that records a change of each of `ids` and answers `answer` (or throws, with none). */
    const recording = (ids: string[], answer: string | Error) => function* (tx: StoreChange): Op<string> {
      for (const id of ids) tx.recordChange({ kind: 'member', id, audience: null });
      yield* wait(tx.member(ids[0] as string));
      if (answer instanceof Error) throw answer;
      return answer;
    };
    const head = await headSeq(db);
    const retry = { memberId: 'ann', key: 'receipt-1', fingerprint: 'POST /mentorships {}' };
    const receipt: UnitReceipt = { replayed: false, changeSeqs: [] };
    const first = await store.change(recording(['ann', 'bo'], 'first'), { retry, receipt });
    const feed = await changesAfter(db, head, await headSeq(db), 10);
    assert.deepEqual(feed.map(({ kind, id }) => `${kind}:${id}`), ['member:ann', 'member:bo']);
    assert.deepEqual(receipt, { replayed: false, changeSeqs: feed.map(({ seq }) => seq) });

    const replay: UnitReceipt = { replayed: false, changeSeqs: [] };
    const again = await store.change(recording(['cy'], 'second'), { retry, receipt: replay });
    assert.deepEqual([first, again], ['first', 'first'], 'the retry gets the first answer');
    assert.deepEqual(replay, { replayed: true, changeSeqs: [] });

    const refused: UnitReceipt = { replayed: false, changeSeqs: [] };
    await assert.rejects(store.change(recording(['cy'], new Error('the rule refused')), { receipt: refused }), /the rule refused/);
    assert.deepEqual(refused, { replayed: false, changeSeqs: [] });
    assert.equal(await headSeq(db), feed.at(-1)?.seq, 'nothing recorded since');
  });
});

// ---------------------------------------------------------------------------------------------
// The program office's reads: each list with its filters and keyset pages, the dashboard's figures and the
// CSV files the staff service writes from them, over the same program in both stores.

type Read = (tx: StoreReads) => Op<unknown>;

/** Every page of a list, `limit` at a time, each after the sort key of the previous page's last item. */
function walk<T>(list: CsvList, page: (tx: StoreReads, after: SortKey | null) => Awaitable<StorePage<T>>): Read {
  return function* (tx) {
    const pages: StorePage<T>[] = [];
    let after: SortKey | null = null;
    for (let n = 0; n < 50; n++) {
      const next: StorePage<T> = yield* wait(page(tx, after));
      pages.push(next);
      const last = next.items.at(-1);
      if (last === undefined) return pages;
      after = (LIST_ORDER[list].key as (item: T) => SortKey)(last);
    }
    throw new Error(`${list}: the pages never end`);
  };
}

const officeSettings = (mentorsPerMentee: number) => programSettings({ mentorsPerMentee });
const request = <F>(filter: F, mentorsPerMentee = 2) => ({ filter, after: null, limit: 100, withTotal: true, settings: officeSettings(mentorsPerMentee), now: NOW });
const paged = <F>(filter: F, limit: number) => (after: SortKey | null) => ({ ...request(filter), after, limit, withTotal: false });

/** Each read, by name; both stores must answer each one the same. */
const OFFICE_READS: Record<string, Read> = {
  ...Object.fromEntries(
    [
      {}, { enrolled: true }, { enrolled: false }, { text: 'leveque' }, { text: 'ANN' }, { text: 'members.example zoe' }, { text: 'hal' },
      { text: 'oster' }, { role: 'mentor' }, { role: 'mentee' }, { topic: 'statistics' }, { role: 'mentee', topic: 'leadership' },
      { role: 'mentor', topic: 'leadership', standing: 'participating' },
      ...MEMBER_STANDINGS.flatMap((standing) => [{ standing }, { role: 'mentor', standing }, { role: 'mentee', standing }]),
    ].flatMap((filter) => [1, 2].map((perMentee) => [
      `members ${JSON.stringify(filter)} (mentorsPerMentee ${perMentee})`,
      (tx: StoreReads) => wait(tx.memberPage(request(filter as MemberListFilter, perMentee))),
    ])),
  ),
  'members, two at a time': walk('members', (tx, after) => tx.memberPage(paged({}, 2)(after))),
  'enrolled mentees, one at a time': walk('members', (tx, after) => tx.memberPage(paged({ role: 'mentee' as const }, 1)(after))),
  ...Object.fromEntries(
    [
      {}, { states: ['active', 'completed'] }, { states: ['pending'] }, { memberId: 'ann' }, { topic: 'statistics' }, { text: 'lev' },
      { text: 'zoe ms-0' }, { text: 'nobody' }, { from: '2026-02-01', to: '2026-02-28' }, { from: '2026-03-01' }, { to: '2025-12-01' },
      { pairedByStaff: true }, { pairedByStaff: false, memberId: 'bo' }, { withoutMeeting: true }, { withoutMeeting: false, states: ['active'] },
    ].map((filter) => [`mentorships ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.mentorshipPage(request(filter as MentorshipListFilter)))]),
  ),
  'mentorships, three at a time': walk('mentorships', (tx, after) => tx.mentorshipPage(paged({}, 3)(after))),
  ...Object.fromEntries(
    [
      { olderThanDays: 0 }, { olderThanDays: 9 }, { olderThanDays: 13 }, { olderThanDays: 14 }, { olderThanDays: 0, text: 'berg' },
      { olderThanDays: 0, memberId: 'yan' }, { olderThanDays: 0, topic: 'statistics' },
    ].map((filter) => [`requests ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.requestPage(request(filter as RequestListFilter)))]),
  ),
  'requests, one at a time': walk('requests', (tx, after) => tx.requestPage(paged({ olderThanDays: 0 }, 1)(after))),
  ...Object.fromEntries(
    [{}, { by: 'mentor' }, { by: 'mentee' }, { rating: 5 }, { memberId: 'zed' }, { from: '2026-02-01', to: '2026-02-16' }].flatMap((filter) => [
      [`evaluations ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.evaluationPage(request(filter as EvaluationListFilter)))],
      [`ratings ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.ratingTotals(filter as EvaluationListFilter, officeSettings(2)))],
    ]),
  ),
  'evaluations, one at a time': walk('evaluations', (tx, after) => tx.evaluationPage(paged({}, 1)(after))),
  ...Object.fromEntries(
    [{}, { status: 'new' }, { status: 'resolved' }, { memberId: 'ann' }, { memberId: 'zed', status: 'new' }]
      .map((filter) => [`concerns ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.concernPage(request(filter as ConcernListFilter)))]),
  ),
  'concerns, one at a time': walk('concerns', (tx, after) => tx.concernPage(paged({}, 1)(after))),
  'a concern, and a member\'s, newest first': function* (tx) {
    return { one: yield* wait(tx.concern('concern-2')), none: yield* wait(tx.concern('concern-9')), zed: yield* wait(tx.concernsRaisedBy('zed')) };
  },
  ...Object.fromEntries(
    [{}, { action: 'pair' }, { actorId: 'boss' }, { subjectId: 'di' }, { from: '2026-02-02', to: '2026-03-04' }]
      .map((filter) => [`audit ${JSON.stringify(filter)}`, (tx: StoreReads) => wait(tx.auditPage(request(filter as AuditListFilter)))]),
  ),
  'audit, one at a time': walk('audit', (tx, after) => tx.auditPage(paged({}, 1)(after))),
  ...Object.fromEntries(
    [
      ['2026-01-01', '2026-03-10'], ['2025-11-01', '2026-03-31'], ['2026-01-01', '2026-02-05'], ['2026-02-01', '2026-02-28'],
      ['2020-01-01', '2020-01-31'],
    ].flatMap(([from, to]) => [1, 2].map((perMentee) => [
      `dashboard ${from}..${to} (mentorsPerMentee ${perMentee})`,
      (tx: StoreReads) => wait(tx.dashboardFacts({ query: { from: from!, to: to! }, settings: officeSettings(perMentee), now: NOW })),
    ])),
  ),
};

/** What the reference (MemoryStore) must find, so that the comparison compares something. */
function checkCoverage(answers: Map<string, unknown>): void {
  const total = (name: string) => (answers.get(name) as StorePage<unknown>).total;
  for (const standing of MEMBER_STANDINGS) assert.ok(total(`members {"standing":"${standing}"} (mentorsPerMentee 2)`)! > 0, standing);
  assert.ok(total('members {"text":"leveque"} (mentorsPerMentee 1)')! > 0, 'text');
  assert.notDeepEqual(answers.get('members {"role":"mentee","standing":"full"} (mentorsPerMentee 1)'),
    answers.get('members {"role":"mentee","standing":"full"} (mentorsPerMentee 2)'), 'the limit per mentee counts');
  const median = (name: string) => (answers.get(name) as DashboardFacts).medianHoursToFirstAnswer;
  assert.deepEqual([median('dashboard 2025-11-01..2026-03-31 (mentorsPerMentee 2)'), median('dashboard 2026-01-01..2026-02-05 (mentorsPerMentee 2)')],
    [24, 33], 'an odd and an even number of answers');
  assert.deepEqual((answers.get('mentorships, three at a time') as StorePage<unknown>[]).map((p) => p.items.length), [3, 3, 3, 2, 0]);
}

describe('the program office\'s reads answer alike in both stores', () => {
  const answers = new Map<string, Map<string, unknown>>();
  const exports = new Map<string, string[]>();
  const settings = officeSettings(2);

  const officeKinds: [string, () => Promise<MentoringStore>][] = [
    ['MemoryStore', async () => new MemoryStore({ members: OFFICE_MEMBERS, mentorships: OFFICE_MENTORSHIPS }, settings)],
    [`SqlStore (${testDatabase() === 'pglite' ? 'PGlite' : 'PostgreSQL'})`, async () => {
      if (server) await server.reset(settings);
      else server = await startTestServer({ database: testDatabase(), settings });
      const { db } = server;
      await insertMembers(db, OFFICE_MEMBERS, NOW);
      await insertMentorships(db, OFFICE_MENTORSHIPS);
      return new SqlStore({ db, program: new Program(settings), clock: systemClock, directory: new MemberDirectory(db) });
    }],
  ];

  for (const [name, make] of officeKinds) {
    describe(name, () => {
      let store: MentoringStore;
      before(async () => {
        store = await make();
        await store.change(raiseConcerns);
        await store.change(appendAudits);
      });

      it('answers every list, page and figure', async () => {
        const mine = new Map<string, unknown>();
        for (const [read, work] of Object.entries(OFFICE_READS)) mine.set(read, await store.read(work));
        answers.set(name, mine);
      });

      it('writes the same CSV files through the staff service', async () => {
        const staff = new StaffService(store, new ManualClock(NOW));
        const files: string[] = [];
        const requests: CsvRequest[] = [
          { list: 'members', filter: {} }, { list: 'members', filter: { role: 'mentor', standing: 'full' } },
          { list: 'mentorships', filter: {} }, { list: 'requests', filter: { olderThanDays: 0 } }, { list: 'evaluations', filter: {} },
          { list: 'concerns', filter: {} }, { list: 'audit', filter: {} },
        ];
        for (const csv of requests) {
          let text = '';
          for await (const chunk of staff.exportCsv({ memberId: 'office', staff: true }, csv)) text += chunk;
          files.push(text);
        }
        assert.ok(files[6]!.includes('mentor-full'), 'the audit file names the limits passed');
        assert.ok(files[5]!.includes('\'=cmd'), 'formula cells neutralised');
        exports.set(name, files);
      });

      it('keeps the settings\' versions: a locked change is read back, the earlier version kept', async () => {
        const record = await store.read((tx) => wait(tx.programRecord()));
        assert.deepEqual(record, { settings, version: 1, updatedAt: null, updatedBy: null });
        const next = { settings: { ...settings, name: 'Renamed' }, version: 2, updatedAt: NOW.toISOString(), updatedBy: 'office' };
        await store.change(function* (tx) {
          assert.deepEqual(yield* wait(tx.lockProgram()), record);
          yield* wait(tx.saveProgram(next));
          assert.equal((yield* wait(tx.program())).name, 'Renamed', 'the unit reads its own change');
        });
        assert.deepEqual(await store.read((tx) => wait(tx.programRecord())), next);
        await assert.rejects(async () => store.change(function* (tx) {
          yield* wait(tx.saveProgram({ ...next, version: 3, settings: { ...settings, name: 'Undone' } }));
          throw new Error('the rule refused');
        }), /the rule refused/);
        assert.equal((await store.read((tx) => wait(tx.program()))).name, 'Renamed', 'a unit that throws leaves the settings as they were');
      });
    });
  }

  it('both stores answered every read the same: items, order, counts, totals, figures', () => {
    const [reference, ...others] = [...answers.values()];
    assert.equal(answers.size, officeKinds.length);
    checkCoverage(reference!);
    for (const other of others) for (const [read, answer] of reference!) assert.deepEqual(other.get(read), answer, read);
  });

  it('both stores gave the staff service the very same CSV files', () => {
    const [reference, ...others] = [...exports.values()];
    assert.equal(exports.size, officeKinds.length);
    for (const other of others) for (const [i, file] of reference!.entries()) assert.equal(other[i], file, `file ${i}`);
  });
});

describe('the SQL store\'s audit log and history are append-only', () => {
  it('refuses UPDATE and DELETE of the audit log, a concern\'s history and a settings version', async () => {
    if (server) await server.reset();
    else server = await startTestServer({ database: testDatabase() });
    const { db } = server;
    await insertMembers(db, OFFICE_MEMBERS, NOW);
    await insertMentorships(db, OFFICE_MENTORSHIPS);
    const store = new SqlStore({ db, program: new Program(settings), clock: systemClock, directory: new MemberDirectory(db) });
    await store.change(raiseConcerns);
    await store.change(appendAudits);
    for (const statement of [
      'UPDATE audit_log SET actor_id = \'someone\'', 'DELETE FROM audit_log', 'UPDATE concern_events SET n = n + 10',
      'DELETE FROM concern_events', 'UPDATE program_settings SET version = 7', 'DELETE FROM program_settings',
    ]) {
      await assert.rejects(db.query(statement), /append-only/, statement);
    }
    const [row] = await db.query<{ audit: number; events: number }>(
      'SELECT (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM concern_events) AS events',
    );
    assert.deepEqual(row, { audit: 4, events: 5 });
  });
});
