// German: the office's words for the program's words in other languages (office-words-en.ts). Written by
// the mentor-match team, not yet reviewed by a native speaker; the terms are office-de.ts's (Sie).
import type { OfficeWordsMessages } from './office-words.ts';

export const officeWordsDe: OfficeWordsMessages = {
  'office.words.legend': 'Sprachen',
  'office.words.language': 'Sprache des Programms',
  'office.words.languageHint':
    'Die Wörter des Programms sind in dieser Sprache geschrieben. Seiten in einer anderen Sprache zeigen die Übersetzung, wo Sie eine angeben, sonst diese Wörter.',
  'office.words.languageMissing': (n, language, f) =>
    f.plural(n, {
      one: `Ein Wort hat noch keine Übersetzung (${language}). Ergänzen Sie es unten und wählen Sie die Sprache dann erneut.`,
      other: `# Wörter haben noch keine Übersetzung (${language}). Ergänzen Sie sie unten und wählen Sie die Sprache dann erneut.`,
    }),
  'office.words.languageChanged': (language) => `Die Wörter des Programms sind jetzt auf ${language}. Speichern Sie, um das zu behalten.`,
  'office.words.translateInto': 'Übersetzen ins',
  'office.words.hint':
    'Freiwillig. Wo ein Feld leer ist, zeigen Seiten in dieser Sprache das Wort des Programms, mit seiner Sprache ausgezeichnet.',
  'office.words.name': 'Name des Programms',
  'office.words.codeText': 'Text des Verhaltenskodex',
  'office.words.topics': (language) => `Themen (${language})`,
  'office.words.industries': (language) => `Branchen (${language})`,
  'office.words.careerStages': (language) => `Karrierestufen (${language})`,
  'office.words.texts': (language) => `Texte des Programms (${language})`,
};
