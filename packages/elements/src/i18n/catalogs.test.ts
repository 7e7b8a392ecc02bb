// The catalogs: one per locale, each typed against English. At run time every catalog has exactly
// English's keys, each of the same kind, and every message function runs for sample arguments in its own
// language; at type-check time (`npm test` runs tsc over this file) a catalog that misses a key, misspells
// one or takes other arguments does not compile: each `@ts-expect-error` below fails the type-check if the
// line under it ever compiles, and SAMPLES must name every message function.
import { expect } from '@open-wc/testing';
import * as english from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { de } from './de.ts';
import { ar } from './ar.ts';
import { officeWordsEn } from './office-words-en.ts';
import { officeEmailsEn } from './office-emails-en.ts';
import { formatFor } from './format.ts';
import type { MessageArgs, Messages } from './en.ts';

const { 'availability.title': _missing, ...incomplete } = fr;
// @ts-expect-error a catalog without 'availability.title' is not a Messages
const _missingKey: Messages = incomplete;
// @ts-expect-error a misspelt key
const _misspelt: Messages = { ...es, 'availability.titel': 'Disponibilidad' };
// @ts-expect-error a message taking other arguments than the English one
const _otherArguments: Messages = { ...de, months: (n: string) => `${n} Monate` };

// The program office's sections (`office…En`) have catalogs of their own (office-fr.ts …), apart from the
// member elements' ones.
const isOffice = (name: string) => /^office[A-Z]/.test(name);
const memberSections = Object.entries(english).filter(([name]) => !isOffice(name)).map(([, section]) => section);
// The settings' Languages part keeps its English in a module of its own (office-words-en.ts), loaded with the office.
const officeSections = [...Object.entries(english).filter(([name]) => isOffice(name)).map(([, section]) => section), officeWordsEn, officeEmailsEn];

/** Every English section of the member elements, as one catalog. */
const en = Object.assign({}, ...memberSections) as Messages;
const CATALOGS: Record<string, Messages> = { en, fr, es, de, ar };

type FunctionKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];

// Text arguments as the elements pass them: names, lists, dates already formatted. None holds a digit (so
// any digit in a message's output was written by Intl), and some hold `#`, which a message must leave as
// it is (`#` is the count only in the plural forms' own text).
const NAME = 'Zoë O’Brien';
const TOPICS = 'C#, F# & Go';
const DATE = '«date»';

