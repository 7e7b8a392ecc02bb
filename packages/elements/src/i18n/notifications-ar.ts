// Arabic: <mentor-notifications>'s strings (notifications-en.ts says why they are apart).
import type { NotificationMessages } from './notifications-en.ts';

export const notificationsAr: NotificationMessages = {
  'notifications.button': (unread, f) =>
    f.plural(unread, {
      '=0': 'الإشعارات، لا شيء غير مقروء',
      one: 'الإشعارات، إشعار واحد غير مقروء',
      two: 'الإشعارات، إشعاران غير مقروءين',
      few: 'الإشعارات، # إشعارات غير مقروءة',
      many: 'الإشعارات، # إشعارًا غير مقروء',
      other: 'الإشعارات، # إشعار غير مقروء',
    }),
  'notifications.heading': 'الإشعارات',
  'notifications.loading': 'جارٍ تحميل إشعاراتك…',
  'notifications.empty': 'لا شيء بعد. ستظهر هنا مستجدات طلباتك وعلاقات الإرشاد.',
  'notifications.markAll': 'تعليم الكل كمقروء',
  'notifications.markRead': 'تعليم كمقروء',
  'notifications.unread': 'غير مقروء',
  'notifications.close': 'إغلاق',
  'notifications.arrived': (n, f) =>
    f.plural(n, { one: 'إشعار جديد واحد', two: 'إشعاران جديدان', few: '# إشعارات جديدة', many: '# إشعارًا جديدًا', other: '# إشعار جديد' }),
  'notifications.allRead': 'تم تعليم كل الإشعارات كمقروءة.',
  'notifications.markedRead': 'تم التعليم كمقروء.',
  'notifications.preferences': 'تفضيلات البريد الإلكتروني',
};
