// /staff/dashboard: the program's figures for a range of days.
import { Dashboard, DashboardQuery } from '@mentor-match/core';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { readRoute } from './common.ts';

export function dashboardRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffDashboard',
    summary: 'The figures for the days from..to (UTC, inclusive): members by standing, requests by outcome, mentorships, answers, places, topics, the monthly trend.',
    query: DashboardQuery,
    answer: Dashboard,
    run: (caller, query) => ctx.staff.getDashboard(caller, query),
  });
  return routes;
}
