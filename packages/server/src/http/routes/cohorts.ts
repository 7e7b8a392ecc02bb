// A member's cohort routes (issue 14): the cohorts they may see with what they have in each, an application
// per role (apply or edit, withdraw), the answer to a published match, an extension of a cohort mentorship,
// and a rematch. Mounted at the API's root (the paths name their resources), each route signed in on its own.
import {
  CohortApplicationInput, ExtensionInput, MatchAnswerInput, MemberCohort, MemberCohortList, MemberCohortMatch,
  type Awaitable, type Caller, type Role,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as z from 'zod/mini';
import { callerOf, change } from '../change.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { freshness, jsonBody, signedIn } from '../middleware.ts';
import { CHANGE_ERRORS, MEMBER_ERRORS, answers, bearerAuth, jsonContent } from '../openapi.ts';

interface MemberAction<I> {
  operationId: string;
  summary: string;
  input: z.ZodMiniType<I>;
  what: string;
  /** An empty body is `{}`. */
  optional?: boolean;
  answer: z.ZodMiniType;
  run(caller: Caller, input: I, params: Record<string, string>): Awaitable<unknown>;
}

/** The body of an action that takes none: nothing, or `{}`. */
const emptyBody = z.strictObject({});

export function cohortMemberRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const member = signedIn(ctx);

  const action = <I>(method: 'post' | 'put', path: string, spec: MemberAction<I>) =>
    routes[method](
      path,
      describeRoute({
        operationId: spec.operationId,
        summary: spec.summary,
        security: bearerAuth,
        requestBody: { required: spec.optional !== true, content: jsonContent(spec.input) },
        responses: answers(200, spec.summary, spec.answer, [...CHANGE_ERRORS, 404, 410]),
      }),
      member,
      jsonBody(spec.input, spec.what, { optional: spec.optional === true }),
      (c) => {
        const input = c.get('body');
        const params: Record<string, string> = c.req.param();
        return change(c, 200, input, (caller) => spec.run(caller, input, params));
      },
    );

  routes.get(
    '/cohorts',
    describeRoute({
      operationId: 'listCohorts',
      summary: 'The cohorts the viewer may see (not archived), each with their applications, their published matches and what they may do.',
      security: bearerAuth,
      responses: answers(200, 'The cohorts', MemberCohortList, MEMBER_ERRORS),
    }),
    freshness(ctx),
    member,
    async (c) => c.json({ items: await ctx.cohorts.listCohorts(callerOf(c)) }),
  );

  action('put', '/cohorts/:id/applications/:role', {
    operationId: 'applyToCohort',
    summary: 'Apply in a role (mentor or mentee), or edit the application, while the window is open.',
    input: CohortApplicationInput,
    what: 'application',
    answer: MemberCohort,
    run: (caller, input, { id = '', role = '' }) => ctx.cohorts.applyToCohort(caller, id, role as Role, input),
  });

  action('post', '/cohorts/:id/applications/:role/withdraw', {
    operationId: 'withdrawCohortApplication',
    summary: 'Withdraw the application in a role while the window is open.',
    input: emptyBody,
    what: 'withdrawal',
    optional: true,
    answer: MemberCohort,
    run: (caller, _input, { id = '', role = '' }) => ctx.cohorts.withdrawApplication(caller, id, role as Role),
  });

  action('post', '/cohorts/:id/rematch', {
    operationId: 'requestCohortRematch',
    summary: 'After the viewer\'s cohort mentorship (as mentee) ended early, ask for a new match: it joins the next run.',
    input: emptyBody,
    what: 'rematch',
    optional: true,
    answer: MemberCohort,
    run: (caller, _input, { id = '' }) => ctx.cohorts.requestRematch(caller, id),
  });

  action('post', '/cohort-matches/:id/answer', {
    operationId: 'answerCohortMatch',
    summary: 'Accept or decline a published match (a decline\'s reason goes to staff); both accepts make the mentorship active for the cohort\'s term.',
    input: MatchAnswerInput,
    what: 'answer',
    answer: MemberCohortMatch,
    run: (caller, input, { id = '' }) => ctx.cohorts.answerMatch(caller, id, input),
  });

  action('post', '/mentorships/:id/extension', {
    operationId: 'extendCohortMentorship',
    summary: 'Ask to move a cohort mentorship\'s end (or agree to the partner\'s same date: then it moves); null withdraws or refuses.',
    input: ExtensionInput,
    what: 'extension',
    answer: MemberCohortMatch,
    run: (caller, input, { id = '' }) => ctx.cohorts.extendMentorship(caller, id, input),
  });

  return routes;
}
