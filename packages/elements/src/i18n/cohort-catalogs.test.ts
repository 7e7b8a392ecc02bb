// The cohorts' catalogs (cohort-en.ts and cohort-fr/es/de/ar.ts): the same keys and kinds as English, each
// message function running for every count with its text arguments kept, and every number written by Intl
// (with Arabic-Indic digits asked for, no Latin digit appears). Type-checking already refuses a catalog
// that misses a key or takes other arguments.
import { expect } from '@open-wc/testing';
import * as english from './cohort-en.ts';
import { cohortFr } from './cohort-fr.ts';
import { cohortEs } from './cohort-es.ts';
import { cohortDe } from './cohort-de.ts';
import { cohortAr } from './cohort-ar.ts';
import { formatFor } from './format.ts';
import type { CohortMessages } from './cohort-en.ts';

const cohortEn = Object.assign({}, ...Object.values(english)) as CohortMessages;
const COUNTS = [0, 1, 2, 3, 5, 11, 100, 1234];
type Run = (...args: unknown[]) => string;

describe('the cohorts’ catalogs', () => {
  it('English: each key in one section only', () => {
    const keys = Object.values(english).flatMap((section) => Object.keys(section));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  for (const [lang, catalog] of Object.entries({ en: cohortEn, fr: cohortFr, es: cohortEs, de: cohortDe, ar: cohortAr })) {
    it(`${lang}: every English key and no other, of the same kind, every function running, numbers by Intl`, () => {
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(cohortEn).sort());
      const problems: string[] = [];
      for (const [key, message] of Object.entries(catalog)) {
        const englishMessage = cohortEn[key as keyof CohortMessages];
        if (typeof message !== typeof englishMessage) problems.push(`${key}: not the same kind as English`);
        if (typeof message !== 'function') continue;
        const own = Math.max(0, (englishMessage as Run).length - (/\bf\s*\)\s*=>/.test(String(englishMessage)) ? 1 : 0));
        for (const n of COUNTS) {
          // Each argument is a count to Intl (valueOf) and a word to a template literal (toString).
          const arg = { valueOf: () => n, toString: () => '«text»' };
          const out = (message as Run)(...Array.from({ length: own }, () => arg), formatFor(`${lang}-u-nu-arab`));
          if (typeof out !== 'string' || out.trim() === '' || /undefined|NaN|null|\[object/.test(out)) problems.push(`${key}(${n}): ${out}`);
          else if (/[0-9]/.test(out)) problems.push(`${key}(${n}) wrote a digit itself: ${out}`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('Arabic writes no digit in its own text', () => {
    expect(Object.entries(cohortAr).filter(([, m]) => typeof m === 'string' && /[0-9]/.test(m)).map(([k]) => k)).to.deep.equal([]);
  });

  it('plural forms: French, German and Arabic counts', () => {
    expect(cohortFr['cohort.office.done.proposed'](1, formatFor('fr'))).to.equal('1 binôme proposé.');
    expect(cohortDe['cohort.office.done.proposed'](3, formatFor('de'))).to.equal('3 Paare vorgeschlagen.');
    expect(cohortAr['cohort.office.done.proposed'](2, formatFor('ar'))).to.equal('اقتُرح ثنائيان.');
    expect(cohortEn['cohort.office.proposalSummary'](2, 0, formatFor('en'))).to.equal('2 pairs proposed, nobody left unmatched.');
  });
});
