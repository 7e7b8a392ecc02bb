// /search: members available in the role sought, ranked by match score with the reasons.
import { SearchPage } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, signedIn } from '../middleware.ts';
import { MEMBER_ERRORS, answers, bearerAuth } from '../openapi.ts';
import { strictQueries } from '../query.ts';
import { searchParameters, searchQueryFrom } from '../search-query.ts';

export function searchRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/',
    describeRoute({
      operationId: 'search',
      summary: 'Members available in the role sought, ranked by match score with the reasons; blank criteria list everyone available.',
      security: bearerAuth,
      parameters: searchParameters(),
      responses: answers(200, 'One page of ranked members', SearchPage, [400, ...MEMBER_ERRORS]),
    }),
    freshness(ctx),
    signedIn(ctx),
    async (c) => c.json(await ctx.service.search(callerOf(c), searchQueryFrom(strictQueries(c.req.url)))),
  );
  return routes;
}
