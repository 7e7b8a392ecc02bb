// defineStaffConformanceSuite: the program office's section of the conformance suite, registered apart from
// the member suite (defineConformanceSuite) so an adapter without a staff side can still run that one. It
// checks the StaffAdapter contract (staff-adapter.ts in core) through the staff adapter's own calls, and the
// effects of each staff action as members see them, through their adapters.
import { checkedStaffHarness, OFFICE } from './checked-staff.ts';
import type { StaffSuiteContext } from './capabilities/office/context.ts';
import type { HarnessFactory, TestFunctions } from './harness.ts';
import { harnessTest } from './suite.ts';
import { authorizationTests } from './capabilities/office/authorization.ts';
import { dashboardTests } from './capabilities/office/dashboard.ts';
import { listTests } from './capabilities/office/lists.ts';
import { exportTests } from './capabilities/office/exports.ts';
import { mentorshipActionTests } from './capabilities/office/mentorship-actions.ts';
import { memberActionTests } from './capabilities/office/member-actions.ts';
import { concernTests } from './capabilities/office/concerns.ts';
import { settingsTests } from './capabilities/office/settings.ts';
import { evaluationTests } from './capabilities/office/evaluations.ts';
import { auditTests } from './capabilities/office/audit.ts';
import { cohortTests } from './capabilities/office/cohorts.ts';
import { emailSettingsTests } from './capabilities/office/email-settings.ts';

export interface StaffSuiteOptions {
  /** The outer `describe`'s name; defaults to `StaffAdapter conformance`. */
  name?: string;
}

/**
 * Registers the staff section. The factory is asked for a backend whose staff is the member `office`
 * (`options.staff`), and the harness must offer `staff(memberId)`.
 */
export function defineStaffConformanceSuite(t: TestFunctions, factory: HarnessFactory, options: StaffSuiteOptions = {}): void {
  const context: StaffSuiteContext = {
    describe: (name, fn) => t.describe(name, fn),
    test: harnessTest(t, factory, { staff: [OFFICE] }, checkedStaffHarness),
  };

  t.describe(options.name ?? 'StaffAdapter conformance', () => {
    t.describe('staff only', () => authorizationTests(context));
    t.describe('dashboard', () => dashboardTests(context));
    t.describe('lists', () => listTests(context));
    t.describe('CSV exports', () => exportTests(context));
    t.describe('pairing, ending and withdrawing', () => mentorshipActionTests(context));
    t.describe('pause, approval and suspension', () => memberActionTests(context));
    t.describe('concerns', () => concernTests(context));
    t.describe('settings at runtime', () => settingsTests(context));
    t.describe('evaluations', () => evaluationTests(context));
    t.describe('audit log', () => auditTests(context));
    t.describe('cohorts', () => cohortTests(context));
    t.describe('emails and pages', () => emailSettingsTests(context));
  });
}
