// startServer: the whole server in one call — database (PostgreSQL or PGlite), migrations, the demo roster,
// the Hono app on an HTTP listener, the lifecycle jobs and the mail sender — and a `close` that shuts it
// all down gracefully. main.ts calls it from the environment; the demo and the tests call it directly.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import {
  DEFAULT_PROGRAM_SETTINGS, MentoringService, NotificationService, ProgramSettings, StaffService, WorkspaceService, systemClock, type Clock,
  type JobRun, CohortService, CohortStaffService,
} from '@mentor-match/core';
import { DEMO_PROGRAM_SETTINGS, DEMO_ROSTER_SEED, DEMO_ROSTER_SIZE } from '@mentor-match/demo';
import { describeStaff } from './auth/staff.ts';
import {
  DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEFAULT_MAX_TOKEN_SECONDS, createTokenVerifier, mintToken, type AuthConfig,
} from './auth/tokens.ts';
import { watchAvailability } from './db/availability.ts';
import { DatabaseUnavailableError, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { openPglite } from './db/pglite.ts';
import { openPostgres, type PostgresTimeouts } from './db/postgres.ts';
import { seedDemoRoster } from './demo/seed.ts';
import { API_BASE, createApp } from './http/app.ts';
import { answerClientError } from './http/client-error.ts';
import { serveFolder } from './http/static-files.ts';
import type { RateLimitOptions } from './http/rate-limit.ts';
import { pageSecurityHeaders } from './http/security-headers.ts';
import { createLogger, type LogLevel, type Logger } from './log.ts';
import { OutboxSender } from './mail/outbox-sender.ts';
import { emailRenderer } from './mail/render.ts';
import { unsubscribeLinks } from './mail/unsubscribe.ts';
import { logTransport, smtpTransport, type MailTransport } from './mail/transport.ts';
import { Program } from './program.ts';
import { MemberDirectory } from './search/directory.ts';
import { forgetIdempotencyKeys } from './store/idempotency.ts';
import { fillFoldedColumns } from './store/members.ts';
import { initProgram, replaceProgram } from './store/program.ts';
import { SqlStore } from './store/sql-store.ts';

export const DEFAULT_DATA_DIR = '.data/pglite';
/** A demo session lives as long as the server lets a token live (an hour by default); the demo site renews it. */
const demoSessionSeconds = (auth: AuthConfig): number => auth.maxTokenSeconds ?? DEFAULT_MAX_TOKEN_SECONDS;
const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60 * 1000;

export interface ServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1; main.ts listens on HOST or 0.0.0.0. */
  host?: string;
  /** An open database to use (left open by `close`); else one of the next two is opened. */
  database?: Database;
  /** PostgreSQL connection string. */
  databaseUrl?: string;
  /** PostgreSQL's time limits (connection, statement, transaction, idle in transaction); default DEFAULT_POSTGRES_TIMEOUTS. */
  databaseTimeouts?: Partial<PostgresTimeouts>;
  /** PGlite data folder (default `.data/pglite`); `memory://` for an in-memory database. */
  dataDir?: string;
  /**
   * The program's first settings, stored when the database has none (then staff change them: the database's
   * are in force). Default: core's DEFAULT_PROGRAM_SETTINGS; in demo mode the demo's (DEMO_PROGRAM_SETTINGS).
   */
  settings?: ProgramSettings;
  /** The program's clock (expiry, reminders, dates). Default: the system clock. */
  clock?: Clock;
  /** Token keys and claims; in demo mode a random secret is made when none is given. */
  auth?: Partial<AuthConfig>;
  /** Demo mode: seeds the roster into an empty database and serves /demo/session and /demo/members. */
  demo?: boolean | { rosterSize?: number; rosterSeed?: number };
  /** Member-site origins (CORS, cookie changes). */
  allowedOrigins?: string[];
  /** SMTP server; without it (and without `mailTransport`) emails are logged. */
  smtpUrl?: string;
  mailFrom?: string;
  /**
   * The server's address as members' mail clients reach it (`https://mentoring.example.org`), for the signed
   * unsubscribe link in emails; default: the address it listens on.
   */
  publicUrl?: string;
  /** The key that signs unsubscribe links; default AUTH_JWT_SECRET's. Neither: emails carry no unsubscribe link. */
  unsubscribeSecret?: string;
  mailTransport?: MailTransport;
  mail?: { pollMs?: number; retryBaseMs?: number; retryMaxMs?: number; clock?: Clock };
  rateLimit?: RateLimitOptions | null;
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES): addresses and CIDR ranges; default none. */
  trustedProxies?: string[];
  log?: Logger | LogLevel;
  /** How often the expiry and reminder jobs run. Default 60 s; 0 turns the timer off (tests call runJobs). */
  jobsIntervalMs?: number;
  bodyLimit?: number;
  /** Serve this folder for every path outside /api/: text files compressed, every file revalidated (http/static-files.ts). */
  staticRoot?: string;
  /** Or hand those requests to this Node handler (takes precedence over staticRoot). */
  staticHandler?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Mark the session cookie Secure; default: unless the host is a loopback address. */
  secureCookies?: boolean;
  /** Strict-Transport-Security's max-age, sent on every answer, API and pages (the server behind TLS); absent: only over HTTPS. */
  hstsMaxAgeSeconds?: number;
}

