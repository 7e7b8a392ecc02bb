// The HTTP edges of the contract: problem+json for every refusal (and nothing stored), tokens, cookies and
// origins, CORS, rate limits, the OpenAPI document.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import * as z from 'zod/mini';
import { CalendarDate, CHANGES_MADE_HEADER, CHANGES_SEQ_HEADER, EmailAddress, Instant, Problem } from '@mentor-match/core';
import { enrolmentInput, requestInput } from '@mentor-match/testkit';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../src/auth/tokens.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, counts, enrol } from './support/client.ts';

let server: TestServer;
let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}`;

function assertProblem(reply: { status: number; headers: Headers; body: unknown }, status: number, code: string, field?: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(reply.headers.get('content-type'), 'application/problem+json');
  const problem = Problem.parse(reply.body);
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
  if (field !== undefined) assert.equal(problem.field, field);
}

describe('HTTP contract', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase(), allowedOrigins: ['https://members.example.org'] });
  });
  after(() => server.close());

  describe('bad input: 400 or 413 problem+json, nothing stored', () => {
    let member: ReturnType<typeof caller>;
    let mentorId: string;
    beforeEach(async () => {
      const id = fresh('mentee');
      member = await enrol(server, id, ['mentee']);
      mentorId = fresh('mentor');
      await enrol(server, mentorId, ['mentor']);
    });

    const cases: [string, (path: string) => { body?: string; headers?: Record<string, string> }, number, string | undefined][] = [
      ['malformed JSON', () => ({ body: '{"recipientId": ', headers: { 'content-type': 'application/json' } }), 400, 'body'],
      ['no Content-Type', () => ({ body: JSON.stringify(requestInput('x', 'mentee')) }), 400, 'Content-Type'],
      ['a form body', () => ({ body: 'recipientId=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 'Content-Type'],
      ['a wrong type', () => ({ body: JSON.stringify({ ...requestInput('x', 'mentee'), termMonths: 'six' }), headers: { 'content-type': 'application/json' } }), 400, 'termMonths'],
      ['an unknown field', () => ({ body: JSON.stringify({ ...requestInput('x', 'mentee'), priority: 'high' }), headers: { 'content-type': 'application/json' } }), 400, 'priority'],
      ['a missing field', () => ({ body: JSON.stringify({ recipientId: 'x' }), headers: { 'content-type': 'application/json' } }), 400, 'requesterRole'],
      ['not an object', () => ({ body: '[1, 2]', headers: { 'content-type': 'application/json' } }), 400, undefined],
      ['an oversized body', () => ({ body: JSON.stringify({ ...requestInput('x', 'mentee'), message: 'x'.repeat(70 * 1024) }), headers: { 'content-type': 'application/json' } }), 413, 'body'],
    ];
    for (const [name, init, status, field] of cases) {
      it(`POST /mentorships with ${name} → ${status}`, async () => {
        const before = await counts(server);
        const reply = await member.send('POST', '/mentorships', init('/mentorships'));
        assertProblem(reply, status, 'validation', field);
        assert.deepEqual(await counts(server), before, 'nothing stored');
      });
    }

    it('a refused guard stores nothing either (no mentorship, no email, no change): a mentee inviting as a mentor', async () => {
      const before = await counts(server);
      const reply = await member.post('/mentorships', requestInput(mentorId, 'mentor'));
      assertProblem(reply, 403, 'forbidden');
      assert.deepEqual(await counts(server), before);
    });

    it('PUT /me/enrolment names the nested field (profile.email)', async () => {
      const id = fresh('x');
      const input = enrolmentInput(id, ['mentee'], { profile: { email: 'not-an-address' } });
      assertProblem(await caller(server, id).put('/me/enrolment', input), 400, 'validation', 'profile.email');
    });

    it('GET /search with a bad parameter → 400 naming it; unknown parameters too', async () => {
      assertProblem(await member.get('/search?find=mentors&limit=1000'), 400, 'validation', 'limit');
      assertProblem(await member.get('/search?find=everyone'), 400, 'validation', 'find');
      assertProblem(await member.get('/search?find=mentors&sort=name'), 400, 'validation', 'sort');
      assert.equal((await member.get('/search?find=mentors&topics=statistics&topics=leadership&limit=5&maxHoursApart=3')).status, 200);
    });

    it('GET /members/{id} with an impossible id → 400; GET /changes?after=-1 → 400', async () => {
      assertProblem(await member.get('/members/a%20b'), 400, 'validation');
      assertProblem(await member.get('/changes?after=-1'), 400, 'validation', 'after');
    });

    it('an action body may be empty or {}, not junk', async () => {
      const asker = fresh('asker');
      await enrol(server, asker, ['mentee']);
      const m = await ask(server, asker, mentorId);
      const recipient = caller(server, mentorId);
      assertProblem(await recipient.post(`/mentorships/${m.id}/save`, { version: 'one' }), 400, 'validation', 'version');
      assert.equal((await recipient.send('POST', `/mentorships/${m.id}/save`)).status, 200, 'no body at all');
      const empty = await recipient.send('POST', `/mentorships/${m.id}/decline`, { headers: { 'content-type': 'application/json' } });
      assert.equal(empty.status, 200, `an empty body labelled JSON: ${JSON.stringify(empty.body)}`);
      assertProblem(await recipient.send('POST', '/mentorships', { headers: { 'content-type': 'application/json' } }), 400, 'validation', 'body');
    });
  });

  describe('tokens', () => {
    const secretOf = () => new TextEncoder().encode('not-the-server-secret');

    it('no token → 401; a malformed header → 401', async () => {
      assertProblem(await caller(server, null).get('/me'), 401, 'unauthenticated');
      assertProblem(await caller(server, null).get('/me', { authorization: 'Basic abc' }), 401, 'unauthenticated');
      assertProblem(await caller(server, null).get('/me', { authorization: 'Bearer not.a.jwt' }), 401, 'unauthenticated');
    });

    it('an expired token → 401', async () => {
      const token = await server.mintToken(fresh('late'), { ttlSeconds: -60 });
      const reply = await caller(server, null).get('/me', { authorization: `Bearer ${token}` });
      assertProblem(reply, 401, 'unauthenticated');
      assert.match(reply.body.detail, /expired/);
    });

    it('a forged token (another secret, or none) → 401', async () => {
      const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer(DEFAULT_ISSUER)
        .setAudience(DEFAULT_AUDIENCE).setExpirationTime('1h').sign(secretOf());
      assertProblem(await caller(server, null).get('/me', { authorization: `Bearer ${forged}` }), 401, 'unauthenticated');
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"someone"}').toString('base64url')}.`;
      assertProblem(await caller(server, null).get('/me', { authorization: `Bearer ${unsigned}` }), 401, 'unauthenticated');
    });

    it('a token for another audience or issuer → 401', async () => {
      const { token } = await import('../src/auth/tokens.ts').then(({ mintToken }) =>
        mintToken({ jwtSecret: 'irrelevant', issuer: 'someone-else', audience: DEFAULT_AUDIENCE }, { memberId: 'x' }, 60));
      assertProblem(await caller(server, null).get('/me', { authorization: `Bearer ${token}` }), 401, 'unauthenticated');
    });

    it('a first call provisions the member from the token\'s claims, unenrolled', async () => {
      const id = fresh('claims');
      const token = await server.mintToken(id, { name: 'Ada Lovelace', email: 'ada@example.org' });
      const reply = await caller(server, null).get('/me', { authorization: `Bearer ${token}` });
      assert.equal(reply.status, 200);
      assert.equal(reply.body.enrolled, false);
      assert.equal(reply.body.member.name, 'Ada Lovelace');
      assert.equal(reply.body.member.email, 'ada@example.org');
    });
  });

  describe('the session cookie', () => {
    it('authenticates reads; changes only from an allowed origin (or the server\'s own)', async () => {
      const id = fresh('cookie');
      const token = await server.mintToken(id);
      const cookie = { cookie: `mentor_session=${token}` };
      assert.equal((await caller(server, null).get('/me', cookie)).status, 200);
      const body = { status: 'paused', returnDate: null };
      const noOrigin = await caller(server, null).put('/me/availability', body, cookie);
      assertProblem(noOrigin, 403, 'forbidden');
      const evil = await caller(server, null).put('/me/availability', body, { ...cookie, origin: 'https://evil.example' });
      assertProblem(evil, 403, 'forbidden');
      assert.equal((await caller(server, null).put('/me/availability', body, { ...cookie, origin: 'https://members.example.org' })).status, 200);
      assert.equal((await caller(server, null).put('/me/availability', body, { ...cookie, origin: server.url })).status, 200);
    });
  });

  describe('CORS', () => {
    it('answers preflights for the member site only, with credentials', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.apiUrl}/mentorships`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
        });
      const allowed = await preflight('https://members.example.org');
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://members.example.org');
      assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
      const refused = await preflight('https://evil.example');
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('routes', () => {
    it('an unknown route → 404 problem+json', async () => {
      assertProblem(await caller(server, null).get('/nothing-here'), 404, 'not-found');
      assertProblem(await caller(server, null).send('DELETE', '/me'), 404, 'not-found');
      const outside = await fetch(`${server.url}/api/v2/me`);
      assert.equal(outside.status, 404);
      assert.equal(outside.headers.get('content-type'), 'application/problem+json');
    });

    it('every answer carries a request id (the caller\'s own when it sends a sane one)', async () => {
      assert.match((await caller(server, null).get('/program')).headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.equal((await caller(server, null).get('/program', { 'x-request-id': 'trace-123' })).headers.get('x-request-id'), 'trace-123');
    });
  });

  describe('changes feed', () => {
    it('starts with a cursor, tells the caller of their changes after it, and pulls a cursor from the future back', async () => {
      const id = fresh('feed');
      const member = caller(server, id);
      const { last } = (await member.get('/changes')).body;
      await enrol(server, id, ['mentee']);
      const feed = (await member.get(`/changes?after=${last}`)).body;
      assert.ok(feed.changes.some((c: { kind: string; id: string }) => c.kind === 'member' && c.id === id));
      assert.ok(feed.last > last);
      assert.deepEqual((await member.get(`/changes?after=${feed.last}`)).body, { changes: [], last: feed.last });
      assert.deepEqual((await member.get(`/changes?after=${feed.last + 1000}`)).body, { changes: [], last: feed.last });
    });
  });

  describe('freshness of reads', () => {
    it('every member read says the change feed\'s head it reflects; CORS lets the member site read it', async () => {
      const id = fresh('fresh');
      const member = await enrol(server, id, ['mentee']);
      const head = (await member.get('/changes')).body.last as number;
      const mentorId = fresh('mentor');
      await enrol(server, mentorId, ['mentor']);
      for (const path of ['/me', '/program', `/members/${mentorId}`, '/search?find=mentors', '/mentorships']) {
        const reply = await member.get(path);
        assert.equal(reply.status, 200, `${path}: ${JSON.stringify(reply.body)}`);
        const seq = reply.headers.get(CHANGES_SEQ_HEADER);
        assert.ok(seq !== null && Number(seq) > head, `${path}: ${seq} is at or after the mentor's enrolment`);
      }
      assert.equal((await caller(server, null).get('/health')).headers.get(CHANGES_SEQ_HEADER), null);
      assert.equal((await caller(server, null).get('/me')).headers.get(CHANGES_SEQ_HEADER), null, 'not on a refusal');
      const allowed = await fetch(`${server.apiUrl}/program`, { headers: { origin: 'https://members.example.org' } });
      assert.match(allowed.headers.get('access-control-expose-headers') ?? '', new RegExp(CHANGES_SEQ_HEADER, 'i'));
    });
  });

  describe('changes made', () => {
    it('a state change\'s answer names the changes it recorded, as /changes reports them; a replay names none', async () => {
      const menteeId = fresh('made');
      const mentee = await enrol(server, menteeId, ['mentee']);
      const mentorId = fresh('mentor');
      const mentor = await enrol(server, mentorId, ['mentor']);
      const head = (await mentee.get('/changes')).body.last as number;
      const made = (reply: { headers: Headers }) => reply.headers.get(CHANGES_MADE_HEADER);

      const key = { 'idempotency-key': `made-${menteeId}` };
      const asked = await mentee.post('/mentorships', requestInput(mentorId, 'mentee'), key);
      assert.equal(asked.status, 201);
      const accepted = await mentor.post(`/mentorships/${asked.body.id}/accept`, {});
      const paused = await mentor.put('/me/availability', { status: 'paused', returnDate: null });
      const feed = (await mentor.get(`/changes?after=${head}`)).body.changes as { seq: number; kind: string; id: string }[];
      const seqOf = (kind: string, id: string) => feed.filter((change) => change.kind === kind && change.id === id).map((change) => String(change.seq));
      const [askedSeq, acceptedSeq] = seqOf('mentorship', asked.body.id);
      // Accepting also changes the mentor (one place fewer, shown to every member): the same answer names both.
      const [placesSeq, pausedSeq] = seqOf('member', mentorId);
      // The request and the acceptance each tell a member (the mentor, then the mentee) that their list of
      // notifications grew: a change in the same answer, heard by that member alone.
      const [mentorListSeq] = seqOf('notification', mentorId);
      const menteeFeed = (await mentee.get(`/changes?after=${head}`)).body.changes as { seq: number; kind: string; id: string }[];
      const menteeListSeq = String(menteeFeed.find((change) => change.kind === 'notification' && change.id === menteeId)?.seq);
      assert.deepEqual([made(asked), made(accepted), made(paused)], [`${askedSeq},${mentorListSeq}`, `${acceptedSeq},${placesSeq},${menteeListSeq}`, pausedSeq]);

      const replayed = await mentee.post('/mentorships', requestInput(mentorId, 'mentee'), key);
      assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
      assert.equal(made(replayed), null);
      const allowed = await fetch(`${server.apiUrl}/program`, { headers: { origin: 'https://members.example.org' } });
      assert.match(allowed.headers.get('access-control-expose-headers') ?? '', new RegExp(CHANGES_MADE_HEADER, 'i'));
    });
  });

  describe('OpenAPI', () => {
    it('serves an OpenAPI 3.1 document with every route and the core schemas', async () => {
      const reply = await caller(server, null).get('/openapi.json');
      assert.equal(reply.status, 200);
      const doc = reply.body;
      assert.equal(doc.openapi, '3.1.0');
      assert.deepEqual(doc.servers, [{ url: '/api/v1' }]);
      const expected: [string, string][] = [
        ['get', '/program'], ['get', '/me'], ['put', '/me/enrolment'], ['put', '/me/availability'], ['get', '/members/{id}'],
        ['get', '/search'], ['get', '/mentorships'], ['post', '/mentorships'], ['post', '/mentorships/{id}/accept'],
        ['post', '/mentorships/{id}/decline'], ['post', '/mentorships/{id}/save'], ['post', '/mentorships/{id}/withdraw'],
        ['post', '/mentorships/{id}/complete'], ['post', '/mentorships/{id}/end'], ['post', '/mentorships/{id}/feedback'],
        ['get', '/changes'], ['get', '/health'], ['put', '/me/code-of-conduct'], ['post', '/me/concerns'], ['get', '/me/concerns'],
      ];
      for (const [method, path] of expected) assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
      const request = doc.paths['/mentorships'].post.requestBody.content['application/json'].schema;
      const resolved = request.$ref ? doc.components.schemas[request.$ref.split('/').at(-1)] : request;
      assert.deepEqual(resolved.required?.slice().sort(), ['areas', 'goals', 'meetingMode', 'message', 'recipientId', 'requesterRole', 'termMonths']);
      assert.equal(resolved.additionalProperties, false, 'unknown fields are refused, and the document says so');
      assert.equal(doc.paths['/mentorships'].post.requestBody.required, true);
      for (const action of ['accept', 'decline', 'save', 'withdraw', 'complete', 'end']) {
        assert.equal(doc.paths[`/mentorships/{id}/${action}`].post.requestBody.required, false, `${action} may be sent without a body`);
      }
      const ok = doc.paths['/me'].get.responses['200'].content['application/json'].schema;
      assert.ok(ok.$ref || ok.properties?.member, 'the Viewer schema is present');
      assert.ok(doc.paths['/search'].get.parameters.some((p: { name: string }) => p.name === 'topics'));
      assert.ok(doc.paths['/mentorships'].post.responses['409'], 'errors are documented');
      assert.ok(doc.components.securitySchemes.bearer);
    });

    it('names the format of every date and email address (core checks them with plain patterns; clients and the fuzz tests read the format)', async () => {
      const doc = (await caller(server, null).get('/openapi.json')).body;
      const datePattern = z.toJSONSchema(CalendarDate).pattern;
      const formats: unknown[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node !== null && typeof node === 'object') {
          const { pattern, format } = node as { pattern?: unknown; format?: unknown };
          if (pattern === datePattern) formats.push(format);
          Object.values(node).forEach(visit);
        }
      };
      visit(doc);
      assert.ok(formats.length > 0, 'calendar dates are documented');
      assert.deepEqual(new Set(formats), new Set(['date']));
      // What the document's answers and bodies are made of when they hold an instant or an email address.
      assert.equal(z.toJSONSchema(Instant).format, 'date-time');
      assert.equal(z.toJSONSchema(EmailAddress).format, 'email');
    });

    it('describes the 503 every route answers when the database cannot be reached', async () => {
      const doc = (await caller(server, null).get('/openapi.json')).body;
      for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, { content: object }> }>>)) {
        if (path === '/openapi.json') continue;
        for (const [method, operation] of Object.entries(methods)) {
          const unavailable = operation.responses['503'];
          assert.ok(unavailable, `${method.toUpperCase()} ${path} documents 503`);
          const type = path === '/health' ? 'application/json' : 'application/problem+json';
          assert.ok(type in unavailable.content, `${method.toUpperCase()} ${path}: 503 as ${type}`);
        }
      }
    });
  });

  describe('rate limits', () => {
    it('429 problem+json with Retry-After once a member\'s burst is spent', async () => {
      const limited = await startTestServer({ database: testDatabase(), rateLimit: { perMinute: 60, burst: 3 } });
      try {
        const member = caller(limited, 'busy');
        const statuses = [];
        for (let i = 0; i < 5; i++) statuses.push((await member.get('/me')).status);
        assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
        const reply = await member.get('/me');
        assertProblem(reply, 429, 'network');
        assert.ok(Number(reply.headers.get('retry-after')) >= 1);
        assert.equal((await caller(limited, 'someone-else').get('/me')).status, 200, 'limits are per member');
      } finally {
        await limited.close();
      }
    });
  });
});
