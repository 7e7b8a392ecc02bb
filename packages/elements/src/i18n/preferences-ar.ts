// Arabic: <mentor-notification-preferences>'s strings (preferences-en.ts says why they are apart).
import type { PreferencesMessages } from './preferences-en.ts';

export const preferencesAr: PreferencesMessages = {
  'preferences.heading': 'تفضيلات البريد الإلكتروني',
  'preferences.intro': 'يبقى كل ما يحدث في إشعاراتك على هذا الموقع. اختر عدد مرات إرساله إليك أيضًا بالبريد الإلكتروني، وبأي لغة.',
  'preferences.loading': 'جارٍ تحميل تفضيلات بريدك الإلكتروني…',
  'preferences.unsupported': 'لا يتيح هذا البرنامج تفضيلات البريد الإلكتروني.',
  'preferences.frequency': 'عدد مرات مراسلتك',
  'preferences.immediately': 'فور حدوثه',
  'preferences.immediatelyHint': 'رسالة لكل طلب ورد وتذكير وتنبيه.',
  'preferences.daily': 'ملخص يومي',
  'preferences.dailyHint': 'رسالة واحدة في اليوم على الأكثر، تسرد ما حدث.',
  'preferences.weekly': 'ملخص أسبوعي',
  'preferences.weeklyHint': 'رسالة واحدة في الأسبوع على الأكثر، تسرد ما حدث.',
  'preferences.never': 'الرسائل الأساسية فقط',
  'preferences.neverHint': 'لا شيء غير ذلك بالبريد: تقرؤه في إشعاراتك هنا.',
  'preferences.essential': 'تُرسل دائمًا فورًا مهما اخترت: قرارات مكتب البرنامج بشأن مشاركتك (الموافقة عليك مرشدًا، أو الإيقاف المؤقت، أو التعليق) وردوده على البلاغات التي قدمتها.',
  'preferences.language': 'لغة الرسائل',
  'preferences.languageHint': 'تُكتب رسائلك وإشعاراتك على هذا الموقع بهذه اللغة. تلقائي: لغة ملفك الشخصي إن كانت من بينها، وإلا فالإنجليزية.',
  'preferences.languageDefault': (language) => `تلقائي (${language})`,
  'preferences.unsubscribed': 'لقد ألغيت الاشتراك في هذه الرسائل، لذا لا تصلك إلا الأساسية. لتلقي الرسائل الأخرى من جديد، اختر عدد المرات واحفظ.',
  'preferences.save': 'حفظ التفضيلات',
  'preferences.saving': 'جارٍ الحفظ…',
  'preferences.saved': (choice, language) => `تم الحفظ: ${choice}، باللغة ${language}.`,
  'preferences.kept': 'لا تزال اختياراتك محددة: احفظ مجددًا متى شئت.',
};
