// A real server for tests: real HTTP on 127.0.0.1 (a free port), a real database, a ManualClock the test
// moves. Used by this package's tests and by the REST adapter's conformance run:
//
//   const server = await startTestServer({ settings });            // PGlite, shared per process
//   const token = await server.mintToken('m-1');                   // a Bearer token for member m-1
//   await fetch(`${server.apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
//   await server.advanceTime(30);                                  // clock + expiry/reminder jobs
//   await server.notifications();                                  // the outbox, as the testkit wants it
//   await server.close();
//
// PGlite takes seconds to start, so one in-memory instance is shared by the servers of a process and emptied
// for each new one (servers alive at the same time get their own). A PostgreSQL URL gives each server a
// schema of its own, dropped on close, so test files may run in parallel against one database.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ManualClock, programSettings, type JobRun, type ProgramSettings } from '@mentor-match/core';
import type { StaffConfig } from './auth/staff.ts';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, mintToken as signToken } from './auth/tokens.ts';
import type { Database } from './db/database.ts';
import { migrate, readMigrations } from './db/migrate.ts';
import { wrapPglite } from './db/pglite.ts';
import { openPostgres } from './db/postgres.ts';
import { API_BASE } from './http/app.ts';
import { createLogger, LOG_LEVELS, type LogLevel } from './log.ts';
import { startServer, type RunningServer, type ServerOptions } from './server.ts';
import { listOutbox, type OutboxEmail } from './store/outbox.ts';

export interface TestServerOptions extends Omit<ServerOptions, 'settings' | 'clock' | 'database' | 'databaseUrl' | 'dataDir' | 'auth' | 'port' | 'host'> {
  /** Program settings, or changes to the defaults. */
  settings?: ProgramSettings | Partial<ProgramSettings>;
  /** Default: a ManualClock at 2026-01-05T09:00Z. */
  clock?: ManualClock;
  /** 'pglite' (default) or a PostgreSQL URL. `testDatabase()` reads TEST_DATABASE_URL. */
  database?: 'pglite' | string;
  /** Who is staff; default TEST_STAFF_CLAIM (the token claim `roles` holding `mentoring-staff`), as `mintToken(id, { staff: true })` marks them. */
  staff?: StaffConfig;
}

