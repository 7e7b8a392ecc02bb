// /me: the signed-in member, their enrolment and their availability.
import { AvailabilityInput, EnrolmentInput, Viewer } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf, change } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, jsonBody, signedIn } from '../middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonContent } from '../openapi.ts';

export function meRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const member = signedIn(ctx);

  routes.get(
    '/',
    describeRoute({
      operationId: 'getViewer',
      summary: 'The signed-in member: their whole record and the counts the elements show.',
      security: bearerAuth,
      responses: answers(200, 'The viewer', Viewer, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json(await ctx.service.getViewer(callerOf(c))),
  );

  routes.put(
    '/enrolment',
    describeRoute({
      operationId: 'enrol',
      summary: 'Enrol as mentor, mentee or both, or edit the enrolment (profile, roles, visibility, code of conduct).',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(EnrolmentInput) },
      responses: answers(200, 'The viewer after the change', Viewer, CHANGE_ERRORS),
    }),
    member,
    jsonBody(EnrolmentInput, 'enrolment'),
    (c) => {
      const input = c.get('body');
      return change(c, 200, input, (caller) => ctx.service.enrol(caller, input));
    },
  );

  routes.put(
    '/availability',
    describeRoute({
      operationId: 'setAvailability',
      summary: 'Pause or resume participating, set a return date and (mentors) capacity.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(AvailabilityInput) },
      responses: answers(200, 'The viewer after the change', Viewer, CHANGE_ERRORS),
    }),
    member,
    jsonBody(AvailabilityInput, 'availability'),
    (c) => {
      const input = c.get('body');
      return change(c, 200, input, (caller) => ctx.service.setAvailability(caller, input));
    },
  );

  return routes;
}
