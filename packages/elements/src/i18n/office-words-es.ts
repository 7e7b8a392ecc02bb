// Spanish: the office's words for the program's words in other languages (office-words-en.ts). Written by
// the mentor-match team, not yet reviewed by a native speaker; the terms are office-es.ts's.
import type { OfficeWordsMessages } from './office-words.ts';

export const officeWordsEs: OfficeWordsMessages = {
  'office.words.legend': 'Idiomas',
  'office.words.language': 'Idioma del programa',
  'office.words.languageHint':
    'Las palabras del programa están escritas en este idioma. Las páginas en otro idioma muestran su traducción cuando usted la da; si no, estas palabras.',
  'office.words.languageMissing': (n, language, f) =>
    f.plural(n, {
      one: `Una palabra aún no tiene traducción (${language}). Complétela abajo y vuelva a elegir el idioma.`,
      other: `# palabras aún no tienen traducción (${language}). Complételas abajo y vuelva a elegir el idioma.`,
    }),
  'office.words.languageChanged': (language) => `Las palabras del programa están ahora en ${language}. Guarde para conservarlo.`,
  'office.words.translateInto': 'Traducir al',
  'office.words.hint':
    'Opcional. Donde un campo esté vacío, las páginas en ese idioma muestran la palabra del programa, marcada con su idioma.',
  'office.words.name': 'Nombre del programa',
  'office.words.codeText': 'Texto del código de conducta',
  'office.words.topics': (language) => `Temas (${language})`,
  'office.words.industries': (language) => `Sectores (${language})`,
  'office.words.careerStages': (language) => `Etapas profesionales (${language})`,
  'office.words.texts': (language) => `Textos del programa (${language})`,
};
