// The two stores the mentoring service runs over, core's MemoryStore and the server's SqlStore (PGlite, or
// PostgreSQL with TEST_DATABASE_URL), hold the same records here and must answer alike: every operation is
// written once against their interface, so a store that orders, counts or keeps a unit of work differently
// would make the service differ between MemoryAdapter and the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_PROGRAM_SETTINGS, DEFAULT_VISIBILITY, Member, Mentorship, composeNotification, isMentoringError,
  systemClock, wait, type MentoringStore, type Op, type RankRequest, type StoreChange, type StoreReads, type UnitReceipt,
} from '@mentor-match/core';
import { MemoryStore } from '@mentor-match/core/memory-store';
import { MemberDirectory } from '../src/search/directory.ts';
import { changesAfter, headSeq } from '../src/store/changes.ts';
import { insertMembers } from '../src/store/members.ts';
import { insertMentorships } from '../src/store/mentorships.ts';
import { listOutbox } from '../src/store/outbox.ts';
import { SqlStore } from '../src/store/sql-store.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';

const settings = DEFAULT_PROGRAM_SETTINGS;
const role = { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: '2025-06-01T09:00:00.000Z' };

function member(id: string, roles: { mentor?: boolean; mentee?: boolean }): Member {
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    mentor: roles.mentor ? role : null, mentee: roles.mentee ? role : null,
    availability: { status: 'participating', returnDate: null, capacity: 2 },
    visibility: { ...DEFAULT_VISIBILITY }, codeOfConductAcceptedAt: null,
  });
}

function mentorship(id: string, requesterId: string, mentorId: string, menteeId: string, fields: Partial<Mentorship>): Mentorship {
  return Mentorship.parse({
    id, version: 1, state: 'pending', requesterId, mentorId, menteeId, areas: ['leadership'], goals: 'Grow', termMonths: 6,
    meetingMode: 'video', message: '', createdAt: '2026-03-01T12:00:00.000Z', respondedAt: null,
    expiresAt: '2026-03-31T12:00:00.000Z', remindedAt: null, startedAt: null, endsAt: null, endedAt: null,
    declineReason: null, endReason: null, feedback: [], ...fields,
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
    const store = new SqlStore({ db, program: { settings }, clock: systemClock, directory: new MemberDirectory(db) });
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
        assert.deepEqual(found, { ann: { mentees: 1, mentors: 0 }, di: { mentees: 0, mentors: 0 } }, 'the two mentors, with their counts');
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
        assert.deepEqual([await subject.notifications(), await subject.changes()], [notificationsBefore + 1, changesBefore + 1]);
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
    const store = new SqlStore({ db, program: { settings }, clock: systemClock, directory: new MemberDirectory(db) });
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
