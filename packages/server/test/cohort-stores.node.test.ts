// Cohorts (issue 14) over the two stores, core's MemoryStore and the server's SqlStore (PGlite, or PostgreSQL
// with TEST_DATABASE_URL): their cohort records answer alike (order, upserts, the jobs' candidates, a unit of
// work kept whole or not at all), the cohort services run the same rules over both, and, over generated
// cohorts, what is published never breaks a limit.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CohortService, CohortStaffService, DEFAULT_PROGRAM_SETTINGS, DEFAULT_VISIBILITY, ManualClock, Member, MentoringService,
  wait, type Cohort, type CohortApplication, type CohortMatch, type MentoringStore, type Op, type ProgramSettings, type StoreChange,
  type StoreReads,
} from '@mentor-match/core';
import { MemoryStore } from '@mentor-match/core/memory-store';
import { Program } from '../src/program.ts';
import { MemberDirectory } from '../src/search/directory.ts';
import { insertMembers } from '../src/store/members.ts';
import { SqlStore } from '../src/store/sql-store.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = '2026-03-01T09:00:00.000Z';
const at = (days: number) => new Date(Date.parse(START) + days * DAY).toISOString();

function member(id: string, roles: { mentor?: boolean; mentee?: boolean }, topics = ['leadership']): Member {
  const role = { topics, meetingModes: ['video'], statement: '', enrolledAt: '2025-06-01T09:00:00.000Z' };
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    mentor: roles.mentor ? role : null, mentee: roles.mentee ? role : null,
    availability: { status: 'participating', returnDate: null, capacity: 5 },
    visibility: { ...DEFAULT_VISIBILITY }, codeOfConductAcceptedAt: null, codeOfConductVersion: null, mentorApproval: null,
    suspension: null,
  });
}

const cohort = (id: string, fields: Partial<Cohort> = {}): Cohort => ({
  id, version: 1, state: 'open', name: `Cohort ${id}`, roles: ['mentor', 'mentee'],
  applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(377),
  createdAt: START, updatedAt: START, publishedAt: null, ...fields,
});

const application = (cohortId: string, memberId: string, role: 'mentor' | 'mentee', fields: Partial<CohortApplication> = {}): CohortApplication => ({
  cohortId, memberId, role, version: 1, status: 'applied', topics: ['leadership'], statement: '', capacity: 1, avoid: [],
  createdAt: START, updatedAt: START, rematchAskedAt: null, ...fields,
});

const match = (id: string, cohortId: string, mentorId: string, menteeId: string, fields: Partial<CohortMatch> = {}): CohortMatch => ({
  id, cohortId, version: 1, state: 'proposed', mentorId, menteeId, score: 0.5, reasons: [], publishedAt: START, expiresAt: at(30),
  mentorAnswer: null, menteeAnswer: null, mentorshipId: null, termEndAskedAt: null, extension: null, ...fields,
});

interface Subject {
  store: MentoringStore;
  clock: ManualClock;
}

let server: TestServer | undefined;
after(() => server?.close());

/** A fresh store of each kind with these members and settings, on a clock at START. */
const kinds: [string, (members: readonly Member[], settings?: ProgramSettings) => Promise<Subject>][] = [
  ['MemoryStore', async (members, settings = DEFAULT_PROGRAM_SETTINGS) => ({ store: new MemoryStore({ members, mentorships: [] }, settings), clock: new ManualClock(START) })],
  [`SqlStore (${testDatabase() === 'pglite' ? 'PGlite' : 'PostgreSQL'})`, async (members, settings = DEFAULT_PROGRAM_SETTINGS) => {
    if (server) await server.reset(settings);
    else server = await startTestServer({ database: testDatabase(), settings });
    await insertMembers(server.db, members, new Date(START));
    const clock = new ManualClock(START);
    return { store: new SqlStore({ db: server.db, program: new Program(settings), clock, directory: new MemberDirectory(server.db) }), clock };
  }],
];

const read = async <T>(s: Subject, work: (tx: StoreReads) => Op<T>): Promise<T> => s.store.read(work);
const change = async <T>(s: Subject, work: (tx: StoreChange) => Op<T>): Promise<T> => s.store.change(work);

const PEOPLE = [member('ann', { mentor: true }), member('bo', { mentee: true }), member('cy', { mentee: true }), member('di', { mentor: true, mentee: true })];

