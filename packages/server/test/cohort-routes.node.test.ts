// The members' cohort routes (issue 14) over HTTP: the authorization matrix (every route the OpenAPI document
// lists for cohorts, for a signed-out caller, an outsider and the members concerned; a refusal changes
// nothing), and what the path's role and ids may be.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { caller, enrol, type Caller, type Reply } from './support/client.ts';

const REASON = 'Agreed with both members by phone.';
let server: TestServer;
let staff: Caller;

/** Rows of every table a cohort route could write: a refusal leaves them as they were. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = ['mentorships', 'outbox', 'changes', 'idempotency_keys', 'cohorts', 'cohort_applications', 'cohort_drafts', 'cohort_matches'];
  const [row] = await server.db.query<Record<string, unknown>>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
  const versions = await server.db.query<{ record: unknown }>('SELECT record FROM cohort_matches ORDER BY id');
  return { ...Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)])), matches: JSON.stringify(versions).length };
}

describe('cohort routes', () => {
  const ids = { cohort: '', match: '', mentorship: '' };
  before(async () => {
    server = await startTestServer({ database: testDatabase() });
    staff = caller(server, 'office', { staff: true });
    const at = (days: number) => new Date(server.clock.now().getTime() + days * 86_400_000).toISOString();
    const cohort = await staff.post('/staff/cohorts', {
      name: 'Spring', roles: ['mentor', 'mentee'], applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(377),
    });
    ids.cohort = cohort.body.cohort.id;
    await enrol(server, 'mentor', ['mentor']);
    await enrol(server, 'mentee', ['mentee']);
    await enrol(server, 'outsider', ['mentor', 'mentee']);
    for (const [id, role] of [['mentor', 'mentor'], ['mentee', 'mentee']] as const) {
      assert.equal((await caller(server, id).put(`/cohorts/${ids.cohort}/applications/${role}`, { topics: ['statistics'], statement: '', avoid: [] })).status, 200);
    }
    const run = await staff.post(`/staff/cohorts/${ids.cohort}/run`, {});
    assert.equal((await staff.post(`/staff/cohorts/${ids.cohort}/publish`, { version: run.body.version, reason: REASON })).status, 200);
    ids.match = (await caller(server, 'mentee').get('/cohorts')).body.items[0].matches[0].id;
  });
  after(() => server.close());

  interface Route {
    method: 'GET' | 'POST' | 'PUT';
    /** As the OpenAPI document names it. */
    path: string;
    url: () => string;
    body?: unknown;
    /** Who may: the answer for each caller (an outsider is refused as if the record did not exist). */
    expect: { outsider: number; mentee: number; mentor?: number };
  }
  const routes: Route[] = [
    { method: 'GET', path: '/cohorts', url: () => '/cohorts', expect: { outsider: 200, mentee: 200 } },
    {
      method: 'PUT', path: '/cohorts/{id}/applications/{role}', url: () => `/cohorts/${ids.cohort}/applications/mentee`,
      body: { topics: ['leadership'], statement: 'Edited', avoid: [] }, expect: { outsider: 200, mentee: 200 },
    },
    { method: 'POST', path: '/cohorts/{id}/applications/{role}/withdraw', url: () => `/cohorts/${ids.cohort}/applications/mentor/withdraw`, body: {}, expect: { outsider: 404, mentee: 404, mentor: 200 } },
    { method: 'POST', path: '/cohorts/{id}/rematch', url: () => `/cohorts/${ids.cohort}/rematch`, body: {}, expect: { outsider: 409, mentee: 409 } },
    { method: 'POST', path: '/cohort-matches/{id}/answer', url: () => `/cohort-matches/${ids.match}/answer`, body: { accept: true }, expect: { outsider: 404, mentee: 200, mentor: 200 } },
    { method: 'POST', path: '/mentorships/{id}/extension', url: () => `/mentorships/${ids.mentorship}/extension`, body: { endsAt: null }, expect: { outsider: 404, mentee: 200 } },
  ];

  it('covers every member cohort route the OpenAPI document lists', async () => {
    const doc = (await caller(server, null).get('/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/cohort') || path.endsWith('/extension'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(routes.map(({ method, path }) => `${method} ${path}`).sort(), documented);
  });

  it('every route: 401 signed out, the outsider refused without learning anything, each member their own; a refusal changes nothing', async () => {
    const send = (who: Caller, route: Route): Promise<Reply> =>
      route.method === 'GET' ? who.get(route.url()) : who.send(route.method, route.url(), { body: JSON.stringify(route.body), headers: { 'content-type': 'application/json' } });
    for (const route of routes) {
      if (route.path === '/mentorships/{id}/extension') {
        const [item] = (await caller(server, 'mentee').get('/mentorships')).body.items;
        ids.mentorship = item.mentorship.id;
      }
      const name = `${route.method} ${route.path}`;
      const before = await snapshot();
      const anonymous = await send(caller(server, null), route);
      assert.deepEqual([anonymous.status, anonymous.body.code], [401, 'unauthenticated'], name);
      const outsider = await send(caller(server, 'outsider'), route);
      assert.equal(outsider.status, route.expect.outsider, `${name} as outsider: ${JSON.stringify(outsider.body)}`);
      if (outsider.status >= 400) assert.deepEqual(await snapshot(), before, `${name}: a refusal changes nothing`);
      for (const who of ['mentee', 'mentor'] as const) {
        const status = route.expect[who];
        if (status === undefined) continue;
        const reply = await send(caller(server, who), route);
        assert.equal(reply.status, status, `${name} as ${who}: ${JSON.stringify(reply.body)}`);
      }
    }
  });

  it('a role in the path other than mentor or mentee is refused naming it; an unknown cohort or match is 404', async () => {
    const member = caller(server, 'outsider');
    const bad = await member.put(`/cohorts/${ids.cohort}/applications/staff`, { topics: ['statistics'], statement: '', avoid: [] });
    assert.deepEqual([bad.status, bad.body.code, bad.body.field], [400, 'validation', 'role']);
    assert.equal((await member.put('/cohorts/nope/applications/mentee', { topics: ['statistics'], statement: '', avoid: [] })).status, 404);
    assert.equal((await member.post('/cohort-matches/nope/answer', { accept: true })).status, 404);
    assert.equal((await member.post('/cohorts/..%2Fstaff/rematch', {})).status, 400);
  });
});
