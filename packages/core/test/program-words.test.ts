// The program's words per language (issue 13, item 2): which text a page in a language gets, and in which
// language it really is; the schema's checks on translations; the program's language changed.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROGRAM_SETTINGS, ProgramSettings, checkTranslations, codeOfConductText, entryWord, programName,
  programSettings, withProgramLanguage,
} from '../src/index.ts';

const leadership = { id: 'leadership', label: 'Leadership', labels: { fr: 'Direction d’équipe', 'pt-BR': 'Liderança', ar: 'القيادة' } };
const settings = programSettings({
  topics: [leadership, { id: 'statistics', label: 'Statistics' }],
  names: { fr: 'Programme de mentorat' },
  codeOfConduct: { required: true, version: '1', url: null, text: 'Be kind.', texts: { de: 'Seien Sie freundlich.' } },
});

describe('the program’s words in a page’s language', () => {
  it('gives the translation, else the program’s own word with the program’s language (to be marked)', () => {
    expect(entryWord(settings, leadership, 'fr')).to.deep.equal({ text: 'Direction d’équipe' });
    expect(entryWord(settings, leadership, 'fr-CA'), 'a regional tag takes its base language').to.deep.equal({ text: 'Direction d’équipe' });
    expect(entryWord(settings, leadership, 'pt-BR'), 'the exact tag first').to.deep.equal({ text: 'Liderança' });
    expect(entryWord(settings, leadership, 'es'), 'no Spanish: the English label, said to be English').to.deep.equal({ text: 'Leadership', lang: 'en' });
    expect(entryWord(settings, leadership, 'en-GB'), 'in the program’s language: no mark').to.deep.equal({ text: 'Leadership' });
    expect(entryWord(settings, settings.topics[1]!, 'ar')).to.deep.equal({ text: 'Statistics', lang: 'en' });
    expect(programName(settings, 'fr')).to.deep.equal({ text: 'Programme de mentorat' });
    expect(programName(settings, 'de')).to.deep.equal({ text: DEFAULT_PROGRAM_SETTINGS.name, lang: 'en' });
    expect(codeOfConductText(settings, 'de')).to.deep.equal({ text: 'Seien Sie freundlich.' });
    expect(codeOfConductText(settings, 'es')).to.deep.equal({ text: 'Be kind.', lang: 'en' });
    expect(codeOfConductText(programSettings(), 'de'), 'no text').to.equal(null);
  });

  it('a program written in French falls back to French, marked fr', () => {
    const french = programSettings({ language: 'fr', topics: [{ id: 'leadership', label: 'Leadership', labels: { en: 'Leading' } }] });
    expect(entryWord(french, french.topics[0]!, 'en')).to.deep.equal({ text: 'Leading' });
    expect(entryWord(french, french.topics[0]!, 'ar')).to.deep.equal({ text: 'Leadership', lang: 'fr' });
  });
});

describe('the settings schema and translations', () => {
  const parse = (change: Partial<ProgramSettings>) => ProgramSettings.safeParse({ ...DEFAULT_PROGRAM_SETTINGS, ...change });

  it('takes optional translations, and stored settings without any still parse', () => {
    expect(parse({}).success).to.equal(true);
    expect(parse({ topics: [leadership], names: { ar: 'برنامج' } }).success).to.equal(true);
  });

  it('refuses an empty translation and a bad language tag', () => {
    expect(parse({ topics: [{ id: 'a', label: 'A', labels: { fr: '' } }] }).success, 'empty').to.equal(false);
    expect(parse({ topics: [{ id: 'a', label: 'A', labels: { 'not a tag': 'B' } }] }).success, 'bad tag').to.equal(false);
  });

  it('refuses, on a change by staff, a translation in the program’s own language', () => {
    const refusal = (change: Partial<ProgramSettings>) => {
      try {
        checkTranslations(programSettings(change));
        return undefined;
      } catch (error) {
        return error as { code: string; field?: string };
      }
    };
    expect(refusal({ topics: [{ id: 'a', label: 'A', labels: { 'en-GB': 'B' } }] })).to.include({ code: 'validation', field: 'language' });
    expect(refusal({ language: 'fr', names: { fr: 'Programme' } }), 'a French name in a French program').to.include({ field: 'language' });
    expect(refusal({ language: 'fr', topics: [{ id: 'a', label: 'A', labels: { en: 'B' } }] })).to.equal(undefined);
    expect(refusal({ codeOfConduct: { required: false, version: '1', url: null, text: 'T', texts: { en: 'U' } } })).to.include({ field: 'language' });
  });
});

describe('the program’s language changed', () => {
  it('swaps every word with its translation; ids never change', () => {
    const all = programSettings({
      topics: [{ id: 'leadership', label: 'Leadership', labels: { fr: 'Direction' } }],
      industries: [{ id: 'energy', label: 'Energy', labels: { fr: 'Énergie' }, retired: true }],
      careerStages: [{ id: 'early', label: 'Early career', rank: 0, labels: { fr: 'Début de carrière', de: 'Berufseinstieg' } }],
      names: { fr: 'Programme' },
    });
    const result = withProgramLanguage(all, 'fr');
    expect('settings' in result).to.equal(true);
    const french = (result as { settings: ProgramSettings }).settings;
    expect(french.language).to.equal('fr');
    expect(french.topics).to.deep.equal([{ id: 'leadership', label: 'Direction', labels: { en: 'Leadership' } }]);
    expect(french.industries[0]).to.deep.equal({ id: 'energy', label: 'Énergie', labels: { en: 'Energy' }, retired: true });
    expect(french.careerStages[0]!.labels).to.deep.equal({ de: 'Berufseinstieg', en: 'Early career' });
    expect(french.name).to.equal('Programme');
    expect(ProgramSettings.safeParse(french).success, 'still valid').to.equal(true);
    expect(entryWord(french, french.topics[0]!, 'en')).to.deep.equal({ text: 'Leadership' });
  });

  it('is refused, naming each word without a translation', () => {
    expect(withProgramLanguage(settings, 'fr')).to.deep.equal({
      missing: ['topics.1.label', ...DEFAULT_PROGRAM_SETTINGS.industries.map((_, i) => `industries.${i}.label`),
        ...DEFAULT_PROGRAM_SETTINGS.careerStages.map((_, i) => `careerStages.${i}.label`), 'codeOfConduct.text'],
    });
  });
});
