// The program office's routes (`/api/v1/staff/…`) over HTTP: the authorization matrix (every staff route, as
// the OpenAPI document lists them, for a signed-out caller, a member, a partner of the record acted on, and
// staff; a refusal changes nothing), the audit entry of every staff action, and the CSV exports (byte order
// mark, formula cells neutralised, the list's filters, streamed a page at a time).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PROGRAM_SETTINGS, EXPORT_PAGE_SIZE } from '@mentor-match/core';
import { demoRoster } from '@mentor-match/demo';
import { enrolmentInput, parseCsv } from '@mentor-match/testkit';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { insertMembers } from '../src/store/members.ts';
import { ask, caller, enrol, type Caller, type Reply } from './support/client.ts';

const OFFICE = 'office';
const REASON = 'Agreed with both members by phone.';

let server: TestServer;
let staff: Caller;

/** Rows of every table a staff route could write, and the settings' version: a refusal leaves them all as they were. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = ['members', 'mentorships', 'outbox', 'changes', 'idempotency_keys', 'audit_log', 'concerns', 'concern_events', 'feedback',
    'cohorts', 'cohort_applications', 'cohort_drafts', 'cohort_matches'];
  const [row] = await server.db.query<Record<string, unknown>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}, (SELECT max(version) FROM program_settings) AS settings_version`,
  );
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

/** A file's text with its byte order mark (`text()` would drop it). */
const fileText = async (response: Response): Promise<string> => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

/** The newest audit entry, as staff read it. */
async function lastAudit() {
  const reply = await staff.get('/staff/audit?limit=1');
  assert.equal(reply.status, 200);
  return reply.body.items[0];
}

