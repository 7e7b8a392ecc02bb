// German: <mentor-notifications>'s strings (notifications-en.ts says why they are apart).
import type { NotificationMessages } from './notifications-en.ts';

export const notificationsDe: NotificationMessages = {
  'notifications.button': (unread, f) =>
    f.plural(unread, { '=0': 'Benachrichtigungen, keine ungelesen', one: 'Benachrichtigungen, # ungelesen', other: 'Benachrichtigungen, # ungelesen' }),
  'notifications.heading': 'Benachrichtigungen',
  'notifications.loading': 'Ihre Benachrichtigungen werden geladen …',
  'notifications.empty': 'Noch nichts. Was mit Ihren Anfragen und Mentorings geschieht, erscheint hier.',
  'notifications.markAll': 'Alle als gelesen markieren',
  'notifications.markRead': 'Als gelesen markieren',
  'notifications.unread': 'Ungelesen',
  'notifications.close': 'Schließen',
  'notifications.arrived': (n, f) => f.plural(n, { one: '# neue Benachrichtigung', other: '# neue Benachrichtigungen' }),
  'notifications.allRead': 'Alle Benachrichtigungen sind als gelesen markiert.',
  'notifications.markedRead': 'Als gelesen markiert.',
  'notifications.preferences': 'E-Mail-Einstellungen',
};
