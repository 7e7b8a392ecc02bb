// The middleware every API request passes: request id and log line, authentication, the origin check for
// cookie sessions, rate limits.
import { performance } from 'node:perf_hooks';
import { MentoringError } from '@mentor-match/core';
import { getCookie } from 'hono/cookie';
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
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
    (status >= 500 ? log.error : log.info)('request', {
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
 * The signed-in member, from a Bearer token or the session cookie; 401 without a valid one. Then: a member
 * seen for the first time is provisioned; a cookie-authenticated change must come from an allowed origin
 * (a cookie is sent whoever made the page, a Bearer token only by script that holds it); the member's rate
 * limit; overdue requests expired so nothing stale is read or acted on.
 */
export function requireMember(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = bearer(c.req.header('authorization'));
    const cookie = header === undefined ? getCookie(c, SESSION_COOKIE) : undefined;
    const token = header ?? cookie;
    if (!token) throw new MentoringError('unauthenticated', 'Sign in: send a Bearer token or the session cookie.');
    const identity = await ctx.verifyToken(token);
    c.set('identity', identity);
    c.set('authVia', header ? 'bearer' : 'cookie');
    if (!header && STATE_CHANGING.has(c.req.method)) checkOrigin(c, ctx.allowedOrigins);
    rateLimit(ctx, `member:${identity.memberId}`);
    await ctx.ensureMember(identity);
    await ctx.catchUp();
    await next();
  };
}

/** Public routes are limited per address instead. */
export function limitByAddress(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    rateLimit(ctx, `address:${remoteAddress(c)}`);
    await next();
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

function remoteAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * A body must be JSON: a body sent as anything else would otherwise be skipped by the validator and read
 * as `{}`. No body at all is left to the schema; with `optional` (the lifecycle actions, whose body may be
 * `{}`) an empty body is `{}` even when it is labelled JSON.
 */
export function requireJsonBody(options: { optional?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const length = c.req.header('content-length');
    const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (hasBody && !/^application\/([\w.-]+\+)?json$/.test(type)) {
      throw new MentoringError('validation', 'Send the request body as JSON, with Content-Type: application/json.', {
        field: 'Content-Type',
        details: { contentType: type || null },
      });
    }
    // Hono's JSON reader parses the cached text (a promise at run time, whatever its type says), so an empty
    // body reads as the empty object.
    if (!hasBody && options.optional) (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve('{}');
    await next();
  };
}
