// Arabic: the office's words for the program's words in other languages (office-words-en.ts). Written by the
// mentor-match team, not yet reviewed by a native speaker; the terms are office-ar.ts's.
import type { OfficeWordsMessages } from './office-words.ts';

export const officeWordsAr: OfficeWordsMessages = {
  'office.words.legend': 'اللغات',
  'office.words.language': 'لغة البرنامج',
  'office.words.languageHint':
    'كلمات البرنامج مكتوبة بهذه اللغة. تعرض الصفحات بلغة أخرى الترجمة حين تقدّمها، وإلا فهذه الكلمات.',
  'office.words.languageMissing': (n, language, f) =>
    f.plural(n, {
      zero: `لا توجد كلمات بلا ترجمة (${language}).`,
      one: `كلمة واحدة بلا ترجمة بعد (${language}). أكملها أدناه، ثم اختر اللغة من جديد.`,
      two: `كلمتان بلا ترجمة بعد (${language}). أكملهما أدناه، ثم اختر اللغة من جديد.`,
      few: `# كلمات بلا ترجمة بعد (${language}). أكملها أدناه، ثم اختر اللغة من جديد.`,
      many: `# كلمةً بلا ترجمة بعد (${language}). أكملها أدناه، ثم اختر اللغة من جديد.`,
      other: `# كلمة بلا ترجمة بعد (${language}). أكملها أدناه، ثم اختر اللغة من جديد.`,
    }),
  'office.words.languageChanged': (language) => `أصبحت كلمات البرنامج الآن بـ${language}. احفظ للإبقاء على ذلك.`,
  'office.words.translateInto': 'الترجمة إلى',
  'office.words.hint': 'اختياري. حيث يكون الحقل فارغًا، تعرض الصفحات بتلك اللغة كلمة البرنامج الأصلية، مع تحديد لغتها.',
  'office.words.name': 'اسم البرنامج',
  'office.words.codeText': 'نص مدونة السلوك',
  'office.words.topics': (language) => `الموضوعات (${language})`,
  'office.words.industries': (language) => `القطاعات (${language})`,
  'office.words.careerStages': (language) => `المراحل المهنية (${language})`,
  'office.words.texts': (language) => `نصوص البرنامج (${language})`,
};
