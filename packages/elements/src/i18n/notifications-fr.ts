// French: <mentor-notifications>'s strings (notifications-en.ts says why they are apart).
import type { NotificationMessages } from './notifications-en.ts';

export const notificationsFr: NotificationMessages = {
  'notifications.button': (unread, f) =>
    f.plural(unread, { '=0': 'Notifications, aucune non lue', one: 'Notifications, # non lue', other: 'Notifications, # non lues' }),
  'notifications.heading': 'Notifications',
  'notifications.loading': 'Chargement de vos notifications…',
  'notifications.empty': 'Rien pour l’instant. Ce qui arrive à vos demandes et mentorats s’affichera ici.',
  'notifications.markAll': 'Tout marquer comme lu',
  'notifications.markRead': 'Marquer comme lu',
  'notifications.unread': 'Non lu',
  'notifications.close': 'Fermer',
  'notifications.arrived': (n, f) => f.plural(n, { one: '# nouvelle notification', other: '# nouvelles notifications' }),
  'notifications.allRead': 'Toutes les notifications sont marquées comme lues.',
  'notifications.markedRead': 'Marqué comme lu.',
  'notifications.preferences': 'Préférences d’e-mail',
};