describe('program office routes', () => {
  before(async () => {
    server = await startTestServer({ database: testDatabase(), settings: { mentorsNeedApproval: true } });
    staff = caller(server, OFFICE, { staff: true });
  });
  after(() => server.close());

  it('GET /me says whether the viewer is staff', async () => {
    await enrol(server, 'plain', ['mentee']);
    assert.equal((await staff.get('/me')).body.staff, true);
    assert.equal((await caller(server, 'plain').get('/me')).body.staff, false);
  });

  describe('authorization matrix', () => {
    // The cast: mentors `m` and `m2` (approved), applicants `a1` and `a2` (awaiting approval), the mentee `e`
    // (the partner: in the mentorship and the concern acted on), the outsider `o` (enrolled, in nothing).
    const ids = { active: '', pending: '', concern: '', cohort: '' };
    before(async () => {
      for (const id of ['m', 'm2', 'a1', 'a2']) await enrol(server, id, ['mentor']);
      for (const id of ['m', 'm2']) assert.equal((await staff.post(`/staff/members/${id}/approve`, { reason: REASON })).status, 200);
      await enrol(server, 'e', ['mentee']);
      await enrol(server, 'o', ['mentor', 'mentee']);
      const active = await ask(server, 'e', 'm');
      assert.equal((await caller(server, 'm').post(`/mentorships/${active.id}/accept`, {})).status, 200);
      ids.active = active.id;
      ids.pending = (await ask(server, 'e', 'm2')).id;
      const concern = await caller(server, 'e').post('/me/concerns', { mentorshipId: active.id, text: 'Meetings keep being moved.' });
      assert.equal(concern.status, 201, JSON.stringify(concern.body));
      ids.concern = concern.body.id;
      // Cohorts (issue 14): an open cohort the approved mentor m2 and the mentee e applied to.
      const cohort = await staff.post('/staff/cohorts', cohortInput());
      assert.equal(cohort.status, 201, JSON.stringify(cohort.body));
      ids.cohort = cohort.body.cohort.id;
      for (const [id, role] of [['m2', 'mentor'], ['e', 'mentee']] as const) {
        const applied = await caller(server, id).put(`/cohorts/${ids.cohort}/applications/${role}`, { topics: ['statistics'], statement: '', avoid: [] });
        assert.equal(applied.status, 200, JSON.stringify(applied.body));
      }
    });
    const cohortInput = () => {
      const at = (days: number) => new Date(server.clock.now().getTime() + days * 86_400_000).toISOString();
      return { name: 'Autumn cohort', roles: ['mentor', 'mentee'], applicationsOpenAt: at(-1), applicationsCloseAt: at(10), matchAt: at(11), termStartsAt: at(12), termEndsAt: at(377) };
    };

    interface Route {
      method: 'GET' | 'POST' | 'PUT' | 'PATCH';
      /** As the OpenAPI document names it. */
      path: string;
      id?: () => string;
      query?: () => string;
      body?: () => unknown;
      /** Staff's answer. */
      status: number;
      /** The audit entry's action, for a staff action. */
      audited?: string;
    }
    const url = (route: Route) => `${route.path.replace('{id}', route.id?.() ?? '')}${route.query?.() ?? ''}`;
    const day = (offset: number) => new Date(server.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const reason = () => ({ reason: REASON });
    const read = (path: string, query?: () => string): Route => ({ method: 'GET', path, status: 200, ...(query ? { query } : {}) });
    const onMember = (id: string, action: string): Route => ({
      method: 'POST', path: `/staff/members/{id}/${action}`, id: () => id, body: reason, status: 200, audited: action,
    });
    // In an order in which staff's own call succeeds (resume after pause, end before the settings change, …).
    const routes: Route[] = [
      read('/staff/dashboard', () => `?from=${day(-30)}&to=${day(0)}`),
      read('/staff/members', () => '?role=mentor'),
      { ...read('/staff/members/{id}'), id: () => 'm' },
      read('/staff/mentorships', () => '?states=active&states=pending'),
      read('/staff/requests', () => '?olderThanDays=0'),
      read('/staff/concerns'),
      read('/staff/settings'),
      read('/staff/evaluations'),
      read('/staff/audit'),
      read('/staff/exports/members'),
      read('/staff/exports/mentorships'),
      read('/staff/exports/requests', () => '?olderThanDays=0'),
      read('/staff/exports/evaluations'),
      read('/staff/exports/concerns'),
      read('/staff/exports/audit'),
      read('/staff/workspaces'),
      onMember('o', 'pause'),
      onMember('o', 'resume'),
      onMember('o', 'suspend'),
      onMember('o', 'lift-suspension'),
      onMember('a1', 'approve'),
      onMember('a2', 'decline'),
      {
        method: 'POST', path: '/staff/mentorships', status: 201, audited: 'pair',
        body: () => ({ mentorId: 'a1', menteeId: 'o', areas: ['statistics'], goals: 'Publish a first paper.', termMonths: 6, meetingMode: 'video', reason: REASON }),
      },
      { method: 'POST', path: '/staff/mentorships/{id}/end', id: () => ids.active, body: reason, status: 200, audited: 'end' },
      { method: 'POST', path: '/staff/mentorships/{id}/withdraw', id: () => ids.pending, body: reason, status: 200, audited: 'withdraw' },
      {
        method: 'PATCH', path: '/staff/concerns/{id}', id: () => ids.concern, status: 200, audited: 'concern',
        body: () => ({ status: 'in-progress', reply: 'We have called your mentor.' }),
      },
      { method: 'PUT', path: '/staff/settings', body: () => settingsChange, status: 200, audited: 'settings' },
      // Cohorts (issue 14), in the order of a cohort's life.
      read('/staff/cohorts', () => '?includeArchived=true'),
      { ...read('/staff/cohorts/{id}'), id: () => ids.cohort },
      { ...read('/staff/cohorts/{id}/applicants', () => '?role=mentee'), id: () => ids.cohort },
      { method: 'POST', path: '/staff/cohorts', body: () => ({ ...cohortInput(), reason: REASON }), status: 201, audited: 'cohort-create' },
      { method: 'PUT', path: '/staff/cohorts/{id}', id: () => ids.cohort, body: () => ({ ...cohortInput(), name: 'Autumn', version: 1, reason: REASON }), status: 200, audited: 'cohort-update' },
      { method: 'POST', path: '/staff/cohorts/{id}/run', id: () => ids.cohort, body: reason, status: 200, audited: 'cohort-run' },
      { ...read('/staff/cohorts/{id}/proposal'), id: () => ids.cohort },
      {
        method: 'PATCH', path: '/staff/cohorts/{id}/proposal', id: () => ids.cohort, status: 200, audited: 'cohort-edit',
        body: () => ({ kind: 'lock', version: 1, mentorId: 'm2', menteeId: 'e', locked: true, reason: REASON }),
      },
      { method: 'POST', path: '/staff/cohorts/{id}/publish', id: () => ids.cohort, body: () => ({ version: 2, reason: REASON }), status: 200, audited: 'cohort-publish' },
      { ...read('/staff/cohorts/{id}/matches', () => '?status=proposed'), id: () => ids.cohort },
      { method: 'POST', path: '/staff/cohorts/{id}/close', id: () => ids.cohort, body: reason, status: 200, audited: 'cohort-close' },
      { method: 'POST', path: '/staff/cohorts/{id}/reopen', id: () => ids.cohort, body: reason, status: 200, audited: 'cohort-reopen' },
      { method: 'POST', path: '/staff/cohorts/{id}/archive', id: () => ids.cohort, body: reason, status: 200, audited: 'cohort-archive' },
    ];
    let settingsChange: unknown;

    it('covers every staff route the OpenAPI document lists, and every one is documented as staff-only', async () => {
      const doc = (await caller(server, null).get('/openapi.json')).body;
      const documented = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)
        .filter(([path]) => path.startsWith('/staff'))
        .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
      const tested = [...new Set(routes.map(({ method, path }) => `${method} ${path}`))].sort();
      assert.deepEqual(tested, documented);
      for (const [path, operations] of Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
        if (!path.startsWith('/staff')) continue;
        for (const [method, operation] of Object.entries(operations)) {
          assert.ok(operation.responses['401'] && operation.responses['403'], `${method} ${path} documents 401 and 403`);
        }
      }
    });

    it('every staff route: 401 signed out, 403 staff-only for a member and for a partner, nothing changed; staff are answered and audited', async () => {
      const record = (await staff.get('/staff/settings')).body;
      settingsChange = { settings: { ...record.settings, name: 'Mentoring at the Society' }, version: record.version, reason: REASON };
      const send = (who: Caller, route: Route): Promise<Reply> =>
        route.method === 'GET'
          ? who.get(url(route))
          : who.send(route.method, url(route), { body: JSON.stringify(route.body?.()), headers: { 'content-type': 'application/json' } });
      const callers = { 'signed out': caller(server, null), member: caller(server, 'o'), partner: caller(server, 'e') };
      for (const route of routes) {
        const name = `${route.method} ${url(route)}`;
        const before = await snapshot();
        for (const [who, as] of Object.entries(callers)) {
          const reply = await send(as, route);
          const expected = who === 'signed out' ? [401, 'unauthenticated'] : [403, 'forbidden'];
          assert.deepEqual([reply.status, reply.body?.code], expected, `${name} as ${who}: ${JSON.stringify(reply.body)}`);
          if (who !== 'signed out') assert.equal(reply.body.reason, 'staff-only', name);
          assert.match(reply.headers.get('content-type') ?? '', /^application\/problem\+json/, name);
        }
        assert.deepEqual(await snapshot(), before, `${name}: a refusal changes nothing`);
        const reply = await send(staff, route);
        assert.equal(reply.status, route.status, `${name} as staff: ${reply.status} ${route.method === 'GET' ? '' : JSON.stringify(reply.body)}`);
        const { audited } = route;
        if (audited) {
          const entry = await lastAudit();
          assert.deepEqual([entry.action, entry.actorId], [audited, OFFICE], `${name} is audited`);
          assert.equal(entry.reason, audited === 'concern' ? null : REASON, `${name}: the reason`);
          assert.ok(entry.after !== null && !Number.isNaN(Date.parse(entry.at)), `${name}: when, and the fields after`);
        } else {
          assert.deepEqual((await snapshot()).audit_log, before.audit_log, `${name}: a read is not audited`);
        }
      }
    });
  });

  describe('member routes of the program office', () => {
    it('PUT /me/code-of-conduct, POST and GET /me/concerns: 401 signed out; the member\'s own', async () => {
      await enrol(server, 'cc-mentor', ['mentor']);
      assert.equal((await staff.post('/staff/members/cc-mentor/approve', { reason: REASON })).status, 200);
      const member = await enrol(server, 'cc-mentee', ['mentee']);
      const m = await ask(server, 'cc-mentee', 'cc-mentor');
      const anonymous = caller(server, null);
      assert.equal((await anonymous.put('/me/code-of-conduct', { version: server.settings.codeOfConduct.version })).status, 401);
      assert.equal((await anonymous.get('/me/concerns')).status, 401);
      assert.equal((await anonymous.post('/me/concerns', { mentorshipId: m.id, text: 'Help' })).status, 401);
      const accepted = await member.put('/me/code-of-conduct', { version: server.settings.codeOfConduct.version });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal(accepted.body.member.codeOfConductVersion, server.settings.codeOfConduct.version);
      assert.equal((await caller(server, 'o').post('/me/concerns', { mentorshipId: m.id, text: 'Not mine' })).status, 404, 'only about one\'s own');
      assert.equal((await member.post('/me/concerns', { mentorshipId: m.id, text: 'Pressure to accept.' })).status, 201);
      const mine = await member.get('/me/concerns');
      assert.deepEqual(mine.body.items.map((c: { text: string; status: string }) => [c.text, c.status]), [['Pressure to accept.', 'new']]);
      assert.deepEqual((await caller(server, 'o').get('/me/concerns')).body.items, [], 'nobody else\'s');
    });
  });

  describe('CSV exports', () => {
    it('UTF-8 with a byte order mark, CRLF rows, formula cells neutralised, the list\'s filters, a file name', async () => {
      const names = ['=HYPERLINK("http://evil.example","x")', '+1 555', '-2+3', '@SUM(A1)', 'Zoë Ågren'];
      for (const [i, name] of names.entries()) {
        await caller(server, `csv-${i}`).put('/me/enrolment', enrolmentInput(`csv-${i}`, ['mentee'], { profile: { name } }));
      }
      const response = await fetch(`${server.apiUrl}/staff/exports/members?role=mentee&text=csv`, {
        headers: { authorization: `Bearer ${await server.mintToken(OFFICE, { staff: true })}` },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="mentoring-members-\d{4}-\d{2}-\d{2}\.csv"$/);
      const text = await fileText(response);
      assert.deepEqual([...new TextEncoder().encode(text.slice(0, 1))], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark');
      assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'rows end with CRLF');
      const [head, ...rows] = parseCsv(text);
      const name = head!.indexOf('Name');
      assert.deepEqual(rows.map((row) => row[name]).sort(), names.map((n) => (/^[=+\-@]/.test(n) ? `'${n}` : n)).sort(),
        'the filters apply (the five csv members, mentees); formula cells start with an apostrophe, accents survive');
      assert.ok(!rows.flat().some((cell) => /^[=+\-@\t\r]/.test(cell)), 'no cell starts with a formula character');
    });

    it('a bad filter is a 400 problem naming it, before any byte of a file', async () => {
      const reply = await staff.get('/staff/exports/members?standing=asleep');
      assert.equal(reply.status, 400);
      assert.deepEqual([reply.body.code, reply.body.field], ['validation', 'standing'], 'named as the query string names it');
      assert.equal((await staff.get('/staff/exports/requests')).body.field, 'olderThanDays', 'a required filter');
    });

    it('the audit log exports with its filters: who, what, when, why, before and after', async () => {
      const response = await fetch(`${server.apiUrl}/staff/exports/audit?action=settings`, {
        headers: { authorization: `Bearer ${await server.mintToken(OFFICE, { staff: true })}` },
      });
      assert.equal(response.status, 200);
      const [head, ...rows] = parseCsv(await fileText(response));
      const column = (name: string) => head!.indexOf(name);
      assert.ok(['At', 'Staff member', 'Action', 'Reason', 'Before', 'After'].every((name) => column(name) >= 0), head!.join());
      assert.ok(rows.length >= 1 && rows.every((row) => row[column('Action')] === 'settings'), 'only settings changes');
      const change = rows.find((row) => row[column('Reason')] === REASON);
      assert.equal(JSON.parse(change![column('After')]!).name, 'Mentoring at the Society', 'the fields after');
      assert.equal(JSON.parse(change![column('Before')]!).name, DEFAULT_PROGRAM_SETTINGS.name, 'the fields before');
    });

    it('streams a page at a time: the first bytes go out before the last page is read', async () => {
      // Three pages of members and more; the file is read in process, so nothing but the stream's own
      // queue sits between the service and the reader.
      const roster = demoRoster({ now: server.clock.now(), size: EXPORT_PAGE_SIZE * 2 + 100, seed: 7, settings: server.settings });
      const [late, ...early] = roster.members.map((m) => ({ ...m, id: `bulk-${m.id}` }));
      await insertMembers(server.db, early, server.clock.now());
      const token = await server.mintToken(OFFICE, { staff: true });
      const response = await server.app.request('/api/v1/staff/exports/members', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200);
      const reader = response.body!.pipeThrough(new TextDecoderStream('utf-8', { ignoreBOM: true })).getReader();
      const first = await reader.read();
      assert.ok(first.value?.startsWith('\uFEFF'), 'the header has arrived');
      // A member whose name sorts after everyone joins now: only a file still being read can hold them.
      await insertMembers(server.db, [{ ...late!, name: 'Zzyzx Late' }], server.clock.now());
      let text = first.value ?? '';
      let chunks = 1;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += chunk.value;
        chunks += 1;
      }
      assert.ok(text.includes('Zzyzx Late'), 'the last page was read after the first bytes went out');
      assert.ok(chunks >= 4, `a chunk per page (header and at least three pages): ${chunks}`);
      const members = Number((await server.db.query<{ n: string }>('SELECT count(*) AS n FROM members'))[0]!.n);
      assert.equal(parseCsv(text).length - 1, members, 'every member, once');
    });
  });
});
