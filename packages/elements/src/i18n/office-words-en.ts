// English: the program office's words for the program's own words in other languages (the settings tab's
// "Languages" part, issue 13). A catalog file of its own, so the office's main catalogs change by one line
// each; the other languages are office-words-fr.ts …, spread into office-fr.ts ….
import type { Format } from './format.ts';

export const officeWordsEn = {
  'office.words.legend': 'Languages',
  'office.words.language': 'The program’s language',
  'office.words.languageHint':
    'The program’s words are written in this language. Pages in another language show its translation where you give one, else these words.',
  'office.words.languageMissing': (n: number, language: string, f: Format) =>
    f.plural(n, {
      one: `One word has no translation in ${language} yet. Fill it in below, then choose the language again.`,
      other: `# words have no translation in ${language} yet. Fill them in below, then choose the language again.`,
    }),
  'office.words.languageChanged': (language: string) => `The program’s words are now in ${language}. Save to keep it.`,
  'office.words.translateInto': 'Translate into',
  'office.words.hint': 'Optional. Where a field is empty, pages in that language show the program’s own word, marked with its language.',
  'office.words.name': 'Program name',
  'office.words.codeText': 'Text of the code of conduct',
  'office.words.topics': (language: string) => `Topics in ${language}`,
  'office.words.industries': (language: string) => `Industries in ${language}`,
  'office.words.careerStages': (language: string) => `Career stages in ${language}`,
  'office.words.texts': (language: string) => `The program’s texts in ${language}`,
};