export interface RunningServer {
  /** `http://host:port` (localhost when listening on every address), without a trailing slash. */
  url: string;
  port: number;
  db: Database;
  app: ReturnType<typeof createApp>;
  /** The program's settings as this instance last read them from the database. */
  readonly settings: ProgramSettings;
  clock: Clock;
  /** Puts these settings in force as a new version, outside the staff service (not audited): tests, after emptying the database. */
  setSettings(settings: ProgramSettings): Promise<void>;
  /** Forgets what this instance keeps in memory (the search directory): after the database was emptied or restored. */
  forgetCaches(): void;
  /** Runs the expiry and reminder jobs now. */
  runJobs(): Promise<JobRun>;
  /** Sends every email due now; resolves with how many were sent. */
  sendEmails(): Promise<number>;
  /** Stops accepting, finishes requests in flight, stops the jobs and the sender, closes the database it opened. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = typeof options.log === 'object' ? options.log : createLogger(options.log ?? 'info');
  const demo = options.demo ? { rosterSize: DEMO_ROSTER_SIZE, rosterSeed: DEMO_ROSTER_SEED, ...(options.demo === true ? {} : options.demo) } : null;
  const program = new Program(options.settings ?? (demo ? DEMO_PROGRAM_SETTINGS : DEFAULT_PROGRAM_SETTINGS));
  const clock = options.clock ?? systemClock;
  const host = options.host ?? '127.0.0.1';

  // Keys first: a misconfigured server stops before it opens anything.
  const auth: AuthConfig = {
    issuer: DEFAULT_ISSUER,
    audience: DEFAULT_AUDIENCE,
    ...options.auth,
    // A demo without a shared secret signs its own sessions with one that lives as long as the process.
    ...(demo && !options.auth?.jwtSecret ? { jwtSecret: randomBytes(32).toString('base64url') } : {}),
  };
  const verifyToken = await createTokenVerifier(auth);

  const ownsDb = options.database === undefined;
  const db = watchAvailability(
    options.database ??
      (options.databaseUrl
        ? openPostgres(options.databaseUrl, { timeouts: options.databaseTimeouts })
        : await openPglite(pgliteDir(options.dataDir ?? DEFAULT_DATA_DIR))),
    log,
  );
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log.info('migrations applied', { applied });
    const filled = await fillFoldedColumns(db);
    if (filled > 0) log.info('member columns filled in', { members: filled });
    await initSettings(db, program, options.settings, log);
    if (demo) {
      const seeded = await seedDemoRoster(db, { settings: program.settings, clock, size: demo.rosterSize, seed: demo.rosterSeed });
      if (seeded > 0) log.info('demo roster seeded', { members: seeded });
    }
  } catch (error) {
    if (ownsDb) await db.close();
    throw error;
  }

  let publicUrl = options.publicUrl ?? '';
  const secret = options.unsubscribeSecret ?? auth.jwtSecret;
  const unsubscribe = secret ? unsubscribeLinks(secret, () => `${publicUrl.replace(/\/$/, '')}${API_BASE}`) : null;
  const sender = new OutboxSender({
    db,
    log,
    render: emailRenderer(db, program, unsubscribe),
    transport: options.mailTransport ?? (options.smtpUrl ? smtpTransport(options.smtpUrl, options.mailFrom ?? 'mentor-match <no-reply@localhost>') : logTransport(log)),
    ...options.mail,
  });
  const directory = new MemberDirectory(db);
  const store = new SqlStore({
    db,
    program,
    clock,
    directory,
    afterCommit: ({ notifications }) => {
      if (notifications > 0) sender.nudge();
    },
  });
  // One service for the routes and the jobs, so a request's catch-up and the timer's run share one run.
  const service = new MentoringService(store, clock);
  const staff = new StaffService(store, clock);
  const notifications = new NotificationService(store, clock);
  const app = createApp({
    db,
    settings: program,
    services: {
      member: service, staff, cohorts: new CohortService(store, clock), cohortStaff: new CohortStaffService(store, clock),
      workspaces: new WorkspaceService(store, clock), notifications,
    },
    clock,
    log,
    verifyToken,
    demo: demo && auth.jwtSecret ? { mint: (memberId, name, email) => mintToken(auth, { memberId, name, email }, demoSessionSeconds(auth)) } : null,
    allowedOrigins: options.allowedOrigins ?? [],
    rateLimit: options.rateLimit ?? null,
    trustedProxies: options.trustedProxies ?? [],
    bodyLimit: options.bodyLimit,
    secureCookies: options.secureCookies ?? !isLoopback(host),
    hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
    unsubscribe,
  });

  // Jobs: one run at a time per instance (instances share the work through SKIP LOCKED).
  let jobRun: Promise<JobRun> | null = null;
  const runJobs = (): Promise<JobRun> => {
    jobRun ??= (async () => {
      const run = await service.runJobs();
      await forgetIdempotencyKeys(db, new Date(clock.now().getTime() - IDEMPOTENCY_KEEP_MS));
      if (run.expired + run.reminded + run.nudged > 0) log.info('lifecycle jobs', { ...run });
      return run;
    })().finally(() => {
      jobRun = null;
    });
    return jobRun;
  };
  const safeRunJobs = () =>
    void runJobs().catch((error: unknown) => {
      // An outage is logged once, by the database's availability watch; the next run tries again.
      if (!(error instanceof DatabaseUnavailableError)) log.error('lifecycle jobs failed', { error: String(error) });
    });
  const jobsIntervalMs = options.jobsIntervalMs ?? 60_000;
  const jobsTimer = jobsIntervalMs > 0 ? setInterval(safeRunJobs, jobsIntervalMs) : undefined;
  jobsTimer?.unref();

  // HTTP: /api/ to the app, anything else to the site when there is one.
  const apiListener = getRequestListener(app.fetch);
  const siteListener =
    options.staticHandler ??
    (options.staticRoot
      ? serveFolder(options.staticRoot, {
          headers: (req) =>
            pageSecurityHeaders(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, program.settings.photoOrigins, {
              hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
            }),
        })
      : undefined);
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;
  const server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (closing && inFlight === 0) drained?.();
    });
    if (closing) res.setHeader('connection', 'close');
    const onApi = req.url === API_BASE || req.url?.startsWith(`${API_BASE}/`) || req.url?.startsWith('/api/');
    if (!onApi && siteListener) void siteListener(req, res);
    else void apiListener(req, res);
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', answerClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    // The port is taken, say: undo what was started, so the caller may try another.
    clearInterval(jobsTimer);
    await sender.stop();
    if (ownsDb) await db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  // Listening on every address: the URL to print and to call is localhost's.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;

  publicUrl ||= url;
  sender.start();
  if (jobsIntervalMs > 0) safeRunJobs();
  log.info('listening', {
    url, database: db.kind, demo: demo !== null, mail: options.smtpUrl ? 'smtp' : options.mailTransport ? 'custom' : 'log', staff: describeStaff(auth.staff),
  });

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    db,
    app,
    get settings() {
      return program.settings;
    },
    async setSettings(next) {
      program.replace(await db.transaction((tx) => replaceProgram(tx, ProgramSettings.parse(next))));
    },
    forgetCaches: () => directory.reset(),
    clock,
    runJobs,
    sendEmails: () => sender.drain(),
    close() {
      closed ??= (async () => {
        closing = true;
        clearInterval(jobsTimer);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) {
          await Promise.race([
            new Promise<void>((resolve) => (drained = resolve)),
            new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref()),
          ]);
        }
        server.closeAllConnections();
        await stopped;
        await jobRun?.catch(() => undefined);
        await sender.stop();
        if (ownsDb) await db.close();
        log.info('stopped', { url });
      })();
      return closed;
    },
  };
}

/**
 * The settings in force: the database's, or the configured ones stored as the first version. Configured
 * settings that differ from the database's are only the first version's: the log says so, so an operator
 * who edited PROGRAM_SETTINGS_FILE knows why nothing changed.
 */
async function initSettings(db: Database, program: Program, configured: ProgramSettings | undefined, log: Logger): Promise<void> {
  const record = await db.transaction((tx) => initProgram(tx, program.settings));
  // Parsed, both list their fields in the schema's order (the database's JSON has its own).
  const same = (a: ProgramSettings, b: ProgramSettings) => JSON.stringify(ProgramSettings.parse(a)) === JSON.stringify(ProgramSettings.parse(b));
  if (configured && !same(record.settings, program.settings)) {
    log.warn('the program\'s settings are the database\'s; the configured ones only seed an empty database', { version: record.version });
  }
  program.replace(record);
}

/** PGlite's in-memory database is `memory://`; anything else is a folder. */
function pgliteDir(dataDir: string): string | undefined {
  return dataDir === 'memory://' || dataDir === ':memory:' ? undefined : dataDir;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
