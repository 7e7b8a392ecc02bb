// Wraps an adapter so that every value it returns is parsed with the core schemas: a test fails at the call
// whose answer does not have the contract's shape, naming the method and the first issue.
import * as z from 'zod/mini';
import {
  Concern, MemberView, Mentorship, MentorshipItem, NotificationFeed, NotificationPreferences, ProgramSettings, SearchPage, Viewer, checkedCohorts,
  hasCohorts,
  type MentoringAdapter,
} from '@mentor-match/core';
import { fail } from './assert.ts';
import type { ConformanceHarness } from './harness.ts';

/** `value`, or a failure naming the call and the schema's first issue. */
export function check<T>(schema: z.ZodMiniType<T>, value: unknown, call: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(`${call} returned a value that does not match the schema: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`, {
      actual: value,
    });
  }
  // The adapter's own value, not the parsed copy: the suite checks what the adapter really returned.
  return value as T;
}

/** The adapter, with every answer checked against the core schemas. */
export function checkedAdapter(adapter: MentoringAdapter, who: string): MentoringAdapter {
  const name = (method: string) => `${method}() as ${who}`;
  return {
    getViewer: async (options) => check(Viewer, await adapter.getViewer(options), name('getViewer')),
    getProgram: async (options) => check(ProgramSettings, await adapter.getProgram(options), name('getProgram')),
    getMember: async (id, options) => check(MemberView, await adapter.getMember(id, options), name('getMember')),
    search: async (query, options) => check(SearchPage, await adapter.search(query, options), name('search')),
    enrol: async (input, options) => check(Viewer, await adapter.enrol(input, options), name('enrol')),
    setAvailability: async (input, options) =>
      check(Viewer, await adapter.setAvailability(input, options), name('setAvailability')),
    requestMentorship: async (input, options) =>
      check(Mentorship, await adapter.requestMentorship(input, options), name('requestMentorship')),
    act: async (id, action, input, options) =>
      check(Mentorship, await adapter.act(id, action, input, options), name(`act(${action})`)),
    giveFeedback: async (id, input, options) =>
      check(Mentorship, await adapter.giveFeedback(id, input, options), name('giveFeedback')),
    listMentorships: async (options) =>
      check(z.array(MentorshipItem), await adapter.listMentorships(options), name('listMentorships')),
    acceptCodeOfConduct: async (input, options) =>
      check(Viewer, await adapter.acceptCodeOfConduct(input, options), name('acceptCodeOfConduct')),
    raiseConcern: async (input, options) => check(Concern, await adapter.raiseConcern(input, options), name('raiseConcern')),
    listConcerns: async (options) => check(z.array(Concern), await adapter.listConcerns(options), name('listConcerns')),
    subscribe: (listener) => adapter.subscribe(listener),
    // Cohorts (issue 14), when the adapter offers them.
    ...(hasCohorts(adapter) ? checkedCohorts(adapter, (schema, value, what) => check(schema, value, name(what))) : {}),
    ...optionalChecked(adapter, name),
  };
}

/** The contract's optional methods (notifications), checked where the adapter offers them. */
function optionalChecked(adapter: MentoringAdapter, name: (method: string) => string): Partial<MentoringAdapter> {
  const { listNotifications, markNotificationsRead, getNotificationPreferences, setNotificationPreferences } = adapter;
  return {
    ...(listNotifications && { listNotifications: async (options) => check(NotificationFeed, await listNotifications.call(adapter, options), name('listNotifications')) }),
    ...(markNotificationsRead && {
      markNotificationsRead: async (input, options) => check(NotificationFeed, await markNotificationsRead.call(adapter, input, options), name('markNotificationsRead')),
    }),
    ...(getNotificationPreferences && {
      getNotificationPreferences: async (options) => check(NotificationPreferences, await getNotificationPreferences.call(adapter, options), name('getNotificationPreferences')),
    }),
    ...(setNotificationPreferences && {
      setNotificationPreferences: async (input, options) =>
        check(NotificationPreferences, await setNotificationPreferences.call(adapter, input, options), name('setNotificationPreferences')),
    }),
  };
}

/**
 * The harness the tests use: adapters are checked, one per member (so a subscription made through
 * `as('bo')` is the one later calls to `as('bo')` reach), and the settings are at hand.
 */
export interface CheckedHarness extends ConformanceHarness {
  readonly settings: ProgramSettings;
}

export function checkedHarness(raw: ConformanceHarness, settings: ProgramSettings): CheckedHarness {
  const adapters = new Map<string, MentoringAdapter>();
  let anonymous: MentoringAdapter | undefined;
  const notifications = raw.notifications?.bind(raw);
  return {
    settings,
    as(memberId) {
      let adapter = adapters.get(memberId);
      if (!adapter) {
        adapter = checkedAdapter(raw.as(memberId), memberId);
        adapters.set(memberId, adapter);
      }
      return adapter;
    },
    anonymous() {
      anonymous ??= checkedAdapter(raw.anonymous(), 'anonymous');
      return anonymous;
    },
    advanceTime: (days) => raw.advanceTime(days),
    ...(notifications ? { notifications } : {}),
  };
}
