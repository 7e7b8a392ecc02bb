// The cohort adapters with every answer checked against its schema, written once for the program office's
// checked staff adapter (elements) and the conformance suite's (testkit): each passes its own `check` (what
// to do with an answer that does not match: an `invalid-response` error, a failed test).
import * as z from 'zod/mini';
import type { CohortAdapter, CohortStaffAdapter } from './cohort-adapter.ts';
import {
  CohortProposal, MemberCohort, MemberCohortMatch, PublishResult, StaffApplicant, StaffCohortItem, StaffCohortMatch,
} from './schemas/cohort.ts';

export type Check = <T>(schema: z.ZodMiniType<T>, value: unknown, what: string) => T;

/** The staff side of cohorts, each answer checked (`what`: the method's name). */
export function checkedCohortStaff(adapter: CohortStaffAdapter, check: Check): CohortStaffAdapter {
  const item = async (answer: Promise<StaffCohortItem>, what: string) => check(StaffCohortItem, await answer, what);
  const proposal = async (answer: Promise<CohortProposal>, what: string) => check(CohortProposal, await answer, what);
  return {
    listCohorts: async (query, options) => check(z.array(StaffCohortItem), await adapter.listCohorts(query, options), 'listCohorts'),
    getCohort: (id, options) => item(adapter.getCohort(id, options), 'getCohort'),
    createCohort: (input, options) => item(adapter.createCohort(input, options), 'createCohort'),
    updateCohort: (id, update, options) => item(adapter.updateCohort(id, update, options), 'updateCohort'),
    actOnCohort: (id, action, input, options) => item(adapter.actOnCohort(id, action, input, options), `actOnCohort(${action})`),
    listApplicants: async (id, query, options) => check(z.array(StaffApplicant), await adapter.listApplicants(id, query, options), 'listApplicants'),
    runMatching: (id, input, options) => proposal(adapter.runMatching(id, input, options), 'runMatching'),
    getProposal: async (id, options) => check(z.nullable(CohortProposal), await adapter.getProposal(id, options), 'getProposal'),
    editProposal: (id, edit, options) => proposal(adapter.editProposal(id, edit, options), 'editProposal'),
    publishProposal: async (id, input, options) => check(PublishResult, await adapter.publishProposal(id, input, options), 'publishProposal'),
    listCohortMatches: async (id, query, options) => check(z.array(StaffCohortMatch), await adapter.listCohortMatches(id, query, options), 'listCohortMatches'),
  };
}

/** The member side of cohorts, each answer checked. */
export function checkedCohorts(adapter: CohortAdapter, check: Check): CohortAdapter {
  const cohort = async (answer: Promise<MemberCohort>, what: string) => check(MemberCohort, await answer, what);
  const match = async (answer: Promise<MemberCohortMatch>, what: string) => check(MemberCohortMatch, await answer, what);
  return {
    listCohorts: async (options) => check(z.array(MemberCohort), await adapter.listCohorts(options), 'listCohorts'),
    applyToCohort: (id, role, input, options) => cohort(adapter.applyToCohort(id, role, input, options), 'applyToCohort'),
    withdrawApplication: (id, role, options) => cohort(adapter.withdrawApplication(id, role, options), 'withdrawApplication'),
    answerMatch: (id, input, options) => match(adapter.answerMatch(id, input, options), 'answerMatch'),
    extendMentorship: (id, input, options) => match(adapter.extendMentorship(id, input, options), 'extendMentorship'),
    requestRematch: (id, options) => cohort(adapter.requestRematch(id, options), 'requestRematch'),
  };
}
