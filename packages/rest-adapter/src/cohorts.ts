// Cohorts over the REST API (issue 14): the member's calls (`/cohorts`, `/cohort-matches`, a mentorship's
// `/extension`) and staff's (`/staff/cohorts/…`), each one request with its answer parsed with the core schema.
// The member's RestAdapter imports this module at its first cohort call, so a page without cohorts never
// downloads it; the staff adapter (a lazy module already) imports it directly.
import type { CallOptions, MentoringChange } from '@mentor-match/core/adapter';
import type { CohortAdapter, CohortStaffAdapter } from '@mentor-match/core/cohort-adapter';
import {
  ApplicantQuery, COHORT_ACTIONS, CohortListQuery, CohortProposal, MatchListQuery, MemberCohort, MemberCohortList, MemberCohortMatch,
  ProposalAnswer, PublishResult, StaffApplicantList, StaffCohortItem, StaffCohortList, StaffCohortMatchList,
} from '@mentor-match/core/schemas/cohort';
import { ROLES } from '@mentor-match/core/schemas/common';
import { segment, type Connection } from './connection.ts';
import { change, checkAction } from './member-changes.ts';
import { queryParams } from './query.ts';

const cohortChange = (id: string): MentoringChange => ({ kind: 'cohort', id });

/** The member's side of cohorts over `connection`. */
export function restCohorts(connection: Connection): CohortAdapter {
  const { send } = connection;
  const view = (method: 'PUT' | 'POST', path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, method, path, MemberCohort, 'cohort', input, options, (answer) => cohortChange(answer.cohort.id));
  const match = (path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, 'POST', path, MemberCohortMatch, 'cohort match', input, options, (answer) => cohortChange(answer.cohortId));
  return {
    listCohorts: async (options) => (await send('GET', 'cohorts', MemberCohortList, 'cohort list', options)).items,
    applyToCohort: async (cohortId, role, input, options) => {
      checkAction(ROLES, role);
      return view('PUT', `cohorts/${segment(cohortId)}/applications/${role}`, input, options);
    },
    withdrawApplication: async (cohortId, role, options) => {
      checkAction(ROLES, role);
      return view('POST', `cohorts/${segment(cohortId)}/applications/${role}/withdraw`, {}, options);
    },
    answerMatch: (matchId, input, options) => match(`cohort-matches/${segment(matchId)}/answer`, input, options),
    extendMentorship: (mentorshipId, input, options) => match(`mentorships/${segment(mentorshipId)}/extension`, input, options),
    requestRematch: (cohortId, options) => view('POST', `cohorts/${segment(cohortId)}/rematch`, {}, options),
  };
}

/** Staff's side of cohorts over `connection`. */
export function restStaffCohorts(connection: Connection): CohortStaffAdapter {
  const { send } = connection;
  const base = (id: string) => `staff/cohorts/${segment(id)}`;
  const item = (method: 'POST' | 'PUT', path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, method, path, StaffCohortItem, 'cohort', input, options, (answer) => cohortChange(answer.cohort.id));
  const proposal = (method: 'POST' | 'PATCH', id: string, path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, method, `${base(id)}/${path}`, CohortProposal, 'proposal', input, options, () => cohortChange(id));
  return {
    listCohorts: async (query, options) =>
      (await send('GET', 'staff/cohorts', StaffCohortList, 'cohort list', { ...options, searchParams: queryParams(CohortListQuery, query, 'cohort query') })).items,
    getCohort: (id, options) => send('GET', base(id), StaffCohortItem, 'cohort', options),
    createCohort: (input, options) => item('POST', 'staff/cohorts', input, options),
    updateCohort: (id, update, options) => item('PUT', base(id), update, options),
    actOnCohort: async (id, action, input, options) => {
      checkAction(COHORT_ACTIONS, action);
      return item('POST', `${base(id)}/${action}`, input, options);
    },
    listApplicants: async (id, query, options) =>
      (await send('GET', `${base(id)}/applicants`, StaffApplicantList, 'applicant list', { ...options, searchParams: queryParams(ApplicantQuery, query, 'applicant query') })).items,
    runMatching: (id, input, options) => proposal('POST', id, 'run', input, options),
    getProposal: async (id, options) => (await send('GET', `${base(id)}/proposal`, ProposalAnswer, 'proposal', options)).proposal,
    editProposal: (id, edit, options) => proposal('PATCH', id, 'proposal', edit, options),
    publishProposal: (id, input, options) =>
      change(connection, 'POST', `${base(id)}/publish`, PublishResult, 'publication', input, options, () => cohortChange(id)),
    listCohortMatches: async (id, query, options) =>
      (await send('GET', `${base(id)}/matches`, StaffCohortMatchList, 'match list', { ...options, searchParams: queryParams(MatchListQuery, query, 'match query') })).items,
  };
}
