// What one member must not learn of others: members no one may see (not enrolled) through the change feed,
// and whether a mentorship that is not theirs exists, through its answer or the work done to answer it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database, Queryable } from '../src/db/database.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';

let server: TestServer;
let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}`;

type Change = { kind: string; id: string };
const heard = async (memberId: string, after: number): Promise<Change[]> =>
  (await caller(server, memberId).get(`/changes?after=${after}`)).body.changes;
const cursor = async (memberId: string): Promise<number> => (await caller(server, memberId).get('/changes')).body.last;

/**
 * Every SQL statement the server sends while `run` runs, in order (parameters left out), but the mail
 * sender's, which polls the outbox on its own timer.
 */
async function statements(db: Database, run: () => Promise<unknown>): Promise<string[]> {
  const all: string[] = [];
  const seen = { push: (sql: string) => all.push(sql) };
  const counted = (q: Queryable): Queryable => ({
    query: ((sql: string, params?: readonly unknown[]) => (seen.push(sql), q.query(sql, params))) as Queryable['query'],
    exec: (sql: string) => (seen.push(sql), q.exec(sql)),
  });
  const original = { query: db.query, exec: db.exec, transaction: db.transaction };
  Object.assign(db, counted(original as Queryable), {
    transaction: ((work: (tx: Queryable) => Promise<unknown>) => original.transaction.call(db, (q) => work(counted(q)))) as Database['transaction'],
  });
  try {
    await run();
  } finally {
    Object.assign(db, original);
  }
  return all.filter((sql) => !/\boutbox\b/.test(sql));
}

describe('no leaks', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
  });
  after(() => server.close());

  describe('the change feed', () => {
    it('a member no one may see (not enrolled) is not told to others: not their first sign-in, not their changes', async () => {
      const watcher = fresh('watcher');
      await enrol(server, watcher, ['mentee']);
      const from = await cursor(watcher);
      const hidden = fresh('hidden');
      assert.equal((await caller(server, hidden).get('/me')).status, 200, 'signed in, provisioned');
      assert.equal((await caller(server, hidden).put('/me/availability', { status: 'paused', returnDate: null })).status, 200);
      const own = await heard(hidden, from);
      assert.ok(own.some((c) => c.kind === 'member' && c.id === hidden), 'the member hears of themself');
      assert.ok(!(await heard(watcher, from)).some((c) => c.id === hidden), 'no one else does');
    });

    it('once enrolled (shown to every member), their changes are told to everyone', async () => {
      const watcher = fresh('watcher');
      await enrol(server, watcher, ['mentee']);
      const newcomer = fresh('newcomer');
      await caller(server, newcomer).get('/me');
      const from = await cursor(watcher);
      await enrol(server, newcomer, ['mentor']);
      assert.ok((await heard(watcher, from)).some((c) => c.kind === 'member' && c.id === newcomer));
    });

    it('a mentorship is told to its two members only', async () => {
      const [mentee, mentor, outsider] = [fresh('mentee'), fresh('mentor'), fresh('outsider')];
      await enrol(server, mentee, ['mentee']);
      await enrol(server, mentor, ['mentor']);
      await enrol(server, outsider, ['mentee']);
      const from = await cursor(outsider);
      const m = await ask(server, mentee, mentor);
      for (const member of [mentee, mentor]) assert.ok((await heard(member, from)).some((c) => c.id === m.id), member);
      assert.ok(!(await heard(outsider, from)).some((c) => c.id === m.id));
    });
  });

  describe('a mentorship that is not the caller\'s', () => {
    /** The answer with the id asked for written as ID, so two answers for two ids compare. */
    const answer = async (memberId: string, path: string, body: unknown, id: string) => {
      const reply = await caller(server, memberId).post(path, body);
      return { status: reply.status, body: JSON.parse(JSON.stringify(reply.body).replaceAll(id, 'ID')) as unknown };
    };

    for (const [action, body] of [['accept', {}], ['withdraw', { version: 1 }], ['end', { reason: 'x' }], ['feedback', { rating: 5, comment: '' }]] as const) {
      it(`${action}: the same 404, after the same queries, whether it exists or not`, async () => {
        const [mentee, mentor, outsider] = [fresh('mentee'), fresh('mentor'), fresh('outsider')];
        await enrol(server, mentee, ['mentee']);
        await enrol(server, mentor, ['mentor']);
        await enrol(server, outsider, ['mentor', 'mentee']);
        const m = await ask(server, mentee, mentor);
        const missing = 'ms-0123456789abcdef';
        await caller(server, outsider).get('/me'); // signed in and caught up: both calls below start alike
        let existing: Awaited<ReturnType<typeof answer>> | undefined;
        let unknown: Awaited<ReturnType<typeof answer>> | undefined;
        const forExisting = await statements(server.db, async () => {
          existing = await answer(outsider, `/mentorships/${m.id}/${action}`, body, m.id);
        });
        const forUnknown = await statements(server.db, async () => {
          unknown = await answer(outsider, `/mentorships/${missing}/${action}`, body, missing);
        });
        assert.equal(existing?.status, 404);
        assert.deepEqual(existing, unknown, 'the same status and body');
        assert.deepEqual(forExisting, forUnknown, 'the same queries, in the same order');
      });
    }
  });
});
