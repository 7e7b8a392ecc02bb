// /program: the program settings, for anyone.
import { ProgramSettings } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, limitByAddress } from '../middleware.ts';
import { answers } from '../openapi.ts';

export function programRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/',
    describeRoute({
      operationId: 'getProgram',
      summary: 'The program settings: taxonomy, terms, limits, match weights. No sign-in needed.',
      responses: answers(200, 'The program', ProgramSettings, [429]),
    }),
    freshness(ctx),
    limitByAddress(ctx),
    async (c) => c.json(await ctx.service.getProgram()),
  );
  return routes;
}
