// createApp: the Hono application of the REST contract (/api/v1/…), over a migrated database. It holds no
// timers; startServer adds the HTTP listener, the jobs and the mail sender around it.
import { CHANGES_MADE_HEADER, CHANGES_SEQ_HEADER, DEFAULT_PROGRAM_SETTINGS, MentoringError, systemClock, type Clock, type ProgramSettings } from '@mentor-match/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { TokenVerifier } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import { runLifecycleJobs } from '../jobs/lifecycle-jobs.ts';
import { silentLogger, type Logger } from '../log.ts';
import { MemberDirectory } from '../search/directory.ts';
import { commitChange, workDeps, type WorkDeps } from '../services/unit-of-work.ts';
import { provisionMember } from '../services/mentoring.ts';
import { findMember } from '../store/members.ts';
import { headSeq } from '../store/changes.ts';
import { anyOverdue } from '../store/mentorships.ts';
import { Program } from '../program.ts';
import type { AppContext, AppEnv, DemoMode } from './context.ts';
import { requestLog } from './middleware.ts';
import { problemResponse, toMentoringError, tooLarge } from './problem.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { accountRoutes } from './routes-account.ts';
import { mentorshipRoutes } from './routes-mentorships.ts';
import { systemRoutes } from './routes-system.ts';

export const API_BASE = '/api/v1';
export const DEFAULT_BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  /** A migrated database (see `migrate`). */
  db: Database;
  /** Default: DEFAULT_PROGRAM_SETTINGS. A `Program` may be replaced while the app runs. */
  settings?: ProgramSettings | Program;
  /** The program's clock: request dates, expiry, reminders. Default: the system clock. */
  clock?: Clock;
  log?: Logger;
  verifyToken: TokenVerifier;
  /** Demo mode: /demo/session and /demo/members exist only with it. */
  demo?: DemoMode | null;
  /** Member-site origins allowed by CORS and for cookie-authenticated changes. */
  allowedOrigins?: readonly string[];
  /** Null or absent: no rate limit. */
  rateLimit?: RateLimitOptions | null;
  /** Bytes; larger bodies are refused with 413. Default 64 KiB. */
  bodyLimit?: number;
  /** Mark the session cookie Secure. Default true. */
  secureCookies?: boolean;
  /** Called after each commit that wrote emails or changes (startServer wakes the mail sender with it). */
  afterCommit?: WorkDeps['afterCommit'];
  /** The search directory to use (startServer keeps it, to reset it); default: a new one. */
  directory?: MemberDirectory;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const ctx = appContext(options);
  const app = new Hono<AppEnv>();
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;

  app.use('*', requestLog(ctx.log));
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    `${API_BASE}/*`,
    cors({
      origin: (origin) => (ctx.allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'PUT', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'],
      exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id', CHANGES_SEQ_HEADER, CHANGES_MADE_HEADER],
      maxAge: 600,
    }),
  );
  app.use(
    `${API_BASE}/*`,
    bodyLimit({
      maxSize,
      onError: () => {
        throw tooLarge(maxSize);
      },
    }),
  );

  // Member reads say how fresh they are (see CHANGES_SEQ_HEADER): the head is read before the route's
  // queries, so the answer holds at least every change up to it.
  for (const path of ['/me', '/program', '/members/*', '/search', '/mentorships']) {
    app.get(`${API_BASE}${path}`, async (c, next) => {
      const head = await headSeq(ctx.db);
      await next();
      if (c.res.ok) c.header(CHANGES_SEQ_HEADER, String(head));
    });
  }

  const api = new Hono<AppEnv>();
  accountRoutes(api, ctx);
  mentorshipRoutes(api, ctx);
  systemRoutes(api, ctx);
  app.route(API_BASE, api);

  app.notFound((c) =>
    problemResponse(new MentoringError('not-found', `No route ${c.req.method} ${c.req.path}.`, { details: { path: c.req.path } })),
  );
  app.onError((error, c) => {
    const { error: problem, internal } = toMentoringError(error);
    if (internal) {
      ctx.log.error('unhandled error', {
        requestId: c.get('requestId'),
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
    return problemResponse(problem);
  });
  return app;
}

function appContext(options: AppOptions): AppContext {
  const program = options.settings instanceof Program ? options.settings : new Program(options.settings ?? DEFAULT_PROGRAM_SETTINGS);
  const clock = options.clock ?? systemClock;
  const deps = workDeps(options.db, clock, program, options.afterCommit);
  let catchingUp: Promise<void> | null = null;
  return {
    db: options.db,
    get settings() {
      return program.settings;
    },
    clock,
    log: options.log ?? silentLogger,
    deps,
    directory: options.directory ?? new MemberDirectory(options.db),
    verifyToken: options.verifyToken,
    demo: options.demo ?? null,
    allowedOrigins: options.allowedOrigins ?? [],
    limiter: options.rateLimit ? new RateLimiter(options.rateLimit) : null,
    secureCookies: options.secureCookies ?? true,
    async ensureMember(identity) {
      // One primary-key lookup per call; a write only the first time a member is seen.
      if (await findMember(options.db, identity.memberId)) return;
      await commitChange(deps, async (work) => ({
        status: 200,
        body: await provisionMember(work, identity.memberId, { name: identity.name, email: identity.email }),
      }));
    },
    catchUp() {
      // One probe and at most one job run at a time per instance; callers during a run wait for it.
      catchingUp ??= (async () => {
        if (await anyOverdue(options.db, clock.now())) await runLifecycleJobs(deps);
      })().finally(() => {
        catchingUp = null;
      });
      return catchingUp;
    },
  };
}
