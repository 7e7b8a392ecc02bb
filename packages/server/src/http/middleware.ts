// The middleware API requests pass: request id and log line, authentication, the origin check for cookie
// sessions, rate limits, the freshness of reads, and JSON bodies checked with the core schemas.
import { performance } from 'node:perf_hooks';
import { CHANGES_SEQ_HEADER, MentoringError, parseInput } from '@mentor-match/core';
import type { Context, MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { getCookie } from 'hono/cookie';
import type * as z from 'zod/mini';
import type { Logger } from '../log.ts';
import { headSeq } from '../store/changes.ts';
import { SESSION_COOKIE, newRequestId, type AppContext, type AppEnv } from './context.ts';
import { HttpProblem } from './problem.ts';

/** A request id (the caller's `X-Request-Id` if it is sane) and one JSON log line per request. */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header('x-request-id');
    const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : newRequestId();
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
    const status = c.res.status;
    // A 503 is an outage the database's watch has logged once already (db/availability.ts).
    (status >= 500 && status !== 503 ? log.error : status === 503 ? log.warn : log.info)('request', {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      memberId: c.get('identity')?.memberId ?? null,
      requestId,
    });
  };
}

const bearer = (header: string | undefined): string | undefined => {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new MentoringError('unauthenticated', 'The Authorization header must be "Bearer <token>".');
  return match[1];
};

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The signed-in member, from a Bearer token or the session cookie; 401 without a valid one. Only that: a
 * member seen for the first time is stored, and overdue requests are expired, by the mentoring service at
 * the start of each operation (core's service/mentoring-service.ts), where MemoryAdapter gets the same.
 */
export function requireMember(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      const header = bearer(c.req.header('authorization'));
      const cookie = header === undefined ? getCookie(c, SESSION_COOKIE) : undefined;
      const token = header ?? cookie;
      if (!token) throw new MentoringError('unauthenticated', 'Sign in: send a Bearer token or the session cookie.');
      c.set('identity', await ctx.verifyToken(token));
      c.set('authVia', header ? 'bearer' : 'cookie');
    } catch (error) {
      // A call without a valid token is limited by its address: refused ones too, or guessing would be free.
      limitAddress(ctx, c);
      throw error;
    }
    await next();
  };
}

/**
 * A change made with the session cookie must come from an allowed origin: a cookie is sent whoever made
 * the page, a Bearer token only by script that holds it.
 */
export function sameSiteChanges(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('authVia') === 'cookie' && STATE_CHANGING.has(c.req.method)) checkOrigin(c, ctx.allowedOrigins);
    await next();
  };
}

/** Signed-in routes are limited per member. */
export function limitByMember(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    rateLimit(ctx, `member:${c.get('identity').memberId}`);
    await next();
  };
}

/** What every signed-in route passes: authentication, the cookie's origin check, the member's rate limit. */
export const signedIn = (ctx: AppContext): MiddlewareHandler<AppEnv> =>
  every(requireMember(ctx), sameSiteChanges(ctx), limitByMember(ctx));

/** Public routes are limited per client address instead (client-address.ts). */
export function limitByAddress(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    limitAddress(ctx, c);
    await next();
  };
}

/** Takes one call from the client address's bucket: 429 when it is empty. */
export function limitAddress(ctx: AppContext, c: Context<AppEnv>): void {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? 'unknown';
  rateLimit(ctx, `address:${ctx.trustedProxies.clientAddress(peer, c.req.header('x-forwarded-for'))}`);
}

/**
 * A member read says how fresh it is (see CHANGES_SEQ_HEADER): the head is read before the route's
 * queries, so the answer holds at least every change up to it.
 */
export function freshness(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const head = await headSeq(ctx.db);
    await next();
    if (c.res.ok) c.header(CHANGES_SEQ_HEADER, String(head));
  };
}

function rateLimit(ctx: AppContext, key: string): void {
  const wait = ctx.limiter?.take(key) ?? 0;
  if (wait > 0) {
    throw new HttpProblem(
      429,
      new MentoringError('network', `Too many requests; try again in ${wait} s.`, { details: { retryAfterSeconds: wait } }),
      { 'retry-after': String(wait) },
    );
  }
}

function checkOrigin(c: Context<AppEnv>, allowed: readonly string[]): void {
  const origin = c.req.header('origin');
  const own = new URL(c.req.url).origin;
  if (origin === undefined || (origin !== own && !allowed.includes(origin))) {
    throw new MentoringError('forbidden', 'A change made with the session cookie must come from the member site.', {
      details: { origin: origin ?? null },
    });
  }
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;

/**
 * The request body, parsed with a core schema, for the handler as `c.get('body')`: it must be JSON (a
 * body sent as anything else is refused, naming Content-Type, never read as `{}`), and a failure names the
 * field, exactly as MemoryAdapter reports it. With `optional` (the lifecycle actions, whose body may be
 * `{}`) no body at all is `{}`, even when it is labelled JSON.
 */
export function jsonBody<T>(schema: z.ZodMiniType<T>, what: string, options: { optional?: boolean } = {}): MiddlewareHandler<{ Variables: { body: T } }> {
  return async (c, next) => {
    const text = await c.req.text();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (text !== '' && !JSON_TYPE.test(type)) {
      throw new MentoringError('validation', 'Send the request body as JSON, with Content-Type: application/json.', {
        field: 'Content-Type',
        details: { contentType: type || null },
      });
    }
    if (text.trim() === '' && !options.optional) {
      throw new MentoringError('validation', 'The request needs a JSON body.', { field: 'body' });
    }
    c.set('body', parseInput(schema, text.trim() === '' ? {} : parseJson(text), what));
    await next();
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MentoringError('validation', 'Malformed JSON in request body.', { field: 'body', cause: error });
  }
}
