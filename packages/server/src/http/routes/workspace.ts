// /mentorships/{id}/workspace and /mentorships/{id}/follow-up: a mentorship's workspace (core's workspace
// service), for its two partners alone: 404 for anyone else (as for the mentorship), 403 `partners-only` for
// staff, who may know it exists. The next meeting is also served as an iCalendar file.
import {
  FollowUpSent, ICS_MEDIA_TYPE, Workspace, WorkspaceChange,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf, change } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, jsonBody, signedIn } from '../middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonContent, problems } from '../openapi.ts';

export function workspaceRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const member = signedIn(ctx);

  routes.get(
    '/:id/workspace',
    describeRoute({
      operationId: 'getWorkspace',
      summary: 'The workspace of one of the viewer\'s accepted mentorships: goals, meetings, cadence, next meeting (read only once ended).',
      security: bearerAuth,
      responses: answers(200, 'The workspace', Workspace, [...MEMBER_ERRORS, 400, 403, 404]),
    }),
    freshness(ctx),
    member,
    async (c) => c.json(await ctx.workspaces.getWorkspace(callerOf(c), c.req.param('id'))),
  );

  routes.post(
    '/:id/workspace',
    describeRoute({
      operationId: 'changeWorkspace',
      summary: 'One change by a partner: add a goal or milestone, set a status, log a meeting, set the cadence or the next meeting.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(WorkspaceChange) },
      responses: answers(200, 'The workspace after the change', Workspace, [...CHANGE_ERRORS, 404]),
    }),
    member,
    jsonBody(WorkspaceChange, 'workspace change'),
    (c) => {
      const input = c.get('body');
      const id = c.req.param('id');
      return change(c, 200, input, (caller) => ctx.workspaces.changeWorkspace(caller, id, input));
    },
  );

  routes.get(
    '/:id/workspace/next-meeting.ics',
    describeRoute({
      operationId: 'getNextMeetingCalendar',
      summary: 'The next meeting as an iCalendar file (RFC 5545, times in UTC), for either partner\'s calendar.',
      security: bearerAuth,
      responses: {
        200: { description: 'The calendar file', content: { 'text/calendar': { schema: { type: 'string' as const } } } },
        ...problems([...MEMBER_ERRORS, 400, 403, 404]),
      },
    }),
    member,
    async (c) => {
      const ics = await ctx.workspaces.nextMeetingIcs(callerOf(c), c.req.param('id'));
      return new Response(ics, {
        headers: {
          'content-type': ICS_MEDIA_TYPE,
          'content-disposition': 'attachment; filename="next-meeting.ics"',
          'cache-control': 'private, no-store',
        },
      });
    },
  );

  routes.post(
    '/:id/follow-up',
    describeRoute({
      operationId: 'followUpRequest',
      summary: 'The requester of a request unanswered for the program\'s days sends the recipient one follow-up.',
      security: bearerAuth,
      responses: answers(200, 'The follow-up went', FollowUpSent, [...CHANGE_ERRORS, 404]),
    }),
    member,
    (c) => {
      const id = c.req.param('id');
      return change(c, 200, null, (caller) => ctx.workspaces.followUp(caller, id));
    },
  );

  return routes;
}
