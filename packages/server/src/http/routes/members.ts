// /members: another member (or the viewer) as the viewer may see them.
import { MemberView } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, signedIn } from '../middleware.ts';
import { MEMBER_ERRORS, answers, bearerAuth } from '../openapi.ts';

export function memberRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/:id',
    describeRoute({
      operationId: 'getMember',
      summary: 'A member as the viewer may see them: hidden fields absent, contact details only for partners.',
      security: bearerAuth,
      responses: answers(200, 'The member', MemberView, [400, 404, ...MEMBER_ERRORS]),
    }),
    freshness(ctx),
    signedIn(ctx),
    async (c) => c.json(await ctx.service.getMember(callerOf(c), c.req.param('id'))),
  );
  return routes;
}
