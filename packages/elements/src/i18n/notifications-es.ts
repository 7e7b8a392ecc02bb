// Spanish: <mentor-notifications>'s strings (notifications-en.ts says why they are apart).
import type { NotificationMessages } from './notifications-en.ts';

export const notificationsEs: NotificationMessages = {
  'notifications.button': (unread, f) =>
    f.plural(unread, { '=0': 'Notificaciones, ninguna sin leer', one: 'Notificaciones, # sin leer', other: 'Notificaciones, # sin leer' }),
  'notifications.heading': 'Notificaciones',
  'notifications.loading': 'Cargando sus notificaciones…',
  'notifications.empty': 'Nada por ahora. Lo que ocurra con sus solicitudes y mentorías aparecerá aquí.',
  'notifications.markAll': 'Marcar todo como leído',
  'notifications.markRead': 'Marcar como leída',
  'notifications.unread': 'Sin leer',
  'notifications.close': 'Cerrar',
  'notifications.arrived': (n, f) => f.plural(n, { one: '# notificación nueva', other: '# notificaciones nuevas' }),
  'notifications.allRead': 'Todas las notificaciones están marcadas como leídas.',
  'notifications.markedRead': 'Marcada como leída.',
  'notifications.preferences': 'Preferencias de correo',
};