/** How test servers tell staff by default: the WordPress plugin's claim. */
export const TEST_STAFF_CLAIM = { claim: 'roles', value: 'mentoring-staff' } as const;

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/api/v1` */
  apiUrl: string;
  clock: ManualClock;
  /** The program's settings now. */
  readonly settings: ProgramSettings;
  db: Database;
  /** The Hono app itself: `app.request(…)` runs a request in process, its answer's body pulled only as it is read. */
  app: RunningServer['app'];
  /**
   * A Bearer token for this member (provisioned on their first request). `ttlSeconds` < 0 gives an expired
   * one; `staff` marks the member staff with the server's staff claim; `extra` adds any claims.
   */
  mintToken(memberId: string, claims?: { name?: string; email?: string; ttlSeconds?: number; staff?: boolean; extra?: Record<string, unknown> }): Promise<string>;
  /** Moves the server's clock forward and runs the jobs that are due; resolves once they have run. */
  advanceTime(days: number): Promise<void>;
  runJobs(): Promise<JobRun>;
  /** Sends the emails due now through the configured transport (SMTP tests). */
  sendEmails(): Promise<number>;
  /** Every email written to the outbox, oldest first, sent or not. */
  outbox(): Promise<OutboxEmail[]>;
  /** The outbox as the conformance suite's `notifications()` wants it (a mentorship id, or null: about the member alone). */
  notifications(): Promise<{ memberId: string; kind: string; mentorshipId: string | null }[]>;
  /**
   * A fresh backend on the same server in milliseconds, for suites that share one: empties the database,
   * runs the program with these settings (or changes to the defaults), puts the clock back where it started.
   * Tokens minted before stay valid; their members are provisioned again on their next call.
   */
  reset(settings?: ProgramSettings | Partial<ProgramSettings>): Promise<void>;
  close(): Promise<void>;
}

/** TEST_DATABASE_URL when set, else 'pglite'. */
export const testDatabase = (): string => process.env.TEST_DATABASE_URL || 'pglite';

const TABLES = [
  'workspaces', 'idempotency_keys', 'outbox', 'held_notifications', 'notifications', 'notification_preferences', 'changes', 'audit_log', 'concern_events',
  'concerns', 'feedback', 'mentorships', 'members',
  'program_settings',
  // Cohorts (issue 14).
  'cohort_matches', 'cohort_drafts', 'cohort_applications', 'cohorts',
];

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { settings: given, clock: givenClock, database = 'pglite', staff = TEST_STAFF_CLAIM, ...rest } = options;
  // Whole settings or a few changes: either way laid over the defaults and checked.
  const settings = programSettings(given ?? {});
  const clock = givenClock ?? new ManualClock();
  const start = clock.now();
  const lease = database === 'pglite' ? await leasePglite() : await freshSchema(database);
  const secret = randomBytes(24).toString('base64url');
  const level = (process.env.LOG_LEVEL ?? 'silent') as LogLevel;
  let server;
  try {
    server = await startServer({
      jobsIntervalMs: 0,
      ...rest,
      log: rest.log ?? createLogger(LOG_LEVELS.includes(level) ? level : 'silent'),
      host: '127.0.0.1',
      port: 0,
      database: lease.db,
      settings,
      clock,
      auth: { jwtSecret: secret, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, staff },
    });
  } catch (error) {
    await lease.release();
    throw error;
  }
  const running = server;
  const outbox = () => listOutbox(lease.db);
  return {
    url: running.url,
    apiUrl: `${running.url}${API_BASE}`,
    clock,
    get settings() {
      return running.settings;
    },
    db: lease.db,
    app: running.app,
    async mintToken(memberId, claims = {}) {
      const { ttlSeconds = 3600, staff: isStaff = false, extra = {}, ...rest } = claims;
      const marked = isStaff && staff.claim !== undefined ? { [staff.claim]: [staff.value] } : {};
      const minted = await signToken(
        { jwtSecret: secret, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE },
        { memberId, ...rest, extra: { ...extra, ...marked } },
        ttlSeconds,
      );
      return minted.token;
    },
    async advanceTime(days) {
      clock.advance({ days });
      await running.runJobs();
    },
    runJobs: () => running.runJobs(),
    sendEmails: () => running.sendEmails(),
    outbox,
    async notifications() {
      return (await outbox()).map(({ memberId, kind, mentorshipId }) => ({ memberId, kind, mentorshipId }));
    },
    async reset(next = {}) {
      await emptyTables(lease.db);
      await running.setSettings(programSettings(next));
      running.forgetCaches();
      clock.set(start);
    },
    async close() {
      await running.close();
      await lease.release();
    },
  };
}

interface Lease {
  db: Database;
  release(): Promise<void>;
}

let shared: Promise<Database> | null = null;
let sharedInUse = false;
let idle: NodeJS.Timeout | undefined;

/**
 * How long the shared PGlite waits for the next server before it closes. A PGlite loaded from a copy keeps a
 * timer running, so an instance left open would keep the test process from ever exiting.
 */
const SHARED_IDLE_MS = 1_000;

/** The process's shared in-memory PGlite, emptied; or, while another server holds it, a new one of its own. */
async function leasePglite(): Promise<Lease> {
  if (sharedInUse) {
    const own = await migratedPglite();
    return { db: own, release: () => own.close() };
  }
  sharedInUse = true;
  clearTimeout(idle);
  try {
    shared ??= migratedPglite();
    const db = await shared;
    await emptyTables(db);
    return {
      db,
      release: async () => {
        sharedInUse = false;
        idle = setTimeout(closeShared, SHARED_IDLE_MS);
      },
    };
  } catch (error) {
    sharedInUse = false;
    throw error;
  }
}

async function emptyTables(db: Database): Promise<void> {
  await db.exec(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}

function closeShared(): void {
  const closing = shared;
  shared = null;
  void closing?.then((db) => db.close()).catch(() => undefined);
}

/**
 * A new in-memory PGlite with the migrations applied. Creating one runs initdb (3–5 s); loading a copy of a
 * migrated one takes about 1 s, so the first test process to need one leaves a copy in the temp folder
 * (named after the migrations, so a new migration makes a new copy) for every later one.
 */
async function migratedPglite(): Promise<Database> {
  const migrations = readMigrations();
  const hash = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
  const template = join(tmpdir(), `mentor-match-pglite-${hash}.tar`);
  if (existsSync(template)) {
    try {
      return wrapPglite(await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) }));
    } catch {
      // An unreadable copy (another version of PGlite, a half-written file): make a new one below.
    }
  }
  const pglite = await PGlite.create();
  const db = wrapPglite(pglite);
  await migrate(db, migrations);
  const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
  const partial = `${template}.${process.pid}.tmp`;
  writeFileSync(partial, dump);
  renameSync(partial, template);
  return db;
}

let schemas = 0;

/** A schema of its own on the PostgreSQL server, migrated; dropped on release. */
async function freshSchema(url: string): Promise<Lease> {
  const schema = `mm_test_${process.pid}_${++schemas}_${randomBytes(3).toString('hex')}`;
  const admin = openPostgres(url, { max: 1 });
  try {
    await admin.exec(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.close();
  }
  const db = openPostgres(url, { schema, max: 30 });
  await migrate(db);
  return {
    db,
    async release() {
      try {
        await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await db.close();
      }
    },
  };
}
