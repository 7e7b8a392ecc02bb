// French: the office's words for the program's words in other languages (office-words-en.ts). Written by the
// mentor-match team, not yet reviewed by a native speaker; the terms are office-fr.ts's.
import type { OfficeWordsMessages } from './office-words.ts';

export const officeWordsFr: OfficeWordsMessages = {
  'office.words.legend': 'Langues',
  'office.words.language': 'Langue du programme',
  'office.words.languageHint':
    'Les mots du programme sont écrits dans cette langue. Les pages dans une autre langue affichent leur traduction quand vous en donnez une, sinon ces mots.',
  'office.words.languageMissing': (n, language, f) =>
    f.plural(n, {
      one: `Un mot n’a pas encore de traduction (${language}). Complétez-le ci-dessous, puis choisissez de nouveau la langue.`,
      other: `# mots n’ont pas encore de traduction (${language}). Complétez-les ci-dessous, puis choisissez de nouveau la langue.`,
    }),
  'office.words.languageChanged': (language) => `Les mots du programme sont désormais en ${language}. Enregistrez pour le conserver.`,
  'office.words.translateInto': 'Traduire en',
  'office.words.hint':
    'Facultatif. Quand un champ est vide, les pages dans cette langue affichent le mot du programme, signalé avec sa langue.',
  'office.words.name': 'Nom du programme',
  'office.words.codeText': 'Texte du code de conduite',
  'office.words.topics': (language) => `Thèmes (${language})`,
  'office.words.industries': (language) => `Secteurs (${language})`,
  'office.words.careerStages': (language) => `Étapes de carrière (${language})`,
  'office.words.texts': (language) => `Textes du programme (${language})`,
};