/** Sample arguments for every message function, for a count `n` (the type-checker wants every key here). */
const SAMPLES: { [K in FunctionKey]: (n: number) => MessageArgs<Messages[K]> } = {
  'months': (n) => [n],
  'hoursApart': (n) => [n],
  'search.topicsSelected': (n) => [n],
  'search.withinHours': (n) => [n],
  'search.count.mentors': (n) => [n],
  'search.count.mentees': (n) => [n],
  'search.showing': (n) => [n, n + 20],
  'card.photoOf': () => [NAME],
  'card.localTime': () => ['«time»'],
  'card.ahead': (n) => [n],
  'card.behind': (n) => [n],
  'card.speaks': () => ['«languages»'],
  'card.places': (n) => [n, n + 1],
  'card.reason.topics': (n) => [n, TOPICS],
  'card.reason.languages': () => ['«languages»'],
  'card.reason.hoursApart': (n) => [n],
  'card.reason.meets': () => ['«ways»'],
  'card.pausedUntil': () => [DATE],
  'card.requestSent': () => [DATE],
  'card.askAgainOn': () => [DATE],
  'card.requestReceived': () => [DATE],
  'card.form.askMentor': () => [NAME],
  'card.form.inviteMentee': () => [NAME],
  'console.pending': (n) => [n],
  'console.active': (n) => [n],
  'console.ended': (n) => [n],
  'console.older': (n) => [n],
  'console.sent': () => [DATE],
  'console.expires': () => [DATE],
  'console.daysLeft': (n) => [n],
  'console.youMentor': () => [NAME],
  'console.youMentored': () => [NAME],
  'console.dates': () => [DATE, '«end»'],
  'console.month': (n) => [n, n + 3],
  'console.termOver': () => [DATE],
  'console.state.completed': () => [DATE],
  'console.state.ended': () => [DATE],
  'console.state.declined': () => [DATE],
  'console.state.withdrawn': () => [DATE],
  'console.state.expired': () => [DATE],
  'console.reason': () => ['«reason #two»'],
  'console.done.acceptMentee': () => [NAME],
  'console.done.acceptMentor': () => [NAME],
  'console.done.decline': () => [NAME],
  'console.done.save': () => [NAME],
  'console.done.withdraw': () => [NAME],
  'console.done.complete': () => [NAME],
  'console.done.end': () => [NAME],
  'console.confirm.decline': () => [NAME],
  'console.confirm.withdraw': () => [NAME],
  'console.confirm.complete': () => [NAME],
  'console.confirm.end': () => [NAME],
  'console.feedback': () => [NAME],
  'console.rating': (n) => [1 + (n % 5)],
  'availability.pausedUntil': () => [DATE],
  'availability.effect': (n) => [n % 2 === 0, n],
  'availability.awaiting': (n) => [n],
  'availability.active': (n) => [n],
  'availability.capacityBad': (n) => [n + 1],
  'availability.notSaved': () => ['«why»'],
  'enrollment.link': (n) => [n],
  'enrollment.conduct.accepted': () => [DATE],
  'enrollment.summary': (n) => [n],
  'enrollment.error.max': (n) => [n],
  'enrollment.error.photoOrigins': () => ['https://photos.example.org'],
  'enrollment.error.check': () => ['«label #»'],
  'concern.title': () => [NAME],
  'concern.about': () => [NAME, DATE],
  'concern.reply': () => [DATE, '«reply #»'],
  'conduct.explain': () => ['«version»'],
};

/** Every count the plural rules of these languages tell apart (Arabic: zero, one, two, few, many, other). */
const COUNTS = [0, 1, 2, 3, 5, 11, 100, 1234];

type Run = (...args: unknown[]) => string;
const run = (catalog: Messages, key: FunctionKey, n: number, lang: string) =>
  (catalog[key] as unknown as Run)(...SAMPLES[key](n), formatFor(lang));