describe('cohort records answer alike on both stores', () => {
  const answers = new Map<string, unknown>();
  for (const [name, make] of kinds) {
    it(`${name}: order, upserts, drafts, matches by member and mentorship, the jobs' candidates, and a unit that throws keeps nothing`, async () => {
      const s = await make(PEOPLE);
      await change(s, function* (tx) {
        const r = tx.cohortRecords;
        yield* wait(r.addCohort(cohort('c-old', { termStartsAt: at(-300), termEndsAt: at(60) })));
        yield* wait(r.addCohort(cohort('c-new')));
        yield* wait(r.putApplication(application('c-new', 'bo', 'mentee')));
        yield* wait(r.putApplication(application('c-new', 'ann', 'mentor')));
        yield* wait(r.putApplication(application('c-new', 'bo', 'mentee', { version: 2, statement: 'Edited' })));
        yield* wait(r.saveDraft({ cohortId: 'c-new', version: 1, pairs: [], unmatched: [], runAt: START, runBy: 'office' }));
        yield* wait(r.saveDraft({ cohortId: 'c-new', version: 2, pairs: [], unmatched: [], runAt: START, runBy: 'office' }));
        yield* wait(r.addMatch(match('m-1', 'c-new', 'ann', 'bo', { expiresAt: at(5) })));
        yield* wait(r.addMatch(match('m-2', 'c-new', 'ann', 'cy')));
        yield* wait(r.updateMatch(match('m-2', 'c-new', 'ann', 'cy', { state: 'accepted', version: 3, mentorshipId: 'ms-x' })));
      });
      await assert.rejects(change(s, function* (tx) {
        yield* wait(tx.cohortRecords.addCohort(cohort('c-lost')));
        yield* wait(tx.cohortRecords.deleteDraft('c-new'));
        yield* wait(tx.cohortRecords.putApplication(application('c-new', 'cy', 'mentee')));
        throw new Error('refused');
      }), /refused/);
      const seen = await change(s, function* (tx) {
        const r = tx.cohortRecords;
        return {
          cohorts: (yield* wait(r.cohorts())).map((c) => c.id),
          lost: yield* wait(r.cohort('c-lost')),
          applications: (yield* wait(r.applications('c-new'))).map((a) => [a.memberId, a.role, a.version]),
          ofBo: (yield* wait(r.applicationsOf('bo'))).map((a) => a.statement),
          draft: (yield* wait(r.draft('c-new')))?.version,
          matches: (yield* wait(r.matches('c-new'))).map((m) => [m.id, m.state, m.version]),
          ofCy: (yield* wait(r.matchesOf('cy'))).map((m) => m.id),
          byMentorship: (yield* wait(r.matchOfMentorship('ms-x')))?.id,
          dueLater: (yield* wait(r.lockDueMatches(new Date(at(4)), 14, 10, []))).map((m) => m.id),
          dueNow: (yield* wait(r.lockDueMatches(new Date(at(5)), 14, 10, []))).map((m) => m.id),
          skipped: (yield* wait(r.lockDueMatches(new Date(at(5)), 14, 10, ['m-1']))).map((m) => m.id),
        };
      });
      assert.deepEqual(seen, {
        cohorts: ['c-new', 'c-old'],
        lost: undefined,
        applications: [['ann', 'mentor', 1], ['bo', 'mentee', 2]],
        ofBo: ['Edited'],
        draft: 2,
        matches: [['m-1', 'proposed', 1], ['m-2', 'accepted', 3]],
        ofCy: ['m-2'],
        byMentorship: 'm-2',
        dueLater: [],
        dueNow: ['m-1'],
        skipped: [],
      });
      answers.set(name, seen);
      await change(s, (tx) => wait(tx.cohortRecords.deleteDraft('c-new')));
      assert.equal(await read(s, (tx) => wait(tx.cohortRecords.draft('c-new'))), undefined, 'a draft deleted is gone');
    });
  }
});

/** The services over a store, the office and members as callers. */
function services(s: Subject) {
  return {
    members: new MentoringService(s.store, s.clock),
    cohorts: new CohortService(s.store, s.clock),
    office: new CohortStaffService(s.store, s.clock),
    as: (memberId: string) => ({ memberId }),
    staff: { memberId: 'office', staff: true },
  };
}

