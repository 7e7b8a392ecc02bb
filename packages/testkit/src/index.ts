// @mentor-match/testkit: the MentoringAdapter conformance suite. See README.md.
export { defineConformanceSuite, type ConformanceSuiteOptions } from './suite.ts';
export { defineStaffConformanceSuite, type StaffSuiteOptions } from './staff-suite.ts';
export { defineWorkspaceConformanceSuite, type WorkspaceSuiteOptions } from './workspace-suite.ts';
export type { ConformanceHarness, HarnessFactory, HarnessOptions, SentNotification, TestFunctions } from './harness.ts';
export {
  activeMentorship, askMentor, displayName, emailOf, enrolBoth, enrolMentee, enrolMentor, enrolmentInput,
  inviteMentee, profileInput, requestInput, type MemberOverrides,
} from './builders.ts';
export {
  ConformanceAssertionError, closeInstant, deepEqual, equal, eventually, fail, includes, isErrorLike, msBetween, ok,
  rejectsWith, sameMembers, type ErrorLike, type RejectsOptions,
} from './assert.ts';
export { checkedAdapter, checkedHarness, type CheckedHarness } from './checked.ts';
export { parseCsv } from './capabilities/office/context.ts';
export { OFFICE, checkedStaffAdapter, checkedStaffHarness, type CheckedStaffHarness } from './checked-staff.ts';
