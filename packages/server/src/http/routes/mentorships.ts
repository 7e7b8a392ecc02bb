// /mentorships: requests and the relationships they become: create, the lifecycle's actions, feedback,
// the viewer's list.
import {
  FeedbackInput, MENTORSHIP_ACTIONS, Mentorship, MentorshipActionInput, MentorshipList, MentorshipRequestInput,
  type MentorshipAction,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf, change } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, jsonBody, signedIn } from '../middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonContent } from '../openapi.ts';

const ACTION_SUMMARIES: Record<MentorshipAction, string> = {
  accept: 'The recipient accepts: the mentorship becomes active (limits are checked again, under lock).',
  decline: 'The recipient declines, with an optional reason.',
  save: 'The recipient saves the request for later (it stays open and still expires).',
  withdraw: 'The requester withdraws an open request.',
  complete: 'Either partner marks the active mentorship completed.',
  end: 'Either partner ends the active mentorship early; a reason is required.',
};

export function mentorshipRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const member = signedIn(ctx);

  routes.get(
    '/',
    describeRoute({
      operationId: 'listMentorships',
      summary: 'The viewer\'s mentorships in every state, newest first, each with the other member.',
      security: bearerAuth,
      responses: answers(200, 'The viewer\'s mentorships', MentorshipList, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json({ items: await ctx.service.listMentorships(callerOf(c)) }),
  );

  routes.post(
    '/',
    describeRoute({
      operationId: 'requestMentorship',
      summary: 'Send a request: a mentee asks a mentor (requesterRole mentee) or a mentor invites a mentee.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(MentorshipRequestInput) },
      responses: answers(201, 'The request, pending', Mentorship, [...CHANGE_ERRORS, 404]),
    }),
    member,
    jsonBody(MentorshipRequestInput, 'mentorship request'),
    (c) => {
      const input = c.get('body');
      return change(c, 201, input, (caller) => ctx.service.requestMentorship(caller, input));
    },
  );

  for (const action of MENTORSHIP_ACTIONS) {
    routes.post(
      `/:id/${action}`,
      describeRoute({
        operationId: `${action}Mentorship`,
        summary: ACTION_SUMMARIES[action],
        security: bearerAuth,
        requestBody: { required: false, content: jsonContent(MentorshipActionInput) },
        responses: answers(200, 'The mentorship after the action', Mentorship, [...CHANGE_ERRORS, 404, 410]),
      }),
      member,
      jsonBody(MentorshipActionInput, 'action', { optional: true }),
      (c) => {
        const input = c.get('body');
        const id = c.req.param('id');
        return change(c, 200, input, (caller) => ctx.service.act(caller, id, action, input));
      },
    );
  }

  routes.post(
    '/:id/feedback',
    describeRoute({
      operationId: 'giveFeedback',
      summary: 'Feedback on a completed or ended mentorship, once per partner.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(FeedbackInput) },
      responses: answers(200, 'The mentorship with the feedback', Mentorship, [...CHANGE_ERRORS, 404]),
    }),
    member,
    jsonBody(FeedbackInput, 'feedback'),
    (c) => {
      const input = c.get('body');
      const id = c.req.param('id');
      return change(c, 200, input, (caller) => ctx.service.giveFeedback(caller, id, input));
    },
  );

  return routes;
}
