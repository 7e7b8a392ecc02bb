// The staff adapter with every answer parsed with the core schemas, and the harness the staff section's
// tests are written against: the member adapters (checked), the program office signed in as a staff member,
// and the office as any other member (who must be refused).
import * as z from 'zod/mini';
import {
  AuditPage, Dashboard, EvaluationPage, ProgramRecord, StaffConcern, StaffConcernPage, StaffMemberItem, StaffMemberPage,
  StaffMentorshipItem, StaffMentorshipPage, checkedCohortStaff, type StaffAdapter,
} from '@mentor-match/core';
import { fail } from './assert.ts';
import { check, checkedHarness, type CheckedHarness } from './checked.ts';
import type { ConformanceHarness } from './harness.ts';

/** The staff adapter, with every answer checked against the core schemas (CSV chunks: text). */
export function checkedStaffAdapter(adapter: StaffAdapter, who: string): StaffAdapter {
  const name = (method: string) => `${method}() as ${who}`;
  return {
    getDashboard: async (query, options) => check(Dashboard, await adapter.getDashboard(query, options), name('getDashboard')),
    listMembers: async (query, options) => check(StaffMemberPage, await adapter.listMembers(query, options), name('listMembers')),
    getMember: async (id, options) => check(StaffMemberItem, await adapter.getMember(id, options), name('getMember')),
    listMentorships: async (query, options) =>
      check(StaffMentorshipPage, await adapter.listMentorships(query, options), name('listMentorships')),
    listRequests: async (query, options) => check(StaffMentorshipPage, await adapter.listRequests(query, options), name('listRequests')),
    exportCsv(request, options) {
      const chunks = adapter.exportCsv(request, options);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const chunk of chunks) yield check(z.string(), chunk, name('exportCsv'));
        },
      };
    },
    pair: async (input, options) => check(StaffMentorshipItem, await adapter.pair(input, options), name('pair')),
    actOnMentorship: async (id, action, input, options) =>
      check(StaffMentorshipItem, await adapter.actOnMentorship(id, action, input, options), name(`actOnMentorship(${action})`)),
    actOnMember: async (id, action, input, options) =>
      check(StaffMemberItem, await adapter.actOnMember(id, action, input, options), name(`actOnMember(${action})`)),
    listConcerns: async (query, options) => check(StaffConcernPage, await adapter.listConcerns(query, options), name('listConcerns')),
    updateConcern: async (id, update, options) => check(StaffConcern, await adapter.updateConcern(id, update, options), name('updateConcern')),
    getSettings: async (options) => check(ProgramRecord, await adapter.getSettings(options), name('getSettings')),
    updateSettings: async (update, options) => check(ProgramRecord, await adapter.updateSettings(update, options), name('updateSettings')),
    listEvaluations: async (query, options) => check(EvaluationPage, await adapter.listEvaluations(query, options), name('listEvaluations')),
    listAudit: async (query, options) => check(AuditPage, await adapter.listAudit(query, options), name('listAudit')),
    ...checkedCohortStaff(adapter, (schema, value, what) => check(schema, value, name(what))),
    subscribe: (listener) => adapter.subscribe(listener),
  };
}

/** The staff member the staff section signs in as. */
export const OFFICE = 'office';

export interface CheckedStaffHarness extends CheckedHarness {
  /** The program office, signed in as the staff member `office`. */
  office(): StaffAdapter;
  /** The staff adapter signed in as any member: one who is not staff must be refused. */
  staffAs(memberId: string): StaffAdapter;
}

export function checkedStaffHarness(raw: ConformanceHarness, settings: Parameters<typeof checkedHarness>[1]): CheckedStaffHarness {
  const staff = raw.staff?.bind(raw);
  if (!staff) fail('The harness has no staff(memberId): the staff section needs the program office.');
  const adapters = new Map<string, StaffAdapter>();
  const staffAs = (memberId: string) => {
    let adapter = adapters.get(memberId);
    if (!adapter) adapters.set(memberId, (adapter = checkedStaffAdapter(staff(memberId), `staff adapter of ${memberId}`)));
    return adapter;
  };
  return { ...checkedHarness(raw, settings), office: () => staffAs(OFFICE), staffAs };
}
