// /staff/workspaces: which active pairs have met (meetings logged, the last one's day), never what their
// workspace holds; `withoutMeeting=true` lists the pairs with none logged.
import { WorkspaceSummaryList, WorkspaceSummaryQuery } from '@mentor-match/core';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { readRoute } from './common.ts';

export function staffWorkspaceRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListWorkspaces',
    summary: 'Every active pair and whether it has met (counts only), the longest running first',
    query: WorkspaceSummaryQuery,
    answer: WorkspaceSummaryList,
    run: async (caller, query) => ({ items: await ctx.workspaces.workspaceSummaries(caller, query) }),
  });
  return routes;
}
