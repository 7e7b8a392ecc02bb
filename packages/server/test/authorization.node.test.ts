// Every route for an anonymous caller, another member, the requester and the recipient: who gets an answer,
// who is refused (401 unauthenticated, 403 forbidden, 404 not-found for non-participants).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { requestInput } from '@mentor-match/testkit';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';

type Who = 'anonymous' | 'outsider' | 'requester' | 'recipient';
const WHO: Who[] = ['anonymous', 'outsider', 'requester', 'recipient'];

let server: TestServer;
let n = 0;

/** A fresh trio per case: the requester (mentee) asks the recipient (mentor); the outsider is enrolled too. */
async function trio(state: 'pending' | 'active' | 'completed' = 'pending') {
  n += 1;
  const ids = { requester: `req-${n}`, recipient: `rec-${n}`, outsider: `out-${n}` };
  await enrol(server, ids.requester, ['mentee']);
  await enrol(server, ids.recipient, ['mentor']);
  await enrol(server, ids.outsider, ['mentor', 'mentee']);
  const m = await ask(server, ids.requester, ids.recipient);
  if (state !== 'pending') assert.equal((await caller(server, ids.recipient).post(`/mentorships/${m.id}/accept`, {})).status, 200);
  if (state === 'completed') assert.equal((await caller(server, ids.recipient).post(`/mentorships/${m.id}/complete`, {})).status, 200);
  const as = (who: Who) => caller(server, who === 'anonymous' ? null : ids[who]);
  return { ids, m, as };
}

