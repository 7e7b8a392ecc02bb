// The catalogs kept apart from the member elements' own, one feature each (the office with its Languages
// and Emails parts, the cohorts, the workspace, the bell, the email preferences, the ribbon): each language
// against its English, by one check (test/catalog-check.ts). The member elements' catalogs have their own, stricter test (catalogs.test.ts).
import { expect } from '@open-wc/testing';
import * as english from './en.ts';
import { officeFr } from './office-fr.ts';
import { officeEs } from './office-es.ts';
import { officeDe } from './office-de.ts';
import { officeAr } from './office-ar.ts';
import { officeWordsEn } from './office-words-en.ts';
import { officeEmailsEn } from './office-emails-en.ts';
import * as cohortEnglish from './cohort-en.ts';
import { cohortFr } from './cohort-fr.ts';
import { cohortEs } from './cohort-es.ts';
import { cohortDe } from './cohort-de.ts';
import { cohortAr } from './cohort-ar.ts';
import { workspaceEn } from './workspace-en.ts';
import { workspaceFr } from './workspace-fr.ts';
import { workspaceEs } from './workspace-es.ts';
import { workspaceDe } from './workspace-de.ts';
import { workspaceAr } from './workspace-ar.ts';
import { notificationsEn } from './notifications-en.ts';
import { notificationsFr } from './notifications-fr.ts';
import { notificationsEs } from './notifications-es.ts';
import { notificationsDe } from './notifications-de.ts';
import { notificationsAr } from './notifications-ar.ts';
import { preferencesEn } from './preferences-en.ts';
import { preferencesFr } from './preferences-fr.ts';
import { preferencesEs } from './preferences-es.ts';
import { preferencesDe } from './preferences-de.ts';
import { preferencesAr } from './preferences-ar.ts';
import { recognitionEn, recognitionLocales } from './recognition.ts';
import { formatFor } from './format.ts';
import type { CohortMessages } from './cohort-en.ts';
import { catalogProblems, digitsInText } from '../../test/catalog-check.ts';

/** The office's English: the `office…` sections of en.ts and the modules of its Languages and Emails parts. */
const officeEn = Object.assign(
  {}, ...Object.entries(english).filter(([name]) => /^office[A-Z]/.test(name)).map(([, section]) => section), officeWordsEn, officeEmailsEn,
) as Record<string, unknown>;
const { fr: recognitionFr, es: recognitionEs, de: recognitionDe, ar: recognitionAr } = recognitionLocales;
const cohortEn = Object.assign({}, ...Object.values(cohortEnglish)) as CohortMessages;

const FEATURES: Record<string, Record<'en' | 'fr' | 'es' | 'de' | 'ar', Record<string, unknown>>> = {
  'the office': { en: officeEn, fr: officeFr, es: officeEs, de: officeDe, ar: officeAr },
  'the cohorts': { en: cohortEn, fr: cohortFr, es: cohortEs, de: cohortDe, ar: cohortAr },
  'the workspace': { en: workspaceEn, fr: workspaceFr, es: workspaceEs, de: workspaceDe, ar: workspaceAr },
  'the bell': { en: notificationsEn, fr: notificationsFr, es: notificationsEs, de: notificationsDe, ar: notificationsAr },
  'the email preferences': { en: preferencesEn, fr: preferencesFr, es: preferencesEs, de: preferencesDe, ar: preferencesAr },
  'the mentor ribbon': { en: recognitionEn, fr: recognitionFr!, es: recognitionEs!, de: recognitionDe!, ar: recognitionAr! },
};

describe('the catalogs of each feature', () => {
  for (const [feature, catalogs] of Object.entries(FEATURES)) {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      it(`${feature} in ${lang}: every English key and no other, of the same kind, every function running, numbers by Intl`, () => {
        expect(catalogProblems(catalogs.en, catalog, lang)).to.deep.equal([]);
      });
    }
    it(`${feature} in Arabic writes no digit in its own text`, () => {
      expect(digitsInText(catalogs.ar)).to.deep.equal([]);
    });
  }

  it('the cohorts’ English: each key in one section only', () => {
    const keys = Object.values(cohortEnglish).flatMap((section) => Object.keys(section));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('plural forms: French, German and Arabic counts', () => {
    expect(cohortFr['cohort.office.done.proposed'](1, formatFor('fr'))).to.equal('1 binôme proposé.');
    expect(cohortDe['cohort.office.done.proposed'](3, formatFor('de'))).to.equal('3 Paare vorgeschlagen.');
    expect(cohortAr['cohort.office.done.proposed'](2, formatFor('ar'))).to.equal('اقتُرح ثنائيان.');
    expect(cohortEn['cohort.office.proposalSummary'](2, 0, formatFor('en'))).to.equal('2 pairs proposed, nobody left unmatched.');
  });
});
