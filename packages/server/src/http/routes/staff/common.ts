// What the program office's routes share: staff only (a member who is not staff is refused before anything
// is read, body included), a read whose query string is a core schema's input, an action whose body is one,
// and the errors they document.
import { staffOnly, type Awaitable, type Caller } from '@mentor-match/core';
import type { Hono, MiddlewareHandler } from 'hono';
import { describeRoute } from 'hono-openapi';
import type * as z from 'zod/mini';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { callerOf, change } from '../../change.ts';
import type { AppContext, AppEnv } from '../../context.ts';
import { freshness, jsonBody } from '../../middleware.ts';
import { CHANGE_ERRORS, answers, bearerAuth, jsonContent } from '../../openapi.ts';
import { queryInput, queryParameters, strictQueries } from '../../query.ts';

/** A read's errors: a bad query, no token, not staff, too many requests. */
export const READ_ERRORS = [400, 401, 403, 429];
/** A staff action's errors, and its subject unknown. */
export const ACTION_ERRORS = [...CHANGE_ERRORS, 404];

/** 403 `forbidden` (`staff-only`) for a signed-in member who is not staff, as the staff service refuses them. */
export function requireStaff(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('identity').staff !== true) throw staffOnly();
    await next();
  };
}

interface ReadSpec<Q> {
  operationId: string;
  summary: string;
  /** The query string's schema (the staff service parses with it: it names a field that is wrong). */
  query: z.ZodMiniType<Q>;
  answer: z.ZodMiniType;
  run(caller: Caller, query: Q): Awaitable<unknown>;
}

/** A GET whose query string is `query`'s input, answered with `answer` (and the change feed's head, like every read). */
export function readRoute<Q>(routes: Hono<AppEnv>, ctx: AppContext, path: string, spec: ReadSpec<Q>): void {
  routes.get(
    path,
    describeRoute({
      operationId: spec.operationId,
      summary: spec.summary,
      security: bearerAuth,
      parameters: queryParameters(spec.query),
      responses: answers(200, spec.summary, spec.answer, READ_ERRORS),
    }),
    freshness(ctx),
    async (c) => c.json(await spec.run(callerOf(c), queryInput(spec.query, strictQueries(c.req.url)) as Q) as object),
  );
}

interface ActionSpec<I> {
  method: 'post' | 'put' | 'patch';
  operationId: string;
  summary: string;
  /** The body's schema, and what the body is called in a refusal. */
  input: z.ZodMiniType<I>;
  what: string;
  status: ContentfulStatusCode;
  answer: z.ZodMiniType;
  /** Default ACTION_ERRORS. */
  errors?: number[];
  /** `id`: the path's `:id`, if it has one. */
  run(caller: Caller, input: I, id: string): Awaitable<unknown>;
}

/** A staff action: a JSON body `input` checked before anything is run, answered under the Idempotency-Key contract. */
export function actionRoute<I>(routes: Hono<AppEnv>, path: string, spec: ActionSpec<I>): void {
  routes[spec.method](
    path,
    describeRoute({
      operationId: spec.operationId,
      summary: spec.summary,
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(spec.input) },
      responses: answers(spec.status, spec.summary, spec.answer, spec.errors ?? ACTION_ERRORS),
    }),
    jsonBody(spec.input, spec.what),
    (c) => {
      const input = c.get('body');
      const id = c.req.param('id') ?? '';
      return change(c, spec.status, input, (caller) => spec.run(caller, input, id));
    },
  );
}
