// The viewer's notifications (the bell's list) and their email preferences, over any store. A class of its
// own, like the staff service, so a page without the bell loads none of it (MemoryAdapter imports it lazily).
// The list shows the notification records the other operations queued, each worded by its template in the
// member's email language (notification-templates.ts): the same words and link as the email.
import { parseInput } from '../errors.ts';
import * as templates from '../notification-templates.ts';
import {
  DEFAULT_NOTIFICATION_PREFERENCES, MarkReadInput, NotificationPreferences, type NotificationFeed,
} from '../schemas/notification.ts';
import { ServiceCalls, type Caller } from './calls.ts';
import { wait, type Awaitable, type Op } from './op.ts';
import type { StoreReads } from './store.ts';
import type { ProgramSettings } from '../schemas/settings.ts';
import { viewerRecord } from './unit.ts';

/** How many of the latest notifications the list shows. */
export const NOTIFICATION_LIST_LIMIT = 50;

export class NotificationService extends ServiceCalls {
  /** The viewer's latest notifications, newest first, with how many are unread. */
  listNotifications(caller: Caller | null): Awaitable<NotificationFeed> {
    return this.read(caller, (tx, { viewerId, settings }) => feedOf(tx, viewerId, settings, templates));
  }

  /** Marks these of the viewer's notifications read (no ids: every one); answers the list as it now is. */
  markNotificationsRead(caller: Caller | null, input: MarkReadInput): Awaitable<NotificationFeed> {
    return this.change(caller, function* (tx, { viewerId, settings, now }) {
      const { ids } = parseInput(MarkReadInput, input, 'notifications read');
      yield* wait(tx.markNotificationsRead(viewerId, ids ?? null, now));
      tx.recordChange({ kind: 'notification', id: viewerId, audience: [viewerId] });
      return yield* feedOf(tx, viewerId, settings, templates);
    });
  }

  getNotificationPreferences(caller: Caller | null): Awaitable<NotificationPreferences> {
    return this.read(caller, function* (tx, { viewerId }) {
      return (yield* wait(tx.notificationPreferences(viewerId))) ?? DEFAULT_NOTIFICATION_PREFERENCES;
    });
  }

  setNotificationPreferences(caller: Caller | null, input: NotificationPreferences): Awaitable<NotificationPreferences> {
    return this.change(caller, function* (tx, { viewerId, now }) {
      const preferences = parseInput(NotificationPreferences, input, 'notification preferences');
      yield* viewerRecord(tx, viewerId);
      yield* wait(tx.saveNotificationPreferences(viewerId, preferences, now));
      tx.recordChange({ kind: 'notification', id: viewerId, audience: [viewerId] });
      return preferences;
    });
  }
}

type Templates = typeof templates;

function* feedOf(tx: StoreReads, viewerId: string, settings: ProgramSettings, { emailLanguageOf, renderNotification }: Templates): Op<NotificationFeed> {
  const member = yield* viewerRecord(tx, viewerId);
  const chosen = yield* wait(tx.notificationPreferences(viewerId));
  const language = emailLanguageOf(member, chosen?.language ?? null);
  const { items, unread } = yield* wait(tx.notificationList(viewerId, NOTIFICATION_LIST_LIMIT));
  return {
    unread,
    items: items.map(({ id, notification, readAt }) => {
      const { subject, link, page } = renderNotification(notification, settings, language, member.name, { isolate: true });
      return { id, kind: notification.kind, title: subject, at: notification.at, read: readAt !== null, mentorshipId: notification.mentorshipId, page, link };
    }),
  };
}