describe('the catalogs', () => {
  it('English is every section of en.ts, each key in one section only', () => {
    const sections = [...memberSections, ...officeSections];
    expect(sections.map((section) => Object.keys(section).length).filter((size) => size === 0)).to.deep.equal([]);
    const keys = sections.flatMap((section) => Object.keys(section));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    describe(lang, () => {
      it('has every English key and no other', () => {
        expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('has text where English has text, and a function where English takes arguments', () => {
        const mismatched = Object.entries(catalog).filter(([key, message]) => typeof message !== typeof en[key as keyof Messages]);
        expect(mismatched.map(([key]) => key)).to.deep.equal([]);
      });

      it('runs every message function for every count, keeping each text argument as it is', () => {
        const problems: string[] = [];
        for (const key of Object.keys(SAMPLES) as FunctionKey[]) {
          for (const n of COUNTS) {
            const out = run(catalog, key, n, lang);
            const texts = (SAMPLES[key](n) as unknown[]).filter((arg): arg is string => typeof arg === 'string');
            if (typeof out !== 'string' || out.trim() === '') problems.push(`${key}(${n}): empty`);
            else if (/undefined|NaN|null|\[object/.test(out)) problems.push(`${key}(${n}): ${out}`);
            else if (texts.some((text) => !out.includes(text))) problems.push(`${key}(${n}) lost an argument: ${out}`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('writes every number through Intl: with Arabic-Indic digits asked for, no other digit appears', () => {
        // `-u-nu-arab` keeps the language's words and plural rules and changes only its digits, so a
        // number a message wrote itself (`${n}`) shows up as 0-9.
        const handWritten: string[] = [];
        for (const key of Object.keys(SAMPLES) as FunctionKey[]) {
          for (const n of COUNTS) {
            const out = run(catalog, key, n, `${lang}-u-nu-arab`);
            if (/[0-9]/.test(out)) handWritten.push(`${key}(${n}): ${out}`);
          }
        }
        expect(handWritten).to.deep.equal([]);
      });
    });
  }

  it('Arabic writes no digit in its own text, so none contradicts the page’s choice of digits', () => {
    const withDigits = Object.entries(ar).filter(([, message]) => typeof message === 'string' && /[0-9]/.test(message));
    expect(withDigits.map(([key]) => key)).to.deep.equal([]);
  });
});

describe('plural forms, per locale', () => {
  const count = (catalog: Messages, lang: string, ns: number[]) => ns.map((n) => catalog['search.count.mentors'](n, formatFor(lang)));

  it('English, German and Spanish: none, one, other', () => {
    expect(count(en, 'en', [0, 1, 2, 1234])).to.deep.equal(['No mentors found', '1 mentor found', '2 mentors found', '1,234 mentors found']);
    expect(count(de, 'de', [0, 1, 2, 1234])).to.deep.equal([
      'Keine Mentoren gefunden', '1 Mentor gefunden', '2 Mentoren gefunden', '1.234 Mentoren gefunden',
    ]);
    expect(count(es, 'es', [0, 1, 2])).to.deep.equal(['Ningún mentor encontrado', '1 mentor encontrado', '2 mentores encontrados']);
    expect(de['card.places'](0, 1, formatFor('de'))).to.equal('0 von 1 Platz frei');
    expect(de['card.places'](2, 3, formatFor('de'))).to.equal('2 von 3 Plätzen frei');
    expect(es['console.daysLeft'](5, formatFor('es'))).to.equal('Solo quedan 5 días');
  });

  it('French: 0 and 1 take the singular', () => {
    expect(count(fr, 'fr', [0, 1, 2])).to.deep.equal(['Aucun mentor trouvé', '1 mentor trouvé', '2 mentors trouvés']);
    expect(fr['card.places'](0, 1, formatFor('fr'))).to.equal('0 place libre sur 1');
    expect(fr['card.places'](2, 3, formatFor('fr'))).to.equal('2 places libres sur 3');
  });

  it('Arabic: zero, one, two, few, many and other, each with the case the number asks for', () => {
    expect(count(ar, 'ar', [0, 1, 2, 3, 11, 100])).to.deep.equal([
      'لم يُعثر على أي مرشد',
      'تم العثور على مرشد واحد',
      'تم العثور على مرشدَين',
      'تم العثور على 3 مرشدين',
      'تم العثور على 11 مرشدًا',
      'تم العثور على 100 مرشد',
    ]);
    const summary = (n: number) => ar['enrollment.summary'](n, formatFor('ar'));
    expect([1, 2, 3, 11, 100].map(summary)).to.deep.equal([
      'توجد مشكلة واحدة يجب إصلاحها',
      'توجد مشكلتان يجب إصلاحهما',
      'توجد 3 مشكلات يجب إصلاحها',
      'توجد 11 مشكلةً يجب إصلاحها',
      'توجد 100 مشكلة يجب إصلاحها',
    ]);
    expect([1, 2, 6].map((n) => ar.months(n, formatFor('ar')))).to.deep.equal(['شهر', 'شهران', '6 أشهر']);
  });

  it('Arabic digits follow the page’s tag: Latin for ar, Arabic-Indic for ar-EG', () => {
    expect(ar['search.count.mentees'](3, formatFor('ar'))).to.equal('تم العثور على 3 مسترشدين');
    expect(ar['search.count.mentees'](3, formatFor('ar-EG'))).to.equal('تم العثور على ٣ مسترشدين');
    expect(ar['console.month'](2, 12, formatFor('ar-EG'))).to.equal('الشهر ٢ من ١٢');
  });
});
