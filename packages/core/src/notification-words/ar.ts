// Arabic: the built-in wording of every notification (notification-templates.ts); the HTML part is right to left.
import type { LanguageWords } from './types.ts';

const asks = '{{#asMentor}}يطلب منك أن تكون مرشده{{/asMentor}}{{#asMentee}}يدعوك لتكون متدرّبه{{/asMentee}}';
const details = 'المجالات: {{areas}}\nالمدة: {{term}} أشهر\nالأهداف: {{goals}}';
const reason = '{{#reason}}\nالسبب: {{reason}}{{/reason}}';

export const ar: LanguageWords = {
  frame: {
    greeting: 'عزيزي/عزيزتي {{member}}،',
    signature: '— {{program}}',
    act: 'افتحه على الموقع:',
    contact: 'أسئلة؟ راسل مكتب البرنامج:',
    preferences: 'اختر الرسائل التي تصلك وعدد مرات إرسالها:',
    unsubscribe: 'أوقف هذه الرسائل:',
  },
  kinds: {
    request: { subject: `{{other}} ${asks}`, body: `{{other}} ${asks}.\n${details}{{#message}}\n\n{{message}}{{/message}}\n\nيرجى الرد قبل {{expires}}.` },
    reminder: { subject: 'تذكير: ينتهي طلب الإرشاد من {{other}} في {{expires}}', body: `{{other}} ${asks} وينتظر ردك.\n${details}\n\nينتهي الطلب في {{expires}}.` },
    accepted: { subject: 'قبل {{other}} طلب الإرشاد الذي أرسلته', body: `قبل {{other}} الطلب. يستمر الإرشاد حتى {{ends}}.\n${details}` },
    declined: { subject: 'رفض {{other}} طلب الإرشاد الذي أرسلته', body: `رفض {{other}} طلبك.${reason}` },
    withdrawn: { subject: 'سحب {{other}} طلب الإرشاد', body: 'سحب {{other}} طلبه.' },
    expired: { subject: 'انتهت صلاحية طلب الإرشاد الذي أرسلته إلى {{other}}', body: 'لم يرد {{other}} على طلبك قبل {{expires}}، فانتهت صلاحيته. يمكنك البحث عن عضو آخر.' },
    completed: { subject: 'أشار {{other}} إلى اكتمال الإرشاد', body: 'أشار {{other}} إلى اكتمال الإرشاد. يمكنك الآن ترك تقييمك.' },
    ended: { subject: 'أنهى {{other}} الإرشاد', body: `أنهى {{other}} الإرشاد قبل موعده.${reason}\nيمكنك ترك تقييمك.` },
    digest: { subject: 'ملخص الإرشاد: {{count}} تحديثات', body: 'إليك ما حدث منذ رسالتك الأخيرة:\n\n{{items}}' },
    paired: { subject: 'قرن مكتب البرنامج بينك وبين {{other}}', body: `قرن مكتب البرنامج بينك وبين {{other}}، وهو الآن {{#asMentor}}متدرّبك{{/asMentor}}{{#asMentee}}مرشدك{{/asMentee}}.\nالمجالات: {{areas}}\nالمدة: {{term}} أشهر، حتى {{ends}}${reason}` },
    'ended-by-staff': { subject: 'أنهى مكتب البرنامج الإرشاد بينك وبين {{other}}', body: `أنهى مكتب البرنامج الإرشاد بينك وبين {{other}}.${reason}\nيمكنك ترك تقييمك.` },
    'withdrawn-by-staff': { subject: 'سحب مكتب البرنامج طلب الإرشاد بينك وبين {{other}}', body: `سحب مكتب البرنامج طلب الإرشاد بينك وبين {{other}}.${reason}` },
    'paused-by-staff': { subject: 'أوقف مكتب البرنامج مشاركتك مؤقتًا', body: `لم تعد تظهر في نتائج البحث ولن تصلك طلبات جديدة؛ يستمر الإرشاد القائم.${reason}` },
    'resumed-by-staff': { subject: 'عدت إلى المشاركة في برنامج الإرشاد', body: `استأنف مكتب البرنامج مشاركتك: يمكن للأعضاء العثور عليك وإرسال الطلبات إليك من جديد.${reason}` },
    approved: { subject: 'تمت الموافقة عليك مرشدًا', body: `وافق مكتب البرنامج عليك مرشدًا: يمكن للمتدرّبين الآن العثور عليك وإرسال الطلبات إليك.${reason}` },
    'approval-declined': { subject: 'لم تتم الموافقة على طلبك لتكون مرشدًا', body: `لم يوافق مكتب البرنامج على طلبك لتكون مرشدًا.${reason}` },
    suspended: { subject: 'تم تعليق مشاركتك في برنامج الإرشاد', body: `لم تعد تظهر في نتائج البحث، ولا يمكنك إرسال الطلبات أو قبولها؛ يستمر الإرشاد القائم.${reason}` },
    'suspension-lifted': { subject: 'رُفع تعليق مشاركتك في برنامج الإرشاد', body: `يمكنك المشاركة في البرنامج من جديد.${reason}` },
    'concern-reply': { subject: 'رد مكتب البرنامج على بلاغك', body: 'رد مكتب البرنامج على البلاغ الذي أرسلته:\n\n{{reason}}' },
  },
};
