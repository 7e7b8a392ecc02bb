// The fuzz suite: thousands of generated requests for every operation of the OpenAPI document the server
// serves (read at run time: a new route is fuzzed the day it is documented), with bodies, query strings and
// path ids derived from its schemas and broken with hostile values (support/fuzz-requests.ts). Every answer
// must be below 500; every refusal application/problem+json with a core error code, a status the document
// lists for the operation, and not a row of the database changed (every table compared before and after).
// A token's claims are fuzzed apart: whatever a member site signs, the member gets in.
//
// Seeded: the seed is printed (`fuzz seed N`); FUZZ_SEED=N replays the run, FUZZ_RUNS=N changes its length.
// On PGlite always, and on PostgreSQL as well when TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { ERROR_CODES, NAME_MAX_LENGTH, ProfileInput, Problem } from '@mentor-match/core';
import { enrolmentInput, requestInput } from '@mentor-match/testkit';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../src/auth/tokens.ts';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { HOSTILE_STRINGS, operationsOf, requestFor, type FuzzRequest, type FuzzWorld, type OpenApiDocument } from './support/fuzz-requests.ts';

const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [])];
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
/** Requests per database: 3,000 on PGlite alone, 2,500 on each when PostgreSQL runs too. */
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : databases.length > 1 ? 2_500 : 3_000;
const CLAIM_RUNS = Math.max(20, Math.round(RUNS / 15));


/**
 * Every table's rows, as one digest per table: equal before and after means nothing was stored. The outbox
 * is compared on what a request writes, not on its delivery columns, which the mail sender updates on its own.
 */
async function rows(server: TestServer): Promise<Record<string, string>> {
  const tables: [table: string, row: string, order: string][] = [
    ['members', 't', 't.id'],
    ['mentorships', 't', 't.id'],
    ['outbox', '(t.id, t.kind, t.member_id, t.to_address, t.mentorship_id, t.subject, t.body, t.created_at)', 't.id'],
    ['changes', 't', 't.seq'],
    ['idempotency_keys', 't', 't.member_id, t.key'],
  ];
  const digests = tables.map(([table, row, order]) => `(SELECT md5(coalesce(string_agg(${row}::text, '|' ORDER BY ${order}), '')) FROM ${table} t) AS ${table}`);
  const [found] = await server.db.query<Record<string, string>>(`SELECT ${digests.join(', ')}`);
  return found ?? {};
}

