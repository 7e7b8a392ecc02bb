// Text no database can store (NUL, other control characters, unpaired UTF-16 surrogates) wherever it enters:
// a body, a query string, a path id, a token's claims. A refusal is 400 `validation` naming the field, with
// nothing stored; claims are cleaned instead, so no member is locked out by what their member site signed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Problem } from '@mentor-match/core';
import { enrolmentInput, requestInput } from '@mentor-match/testkit';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, counts, enrol, type Reply } from './support/client.ts';

let server: TestServer;
let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}`;

/** 400 problem+json, `validation`, naming `field`. */
function assertRefused(reply: Reply, field: string) {
  assert.equal(reply.status, 400, JSON.stringify(reply.body));
  assert.equal(reply.headers.get('content-type'), 'application/problem+json');
  const problem = Problem.parse(reply.body);
  assert.equal(problem.code, 'validation');
  assert.equal(problem.field, field);
}

/** Signed in with a token carrying these claims, as the member site made it. */
const withClaims = async (id: string, claims: { name?: string; email?: string }) => ({
  authorization: `Bearer ${await server.mintToken(id, claims)}`,
});

describe('hostile text', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
  });
  after(() => server.close());

  describe('bodies', () => {
    const hostile: [string, string][] = [
      ['NUL', 'my goals\u0000'],
      ['a bell (U+0007)', 'ring \u0007'],
      ['DEL (U+007F)', 'x\u007f'],
      ['a C1 control (U+0085)', 'next\u0085line'],
      ['a lone high surrogate', 'emoji cut \ud83d'],
      ['a lone low surrogate', '\ude00 half'],
    ];
    for (const [what, text] of hostile) {
      it(`${what} in a request's goals → 400 naming goals, nothing stored`, async () => {
        const menteeId = fresh('mentee');
        const mentorId = fresh('mentor');
        const mentee = await enrol(server, menteeId, ['mentee']);
        await enrol(server, mentorId, ['mentor']);
        const before = await counts(server);
        assertRefused(await mentee.post('/mentorships', { ...requestInput(mentorId, 'mentee'), goals: text }), 'goals');
        assert.deepEqual(await counts(server), before);
      });
    }

    it('in a nested profile field, a role statement, a link and a photo URL: each named', async () => {
      const id = fresh('member');
      const member = caller(server, id);
      const cases: [Parameters<typeof enrolmentInput>[2], string][] = [
        [{ profile: { bio: 'a\u0000b' } }, 'profile.bio'],
        [{ profile: { city: '\ud800' } }, 'profile.city'],
        [{ mentee: { statement: 'x\u001bx' } }, 'mentee.statement'],
        [{ profile: { links: ['https://example.org/\ud800'] } }, 'profile.links.0'],
        [{ profile: { photoUrl: 'data:image/png;base64,\u0000' } }, 'profile.photoUrl'],
      ];
      for (const [overrides, field] of cases) assertRefused(await member.put('/me/enrolment', enrolmentInput(id, ['mentee'], overrides)), field);
    });

    it('a reason on an action and a feedback comment', async () => {
      const menteeId = fresh('mentee');
      const mentorId = fresh('mentor');
      await enrol(server, menteeId, ['mentee']);
      const mentor = await enrol(server, mentorId, ['mentor']);
      const m = await ask(server, menteeId, mentorId);
      assertRefused(await mentor.post(`/mentorships/${m.id}/decline`, { reason: 'no\u0000' }), 'reason');
      assert.equal((await mentor.post(`/mentorships/${m.id}/accept`, {})).status, 200);
      assert.equal((await mentor.post(`/mentorships/${m.id}/complete`, {})).status, 200);
      assertRefused(await mentor.post(`/mentorships/${m.id}/feedback`, { rating: 5, comment: '\udfff' }), 'comment');
    });

    it('newlines and tabs are text; a CR LF is stored as a newline', async () => {
      const menteeId = fresh('mentee');
      const mentorId = fresh('mentor');
      const mentee = await enrol(server, menteeId, ['mentee']);
      await enrol(server, mentorId, ['mentor']);
      const reply = await mentee.post('/mentorships', { ...requestInput(mentorId, 'mentee'), goals: 'one\r\ntwo\tthree\rfour\nfive 😀' });
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.goals, 'one\ntwo\tthree\nfour\nfive 😀');
    });
  });

  describe('query strings', () => {
    it('a lone surrogate or NUL in the search text → 400 naming text', async () => {
      const member = await enrol(server, fresh('seeker'), ['mentee']);
      // A lone surrogate cannot be UTF-8: a client sends it as its three bytes (WTF-8), or as the escape.
      assertRefused(await member.get('/search?find=mentors&text=%ED%A0%80'), 'text');
      assertRefused(await member.get('/search?find=mentors&text=a%00b'), 'text');
      assertRefused(await member.get('/search?find=mentors&topics=%00'), 'topics.0');
      assertRefused(await member.get('/search?find=mentors&text=%'), 'text');
    });
  });

  describe('path ids', () => {
    it('every :id with NUL, a lone surrogate or a stray % → 400 naming id, nothing stored', async () => {
      const member = await enrol(server, fresh('member'), ['mentee']);
      const before = await counts(server);
      for (const id of ['a%00b', '%ED%A0%80', '%', 'a%20b']) {
        assertRefused(await member.get(`/members/${id}`), 'id');
        for (const action of ['accept', 'decline', 'save', 'withdraw', 'complete', 'end']) {
          assertRefused(await member.post(`/mentorships/${id}/${action}`, {}), 'id');
        }
        assertRefused(await member.post(`/mentorships/${id}/feedback`, { rating: 5, comment: '' }), 'id');
      }
      assert.deepEqual(await counts(server), before);
    });
  });

  describe('token claims are cleaned, never a lock-out', () => {
    it('a name with NUL and control characters signs in, cleaned', async () => {
      const id = fresh('claims');
      const reply = await caller(server, null).get('/me', await withClaims(id, { name: 'Ada\u0000 Love\u0007lace' }));
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.member.name, 'Ada Lovelace');
    });

    it('a name too long, cut where an emoji\'s surrogate pair would split, keeps whole code points', async () => {
      const id = fresh('claims');
      const reply = await caller(server, null).get('/me', await withClaims(id, { name: `${'a'.repeat(119)}😀 and more` }));
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.member.name, 'a'.repeat(119));
      // And the member can go on: every later call works too.
      assert.equal((await caller(server, null).get('/mentorships', await withClaims(id, {}))).status, 200);
    });

    it('a lone surrogate in the name or email is dropped', async () => {
      const id = fresh('claims');
      const reply = await caller(server, null).get('/me', await withClaims(id, { name: 'Zoë \ud800Ng', email: 'zoe\ud800@example.org' }));
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.equal(reply.body.member.name, 'Zoë Ng');
      assert.equal(reply.body.member.email, 'zoe@example.org');
    });

    it('a name of nothing but control characters is as no name', async () => {
      const id = fresh('claims');
      const reply = await caller(server, null).get('/me', await withClaims(id, { name: '\u0000\u0001\u0002' }));
      assert.equal(reply.status, 200, JSON.stringify(reply.body));
      assert.ok(reply.body.member.name.length > 0);
    });

    it('a sub the server cannot use → 401 saying so', async () => {
      for (const sub of ['m\u00001', '\ud800', '']) {
        const reply = await caller(server, null).get('/me', { authorization: `Bearer ${await server.mintToken(sub)}` });
        assert.equal(reply.status, 401, JSON.stringify(reply.body));
        assert.equal(reply.body.code, 'unauthenticated');
        assert.match(reply.body.detail, /sub/);
      }
    });
  });
});
