// The program, the signed-in member (enrolment, availability), other members and search.
import {
  AvailabilityInput, EnrolmentInput, Id, MemberView, ProgramSettings, SearchPage, Viewer, parseInput,
} from '@mentor-match/core';
import type { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as mentoring from '../services/mentoring.ts';
import { change } from './change.ts';
import type { AppContext, AppEnv } from './context.ts';
import { limitByAddress, requireJsonBody, requireMember } from './middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonBody, jsonContent } from './openapi.ts';
import { searchParameters, searchQueryFrom } from './search-query.ts';

export function accountRoutes(api: Hono<AppEnv>, ctx: AppContext): void {
  const member = requireMember(ctx);

  api.get(
    '/program',
    describeRoute({
      operationId: 'getProgram',
      summary: 'The program settings: taxonomy, terms, limits, match weights. No sign-in needed.',
      responses: answers(200, 'The program', ProgramSettings, [429]),
    }),
    limitByAddress(ctx),
    (c) => c.json(ctx.settings),
  );

  api.get(
    '/me',
    describeRoute({
      operationId: 'getViewer',
      summary: 'The signed-in member: their whole record and the counts the elements show.',
      security: bearerAuth,
      responses: answers(200, 'The viewer', Viewer, MEMBER_ERRORS),
    }),
    member,
    async (c) => c.json(await mentoring.getViewer(ctx.db, c.get('identity').memberId)),
  );

  api.put(
    '/me/enrolment',
    describeRoute({
      operationId: 'enrol',
      summary: 'Enrol as mentor, mentee or both, or edit the enrolment (profile, roles, visibility, code of conduct).',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(EnrolmentInput) },
      responses: answers(200, 'The viewer after the change', Viewer, CHANGE_ERRORS),
    }),
    member,
    requireJsonBody(),
    jsonBody(EnrolmentInput, 'enrolment'),
    (c) => {
      const input = c.req.valid('json');
      return change(ctx, c, 200, input, (work, id) => mentoring.enrol(work, id, input));
    },
  );

  api.put(
    '/me/availability',
    describeRoute({
      operationId: 'setAvailability',
      summary: 'Pause or resume participating, set a return date and (mentors) capacity.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(AvailabilityInput) },
      responses: answers(200, 'The viewer after the change', Viewer, CHANGE_ERRORS),
    }),
    member,
    requireJsonBody(),
    jsonBody(AvailabilityInput, 'availability'),
    (c) => {
      const input = c.req.valid('json');
      return change(ctx, c, 200, input, (work, id) => mentoring.setAvailability(work, id, input));
    },
  );

  api.get(
    '/members/:id',
    describeRoute({
      operationId: 'getMember',
      summary: 'A member as the viewer may see them: hidden fields absent, contact details only for partners.',
      security: bearerAuth,
      responses: answers(200, 'The member', MemberView, [400, 404, ...MEMBER_ERRORS]),
    }),
    member,
    async (c) => {
      const id = parseInput(Id, c.req.param('id'), 'member id');
      return c.json(await mentoring.getMember(ctx.db, c.get('identity').memberId, id));
    },
  );

  api.get(
    '/search',
    describeRoute({
      operationId: 'search',
      summary: 'Members available in the role sought, ranked by match score with the reasons; blank criteria list everyone available.',
      security: bearerAuth,
      parameters: searchParameters(),
      responses: answers(200, 'One page of ranked members', SearchPage, [400, ...MEMBER_ERRORS]),
    }),
    member,
    async (c) => {
      const query = searchQueryFrom(c.req.queries());
      const deps = { db: ctx.db, directory: ctx.directory, settings: ctx.settings, now: ctx.clock.now() };
      return c.json(await mentoring.search(deps, c.get('identity').memberId, query));
    },
  );
}
