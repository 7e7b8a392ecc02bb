// <mentor-notifications>: its English, and the contract of its catalog in each other language
// (notifications-fr.ts, …), kept apart from the member elements' catalogs so that only a page with the bell
// downloads its words. The element adds the English when its module is imported, and the page language's
// catalog when it is shown in one.
import type { Format } from './format.ts';

export const notificationsEn = {
  'notifications.button': (unread: number, f: Format) =>
    f.plural(unread, { '=0': 'Notifications, none unread', one: 'Notifications, # unread', other: 'Notifications, # unread' }),
  'notifications.heading': 'Notifications',
  'notifications.loading': 'Loading your notifications…',
  'notifications.empty': 'Nothing yet. What happens with your requests and mentorships will be listed here.',
  'notifications.markAll': 'Mark all as read',
  'notifications.markRead': 'Mark as read',
  'notifications.unread': 'Unread',
  'notifications.close': 'Close',
  'notifications.arrived': (n: number, f: Format) => f.plural(n, { one: '# new notification', other: '# new notifications' }),
  'notifications.allRead': 'All notifications are marked as read.',
  'notifications.markedRead': 'Marked as read.',
  'notifications.preferences': 'Email preferences',
};

type NotificationsEnglish = typeof notificationsEn;
type ArgsOf<M> = M extends (...args: infer A) => string ? (A extends [...infer Own, Format] ? Own : A) : [];

/** Every key of the bell's catalog, with its arguments, in each language. */
export type NotificationMessages = {
  [K in keyof NotificationsEnglish]: NotificationsEnglish[K] extends string ? string : (...args: [...ArgsOf<NotificationsEnglish[K]>, f: Format]) => string;
};
