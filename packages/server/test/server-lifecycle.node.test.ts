// The server as a process: migrations, demo mode, jobs on the clock, health, graceful shutdown, configuration.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_NEWCOMER } from '@mentor-match/demo';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, createTokenVerifier } from '../src/auth/tokens.ts';
import { configFromEnv } from '../src/config.ts';
import { DEFAULT_POSTGRES_TIMEOUTS } from '../src/db/postgres.ts';
import type { Database } from '../src/db/database.ts';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { createApp } from '../src/http/app.ts';
import { silentLogger } from '../src/log.ts';
import { startServer } from '../src/server.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';

/** A shared secret of the length the server requires (32 bytes). */
const SECRET = 'x'.repeat(32);

describe('server lifecycle', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ database: testDatabase(), demo: true });
  });
  after(() => server.close());

  it('migrations are idempotent: a second run applies nothing and keeps the data', async () => {
    const [{ n: before } = { n: 0 }] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM members');
    assert.deepEqual(await migrate(server.db), []);
    const applied = await server.db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(applied.map((r) => r.version), readMigrations().map((m) => m.version));
    const [{ n: after } = { n: 0 }] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM members');
    assert.equal(after, before);
  });

  it('demo mode seeds the roster and signs demo members in (token and cookie)', async () => {
    const members = (await caller(server, null).get('/demo/members')).body.members;
    assert.equal(members.length, 200);
    const someone = members[0];
    assert.ok(someone.roles.length > 0);
    const response = await fetch(`${server.apiUrl}/demo/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: someone.id }),
    });
    assert.equal(response.status, 200);
    const session = (await response.json()) as { token: string; expiresAt: string; member: { id: string; name: string } };
    assert.deepEqual(session.member, { id: someone.id, name: someone.name });
    const cookie = response.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^mentor_session=[^;]+; .*HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const me = await caller(server, null).get('/me', { authorization: `Bearer ${session.token}` });
    assert.equal(me.body.member.id, someone.id);
    const viaCookie = await caller(server, null).get('/me', { cookie: cookie.split(';')[0] ?? '' });
    assert.equal(viaCookie.body.member.id, someone.id);
    const unknown = await caller(server, null).post('/demo/session', { memberId: 'nobody' });
    assert.equal(unknown.status, 404);
    // No member named: the demo's first participating mentee by name (a first visit needs no list first).
    const first = members.find((m: { roles: string[]; paused: boolean }) => m.roles.includes('mentee') && !m.paused);
    const chosen = await caller(server, null).post('/demo/session', {});
    assert.equal(chosen.status, 200);
    assert.deepEqual(chosen.body.member, { id: first.id, name: first.name });
  });

  it('demo mode lists who is paused, and signs in the newcomer (not enrolled, not listed until they enrol)', async () => {
    const members = (await caller(server, null).get('/demo/members')).body.members as { id: string; paused: boolean }[];
    const paused = await server.db.query<{ id: string }>('SELECT id FROM members WHERE NOT participating AND (is_mentor OR is_mentee) ORDER BY id');
    assert.ok(paused.length > 0, 'the roster has paused members');
    assert.deepEqual(members.filter((m) => m.paused).map((m) => m.id).sort(), paused.map((r) => r.id));
    assert.equal(members.some((m) => m.id === DEMO_NEWCOMER.id), false);
    const described = JSON.stringify((await caller(server, null).get('/openapi.json')).body.paths['/demo/members']);
    assert.match(described, /"paused":\{"type":"boolean"\}/, 'the OpenAPI document describes `paused`');

    const session = await caller(server, null).post('/demo/session', { memberId: DEMO_NEWCOMER.id });
    assert.equal(session.status, 200);
    assert.deepEqual(session.body.member, { id: DEMO_NEWCOMER.id, name: DEMO_NEWCOMER.name });
    const me = await caller(server, null).get('/me', { authorization: `Bearer ${session.body.token}` });
    assert.equal(me.body.enrolled, false);
    assert.equal(me.body.member.name, DEMO_NEWCOMER.name);
    assert.equal(me.body.member.email, DEMO_NEWCOMER.email);
  });

  it('demo mode with no participating mentee signs a visitor in as the newcomer, who can enrol (no 404 naming nobody)', async () => {
    const empty = await startTestServer({ database: testDatabase(), demo: true });
    try {
      await empty.db.query('UPDATE members SET participating = false WHERE is_mentee');
      const session = await caller(empty, null).post('/demo/session', {});
      assert.equal(session.status, 200);
      assert.deepEqual(session.body.member, { id: DEMO_NEWCOMER.id, name: DEMO_NEWCOMER.name });
      const me = await caller(empty, null).get('/me', { authorization: `Bearer ${session.body.token}` });
      assert.equal(me.body.enrolled, false);
    } finally {
      await empty.close();
    }
  });

  it('jobs on the clock: a request expires after 30 days (the requester is told), with a reminder before', async () => {
    await enrol(server, 'patient', ['mentee']);
    await enrol(server, 'silent', ['mentor']);
    const m = await ask(server, 'patient', 'silent');
    await server.advanceTime(23);
    assert.equal((await server.runJobs()).reminded, 0, 'reminded once only');
    const kinds = async () => (await server.outbox()).filter((e) => e.mentorshipId === m.id).map((e) => `${e.kind}:${e.memberId}`);
    assert.deepEqual(await kinds(), ['request:silent', 'reminder:silent']);
    await server.advanceTime(7);
    assert.deepEqual(await kinds(), ['request:silent', 'reminder:silent', 'expired:patient']);
    const listed = (await caller(server, 'patient').get('/mentorships')).body.items;
    assert.equal(listed.find((i: { mentorship: { id: string } }) => i.mentorship.id === m.id).mentorship.state, 'expired');
  });

  it('an overdue request is expired before a member\'s call is answered, even before the job runs', async () => {
    await enrol(server, 'late-mentee', ['mentee']);
    await enrol(server, 'late-mentor', ['mentor']);
    const m = await ask(server, 'late-mentee', 'late-mentor');
    server.clock.advance({ days: 31 });
    const reply = await caller(server, 'late-mentor').post(`/mentorships/${m.id}/accept`, {});
    assert.equal(reply.status, 410);
    assert.equal(reply.body.code, 'expired');
    assert.equal((await caller(server, 'late-mentee').get('/me')).body.openRequestsSent, 0);
  });

  it('graceful shutdown: a request in flight is answered, then the port is closed', async () => {
    const own = await startTestServer({ database: testDatabase() });
    const token = await own.mintToken('slow');
    await fetch(`${own.apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
    // Hold the database for a moment so the next request is still in flight when close() is called.
    const busy = own.db.transaction(async (tx) => {
      await tx.query('SELECT pg_sleep(0.4)');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const inFlight = fetch(`${own.apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = own.close();
    const answered = await inFlight;
    assert.equal(answered.status, 200);
    await busy;
    await closing;
    await assert.rejects(fetch(`${own.apiUrl}/health`), 'nothing listens any more');
  });
});

describe('email without a mail server', () => {
  it('is written to the log and counts as sent (the demo)', async () => {
    const logged: Record<string, unknown>[] = [];
    const log = { ...silentLogger, info: (msg: string, fields: Record<string, unknown> = {}) => void logged.push({ msg, ...fields }) };
    const server = await startTestServer({ database: testDatabase(), log });
    try {
      await enrol(server, 'writer', ['mentee']);
      await enrol(server, 'reader', ['mentor']);
      const m = await ask(server, 'writer', 'reader');
      await server.sendEmails();
      const email = logged.find((l) => l.msg === 'email');
      assert.ok(email, 'logged');
      assert.equal(email.to, 'reader@example.org');
      assert.equal(email.kind, 'request');
      assert.equal(email.mentorshipId, m.id);
      assert.match(String(email.subject), /Writer asks you to be their mentor/);
      assert.ok((await server.outbox()).every((e) => e.sentAt !== null));
    } finally {
      await server.close();
    }
  });
});

describe('one port for the site and the API (npm start)', () => {
  it('hands every path outside /api/ to the site handler, the rest to the API', async () => {
    const seen: string[] = [];
    const server = await startTestServer({
      database: testDatabase(),
      staticHandler: (req, res) => {
        seen.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'text/plain' }).end('site');
      },
    });
    try {
      assert.equal(await (await fetch(`${server.url}/`)).text(), 'site');
      assert.equal(await (await fetch(`${server.url}/examples/plain-html/`)).text(), 'site');
      assert.deepEqual(await (await fetch(`${server.apiUrl}/health`)).json(), { status: 'ok' });
      assert.equal((await fetch(`${server.url}/api/nothing`)).headers.get('content-type'), 'application/problem+json');
      assert.deepEqual(seen, ['/', '/examples/plain-html/']);
    } finally {
      await server.close();
    }
  });

  it('a port already taken rejects the start, and leaves nothing running', async () => {
    const first = await startTestServer({ database: testDatabase() });
    try {
      const port = Number(new URL(first.url).port);
      await assert.rejects(startServer({ port, database: first.db, auth: { jwtSecret: SECRET }, log: silentLogger, jobsIntervalMs: 0 }), /EADDRINUSE/);
      assert.equal((await fetch(`${first.apiUrl}/health`)).status, 200, 'the first server is untouched');
    } finally {
      await first.close();
    }
  });

  it('or serves a folder (staticRoot)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-match-site-'));
    writeFileSync(join(dir, 'index.html'), '<h1>Members</h1>');
    const server = await startTestServer({ database: testDatabase(), staticRoot: dir });
    try {
      assert.equal(await (await fetch(`${server.url}/index.html`)).text(), '<h1>Members</h1>');
      assert.equal((await fetch(`${server.url}/missing.html`)).status, 404);
      assert.equal((await fetch(`${server.apiUrl}/health`)).status, 200);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('server on disk', () => {
  it('a PGlite data folder survives a restart; migrations are not applied twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentor-match-'));
    try {
      const lines: string[] = [];
      const log = { ...silentLogger, info: (msg: string, fields?: Record<string, unknown>) => lines.push(`${msg} ${JSON.stringify(fields)}`) };
      const first = await startServer({ dataDir: dir, demo: { rosterSize: 50 }, jobsIntervalMs: 0, log });
      const members = (await (await fetch(`${first.url}/api/v1/demo/members`)).json()) as { members: unknown[] };
      assert.equal(members.members.length, 50);
      await first.close();
      const second = await startServer({ dataDir: dir, demo: { rosterSize: 50 }, jobsIntervalMs: 0, log });
      const again = (await (await fetch(`${second.url}/api/v1/demo/members`)).json()) as { members: unknown[] };
      assert.equal(again.members.length, 50, 'the same roster, not seeded twice');
      await assert.rejects(
        startServer({ dataDir: dir, jobsIntervalMs: 0, log, auth: { jwtSecret: SECRET } }),
        /in use by process/,
        'a second server on the same folder is refused while the first runs',
      );
      await second.close();
      assert.equal(lines.filter((l) => l.startsWith('migrations applied')).length, 1);
      assert.equal(lines.filter((l) => l.startsWith('demo roster seeded')).length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createApp', () => {
  it('health answers 503 when the database is down', async () => {
    const down: Database = {
      kind: 'postgres',
      query: () => Promise.reject(new Error('connection refused')),
      exec: () => Promise.reject(new Error('connection refused')),
      transaction: () => Promise.reject(new Error('connection refused')),
      close: () => Promise.resolve(),
    };
    const verifyToken = await createTokenVerifier({ jwtSecret: SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE });
    const app = createApp({ db: down, verifyToken });
    const reply = await app.request('/api/v1/health');
    assert.equal(reply.status, 503);
    assert.deepEqual(await reply.json(), { status: 'unavailable' });
  });
});

describe('configFromEnv', () => {
  it('reads TRUSTED_PROXIES (none by default) and AUTH_MAX_TOKEN_SECONDS', () => {
    assert.deepEqual(configFromEnv({}).trustedProxies, []);
    const config = configFromEnv({ TRUSTED_PROXIES: '10.0.0.0/8, ::1 ,', AUTH_MAX_TOKEN_SECONDS: '900' });
    assert.deepEqual(config.trustedProxies, ['10.0.0.0/8', '::1']);
    assert.equal(config.auth?.maxTokenSeconds, 900);
    assert.throws(() => configFromEnv({ AUTH_MAX_TOKEN_SECONDS: 'an hour' }), /AUTH_MAX_TOKEN_SECONDS/);
  });

  it('reads the documented variables', () => {
    const config = configFromEnv({
      PORT: '8080', DATABASE_URL: 'postgres://u:p@db/mm', AUTH_JWT_SECRET: 'secret', AUTH_ISSUER: 'https://members.example.org',
      AUTH_AUDIENCE: 'mentoring', ALLOWED_ORIGINS: 'https://members.example.org/, https://www.example.org', SMTP_URL: 'smtp://mail:25',
      MAIL_FROM: 'Mentoring <m@example.org>', DEMO: '1', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.databaseUrl, 'postgres://u:p@db/mm');
    assert.equal(config.dataDir, undefined);
    assert.deepEqual(config.auth, { jwtSecret: 'secret', issuer: 'https://members.example.org', audience: 'mentoring' });
    assert.deepEqual(config.allowedOrigins, ['https://members.example.org', 'https://www.example.org']);
    assert.equal(config.smtpUrl, 'smtp://mail:25');
    assert.ok(config.demo);
    assert.equal(config.rateLimit, null);
    assert.equal(config.log, 'warn');
  });

  it('reads who is staff: a claim and its value, member ids; refuses what cannot work, naming the variable', () => {
    const config = configFromEnv({ AUTH_STAFF_CLAIM: 'roles', AUTH_STAFF_VALUE: 'mentoring-staff', AUTH_STAFF_IDS: ' m-1, m-2 ,,' });
    assert.deepEqual(config.auth?.staff, { claim: 'roles', value: 'mentoring-staff', ids: ['m-1', 'm-2'] });
    assert.equal(configFromEnv({}).auth?.staff, undefined, 'nobody by default');
    assert.throws(() => configFromEnv({ AUTH_STAFF_CLAIM: 'roles' }), /AUTH_STAFF_CLAIM is set without AUTH_STAFF_VALUE: set both/);
    assert.throws(() => configFromEnv({ AUTH_STAFF_VALUE: 'staff' }), /AUTH_STAFF_VALUE is set without AUTH_STAFF_CLAIM/);
    assert.throws(() => configFromEnv({ AUTH_STAFF_CLAIM: 'sub', AUTH_STAFF_VALUE: 'm-1' }), /AUTH_STAFF_CLAIM cannot be "sub".*AUTH_STAFF_IDS/);
    assert.throws(() => configFromEnv({ AUTH_STAFF_CLAIM: 'my roles', AUTH_STAFF_VALUE: 'x' }), /AUTH_STAFF_CLAIM must be a claim name/);
    assert.throws(() => configFromEnv({ AUTH_STAFF_IDS: 'm-1, not an id' }), /AUTH_STAFF_IDS must be member ids.*"not an id"/);
  });

  it('reads PostgreSQL\'s time limits, defaulting to DEFAULT_POSTGRES_TIMEOUTS, and refuses 0', () => {
    const url = { DATABASE_URL: 'postgres://u:p@db/mm' };
    assert.deepEqual(configFromEnv(url).databaseTimeouts, DEFAULT_POSTGRES_TIMEOUTS);
    assert.deepEqual(
      configFromEnv({
        ...url, DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000', DATABASE_TRANSACTION_TIMEOUT_MS: '3000',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
      }).databaseTimeouts,
      { connectMs: 1000, statementMs: 2000, transactionMs: 3000, idleInTransactionMs: 4000 },
    );
    assert.throws(() => configFromEnv({ ...url, DATABASE_TRANSACTION_TIMEOUT_MS: '0' }), /DATABASE_TRANSACTION_TIMEOUT_MS/);
  });

  it('defaults to PGlite in .data/pglite and refuses nonsense', () => {
    assert.equal(configFromEnv({}).dataDir, '.data/pglite');
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /PORT/);
    assert.throws(() => configFromEnv({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  });
});
