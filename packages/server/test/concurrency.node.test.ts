// Limits under concurrency, on PostgreSQL (PGlite runs one transaction at a time, so it cannot show a race):
// the member rows are locked (FOR UPDATE) before the counts a guard reads, so two accepts cannot both fit
// into one place.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requestInput } from '@mentor-match/testkit';
import { silentLogger } from '../src/log.ts';
import { startServer } from '../src/server.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';

const url = process.env.TEST_DATABASE_URL;

describe('concurrency (PostgreSQL)', { skip: url ? false : 'set TEST_DATABASE_URL to run against PostgreSQL' }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ database: url, settings: { mentorsPerMentee: 1, openRequestsPerMember: 5 } });
  });
  after(() => server?.close());

  for (const round of [1, 2, 3]) {
    it(`20 concurrent accepts for a capacity-1 mentor: exactly one succeeds (round ${round})`, async () => {
      const mentorId = `popular-${round}`;
      await enrol(server, mentorId, ['mentor']);
      await caller(server, mentorId).put('/me/availability', { status: 'participating', returnDate: null, capacity: 1 });
      const requests = [];
      for (let i = 1; i <= 20; i++) {
        const menteeId = `hopeful-${round}-${i}`;
        await enrol(server, menteeId, ['mentee']);
        requests.push(await ask(server, menteeId, mentorId));
      }
      const mentor = caller(server, mentorId);
      const replies = await Promise.all(requests.map((m) => mentor.post(`/mentorships/${m.id}/accept`, { version: m.version })));
      const accepted = replies.filter((r) => r.status === 200);
      assert.equal(accepted.length, 1, `one accepted: ${replies.map((r) => r.status).join(',')}`);
      for (const refused of replies.filter((r) => r.status !== 200)) {
        assert.equal(refused.status, 409);
        assert.ok(
          (refused.body.code === 'capacity-reached' && refused.body.reason === 'mentor-full') ||
            (refused.body.code === 'conflict' && ['stale', 'state'].includes(refused.body.reason)),
          JSON.stringify(refused.body),
        );
      }
      const viewer = (await mentor.get('/me')).body;
      assert.equal(viewer.activeAsMentor, 1);
      const [row] = await server.db.query<{ n: number }>(`SELECT count(*) AS n FROM mentorships WHERE mentor_id = $1 AND state = 'active'`, [mentorId]);
      assert.equal(Number(row?.n), 1);
    });
  }

  it('two mentors accept one mentee at once (one mentor per mentee): one succeeds', async () => {
    await enrol(server, 'torn', ['mentee']);
    await enrol(server, 'mentor-a', ['mentor']);
    await enrol(server, 'mentor-b', ['mentor']);
    const a = await ask(server, 'torn', 'mentor-a');
    const b = await ask(server, 'torn', 'mentor-b');
    const replies = await Promise.all([
      caller(server, 'mentor-a').post(`/mentorships/${a.id}/accept`, {}),
      caller(server, 'mentor-b').post(`/mentorships/${b.id}/accept`, {}),
    ]);
    assert.deepEqual(replies.map((r) => r.status).sort(), [200, 409]);
    assert.equal(replies.find((r) => r.status === 409)?.body.reason, 'mentors-per-mentee');
  });

  it('both sides ask each other at once: one request, the other is a duplicate', async () => {
    await enrol(server, 'both-1', ['mentor', 'mentee']);
    await enrol(server, 'both-2', ['mentor', 'mentee']);
    const replies = await Promise.all([
      caller(server, 'both-1').post('/mentorships', requestInput('both-2', 'mentee')),
      caller(server, 'both-2').post('/mentorships', requestInput('both-1', 'mentee')),
    ]);
    assert.deepEqual(replies.map((r) => r.status).sort(), [201, 409]);
    assert.equal(replies.find((r) => r.status === 409)?.body.reason, 'duplicate');
  });

  it('a member\'s open-request limit holds under a burst of requests', async () => {
    await enrol(server, 'eager', ['mentee']);
    const mentors = Array.from({ length: 10 }, (_, i) => `choice-${i}`);
    for (const id of mentors) await enrol(server, id, ['mentor']);
    const replies = await Promise.all(mentors.map((id) => caller(server, 'eager').post('/mentorships', requestInput(id, 'mentee'))));
    assert.equal(replies.filter((r) => r.status === 201).length, 5);
    for (const r of replies.filter((reply) => reply.status !== 201)) assert.equal(r.body.reason, 'open-request-limit');
  });

  it('two instances run the jobs at once: each request expires once, with one email', async () => {
    // A second instance on the same database, with its own clock set to the same day.
    const other = await startServer({ database: server.db, clock: server.clock, settings: server.settings, log: silentLogger, jobsIntervalMs: 0, auth: { jwtSecret: 'x'.repeat(32) } });
    try {
      await enrol(server, 'waiting-mentor', ['mentor']);
      await caller(server, 'waiting-mentor').put('/me/availability', { status: 'participating', returnDate: null, capacity: 50 });
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        await enrol(server, `waiting-${i}`, ['mentee']);
        ids.push((await ask(server, `waiting-${i}`, 'waiting-mentor')).id);
      }
      server.clock.advance({ days: 31 });
      await Promise.all([server.runJobs(), other.runJobs()]);
      await Promise.all([server.runJobs(), other.runJobs()]);
      const states = await server.db.query<{ state: string }>('SELECT state FROM mentorships WHERE id = ANY($1::text[])', [ids]);
      assert.deepEqual([...new Set(states.map((row) => row.state))], ['expired']);
      const emails = (await server.outbox()).filter((e) => e.kind === 'expired' && ids.includes(e.mentorshipId ?? ''));
      assert.equal(emails.length, 30);
      assert.equal(new Set(emails.map((e) => e.mentorshipId)).size, 30);
    } finally {
      await other.close();
    }
  });
});
