// /staff/mentorships: every mentorship and request, a pairing made by staff, and ending or withdrawing one
// for its members; /staff/requests: the open requests waiting longest.
import {
  MentorshipListQuery, PairInput, RequestListQuery, STAFF_MENTORSHIP_ACTIONS, StaffActionInput, StaffMentorshipItem,
  StaffMentorshipPage, type StaffMentorshipAction,
} from '@mentor-match/core';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../../context.ts';
import { actionRoute, readRoute } from './common.ts';

const ACTION_SUMMARIES: Record<StaffMentorshipAction, string> = {
  end: 'End an active mentorship for its members, with the reason both are told.',
  withdraw: 'Withdraw an open request for its members, with the reason both are told.',
};

export function staffMentorshipRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListMentorships',
    summary: 'Mentorships and requests in any state, newest first, filtered, a page at a time, with the total.',
    query: MentorshipListQuery,
    answer: StaffMentorshipPage,
    run: (caller, query) => ctx.staff.listMentorships(caller, query),
  });

  actionRoute(routes, '/', {
    method: 'post',
    operationId: 'staffPair',
    summary: 'Pair two members directly: active at once, both told, audited; the limits apply unless overrideLimits gives a reason.',
    input: PairInput,
    what: 'pairing',
    status: 201,
    answer: StaffMentorshipItem,
    run: (caller, input) => ctx.staff.pair(caller, input),
  });

  for (const action of STAFF_MENTORSHIP_ACTIONS) {
    actionRoute(routes, `/:id/${action}`, {
      method: 'post',
      operationId: `staff${action === 'end' ? 'End' : 'Withdraw'}Mentorship`,
      summary: ACTION_SUMMARIES[action],
      input: StaffActionInput,
      what: 'staff action',
      status: 200,
      answer: StaffMentorshipItem,
      run: (caller, input, id) => ctx.staff.actOnMentorship(caller, id, action, input),
    });
  }
  return routes;
}

export function staffRequestRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  readRoute(routes, ctx, '/', {
    operationId: 'staffListRequests',
    summary: 'Open requests waiting at least olderThanDays days, the longest waiting first, a page at a time, with the total.',
    query: RequestListQuery,
    answer: StaffMentorshipPage,
    run: (caller, query) => ctx.staff.listRequests(caller, query),
  });
  return routes;
}
