// Idempotency-Key: a retried change returns the first answer and does nothing again; the same key with another
// request is a conflict.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requestInput } from '@mentor-match/testkit';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { caller, counts, enrol } from './support/client.ts';

let server: TestServer;

describe('Idempotency-Key', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
    await enrol(server, 'mentee', ['mentee']);
    await enrol(server, 'mentor', ['mentor']);
    await enrol(server, 'other-mentor', ['mentor']);
  });
  after(() => server.close());

  it('the same key twice: one mentorship, one email, the same answer', async () => {
    const mentee = caller(server, 'mentee');
    const key = { 'idempotency-key': crypto.randomUUID() };
    const before = await counts(server);
    const first = await mentee.post('/mentorships', requestInput('mentor', 'mentee'), key);
    const again = await mentee.post('/mentorships', requestInput('mentor', 'mentee'), key);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201, 'the first answer again, not a duplicate conflict');
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const after = await counts(server);
    assert.equal(after.mentorships - before.mentorships, 1);
    assert.equal(after.outbox - before.outbox, 1, 'one email');
    const emails = (await server.outbox()).filter((e) => e.mentorshipId === first.body.id);
    assert.deepEqual(emails.map((e) => [e.kind, e.memberId]), [['request', 'mentor']]);
  });

  it('the same key with a different body → 409 conflict, nothing stored', async () => {
    const mentee = caller(server, 'mentee');
    const key = { 'idempotency-key': crypto.randomUUID() };
    assert.equal((await mentee.put('/me/availability', { status: 'participating', returnDate: null }, key)).status, 200);
    const before = await counts(server);
    const other = await mentee.put('/me/availability', { status: 'paused', returnDate: null }, key);
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'conflict');
    assert.equal(other.body.field, 'Idempotency-Key');
    assert.deepEqual(await counts(server), before);
    assert.equal((await mentee.get('/me')).body.member.availability.status, 'participating');
  });

  it('the same key on another route is another request (409); another member\'s key is theirs alone', async () => {
    const key = crypto.randomUUID();
    const mentor = caller(server, 'other-mentor');
    assert.equal((await mentor.put('/me/availability', { status: 'participating', returnDate: null }, { 'idempotency-key': key })).status, 200);
    const elsewhere = await mentor.put('/me/enrolment', { nonsense: true }, { 'idempotency-key': key });
    assert.equal(elsewhere.status, 400, 'validation comes first');
    assert.equal((await caller(server, 'mentee').put('/me/availability', { status: 'participating', returnDate: null }, { 'idempotency-key': key })).status, 200);
  });

  it('concurrent retries with one key: one change', async () => {
    const key = { 'idempotency-key': crypto.randomUUID() };
    const mentee = caller(server, 'mentee');
    await enrol(server, 'third-mentor', ['mentor']);
    const before = await counts(server);
    const replies = await Promise.all(Array.from({ length: 5 }, () => mentee.post('/mentorships', requestInput('third-mentor', 'mentee'), key)));
    assert.deepEqual(replies.map((r) => r.status), [201, 201, 201, 201, 201]);
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    const after = await counts(server);
    assert.equal(after.mentorships - before.mentorships, 1);
    assert.equal(after.outbox - before.outbox, 1);
  });

  it('a refused request is not remembered: its retry is judged afresh', async () => {
    const key = { 'idempotency-key': crypto.randomUUID() };
    const mentee = caller(server, 'mentee');
    const before = await counts(server);
    const refused = await mentee.post('/mentorships', requestInput('nobody', 'mentee'), key);
    assert.equal(refused.status, 404);
    assert.deepEqual(await counts(server), before, 'no key stored');
    await enrol(server, 'nobody', ['mentor']);
    assert.equal((await mentee.post('/mentorships', requestInput('nobody', 'mentee'), key)).status, 201);
  });

  it('a key that is not a visible ASCII token → 400 naming the header', async () => {
    const reply = await caller(server, 'mentee').put('/me/availability', { status: 'participating', returnDate: null }, { 'idempotency-key': 'x'.repeat(300) });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.field, 'Idempotency-Key');
  });
});
