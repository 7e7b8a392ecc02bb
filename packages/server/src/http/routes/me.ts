// /me: the signed-in member, their enrolment, their availability, the code of conduct they accept, and the
// concerns they raise with the program office.
import { AvailabilityInput, CodeOfConductAcceptance, Concern, ConcernInput, ConcernList, EnrolmentInput, Viewer } from '@mentor-match/core';
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

  routes.put(
    '/code-of-conduct',
    describeRoute({
      operationId: 'acceptCodeOfConduct',
      summary: 'Accept the code of conduct\'s current version (a new version is accepted before the member\'s next request).',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(CodeOfConductAcceptance) },
      responses: answers(200, 'The viewer after the change', Viewer, CHANGE_ERRORS),
    }),
    member,
    jsonBody(CodeOfConductAcceptance, 'code of conduct acceptance'),
    (c) => {
      const input = c.get('body');
      return change(c, 200, input, (caller) => ctx.service.acceptCodeOfConduct(caller, input));
    },
  );

  routes.post(
    '/concerns',
    describeRoute({
      operationId: 'raiseConcern',
      summary: 'Report a problem with one of the viewer\'s mentorships or requests to the program office (only staff see it).',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(ConcernInput) },
      responses: answers(201, 'The concern, new', Concern, [...CHANGE_ERRORS, 404]),
    }),
    member,
    jsonBody(ConcernInput, 'concern'),
    (c) => {
      const input = c.get('body');
      return change(c, 201, input, (caller) => ctx.service.raiseConcern(caller, input));
    },
  );

  routes.get(
    '/concerns',
    describeRoute({
      operationId: 'listConcerns',
      summary: 'The concerns the viewer raised, newest first, with their status and the program office\'s replies.',
      security: bearerAuth,
      responses: answers(200, 'The viewer\'s concerns', ConcernList, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json({ items: await ctx.service.listConcerns(callerOf(c)) }),
  );

  return routes;
}
