// Requests and the relationships they become: create, the lifecycle's actions, feedback, the viewer's list.
import {
  FeedbackInput, MENTORSHIP_ACTIONS, Mentorship, MentorshipActionInput, MentorshipList, MentorshipRequestInput,
  type MentorshipAction,
} from '@mentor-match/core';
import type { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as mentoring from '../services/mentoring.ts';
import { change } from './change.ts';
import type { AppContext, AppEnv } from './context.ts';
import { requireJsonBody, requireMember } from './middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonBody, jsonContent } from './openapi.ts';

const ACTION_SUMMARIES: Record<MentorshipAction, string> = {
  accept: 'The recipient accepts: the mentorship becomes active (limits are checked again, under lock).',
  decline: 'The recipient declines, with an optional reason.',
  save: 'The recipient saves the request for later (it stays open and still expires).',
  withdraw: 'The requester withdraws an open request.',
  complete: 'Either partner marks the active mentorship completed.',
  end: 'Either partner ends the active mentorship early; a reason is required.',
};

export function mentorshipRoutes(api: Hono<AppEnv>, ctx: AppContext): void {
  const member = requireMember(ctx);

  api.get(
    '/mentorships',
    describeRoute({
      operationId: 'listMentorships',
      summary: 'The viewer\'s mentorships in every state, newest first, each with the other member.',
      security: bearerAuth,
      responses: answers(200, 'The viewer\'s mentorships', MentorshipList, MEMBER_ERRORS),
    }),
    member,
    async (c) => c.json({ items: await mentoring.listMentorships(ctx.db, c.get('identity').memberId) }),
  );

  api.post(
    '/mentorships',
    describeRoute({
      operationId: 'requestMentorship',
      summary: 'Send a request: a mentee asks a mentor (requesterRole mentee) or a mentor invites a mentee.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(MentorshipRequestInput) },
      responses: answers(201, 'The request, pending', Mentorship, [...CHANGE_ERRORS, 404]),
    }),
    member,
    requireJsonBody(),
    jsonBody(MentorshipRequestInput, 'mentorship request'),
    (c) => {
      const input = c.req.valid('json');
      return change(ctx, c, 201, input, (work, id) => mentoring.requestMentorship(work, id, input));
    },
  );

  for (const action of MENTORSHIP_ACTIONS) {
    api.post(
      `/mentorships/:id/${action}`,
      describeRoute({
        operationId: `${action}Mentorship`,
        summary: ACTION_SUMMARIES[action],
        security: bearerAuth,
        requestBody: { required: false, content: jsonContent(MentorshipActionInput) },
        responses: answers(200, 'The mentorship after the action', Mentorship, [...CHANGE_ERRORS, 404, 410]),
      }),
      member,
      requireJsonBody({ optional: true }),
      jsonBody(MentorshipActionInput, 'action'),
      (c) => {
        const input = c.req.valid('json');
        const id = c.req.param('id');
        return change(ctx, c, 200, input, (work, memberId) => mentoring.act(work, memberId, id, action, input));
      },
    );
  }

  api.post(
    '/mentorships/:id/feedback',
    describeRoute({
      operationId: 'giveFeedback',
      summary: 'Feedback on a completed or ended mentorship, once per partner.',
      security: bearerAuth,
      requestBody: { required: true, content: jsonContent(FeedbackInput) },
      responses: answers(200, 'The mentorship with the feedback', Mentorship, [...CHANGE_ERRORS, 404]),
    }),
    member,
    requireJsonBody(),
    jsonBody(FeedbackInput, 'feedback'),
    (c) => {
      const input = c.req.valid('json');
      const id = c.req.param('id');
      return change(ctx, c, 200, input, (work, memberId) => mentoring.giveFeedback(work, memberId, id, input));
    },
  );
}
