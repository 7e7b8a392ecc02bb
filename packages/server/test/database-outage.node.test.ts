// A sick database is a 503: the server on a PostgreSQL cluster of this test's own, under traffic, while the
// cluster is stopped and started again, then paused (SIGSTOP) and resumed (SIGCONT). Every request the
// database cannot serve answers 503 problem+json with Retry-After in bounded time, /health answers within a
// second either way, the outage is logged once and its end once, the server recovers by itself, and
// nothing the server gave up on is committed when the database wakes up.
//
// Runs where PostgreSQL's binaries are installed (CI installs them: scripts/ci-postgres.sh).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_VISIBILITY, Member, programSettings } from '@mentor-match/core';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, mintToken } from '../src/auth/tokens.ts';
import { DatabaseUnavailableError } from '../src/db/database.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { HEALTH_ANSWER_MS } from '../src/http/routes/health.ts';
import { DATABASE_RETRY_AFTER_SECONDS } from '../src/http/unavailable.ts';
import { createLogger } from '../src/log.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { insertMembers } from '../src/store/members.ts';
import { postgresBinaries, startCluster, type PgCluster } from './support/pg-cluster.ts';

/** Short limits, so the test waits seconds, not the defaults' tens of seconds. */
const TIMEOUTS = { connectMs: 1_000, statementMs: 1_000, transactionMs: 1_000, idleInTransactionMs: 3_000 };
/**
 * The longest a request may take while the database is gone: a connection's limit, then one call's (its
 * limit and the second of grace the server gives the database), and slack for a busy 2-core machine.
 */
const REQUEST_BOUND_MS = TIMEOUTS.connectMs + TIMEOUTS.transactionMs + 1_000 + 2_000;
/** /health's second, and slack for a busy machine's scheduling. */
const HEALTH_BOUND_MS = HEALTH_ANSWER_MS + 500;

const SECRET = 'a-test-secret-of-at-least-thirty-two-bytes!';
const MENTEES = 6;
const MENTORS = 200;

function member(id: string, role: 'mentor' | 'mentee'): Member {
  const profile = { topics: ['leadership'], meetingModes: ['video'], statement: '', enrolledAt: '2026-01-01T09:00:00.000Z' };
  return Member.parse({
    id, name: `Member ${id}`, headline: '', bio: '', photoUrl: null, email: `${id}@members.example.org`, phone: null,
    industry: null, careerStage: null, country: null, city: null, timeZone: 'UTC', languages: [], links: [],
    mentor: role === 'mentor' ? profile : null, mentee: role === 'mentee' ? profile : null,
    availability: { status: 'participating', returnDate: null, capacity: 2 },
    visibility: { ...DEFAULT_VISIBILITY }, codeOfConductAcceptedAt: null,
  });
}

interface Answer {
  kind: 'search' | 'me' | 'write';
  sentAt: number;
  ms: number;
  /** The HTTP status, or 'aborted' when the client gave up first, or 'failed' when no answer came. */
  status: number | 'aborted' | 'failed';
  retryAfter: string | null;
  type: string | null;
  code: unknown;
  /** A write's goals: what finds its mentorship in the database afterwards. */
  goals?: string;
}

const ok = (a: Answer) => a.status === 200 || a.status === 201 || a.status === 409;

/** Searches, reads and new requests from a few members, as fast as they are answered, until stopped. */
class Traffic {
  readonly answers: Answer[] = [];
  #running = false;
  #workers: Promise<void>[] = [];
  #writes = 0;
  readonly #nextMentor = new Map<number, number>();

  constructor(readonly api: string, readonly tokens: string[]) {}

  start(workers = MENTEES): void {
    this.#running = true;
    this.#workers = Array.from({ length: workers }, (_, i) => this.#work(i));
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#workers);
  }

  /** A new request from mentee `i` to a mentor they have not asked yet, given up on after `patienceMs`. */
  write(i: number, patienceMs = 8_000): Promise<Answer> {
    const mentor = this.#nextMentor.get(i) ?? 0;
    this.#nextMentor.set(i, mentor + 1);
    const goals = `write-${++this.#writes}`;
    const body = { recipientId: `t-${mentor}`, requesterRole: 'mentee', areas: ['leadership'], goals, termMonths: 6, meetingMode: 'video', message: '' };
    return this.#send('write', i, '/mentorships', patienceMs, { method: 'POST', body: JSON.stringify(body) }, goals);
  }