async function send(server: TestServer, request: FuzzRequest): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${server.apiUrl}${request.url}`, {
    method: request.method,
    headers: request.headers,
    // Bytes, so fetch adds no Content-Type of its own: the case decides whether there is one.
    ...(request.body !== undefined ? { body: Buffer.from(request.body) } : {}),
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** The members who send the requests, their tokens, and what the program holds, for the generator. */
async function worldOf(server: TestServer): Promise<FuzzWorld> {
  const members = await server.db.query<{ id: string; is_mentor: boolean; is_mentee: boolean }>(
    'SELECT id, is_mentor, is_mentee FROM members ORDER BY id',
  );
  const callers = members.slice(0, 6);
  const mentorships = await server.db.query<{ id: string; mine: boolean }>(
    'SELECT id, (mentor_id = ANY($1::text[]) OR mentee_id = ANY($1::text[])) AS mine FROM mentorships ORDER BY id',
    [callers.map((m) => m.id)],
  );
  const program = server.settings;
  const bearer = async (id: string, claims: { ttlSeconds?: number } = {}) => `Bearer ${await server.mintToken(id, claims)}`;
  const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(callers[0]?.id ?? 'x').setIssuer(DEFAULT_ISSUER)
    .setAudience(DEFAULT_AUDIENCE).setExpirationTime('10m').sign(new TextEncoder().encode('another secret of at least 32 bytes!!'));
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: callers[0]?.id })).toString('base64url')}.`;
  const cookie = async (id: string) => `mentor_session=${(await bearer(id)).slice(7)}`;
  const bad = (headers: Record<string, string>, weight = 1) => ({ headers, weight, member: false });
  const auth: FuzzWorld['auth'] = [
    ...(await Promise.all(callers.map(async ({ id }) => ({ headers: { authorization: await bearer(id) }, weight: 6, member: true })))),
    { headers: { cookie: await cookie(callers[1]?.id ?? 'x'), origin: server.url }, weight: 3, member: true },
    bad({ cookie: await cookie(callers[2]?.id ?? 'x') }, 2),
    bad({ cookie: await cookie(callers[2]?.id ?? 'x'), origin: 'https://evil.example' }),
    bad({}, 3),
    bad({ authorization: await bearer(callers[0]?.id ?? 'x', { ttlSeconds: -60 }) }),
    bad({ authorization: `Bearer ${forged}` }),
    bad({ authorization: `Bearer ${unsigned}` }),
    bad({ authorization: 'Bearer not.a.jwt' }),
    bad({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
    bad({ authorization: `Bearer ${'x'.repeat(5000)}` }),
    bad({ authorization: 'Bearer' }),
    bad({ authorization: 'Bearer a b' }),
    bad({ cookie: 'mentor_session=%00' }),
    bad({ cookie: 'mentor_session=' }),
  ];
  const others = members.slice(6, 30);
  return {
    strings: [
      ...members.slice(0, 20).map((m) => m.id), ...mentorships.slice(0, 20).map((m) => m.id), ...program.topics.map((t) => t.id),
      ...program.industries.map((t) => t.id), ...program.careerStages.map((s) => s.id), 'mentor', 'mentee', 'UTC', 'Europe/Paris',
      'Africa/Lagos', 'en', 'fr', 'pt-BR', 'FR', 'NG', 'https://example.org/profile', 'member@example.org', 'Statistics and leadership',
      '2027-01-15', 'demo-new-member',
    ],
    // The callers' own mentorships most (the rules decide), others' too (the same 404 as no mentorship).
    ids: [
      ...mentorships.filter((m) => m.mine).flatMap((m) => [m.id, m.id, m.id]), ...mentorships.filter((m) => !m.mine).slice(0, 20).map((m) => m.id),
      ...members.slice(0, 20).map((m) => m.id), 'demo-new-member', 'ms-0000000000000000',
    ],
    examples: {
      // Both roles: whoever sends it keeps every role they have (leaving one with open mentorships is refused).
      enrol: callers.map((m) => enrolmentInput(m.id, ['mentor', 'mentee'])),
      setAvailability: [{ status: 'paused', returnDate: '2027-01-15', capacity: 2 }, { status: 'participating', returnDate: null }],
      requestMentorship: others.flatMap((m) => [...(m.is_mentor ? [requestInput(m.id, 'mentee')] : []), ...(m.is_mentee ? [requestInput(m.id, 'mentor')] : [])]),
      ...Object.fromEntries(['accept', 'decline', 'save', 'withdraw', 'complete', 'end'].map((action) => [`${action}Mentorship`, [{}, { reason: 'Moved abroad.' }, { version: 1 }]])),
      giveFeedback: [{ rating: 5, comment: 'Thank you.' }, { rating: 1, comment: '' }],
      demoSession: [...members.slice(0, 10).map((m) => ({ memberId: m.id })), { memberId: 'demo-new-member' }],
    },
    auth,
  };
}

/** What every answer must be: below 500; a refusal a problem with a core code, documented, and nothing stored. */
function checkAnswer(
  doc: OpenApiDocument,
  request: FuzzRequest,
  reply: { status: number; type: string | null; text: string },
  stored: { before: Record<string, string>; after: Record<string, string> } | null,
): void {
  const where = `${request.method} ${request.url.slice(0, 300)} (${request.operation}) → ${reply.status} ${reply.text.slice(0, 300)}`;
  assert.ok(reply.status < 500, `no 5xx: ${where}`);
  if (reply.status < 400) return;
  assert.equal(reply.type, 'application/problem+json', `a problem: ${where}`);
  const problem = Problem.parse(JSON.parse(reply.text));
  assert.ok(ERROR_CODES.includes(problem.code), `a core code: ${where}`);
  assert.equal(problem.status, reply.status, `the problem's status is the answer's: ${where}`);
  const documented = Object.values(doc.paths).flatMap((methods) => Object.values(methods)).find((op) => op.operationId === request.operation);
  const noRoute = reply.status === 404 && problem.detail.startsWith('No route');
  assert.ok(noRoute || documented?.responses[String(reply.status)], `${reply.status} is documented for ${request.operation}: ${where}`);
  if (stored) assert.deepEqual(stored.after, stored.before, `nothing stored on refusal: ${where}`);
}

for (const database of databases) {
  const label = database === 'pglite' ? 'PGlite' : 'PostgreSQL';

  describe(`fuzz: every documented route on ${label}`, () => {
    let server: TestServer;
    let doc: OpenApiDocument;
    let world: FuzzWorld;

    before(async () => {
      server = await startTestServer({ database, demo: { rosterSize: 50 } });
      doc = (await (await fetch(`${server.apiUrl}/openapi.json`)).json()) as OpenApiDocument;
      world = await worldOf(server);
      // Every caller signed in once, and overdue requests expired: a refusal then has nothing left to store.
      for (const { headers } of world.auth) await fetch(`${server.apiUrl}/me`, { headers });
    });
    after(() => server.close());

    it(`${RUNS} requests: no 5xx, every refusal documented problem+json, nothing stored on refusal`, async (t: TestContext) => {
      t.diagnostic(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays this run)`);
      console.log(`fuzz seed ${SEED} on ${label} (FUZZ_SEED=${SEED} replays this run)`);
      const operations = operationsOf(doc);
      assert.ok(operations.length >= 17, 'the document lists every route');
      const requests = fc.oneof(...operations.map((operation) => requestFor(operation, doc, world)));
      let before = await rows(server);
      const statuses = new Map<number, number>();
      const answered: Record<string, Record<number, number>> = {};
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          const reply = await send(server, request);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          const byOperation = (answered[request.operation] ??= {});
          byOperation[reply.status] = (byOperation[reply.status] ?? 0) + 1;
          if (reply.status >= 400) {
            checkAnswer(doc, request, reply, { before, after: await rows(server) });
          } else {
            checkAnswer(doc, request, reply, null);
            // A change that was made: the rows the next refusal is compared with.
            if (request.method !== 'GET') before = await rows(server);
            // A new mentorship: later cases act on it.
            if (reply.status === 201) world.ids.push((JSON.parse(reply.text) as { id: string }).id);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      t.diagnostic(`answers: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} × ${count}`).join(', ')}`);
      for (const [operation, counts] of Object.entries(answered)) t.diagnostic(`  ${operation}: ${JSON.stringify(counts)}`);
      // The run reached past validation: some calls were answered, some refused by the rules themselves.
      assert.ok((statuses.get(200) ?? 0) + (statuses.get(201) ?? 0) > RUNS / 20, 'valid requests got through');
      assert.ok((statuses.get(400) ?? 0) > RUNS / 10, 'invalid ones were refused');
    });

    it(`${CLAIM_RUNS} tokens with hostile name and email claims: every member gets in, their record storable`, async () => {
      const claim = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.option(claim), fc.option(claim), async (name, email) => {
          const id = `claims-${SEED}-${++n}`;
          const token = await server.mintToken(id, { ...(name !== null ? { name } : {}), ...(email !== null ? { email } : {}) });
          const reply = await send(server, { operation: 'getViewer', method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}` } });
          assert.equal(reply.status, 200, reply.text);
          const { member } = JSON.parse(reply.text) as { member: { name: string; email: string } };
          assert.ok(ProfileInput.shape.name.safeParse(member.name).success && member.name.length <= NAME_MAX_LENGTH, JSON.stringify(member.name));
          assert.ok(ProfileInput.shape.email.safeParse(member.email).success, JSON.stringify(member.email));
        }),
        { seed: SEED, numRuns: CLAIM_RUNS },
      );
    });
  });
}
