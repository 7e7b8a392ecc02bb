// /staff/cohorts (issue 14): cohorts as staff run them: create, edit, close, reopen, archive; the applicants;
// the matching (run, the draft, its edits, the publication, exactly once); the published matches.
import {
  ApplicantQuery, COHORT_ACTIONS, CohortInput, CohortListQuery, CohortProposal, CohortUpdate, MatchListQuery, ProposalAnswer,
  ProposalEdit, PublishInput, PublishResult, RunMatchingInput, StaffActionInput, StaffApplicantList, StaffCohortItem,
  StaffCohortList, StaffCohortMatchList, type CohortAction,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf } from '../../change.ts';
import type { AppContext, AppEnv } from '../../context.ts';
import { freshness } from '../../middleware.ts';
import { answers, bearerAuth } from '../../openapi.ts';
import { queryInput, queryParameters, strictQueries } from '../../query.ts';
import { READ_ERRORS, actionRoute, readRoute } from './common.ts';

const ACTION_SUMMARIES: Record<CohortAction, string> = {
  close: 'Close the cohort to applications (matching and answers go on).',
  reopen: 'Take applications again (within the window).',
  archive: 'Archive the cohort: read-only, hidden from members; its draft is dropped.',
};

export function staffCohortRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const staff = ctx.cohortStaff;

  readRoute(routes, ctx, '/', {
    operationId: 'staffListCohorts',
    summary: 'Every cohort (archived ones with includeArchived), newest term first, with its applicants, pool and matches counted.',
    query: CohortListQuery,
    answer: StaffCohortList,
    run: async (caller, query) => ({ items: await staff.listCohorts(caller, query) }),
  });

  actionRoute(routes, '/', {
    method: 'post',
    operationId: 'staffCreateCohort',
    summary: 'Create a cohort (open): its name, roles, application window, match date and term.',
    input: CohortInput,
    what: 'cohort',
    status: 201,
    answer: StaffCohortItem,
    run: (caller, input) => staff.createCohort(caller, input),
  });

  routes.get(
    '/:id',
    describeRoute({
      operationId: 'staffGetCohort',
      summary: 'One cohort with its counts.',
      security: bearerAuth,
      responses: answers(200, 'The cohort', StaffCohortItem, [...READ_ERRORS, 404]),
    }),
    freshness(ctx),
    async (c) => c.json(await staff.getCohort(callerOf(c), c.req.param('id'))),
  );

  actionRoute(routes, '/:id', {
    method: 'put',
    operationId: 'staffUpdateCohort',
    summary: 'Replace a cohort\'s name, roles and dates, edited from `version` (409 stale when someone changed it first).',
    input: CohortUpdate,
    what: 'cohort',
    status: 200,
    answer: StaffCohortItem,
    run: (caller, input, id) => staff.updateCohort(caller, id, input),
  });

  for (const action of COHORT_ACTIONS) {
    actionRoute(routes, `/:id/${action}`, {
      method: 'post',
      operationId: `staff${action[0]?.toUpperCase()}${action.slice(1)}Cohort`,
      summary: ACTION_SUMMARIES[action],
      input: StaffActionInput,
      what: 'staff action',
      status: 200,
      answer: StaffCohortItem,
      run: (caller, input, id) => staff.actOnCohort(caller, id, action, input),
    });
  }

  routes.get(
    '/:id/applicants',
    describeRoute({
      operationId: 'staffListCohortApplicants',
      summary: 'The cohort\'s applicants, mentors then mentees by name, each with whether the next run would match them.',
      security: bearerAuth,
      parameters: queryParameters(ApplicantQuery),
      responses: answers(200, 'The applicants', StaffApplicantList, [...READ_ERRORS, 404]),
    }),
    freshness(ctx),
    async (c) => {
      const query = queryInput(ApplicantQuery, strictQueries(c.req.url));
      return c.json({ items: await staff.listApplicants(callerOf(c), c.req.param('id'), query as ApplicantQuery) });
    },
  );

  actionRoute(routes, '/:id/run', {
    method: 'post',
    operationId: 'staffRunCohortMatching',
    summary: 'Propose matches for everyone in the pool (the program\'s match score under every limit), keeping the draft\'s locked pairs.',
    input: RunMatchingInput,
    what: 'run',
    status: 200,
    answer: CohortProposal,
    run: (caller, input, id) => staff.runMatching(caller, id, input),
  });

  routes.get(
    '/:id/proposal',
    describeRoute({
      operationId: 'staffGetCohortProposal',
      summary: 'The draft waiting for review, or null.',
      security: bearerAuth,
      responses: answers(200, 'The draft', ProposalAnswer, [...READ_ERRORS, 404]),
    }),
    freshness(ctx),
    async (c) => c.json({ proposal: await staff.getProposal(callerOf(c), c.req.param('id')) }),
  );

  actionRoute(routes, '/:id/proposal', {
    method: 'patch',
    operationId: 'staffEditCohortProposal',
    summary: 'Swap, remove, add or lock a pair of the draft of `version`.',
    input: ProposalEdit,
    what: 'proposal edit',
    status: 200,
    answer: CohortProposal,
    run: (caller, input, id) => staff.editProposal(caller, id, input),
  });

  actionRoute(routes, '/:id/publish', {
    method: 'post',
    operationId: 'staffPublishCohortProposal',
    summary: 'Publish the draft of `version`, exactly once: each pair becomes a match both members answer (409 when it was published already).',
    input: PublishInput,
    what: 'publication',
    status: 200,
    answer: PublishResult,
    run: (caller, input, id) => staff.publishProposal(caller, id, input),
  });

  routes.get(
    '/:id/matches',
    describeRoute({
      operationId: 'staffListCohortMatches',
      summary: 'The published matches with both answers (declines with their reasons) and their mentorships, by status.',
      security: bearerAuth,
      parameters: queryParameters(MatchListQuery),
      responses: answers(200, 'The matches', StaffCohortMatchList, [...READ_ERRORS, 404]),
    }),
    freshness(ctx),
    async (c) => {
      const query = queryInput(MatchListQuery, strictQueries(c.req.url));
      return c.json({ items: await staff.listCohortMatches(callerOf(c), c.req.param('id'), query as MatchListQuery) });
    },
  );

  return routes;
}
