// A society's own StaffAdapter (set through `.staffAdapter`) may answer anything: each answer is checked
// against the core schema once, here, before the program office renders it, as checked-adapter.ts does for
// the member's adapter. Imported only when the office first asks for the staff adapter, so no member page
// downloads the staff schemas.
import type { StaffAdapter } from '@mentor-match/core';
import { MentoringError } from '@mentor-match/core/errors';
import { AuditPage, Dashboard, EvaluationPage, ProgramRecord, StaffConcern, StaffConcernPage, StaffMemberItem, StaffMemberPage, StaffMentorshipItem, StaffMentorshipPage } from '@mentor-match/core/schemas/staff';
import { checked } from './checked-adapter.ts';
import { checkedCohortStaff } from '@mentor-match/core/cohort-checked';

/**
 * `adapter` with every answer checked; calls that throw instead of rejecting reject too. A page that set
 * `.adapter` from script and no `.staffAdapter` gives none: the office has nothing to work with, and says it
 * is for staff (this module loads only when the office asks, so no member page carries the words).
 */
export function checkedStaffAdapter(adapter: StaffAdapter | undefined): StaffAdapter {
  if (!adapter) {
    throw new MentoringError('forbidden', 'This program has no staff adapter: set .staffAdapter on <mentor-program> beside .adapter.', {
      reason: 'staff-only',
    });
  }
  const memberItem = async (answer: Promise<StaffMemberItem>) => checked(StaffMemberItem, await answer, 'staff member');
  const mentorshipItem = async (answer: Promise<StaffMentorshipItem>) => checked(StaffMentorshipItem, await answer, 'staff mentorship');
  const mentorshipPage = async (answer: Promise<StaffMentorshipPage>) => checked(StaffMentorshipPage, await answer, 'mentorship list');
  const record = async (answer: Promise<ProgramRecord>) => checked(ProgramRecord, await answer, 'settings record');
  return {
    getDashboard: async (query, options) => checked(Dashboard, await adapter.getDashboard(query, options), 'dashboard'),
    listMembers: async (query, options) => checked(StaffMemberPage, await adapter.listMembers(query, options), 'member list'),
    getMember: async (id, options) => memberItem(adapter.getMember(id, options)),
    listMentorships: async (query, options) => mentorshipPage(adapter.listMentorships(query, options)),
    listRequests: async (query, options) => mentorshipPage(adapter.listRequests(query, options)),
    exportCsv: (request, options) => ({
      async *[Symbol.asyncIterator]() {
        for await (const chunk of adapter.exportCsv(request, options)) {
          if (typeof chunk !== 'string') {
            throw new MentoringError('invalid-response', 'The staff adapter gave a CSV chunk that is not text.');
          }
          yield chunk;
        }
      },
    }),
    pair: async (input, options) => mentorshipItem(adapter.pair(input, options)),
    actOnMentorship: async (id, action, input, options) => mentorshipItem(adapter.actOnMentorship(id, action, input, options)),
    actOnMember: async (id, action, input, options) => memberItem(adapter.actOnMember(id, action, input, options)),
    listConcerns: async (query, options) => checked(StaffConcernPage, await adapter.listConcerns(query, options), 'concern list'),
    updateConcern: async (id, update, options) => checked(StaffConcern, await adapter.updateConcern(id, update, options), 'concern'),
    getSettings: async (options) => record(adapter.getSettings(options)),
    updateSettings: async (update, options) => record(adapter.updateSettings(update, options)),
    listEvaluations: async (query, options) => checked(EvaluationPage, await adapter.listEvaluations(query, options), 'evaluation list'),
    listAudit: async (query, options) => checked(AuditPage, await adapter.listAudit(query, options), 'audit log'),
    ...checkedCohortStaff(adapter, checked),
    subscribe: (listener) => adapter.subscribe(listener),
  };
}
