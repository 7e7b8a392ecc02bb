// /staff/settings: the program's settings with their version, and a change to them (audited; every page
// hears a `program` change, every instance reads the new version on its next call).
import { ProgramRecord, SettingsUpdate } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf } from '../../change.ts';
import type { AppContext, AppEnv } from '../../context.ts';
import { freshness } from '../../middleware.ts';
import { CHANGE_ERRORS, answers, bearerAuth } from '../../openapi.ts';
import { READ_ERRORS, actionRoute } from './common.ts';

export function staffSettingsRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get(
    '/',
    describeRoute({
      operationId: 'staffGetSettings',
      summary: 'The program\'s settings, their version and who changed them last.',
      security: bearerAuth,
      responses: answers(200, 'The settings', ProgramRecord, READ_ERRORS),
    }),
    freshness(ctx),
    async (c) => c.json(await ctx.staff.getSettings(callerOf(c))),
  );

  actionRoute(routes, '/', {
    method: 'put',
    operationId: 'staffUpdateSettings',
    summary: 'Replace the settings (checked by the schema and the settings rules) edited from `version`, with the reason; 409 stale when someone changed them first.',
    input: SettingsUpdate,
    what: 'settings',
    status: 200,
    answer: ProgramRecord,
    errors: CHANGE_ERRORS,
    run: (caller, input) => ctx.staff.updateSettings(caller, input),
  });
  return routes;
}