describe('authorization matrix', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
  });
  after(() => server.close());

  it('GET /program answers everyone; GET /health too', async () => {
    const { as } = await trio();
    for (const who of WHO) {
      assert.equal((await as(who).get('/program')).status, 200, who);
      assert.equal((await as(who).get('/health')).status, 200, who);
    }
  });

  const own: [string, string, (id: string) => unknown][] = [
    ['GET', '/me', () => undefined],
    ['GET', '/mentorships', () => undefined],
    ['GET', '/search?find=mentors', () => undefined],
    ['GET', '/changes', () => undefined],
    ['PUT', '/me/availability', () => ({ status: 'participating', returnDate: null })],
  ];
  for (const [method, path, body] of own) {
    it(`${method} ${path}: 401 anonymous, 200 for every member (their own)`, async () => {
      const { ids, as } = await trio();
      for (const who of WHO) {
        const id = who === 'anonymous' ? '' : ids[who];
        const reply = method === 'GET' ? await as(who).get(path) : await as(who).put(path, body(id));
        assert.equal(reply.status, who === 'anonymous' ? 401 : 200, `${who}: ${JSON.stringify(reply.body)}`);
        if (who === 'anonymous') assert.equal(reply.body.code, 'unauthenticated');
      }
    });
  }

  it('PUT /me/enrolment: 401 anonymous, 200 for a member enrolling themself', async () => {
    const { as } = await trio();
    assert.equal((await as('anonymous').put('/me/enrolment', {})).status, 401);
    const reply = await caller(server, 'newcomer').put('/me/enrolment', (await import('@mentor-match/testkit')).enrolmentInput('newcomer', ['mentee']));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.member.id, 'newcomer');
  });

  it('GET /members/{id}: 401 anonymous; members see enrolled members; contact details only for partners', async () => {
    const { ids, m, as } = await trio();
    assert.equal((await as('anonymous').get(`/members/${ids.recipient}`)).status, 401);
    for (const who of ['outsider', 'requester', 'recipient'] as const) {
      const reply = await as(who).get(`/members/${ids.recipient}`);
      assert.equal(reply.status, 200, who);
      assert.equal(reply.body.contact === null, who !== 'recipient', `${who} sees contact details only of themself`);
    }
    await caller(server, ids.recipient).post(`/mentorships/${m.id}/accept`, {});
    assert.notEqual((await as('requester').get(`/members/${ids.recipient}`)).body.contact, null, 'partners see contact details');
    assert.equal((await as('outsider').get(`/members/${ids.recipient}`)).body.contact, null);
    assert.equal((await as('outsider').get('/members/nobody-at-all')).status, 404);
  });

  it('POST /mentorships: 401 anonymous, 201 for an enrolled member', async () => {
    const { ids, as } = await trio();
    assert.equal((await as('anonymous').post('/mentorships', requestInput(ids.recipient, 'mentee'))).status, 401);
    assert.equal((await as('outsider').post('/mentorships', requestInput(ids.recipient, 'mentee'))).status, 201);
  });

  it('GET /mentorships lists only the caller\'s; GET /changes tells only the two members', async () => {
    const { ids, m, as } = await trio();
    const start = { outsider: 0, requester: 0, recipient: 0 };
    for (const who of ['outsider', 'requester', 'recipient'] as const) start[who] = (await as(who).get('/changes')).body.last;
    await caller(server, ids.recipient).post(`/mentorships/${m.id}/save`, {});
    for (const who of ['outsider', 'requester', 'recipient'] as const) {
      const listed = (await as(who).get('/mentorships')).body.items.map((item: { mentorship: { id: string } }) => item.mentorship.id);
      assert.equal(listed.includes(m.id), who !== 'outsider', `${who} lists it`);
      const heard = (await as(who).get(`/changes?after=${start[who] - 5}`)).body.changes.filter((c: { id: string }) => c.id === m.id);
      assert.equal(heard.length > 0, who !== 'outsider', `${who} hears of it`);
    }
  });

  // Each action from the state it applies to: the lifecycle's actor rule, and 404 for whoever is not in it.
  const actions: [string, 'pending' | 'active' | 'completed', Who, unknown][] = [
    ['accept', 'pending', 'recipient', {}],
    ['decline', 'pending', 'recipient', { reason: 'Full this term.' }],
    ['save', 'pending', 'recipient', {}],
    ['withdraw', 'pending', 'requester', {}],
    ['complete', 'active', 'requester', {}],
    ['end', 'active', 'recipient', { reason: 'Moved abroad.' }],
    ['feedback', 'completed', 'requester', { rating: 5, comment: 'Thank you.' }],
  ];
  for (const [action, state, allowed, body] of actions) {
    it(`POST /mentorships/{id}/${action}: 401 anonymous, 404 outsider, ${allowed === 'requester' ? '403 recipient' : '403 requester'} unless both may, 200 ${allowed}`, async () => {
      const { m, as } = await trio(state);
      const path = `/mentorships/${m.id}/${action}`;
      const anonymous = await as('anonymous').post(path, body);
      assert.equal(anonymous.status, 401);
      const outsider = await as('outsider').post(path, body);
      assert.equal(outsider.status, 404);
      assert.equal(outsider.body.code, 'not-found');
      const other: Who = allowed === 'requester' ? 'recipient' : 'requester';
      const partnerAction = state !== 'pending';
      if (!partnerAction) {
        const refused = await as(other).post(path, body);
        assert.equal(refused.status, 403, JSON.stringify(refused.body));
        assert.equal(refused.body.code, 'forbidden');
      }
      const done = await as(allowed).post(path, body);
      assert.equal(done.status, 200, JSON.stringify(done.body));
      if (partnerAction && action !== 'feedback') {
        // Either partner may complete or end: the other now finds it finished (a state conflict).
        assert.equal((await as(other).post(path, body)).body.reason, 'state');
      }
      if (action === 'feedback') assert.equal((await as(other).post(path, body)).status, 200, 'each partner gives feedback once');
    });
  }

  it('an unknown mentorship is 404 for everyone signed in', async () => {
    const { as } = await trio();
    for (const who of ['outsider', 'requester', 'recipient'] as const) {
      assert.equal((await as(who).post('/mentorships/ms-nope/accept', {})).status, 404);
    }
  });

  it('demo routes do not exist outside demo mode', async () => {
    const { as } = await trio();
    assert.equal((await as('anonymous').get('/demo/members')).status, 404);
    assert.equal((await as('anonymous').post('/demo/session', { memberId: 'req-1' })).status, 404);
  });
});
