// /staff/members: every member as staff see them, and what staff do to one (pause, approve, suspend, …).
import {
  MemberListQuery, STAFF_MEMBER_ACTIONS, StaffActionInput, StaffMemberItem, StaffMemberPage, type StaffMemberAction,
} from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { callerOf } from '../../change.ts';
import type { AppContext, AppEnv } from '../../context.ts';
import { freshness } from '../../middleware.ts';
import { answers, bearerAuth } from '../../openapi.ts';
import { READ_ERRORS, actionRoute, readRoute } from './common.ts';

const ACTION_SUMMARIES: Record<StaffMemberAction, string> = {
  pause: 'Pause a participating member for them (out of search, no new requests), with the reason they are told.',
  resume: 'Resume a paused member.',
  approve: 'Approve a mentor awaiting approval (or declined): they appear in search.',
  decline: 'Decline a mentor awaiting approval, with the reason they are told.',
  suspend: 'Suspend a member: out of search, no request sent, received or accepted until it is lifted.',
  'lift-suspension': 'Lift a member\'s suspension.',
};

export function staffMemberRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListMembers',
    summary: 'Members by name (accents and case folded), filtered, a page at a time (keyset cursor), with the total.',
    query: MemberListQuery,
    answer: StaffMemberPage,
    run: (caller, query) => ctx.staff.listMembers(caller, query),
  });

  routes.get(
    '/:id',
    describeRoute({
      operationId: 'staffGetMember',
      summary: 'One member as staff see them: the whole record, their counts and their standing in each role.',
      security: bearerAuth,
      responses: answers(200, 'The member', StaffMemberItem, [...READ_ERRORS, 404]),
    }),
    freshness(ctx),
    async (c) => c.json(await ctx.staff.getMember(callerOf(c), c.req.param('id'))),
  );

  for (const action of STAFF_MEMBER_ACTIONS) {
    actionRoute(routes, `/:id/${action}`, {
      method: 'post',
      operationId: `staff${action.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}Member`,
      summary: ACTION_SUMMARIES[action],
      input: StaffActionInput,
      what: 'staff action',
      status: 200,
      answer: StaffMemberItem,
      run: (caller, input, id) => ctx.staff.actOnMember(caller, id, action, input),
    });
  }
  return routes;
}