  async #work(i: number): Promise<void> {
    for (let n = 0; this.#running; n++) {
      if (n % 3 === 0) await this.#send('search', i, '/search?find=mentors', 8_000);
      else if (n % 3 === 1) await this.#send('me', i, '/me', 8_000);
      else await this.write(i);
    }
  }

  async #send(kind: Answer['kind'], i: number, path: string, patienceMs: number, init: RequestInit = {}, goals?: string): Promise<Answer> {
    const sentAt = performance.now();
    const answer: Answer = { kind, sentAt, ms: 0, status: 'failed', retryAfter: null, type: null, code: undefined, ...(goals ? { goals } : {}) };
    try {
      const response = await fetch(`${this.api}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${this.tokens[i]}`, 'content-type': 'application/json' },
        signal: AbortSignal.timeout(patienceMs),
      });
      const text = await response.text();
      Object.assign(answer, {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        type: response.headers.get('content-type'),
        code: response.ok ? undefined : (JSON.parse(text) as { code?: unknown }).code,
      });
    } catch (error) {
      answer.status = (error as Error).name === 'TimeoutError' ? 'aborted' : 'failed';
    }
    answer.ms = performance.now() - sentAt;
    this.answers.push(answer);
    return answer;
  }
}

/** GET /health, timed. */
async function health(api: string): Promise<{ status: number; ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(`${api}/health`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.json(), ms: performance.now() - started };
}

async function healthy(api: string): Promise<number> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if ((await health(api)).status === 200) return performance.now();
    await sleep(100);
  }
  throw new Error('the server did not report the database back within 30 s');
}

/** A request the database could not serve: 503 problem+json with the `network` code and Retry-After, in bounded time. */
function assertUnavailable(answers: Answer[], what: string): void {
  assert.ok(answers.length > 0, `${what}: some requests were sent`);
  for (const a of answers) {
    assert.equal(a.status, 503, `${what}: ${a.kind} answered ${a.status}`);
    assert.equal(a.retryAfter, String(DATABASE_RETRY_AFTER_SECONDS), `${what}: Retry-After`);
    assert.equal(a.type, 'application/problem+json', `${what}: problem+json`);
    assert.equal(a.code, 'network', `${what}: the network code`);
    assert.ok(a.ms < REQUEST_BOUND_MS, `${what}: ${a.kind} answered in ${Math.round(a.ms)} ms, more than ${REQUEST_BOUND_MS}`);
  }
}

const installed = postgresBinaries() !== null;

