// defineConformanceSuite: registers the whole suite with the caller's test functions.
import { programSettings, type ProgramSettings } from '@mentor-match/core';
import { checkedHarness } from './checked.ts';
import type { SuiteContext } from './context.ts';
import type { ConformanceHarness, HarnessFactory, TestFunctions } from './harness.ts';
import { programAndAuthTests } from './capabilities/program.ts';
import { enrolmentTests } from './capabilities/enrolment.ts';
import { requestTests } from './capabilities/requests.ts';
import { actionTests } from './capabilities/actions.ts';
import { expiryTests } from './capabilities/expiry.ts';
import { availabilityTests } from './capabilities/availability.ts';
import { visibilityTests } from './capabilities/visibility.ts';
import { searchTests } from './capabilities/search.ts';
import { feedbackTests } from './capabilities/feedback.ts';
import { listingTests } from './capabilities/listing.ts';
import { spamTests } from './capabilities/spam.ts';
import { notificationTests } from './capabilities/notifications.ts';
import { recognitionTests } from './capabilities/recognition.ts';
import { emailFrequencyTests } from './capabilities/email-frequency.ts';

/**
 * A suite's `test`: each test makes a fresh harness with the program's default settings changed as it asks
 * (and these staff), wraps it for the tests, and closes it afterwards whatever happens.
 */
export function harnessTest<H>(
  t: TestFunctions,
  factory: HarnessFactory,
  options: { staff?: readonly string[] },
  wrap: (raw: ConformanceHarness, settings: ProgramSettings) => H,
): (name: string, body: (h: H) => Promise<void>, settings?: Partial<ProgramSettings>) => void {
  return (name, body, settings = {}) => {
    // Zero parameters on purpose: mocha treats a test function that declares one as callback-style.
    t.it(name, async () => {
      const effective = programSettings(settings);
      const raw = await factory({ settings: effective, ...options });
      try {
        await body(wrap(raw, effective));
      } finally {
        await raw.close?.();
      }
    });
  };
}

export interface ConformanceSuiteOptions {
  /** The outer `describe`'s name; defaults to `MentoringAdapter conformance`. */
  name?: string;
}

/**
 * Registers the adapter conformance suite with the test runner's functions.
 *
 * @example Mocha (in the browser with @web/test-runner)
 * ```ts
 * defineConformanceSuite({ describe, it }, async ({ settings }) => myHarness(settings));
 * ```
 * @example node:test
 * ```ts
 * import { describe, it } from 'node:test';
 * defineConformanceSuite({ describe, it }, async ({ settings }) => startServerHarness(settings));
 * ```
 */
export function defineConformanceSuite(
  t: TestFunctions,
  factory: HarnessFactory,
  options: ConformanceSuiteOptions = {},
): void {
  const context: SuiteContext = {
    describe: (name, fn) => t.describe(name, fn),
    test: harnessTest(t, factory, {}, checkedHarness),
  };

  t.describe(options.name ?? 'MentoringAdapter conformance', () => {
    t.describe('program and authentication', () => programAndAuthTests(context));
    t.describe('viewer and enrolment', () => enrolmentTests(context));
    t.describe('requests', () => requestTests(context));
    t.describe('responses and other actions', () => actionTests(context));
    t.describe('expiry and reminders', () => expiryTests(context));
    t.describe('availability and capacity', () => availabilityTests(context));
    t.describe('visibility', () => visibilityTests(context));
    t.describe('search', () => searchTests(context));
    t.describe('feedback', () => feedbackTests(context));
    t.describe('listing and change notification', () => listingTests(context));
    t.describe('no member can be used to spam another', () => spamTests(context));
    t.describe('notifications (the bell) and email preferences', () => notificationTests(context));
    t.describe('recognition (the mentor ribbon)', () => recognitionTests(context));
    t.describe('how often a member is emailed (digests)', () => emailFrequencyTests(context));
  });
}