describe('the cohort rules over both stores', () => {
  for (const [name, make] of kinds) {
    it(`${name}: apply, run, publish, a decline and a second run, both accepts, the term-end ask, an extension and the end`, async () => {
      const s = await make(PEOPLE);
      const { cohorts, office, as, staff, members } = services(s);
      const { cohort: c } = await office.createCohort(staff, {
        name: 'Spring', roles: ['mentor', 'mentee'], applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(100),
      });
      await cohorts.applyToCohort(as('ann'), c.id, 'mentor', { topics: ['leadership'], statement: '', capacity: 1, avoid: [] });
      await cohorts.applyToCohort(as('di'), c.id, 'mentor', { topics: ['statistics'], statement: '', capacity: 1, avoid: [] });
      await cohorts.applyToCohort(as('bo'), c.id, 'mentee', { topics: ['leadership'], statement: 'Lead a team', avoid: [] });
      const first = await office.runMatching(staff, c.id, {});
      assert.deepEqual(first.pairs.map((p) => `${p.mentor.id}:${p.mentee.id}`), ['ann:bo'], 'the better fit (shared topic)');
      await office.publishProposal(staff, c.id, { version: first.version });
      const [mine] = (await cohorts.listCohorts(as('ann')))[0]?.matches ?? [];
      await cohorts.answerMatch(as('ann'), mine?.id ?? '', { accept: false, reason: 'No time this year' });
      const second = await office.runMatching(staff, c.id, {});
      assert.deepEqual(second.pairs.map((p) => `${p.mentor.id}:${p.mentee.id}`), ['di:bo'], 'the next run proposes someone else');
      await office.publishProposal(staff, c.id, { version: second.version });
      for (const id of ['bo', 'di']) {
        const proposed = (await cohorts.listCohorts(as(id)))[0]?.matches.find((m) => m.status === 'proposed');
        await cohorts.answerMatch(as(id), proposed?.id ?? '', { accept: true });
      }
      const [active] = await members.listMentorships(as('bo'));
      assert.deepEqual([active?.mentorship.state, active?.mentorship.endsAt], ['active', at(100)]);
      s.clock.set(at(87));
      await members.runJobs();
      const asked = (await cohorts.listCohorts(as('bo')))[0]?.matches.find((m) => m.status === 'active');
      assert.ok(asked, 'still active before the end');
      await cohorts.extendMentorship(as('bo'), active?.mentorship.id ?? '', { endsAt: at(130) });
      const extended = await cohorts.extendMentorship(as('di'), active?.mentorship.id ?? '', { endsAt: at(130) });
      assert.equal(extended.mentorship?.endsAt, at(130), 'both agreed: the end moved');
      s.clock.set(at(131));
      await members.runJobs();
      const [done] = await members.listMentorships(as('bo'));
      assert.equal(done?.mentorship.state, 'completed', 'completed at its end');
      const statuses = (await office.listCohortMatches(staff, c.id, {})).map((m) => m.status);
      assert.deepEqual(statuses, ['declined', 'completed']);
    });
  }
});

describe('over generated cohorts, what is published never breaks a limit', () => {
  for (const [name, make] of kinds) {
    it(`${name}`, async () => {
      const runs = name === 'MemoryStore' ? 40 : 6;
      const topics = ['leadership', 'statistics', 'grant-writing'];
      const applicant = fc.record({ topic: fc.constantFrom(...topics), capacity: fc.integer({ min: 1, max: 3 }), avoid: fc.array(fc.nat(7), { maxLength: 2 }) });
      await fc.assert(
        fc.asyncProperty(fc.array(applicant, { minLength: 1, maxLength: 5 }), fc.array(applicant, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 2 }), async (mentorSpecs, menteeSpecs, both) => {
          const mentorIds = mentorSpecs.map((_, i) => `mr${i}`);
          const menteeIds = menteeSpecs.map((_, i) => (i < both && i < mentorIds.length ? `mr${i}` : `me${i}`));
          const ids = [...new Set([...mentorIds, ...menteeIds])];
          const people = ids.map((id) => member(id, { mentor: mentorIds.includes(id), mentee: menteeIds.includes(id) }));
          const s = await make(people);
          const { cohorts, office, as, staff } = services(s);
          const { cohort: c } = await office.createCohort(staff, {
            name: 'Generated', roles: ['mentor', 'mentee'], applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(100),
          });
          const all = [...mentorIds, ...menteeIds];
          const avoidOf = (spec: { avoid: number[] }) => spec.avoid.map((n) => all[n % all.length] as string);
          for (const [i, spec] of mentorSpecs.entries()) {
            await cohorts.applyToCohort(as(mentorIds[i] as string), c.id, 'mentor', { topics: [spec.topic], statement: '', capacity: spec.capacity, avoid: avoidOf(spec).filter((id) => id !== mentorIds[i]) });
          }
          for (const [i, spec] of menteeSpecs.entries()) {
            await cohorts.applyToCohort(as(menteeIds[i] as string), c.id, 'mentee', { topics: [spec.topic], statement: '', avoid: avoidOf(spec).filter((id) => id !== menteeIds[i]) });
          }
          const proposal = await office.runMatching(staff, c.id, {});
          await office.publishProposal(staff, c.id, { version: proposal.version });
          const published = await office.listCohortMatches(staff, c.id, {});
          const perMentor = new Map<string, number>();
          const mentees = new Set<string>();
          for (const { match: m } of published) {
            assert.notEqual(m.mentorId, m.menteeId, 'no one with themself');
            const mentorIndex = mentorIds.indexOf(m.mentorId);
            const menteeIndex = menteeIds.indexOf(m.menteeId);
            assert.ok(!avoidOf(mentorSpecs[mentorIndex] as { avoid: number[] }).includes(m.menteeId), 'the mentor\'s avoided');
            assert.ok(!avoidOf(menteeSpecs[menteeIndex] as { avoid: number[] }).includes(m.mentorId), 'the mentee\'s avoided');
            assert.ok(!mentees.has(m.menteeId), 'one mentor per mentee');
            mentees.add(m.menteeId);
            perMentor.set(m.mentorId, (perMentor.get(m.mentorId) ?? 0) + 1);
            assert.ok((perMentor.get(m.mentorId) ?? 0) <= (mentorSpecs[mentorIndex]?.capacity ?? 0), 'the mentor\'s capacity');
          }
          assert.equal(published.length, proposal.pairs.length, 'every pair published once');
        }),
        { numRuns: runs },
      );
    });
  }
});