if (installed) {
  let cluster: PgCluster;
  before(async () => {
    cluster = await startCluster();
  });
  after(() => cluster?.destroy());

  describe('PostgreSQL refuses a COMMIT that comes after the transaction\'s deadline', () => {
    it('when the transaction ran too long, and when the COMMIT reached a paused database the server had given up on', async () => {
      const db = openPostgres(cluster.url, { timeouts: { connectMs: 1_000, statementMs: 5_000, transactionMs: 300, idleInTransactionMs: 10_000 } });
      try {
        await db.exec('CREATE TABLE late_commits (note text)');
        // Awake but slow: the database itself refuses the COMMIT (the server would still have waited).
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.query("INSERT INTO late_commits VALUES ('slow')");
            await tx.query('SELECT pg_sleep(0.5)');
          }),
          DatabaseUnavailableError,
        );
        // Paused with the COMMIT unread: the server gives up; when the database wakes it reads the COMMIT, and refuses it.
        let inserted!: () => void;
        const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
        let commit!: () => void;
        const gate = new Promise<void>((resolve) => (commit = resolve));
        const write = db.transaction(async (tx) => {
          await tx.query("INSERT INTO late_commits VALUES ('paused')");
          inserted();
          await gate;
        });
        await insertedOnce;
        cluster.pause();
        commit();
        await assert.rejects(write, DatabaseUnavailableError);
        await sleep(1_000);
        cluster.resume();
        await sleep(500);
        assert.deepEqual(await db.query('SELECT note FROM late_commits'), [], 'neither was committed');
      } finally {
        cluster.resume();
        await db.close();
      }
    });
  });

  describe('a sick database is a 503 (a PostgreSQL cluster stopped, then paused, under traffic)', () => {
    let server: RunningServer;
    let traffic: Traffic;
    const lines: { level: string; msg: string; [field: string]: unknown }[] = [];
    const logged = (msg: string) => lines.filter((line) => line.msg === msg).length;

    before(async () => {
      const log = createLogger('info', (line) => lines.push(JSON.parse(line) as (typeof lines)[number]));
      server = await startServer({
        databaseUrl: cluster.url,
        databaseTimeouts: TIMEOUTS,
        settings: programSettings({ openRequestsPerMember: 100 }),
        auth: { jwtSecret: SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE },
        jobsIntervalMs: 0,
        log,
      });
      const mentees = Array.from({ length: MENTEES }, (_, i) => member(`m-${i}`, 'mentee'));
      const mentors = Array.from({ length: MENTORS }, (_, i) => member(`t-${i}`, 'mentor'));
      await insertMembers(server.db, [...mentees, ...mentors], new Date());
      const tokens = await Promise.all(mentees.map(async (m) => (await mintToken({ jwtSecret: SECRET, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE }, { memberId: m.id }, 3600)).token));
      traffic = new Traffic(`${server.url}/api/v1`, tokens);
    });
    after(async () => {
      cluster.resume();
      await traffic?.stop();
      await server?.close();
    });

    it('answers while the database is up', async () => {
      traffic.start();
      await sleep(1_500);
      const answered = traffic.answers.filter((a) => a.status !== 'failed');
      assert.ok(answered.length > 10, `${answered.length} answers`);
      assert.deepEqual(answered.filter((a) => !ok(a)).map((a) => `${a.kind} ${a.status}`), []);
      assert.equal((await health(server.url + '/api/v1')).status, 200);
    });

    it('stopped: every request answers 503 with Retry-After, /health within a second, and the outage is logged once', async () => {
      cluster.stop();
      const stoppedAt = performance.now();
      await sleep(2_500);
      const probe = await health(`${server.url}/api/v1`);
      assert.equal(probe.status, 503);
      assert.deepEqual(probe.body, { status: 'unavailable' });
      assert.ok(probe.ms < HEALTH_BOUND_MS, `/health took ${Math.round(probe.ms)} ms`);
      assertUnavailable(traffic.answers.filter((a) => a.sentAt > stoppedAt), 'stopped');
      assert.equal(logged('database unreachable'), 1, 'one line for the outage');
      assert.equal(logged('unhandled error'), 0, 'no stack per request');
    });

    it('started again: the server recovers by itself, and says so once', async () => {
      cluster.start();
      const backAt = await healthy(`${server.url}/api/v1`);
      await sleep(1_500);
      const after = traffic.answers.filter((a) => a.sentAt > backAt + 500);
      assert.ok(after.length > 10, `${after.length} answers`);
      assert.deepEqual(after.filter((a) => !ok(a)).map((a) => `${a.kind} ${a.status}`), []);
      assert.deepEqual([logged('database unreachable'), logged('database back')], [1, 1]);
    });

    it('paused: requests fail in bounded time with 503, /health within a second', async () => {
      cluster.pause();
      const pausedAt = performance.now();
      await sleep(500);
      // Members who give up before the server does.
      const impatient = await Promise.all(Array.from({ length: MENTEES }, (_, i) => traffic.write(i, 300)));
      assert.deepEqual(impatient.map((a) => a.status), impatient.map(() => 'aborted'));
      await sleep(TIMEOUTS.transactionMs + 2_500);
      const probe = await health(`${server.url}/api/v1`);
      assert.equal(probe.status, 503);
      assert.ok(probe.ms < HEALTH_BOUND_MS, `/health took ${Math.round(probe.ms)} ms`);
      const sent = traffic.answers.filter((a) => a.sentAt > pausedAt && a.status !== 'aborted');
      assertUnavailable(sent, 'paused');
      assert.equal(logged('database unreachable'), 2, 'one line for the second outage');
    });

    it('resumed: the server recovers, and nothing it gave up on was committed when the database woke', async () => {
      cluster.resume();
      const backAt = await healthy(`${server.url}/api/v1`);
      await sleep(1_500);
      await traffic.stop();
      const after = traffic.answers.filter((a) => a.sentAt > backAt + 500);
      assert.deepEqual(after.filter((a) => !ok(a)).map((a) => `${a.kind} ${a.status}`), []);

      const stored = new Set((await server.db.query<{ goals: string }>("SELECT record->>'goals' AS goals FROM mentorships")).map((row) => row.goals));
      const writes = traffic.answers.filter((a) => a.kind === 'write');
      const given = writes.filter((a) => a.status !== 201 && a.status !== 409);
      assert.ok(given.length >= MENTEES, `${given.length} writes were given up on`);
      assert.deepEqual(given.filter((a) => stored.has(a.goals!)).map((a) => `${a.goals} ${a.status}`), [], 'none given up on was stored');
      assert.deepEqual(writes.filter((a) => a.status === 201 && !stored.has(a.goals!)).map((a) => a.goals), [], 'every acknowledged one was');

      assert.deepEqual([logged('database unreachable'), logged('database back')], [2, 2]);
      const errors = lines.filter((line) => line.level === 'error').map((line) => line.msg);
      assert.deepEqual(errors, ['database unreachable', 'database unreachable'], 'nothing else logged as an error');
    });
  });
}
