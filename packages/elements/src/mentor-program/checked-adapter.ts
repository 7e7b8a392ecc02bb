// A society's own adapter (set through `.adapter`) may answer anything: each of its answers is checked
// against the core schema once, here, before the page's cache keeps it or an element renders it. A wrong
// shape becomes an `invalid-response` error the member sees in words, with the schema's issues for the web
// team. The REST adapter parses its answers itself and MemoryAdapter makes only valid ones: neither is wrapped.
import type { CohortAdapter, MentoringAdapter } from '@mentor-match/core';
import { MentoringError } from '@mentor-match/core/errors';
import { MemberView, Viewer } from '@mentor-match/core/schemas/member';
import { Mentorship, MentorshipItem } from '@mentor-match/core/schemas/mentorship';
import { SearchPage } from '@mentor-match/core/schemas/search';
import { ProgramSettings } from '@mentor-match/core/schemas/settings';
import { Concern } from '@mentor-match/core/schemas/concern';
import { checkedCohorts } from '@mentor-match/core/cohort-checked';

/** What this needs of a core (zod) schema; structural, so the elements need no zod import of their own. */
interface Schema<T> {
  safeParse(value: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export function checked<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new MentoringError('invalid-response', `The adapter returned an invalid ${what}.`, {
    details: { issues: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`) },
  });
}

// Core's `hasCohorts`, written out: importing cohort-adapter.ts here would split core's adapter module into a
// file of its own on every page.
const offersCohorts = (adapter: MentoringAdapter): adapter is MentoringAdapter & CohortAdapter =>
  typeof (adapter as Partial<CohortAdapter>).listCohorts === 'function';

/** `adapter` with every answer checked; calls that throw instead of rejecting reject too. */
export function checkedAdapter(adapter: MentoringAdapter): MentoringAdapter {
  const mentorship = async (answer: Promise<Mentorship>) => checked(Mentorship, await answer, 'mentorship');
  const viewer = async (answer: Promise<Viewer>) => checked(Viewer, await answer, 'viewer');
  return {
    getViewer: async (options) => viewer(adapter.getViewer(options)),
    getProgram: async (options) => checked(ProgramSettings, await adapter.getProgram(options), 'program'),
    getMember: async (id, options) => checked(MemberView, await adapter.getMember(id, options), 'member'),
    search: async (query, options) => checked(SearchPage, await adapter.search(query, options), 'search page'),
    enrol: async (input, options) => viewer(adapter.enrol(input, options)),
    setAvailability: async (input, options) => viewer(adapter.setAvailability(input, options)),
    requestMentorship: async (input, options) => mentorship(adapter.requestMentorship(input, options)),
    act: async (id, action, input, options) => mentorship(adapter.act(id, action, input, options)),
    giveFeedback: async (id, input, options) => mentorship(adapter.giveFeedback(id, input, options)),
    listMentorships: async (options) => {
      const list: unknown = await adapter.listMentorships(options);
      // Anything but an array fails the item check, as an invalid list.
      return (Array.isArray(list) ? list : [list]).map((item) => checked(MentorshipItem, item, 'mentorship list'));
    },
    acceptCodeOfConduct: async (input, options) => viewer(adapter.acceptCodeOfConduct(input, options)),
    raiseConcern: async (input, options) => checked(Concern, await adapter.raiseConcern(input, options), 'concern'),
    listConcerns: async (options) => {
      const list: unknown = await adapter.listConcerns(options);
      return (Array.isArray(list) ? list : [list]).map((item) => checked(Concern, item, 'concern list'));
    },
    // Cohorts (issue 14), when the adapter offers them.
    ...(offersCohorts(adapter) ? checkedCohorts(adapter, checked) : {}),
    subscribe: (listener) => adapter.subscribe(listener),
    ...checkedNotifications(adapter),
  };
}

/** The contract's optional notification calls, checked where the adapter offers them. */
function checkedNotifications(adapter: MentoringAdapter): Partial<MentoringAdapter> {
  const { listNotifications: list, markNotificationsRead: mark, getNotificationPreferences: get, setNotificationPreferences: set } = adapter;
  // The schemas come with the first call: a page without the bell never loads them.
  const schemas = () => import('@mentor-match/core/schemas/notification');
  // Both awaited at once: an answer that fails while the schemas download is handled, not left unhandled.
  const feed = async (answer: Promise<unknown>) => {
    const [value, { NotificationFeed }] = await Promise.all([answer, schemas()]);
    return checked(NotificationFeed, value, 'notification list');
  };
  const preferences = async (answer: Promise<unknown>) => {
    const [value, { NotificationPreferences }] = await Promise.all([answer, schemas()]);
    return checked(NotificationPreferences, value, 'notification preferences');
  };
  return {
    ...(list && { listNotifications: async (options) => feed(list.call(adapter, options)) }),
    ...(mark && { markNotificationsRead: async (input, options) => feed(mark.call(adapter, input, options)) }),
    ...(get && { getNotificationPreferences: async (options) => preferences(get.call(adapter, options)) }),
    ...(set && { setNotificationPreferences: async (input, options) => preferences(set.call(adapter, input, options)) }),
  };
}
