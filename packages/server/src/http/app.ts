// createApp: the Hono application of the REST contract (/api/v1/…), over a migrated database: one sub-app
// per resource, each route calling the mentoring service (core) over the SQL store. It holds no timers;
// startServer adds the HTTP listener, the jobs and the mail sender around it.
import {
  CHANGES_MADE_HEADER, CHANGES_SEQ_HEADER, DEFAULT_PROGRAM_SETTINGS, MentoringError, MentoringService, NotificationService, StaffService,
  WorkspaceService, systemClock, type Clock, type ProgramSettings, CohortService, CohortStaffService,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { openAPIRouteHandler } from 'hono-openapi';
import type { TokenVerifier } from '../auth/tokens.ts';
import { DatabaseUnavailableError, type Database } from '../db/database.ts';
import { silentLogger, type Logger } from '../log.ts';
import { Program } from '../program.ts';
import { MemberDirectory } from '../search/directory.ts';
import { SqlStore, type SqlStoreOptions } from '../store/sql-store.ts';
import { compressJson } from './compress.ts';
import { SESSION_COOKIE, type AppContext, type AppEnv, type DemoMode } from './context.ts';
import { TrustedProxies } from './client-address.ts';
import { limitAddress, limitByAddress, requestLog } from './middleware.ts';
import { problemResponse, toMentoringError, tooLarge } from './problem.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { apiSecurityHeaders } from './security-headers.ts';
import { databaseUnavailable } from './unavailable.ts';
import { changeRoutes } from './routes/changes.ts';
import { demoRoutes } from './routes/demo.ts';
import { healthRoutes } from './routes/health.ts';
import { meRoutes } from './routes/me.ts';
import { memberRoutes } from './routes/members.ts';
import { mentorshipRoutes } from './routes/mentorships.ts';
import { workspaceRoutes } from './routes/workspace.ts';
import { programRoutes } from './routes/program.ts';
import { searchRoutes } from './routes/search.ts';
import { staffRoutes } from './routes/staff/index.ts';
import { cohortMemberRoutes } from './routes/cohorts.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';
import type { UnsubscribeLinks } from '../mail/unsubscribe.ts';

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
  /** Proxies whose X-Forwarded-For names the client (addresses, CIDR ranges); default none. */
  trustedProxies?: readonly string[];
  /** Bytes; larger bodies are refused with 413. Default 64 KiB. */
  bodyLimit?: number;
  /** Mark the session cookie Secure. Default true. */
  secureCookies?: boolean;
  /** Strict-Transport-Security's max-age on every answer (TLS ends before the server); absent: only over HTTPS. */
  hstsMaxAgeSeconds?: number;
  /** Called after each commit that wrote notifications or changes (startServer wakes the mail sender with it). */
  afterCommit?: SqlStoreOptions['afterCommit'];
  /** The search directory to use; default: a new one. */
  directory?: MemberDirectory;
  /** The services to run (startServer shares the member's with the jobs); default: both over a new SQL store. */
  services?: {
    member: MentoringService; staff: StaffService; cohorts?: CohortService; cohortStaff?: CohortStaffService; workspaces?: WorkspaceService;
    notifications?: NotificationService;
  };
  /** Signs and checks the unsubscribe links in emails; absent: /unsubscribe answers every token as not valid. */
  unsubscribe?: UnsubscribeLinks | null;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const ctx = appContext(options);
  const app = new Hono<AppEnv>();
  const maxSize = options.bodyLimit ?? DEFAULT_BODY_LIMIT;

  app.use('*', requestLog(ctx.log));
  // Outside everything else, so it compresses the final answer (headers set, errors turned into problems).
  app.use('*', compressJson());
  app.use(`${API_BASE}/*`, apiSecurityHeaders({ hstsMaxAgeSeconds: options.hstsMaxAgeSeconds }));
  app.use(
    `${API_BASE}/*`,
    cors({
      origin: (origin) => (ctx.allowedOrigins.includes(origin) ? origin : null),
      credentials: true,
      allowMethods: ['GET', 'PUT', 'POST', 'PATCH', 'OPTIONS'],
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

  const api = new Hono<AppEnv>()
    .route('/program', programRoutes(ctx))
    .route('/me', meRoutes(ctx))
    .route('/me/notifications', notificationRoutes(ctx))
    .route('/unsubscribe', unsubscribeRoutes(ctx))
    .route('/members', memberRoutes(ctx))
    .route('/search', searchRoutes(ctx))
    .route('/mentorships', mentorshipRoutes(ctx))
    .route('/mentorships', workspaceRoutes(ctx))
    .route('/changes', changeRoutes(ctx))
    .route('/staff', staffRoutes(ctx))
    .route('/', cohortMemberRoutes(ctx))
    .route('/health', healthRoutes(ctx));
  if (ctx.demo) api.route('/demo', demoRoutes(ctx, ctx.demo));
  api.get('/openapi.json', limitByAddress(ctx), openAPIRouteHandler(api, { documentation: DOCUMENTATION, defaultValidationErrorResponse: false }));
  app.route(API_BASE, api);

  app.notFound((c) => {
    // No route, no token checked: limited by address like every call without a valid token.
    limitAddress(ctx, c);
    return problemResponse(new MentoringError('not-found', `No route ${c.req.method} ${c.req.path}.`, { details: { path: c.req.path } }));
  });
  app.onError((error, c) => {
    if (error instanceof DatabaseUnavailableError) return problemResponse(databaseUnavailable());
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

const DOCUMENTATION = {
  openapi: '3.1.0',
  info: {
    title: 'mentor-match API',
    version: '1.0.0',
    description:
      'The REST contract between the mentor-match elements (through @mentor-match/rest-adapter) and the server. ' +
      'Bodies are the core schemas; errors are application/problem+json with the core error code.',
  },
  servers: [{ url: '/api/v1' }],
  components: {
    securitySchemes: {
      bearer: { type: 'http' as const, scheme: 'bearer', bearerFormat: 'JWT' },
      cookie: { type: 'apiKey' as const, in: 'cookie' as const, name: SESSION_COOKIE },
    },
  },
};

function appContext(options: AppOptions): AppContext {
  const program = options.settings instanceof Program ? options.settings : new Program(options.settings ?? DEFAULT_PROGRAM_SETTINGS);
  const clock = options.clock ?? systemClock;
  const store = () =>
    new SqlStore({ db: options.db, program, clock, directory: options.directory ?? new MemberDirectory(options.db), afterCommit: options.afterCommit });
  const services: NonNullable<AppOptions['services']> = options.services ??
    ((sql) => ({ member: new MentoringService(sql, clock), staff: new StaffService(sql, clock), workspaces: new WorkspaceService(sql, clock) }))(store());
  return {
    db: options.db,
    log: options.log ?? silentLogger,
    service: services.member,
    staff: services.staff,
    cohorts: services.cohorts ?? new CohortService(store(), clock),
    cohortStaff: services.cohortStaff ?? new CohortStaffService(store(), clock),
    workspaces: services.workspaces ?? new WorkspaceService(store(), clock),
    notifications: services.notifications ?? new NotificationService(store(), clock),
    unsubscribe: options.unsubscribe ?? null,
    clock,
    verifyToken: options.verifyToken,
    demo: options.demo ?? null,
    allowedOrigins: options.allowedOrigins ?? [],
    limiter: options.rateLimit ? new RateLimiter(options.rateLimit) : null,
    trustedProxies: new TrustedProxies(options.trustedProxies ?? []),
    secureCookies: options.secureCookies ?? true,
  };
}
