// State changes over the REST API: each is sent with an Idempotency-Key (so ky's retries are done once), and
// tells the page at once what it changed, with the change-feed positions the server gave it (not again when
// the poll reports them). A module of its own with the member's changes (enrolment, availability, requests and
// their answers, feedback, the code of conduct, concerns, the bell's writes): RestAdapter imports it at the
// member's first change, so a page that only searches never downloads it; the staff, workspace and cohort
// calls, lazy modules already, import `change` from it.
import {
  MENTORSHIP_ACTIONS, type CallOptions, type MentoringAdapter, type MentoringChange,
} from '@mentor-match/core/adapter';
import { MentoringError } from '@mentor-match/core/errors';
import { CHANGES_MADE_HEADER } from '@mentor-match/core/schemas/api';
import { Concern } from '@mentor-match/core/schemas/concern';
import { Viewer } from '@mentor-match/core/schemas/member';
import { Mentorship } from '@mentor-match/core/schemas/mentorship';
import type * as z from 'zod/mini';
import { notificationSchemas, segment, type Connection } from './connection.ts';
import type { Method } from './http.ts';

/** The member's changes, as RestAdapter offers them (it imports this module at the first). */
export type MemberChanges = Pick<
  Required<MentoringAdapter>,
  'enrol' | 'setAvailability' | 'requestMentorship' | 'act' | 'giveFeedback' | 'acceptCodeOfConduct' | 'raiseConcern' |
  'markNotificationsRead' | 'setNotificationPreferences'
>;

/** The member's changes over `connection`. */
export function memberChanges(connection: Connection): MemberChanges {
  const member = (path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, 'PUT', path, Viewer, 'viewer', input, options, (viewer) => ({ kind: 'member', id: viewer.member.id }));
  const mentorship = (path: string, input: unknown, options: CallOptions | undefined) =>
    change(connection, 'POST', path, Mentorship, 'mentorship', input, options, (answer) => ({ kind: 'mentorship', id: answer.id }));
  return {
    enrol: (input, options) => member('me/enrolment', input, options),
    setAvailability: (input, options) => member('me/availability', input, options),
    acceptCodeOfConduct: (input, options) => member('me/code-of-conduct', input, options),
    requestMentorship: (input, options) => mentorship('mentorships', input, options),
    act: async (id, action, input = {}, options) => {
      checkAction(MENTORSHIP_ACTIONS, action);
      return mentorship(`mentorships/${segment(id)}/${action}`, input, options);
    },
    giveFeedback: (id, input, options) => mentorship(`mentorships/${segment(id)}/feedback`, input, options),
    raiseConcern: (input, options) =>
      change(connection, 'POST', 'me/concerns', Concern, 'concern', input, options, (concern) => ({ kind: 'concern', id: concern.id })),
    // The bell's writes tell the page of a change of the viewer's list (the id is theirs; the page's cache needs
    // the kind only). Their schemas come with the first notification call, the reads' or the writes'.
    markNotificationsRead: async (input, options) => {
      const { NotificationFeed } = await notificationSchemas();
      return change(connection, 'POST', 'me/notifications/read', NotificationFeed, 'notification list', input, options, listChanged);
    },
    setNotificationPreferences: async (input, options) => {
      const { NotificationPreferences } = await notificationSchemas();
      return change(connection, 'PUT', 'me/notifications/preferences', NotificationPreferences, 'notification preferences', input, options, listChanged);
    },
  };
}

const listChanged = (): MentoringChange => ({ kind: 'notification', id: '' });

/** Sends a state change, then tells the listeners what changed (with the feed positions the server gave it). */
export async function change<T>(
  connection: Connection,
  method: Exclude<Method, 'GET'>,
  path: string,
  schema: z.ZodMiniType<T>,
  what: string,
  input: unknown,
  options: CallOptions | undefined,
  changed: (answer: T) => MentoringChange,
): Promise<T> {
  let made: number[] = [];
  const answer = await connection.send(method, path, schema, what, {
    ...options,
    json: input,
    // ky sends the same headers on its retries: the server does a repeated change only once.
    headers: { 'idempotency-key': newIdempotencyKey() },
    onAnswer: (headers) => {
      made = headers.get(CHANGES_MADE_HEADER)?.split(',').filter((seq) => /^\d+$/.test(seq)).map(Number) ?? [];
    },
  });
  connection.feed.announce(changed(answer), made);
  return answer;
}

/**
 * Typed callers cannot pass an unknown action, but page scripts are plain JavaScript, and an unknown action
 * would reach an unknown route, whose 404 would read as an unknown id.
 */
export function checkAction<A extends string>(actions: readonly A[], action: A): void {
  if (!actions.includes(action)) throw new MentoringError('validation', `Unknown action ${String(action)}.`, { field: 'action' });
}

/**
 * A random UUID v4. `crypto.randomUUID` exists only on secure (https) pages; a member site still on
 * plain http gets one made from `getRandomValues`, which every browser has: each hex digit of the template
 * random, but the version (4) and the variant's top bits (8 to b).
 */
const newIdempotencyKey = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16));
