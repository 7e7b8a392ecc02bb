// /staff/concerns: the queue of concerns members raised, and moving one on (status, reply, note).
import { ConcernListQuery, ConcernUpdate, StaffConcern, StaffConcernPage } from '@mentor-match/core';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { actionRoute, readRoute } from './common.ts';

export function staffConcernRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListConcerns',
    summary: 'The concerns members raised, newest first, by status or member, with their history and staff\'s notes.',
    query: ConcernListQuery,
    answer: StaffConcernPage,
    run: (caller, query) => ctx.staff.listConcerns(caller, query),
  });

  actionRoute(routes, '/:id', {
    method: 'patch',
    operationId: 'staffUpdateConcern',
    summary: 'Move a concern on: a new status, a reply the member is told of and reads, a note only staff read.',
    input: ConcernUpdate,
    what: 'concern update',
    status: 200,
    answer: StaffConcern,
    run: (caller, input, id) => ctx.staff.updateConcern(caller, id, input),
  });
  return routes;
}
