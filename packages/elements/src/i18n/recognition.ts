// The mentor ribbon's words (<mentor-ribbon>, on a profile card), in every language at once: one message,
// so a catalog per language would cost a download each for a few bytes. The ribbon's own module adds them
// when it is imported, which happens only where a card shows a mentor with a completed mentorship.
// French, Spanish, German and Arabic follow the terms of fr.ts, es.ts, de.ts and ar.ts (their headers say
// which), and like them await a native speaker's review.
import type { Format } from './format.ts';

export const recognitionEn = {
  'ribbon.completed': (n: number, f: Format) =>
    f.plural(n, { one: 'Mentor · # mentorship completed', other: 'Mentor · # mentorships completed' }),
};
export type RecognitionMessages = typeof recognitionEn;

export const recognitionLocales: Readonly<Record<string, RecognitionMessages>> = {
  fr: {
    'ribbon.completed': (n, f) => f.plural(n, { one: 'Mentor · # mentorat mené à terme', other: 'Mentor · # mentorats menés à terme' }),
  },
  es: {
    'ribbon.completed': (n, f) => f.plural(n, { one: 'Mentor · # mentoría completada', other: 'Mentor · # mentorías completadas' }),
  },
  de: {
    'ribbon.completed': (n, f) => f.plural(n, { one: 'Mentor · # abgeschlossenes Mentoring', other: 'Mentor · # abgeschlossene Mentorings' }),
  },
  ar: {
    'ribbon.completed': (n, f) =>
      f.plural(n, {
        zero: 'مرشد · لا علاقات إرشاد مكتملة',
        one: 'مرشد · علاقة إرشاد واحدة مكتملة',
        two: 'مرشد · علاقتا إرشاد مكتملتان',
        few: 'مرشد · # علاقات إرشاد مكتملة',
        many: 'مرشد · # علاقة إرشاد مكتملة',
        other: 'مرشد · # علاقة إرشاد مكتملة',
      }),
  },
};
