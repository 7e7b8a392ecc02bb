// The program's own words in the member elements' language (issue 13, item 2): topics, industries, career
// stages and the code of conduct in the page's language where the program gives a translation; else in the
// program's language, marked with it (lang, and a direction of its own), so a screen reader reads it right.
import { expect, html } from '@open-wc/testing';
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings } from '@mentor-match/core';
import '../i18n/fr-register.ts';
import '../i18n/ar-register.ts';
import '../i18n/de-register.ts';
import '../i18n/es-register.ts';
import { STAFF_ID, inProgram, until } from '../../test/helpers.ts';
import { card, part, scene } from '../mentor-profile-card/card-fixtures.ts';
import { consoleOf, part as consolePart, scene as consoleScene } from '../mentor-relationships-console/console-fixtures.ts';
import '../mentor-search/define.ts';
import '../mentor-enrollment/define.ts';
import type { MentorSearch } from '../mentor-search/mentor-search.ts';
import type { MentorEnrollment } from '../mentor-enrollment/mentor-enrollment.ts';

/** The default program with French and Arabic for some of its words (grant writing and statistics have none). */
const TRANSLATED: Partial<ProgramSettings> = {
  topics: DEFAULT_PROGRAM_SETTINGS.topics.map((topic) =>
    topic.id === 'leadership' ? { ...topic, labels: { fr: 'Direction d’équipe', ar: 'القيادة' } } : topic),
  industries: DEFAULT_PROGRAM_SETTINGS.industries.map((entry) =>
    entry.id === 'healthcare' ? { ...entry, labels: { fr: 'Santé', ar: 'الرعاية الصحية' } } : entry),
  careerStages: DEFAULT_PROGRAM_SETTINGS.careerStages.map((entry) =>
    entry.id === 'early' ? { ...entry, labels: { fr: 'Début de carrière', ar: 'بداية المسار المهني' } } : entry),
};

const direction = (node: Element | null | undefined) => (node ? getComputedStyle(node).direction : 'missing');

describe('the program’s words in the page’s language', () => {
  it('a card in French: translated topics plain, an English fallback marked lang="en"', async () => {
    const { viewer } = await scene({ settings: TRANSLATED });
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'fr');
    await until(() => part(el, '[part="topic"]') !== null, 'the card');
    const topics = [...el.shadowRoot!.querySelectorAll('[part="topic"]')];
    expect(topics.map((li) => li.textContent)).to.deep.equal(['Direction d’équipe', 'Grant writing', 'Statistics']);
    expect(topics.map((li) => li.getAttribute('lang'))).to.deep.equal([null, 'en', 'en']);
    await expect(el).to.be.accessible();
  });

  it('the request form’s areas in Arabic: the translation, and an English fallback isolated left to right', async () => {
    const { viewer } = await scene({ settings: TRANSLATED });
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'ar', 'rtl');
    await until(() => part(el, '[part~="badge"]') !== null, 'the badge');
    part<HTMLButtonElement>(el, '[part~="badge"]')!.click();
    await until(() => part<HTMLDialogElement>(el, 'dialog', 'form')?.open === true, 'the request form');
    const labels = [...part(el, 'fieldset', 'form')!.querySelectorAll('label.area')];
    expect(labels[0]!.textContent).to.include('القيادة');
    expect(labels[0]!.querySelector('[lang]'), 'in the page’s language: no mark').to.equal(null);
    const fallback = labels[1]!.querySelector('bdi[lang="en"]');
    expect(fallback?.textContent).to.equal('Grant writing');
    expect(direction(fallback)).to.equal('ltr');
    await expect(part(el, 'mentor-request-form', undefined)!).to.be.accessible();
  });

  it('the search form in French: topics, industries and career stages, the untranslated ones marked', async () => {
    const world = (await scene({ settings: TRANSLATED })).world;
    const { element } = await inProgram<MentorSearch>(
      world.backend.adapterFor('viewer'),
      html`<div lang="fr"><mentor-search find="mentors"></mentor-search></div>`,
      'mentor-search',
    );
    await until(() => element.shadowRoot!.querySelector('select#industry') !== null, 'the form');
    const root = element.shadowRoot!;
    const topic = (id: string) => root.querySelector(`input[name="topics"][value="${id}"]`)!.nextElementSibling!;
    expect(topic('leadership').textContent).to.equal('Direction d’équipe');
    expect(topic('leadership').hasAttribute('lang')).to.equal(false);
    expect(topic('statistics').getAttribute('lang')).to.equal('en');
    const option = (select: string, id: string) => root.querySelector<HTMLOptionElement>(`select#${select} option[value="${id}"]`)!;
    expect(option('industry', 'healthcare').textContent).to.equal('Santé');
    expect(option('industry', 'healthcare').hasAttribute('lang')).to.equal(false);
    expect(option('industry', 'energy').getAttribute('lang')).to.equal('en');
    expect(option('careerStage', 'early').textContent).to.equal('Début de carrière');
    expect(option('careerStage', 'senior').getAttribute('lang')).to.equal('en');
    // Ids are what is searched: the query sends `healthcare`, never a label.
    expect(option('industry', 'healthcare').value).to.equal('healthcare');
    await expect(element).to.be.accessible();
  });

  it('enrolment in Arabic offers the Arabic labels, English ones marked', async () => {
    const { world } = await scene({ settings: TRANSLATED });
    const { element } = await inProgram<MentorEnrollment>(
      world.backend.adapterFor('viewer'),
      html`<div lang="ar" dir="rtl"><mentor-enrollment></mentor-enrollment></div>`,
      'mentor-enrollment',
    );
    await until(() => element.shadowRoot!.querySelector('select[name="profile.careerStage"]') !== null, 'the form');
    const root = element.shadowRoot!;
    const early = root.querySelector<HTMLOptionElement>('select[name="profile.careerStage"] option[value="early"]')!;
    expect(early.textContent).to.equal('بداية المسار المهني');
    expect(early.hasAttribute('lang')).to.equal(false);
    expect(root.querySelector('select[name="profile.careerStage"] option[value="senior"]')!.getAttribute('lang')).to.equal('en');
    const leadership = root.querySelector('input[name="mentee.topics"][value="leadership"]')!.nextElementSibling!;
    expect(leadership.textContent).to.equal('القيادة');
    const stats = root.querySelector('input[name="mentee.topics"][value="statistics"]')!.nextElementSibling!;
    expect(stats.getAttribute('lang')).to.equal('en');
    expect(direction(stats)).to.equal('ltr');
    await expect(element).to.be.accessible();
  });

  it('the code of conduct in German where translated; in Spanish, the English text marked lang="en"', async () => {
    const { world, vera } = await consoleScene();
    const staff = world.backend.staffAdapterFor(STAFF_ID);
    const record = await staff.getSettings();
    await staff.updateSettings({
      settings: { ...record.settings, codeOfConduct: { required: true, version: '2', url: null, text: 'Be kind.', texts: { de: 'Seien Sie freundlich.' } } },
      version: record.version,
      reason: 'A code in two languages',
    });
    const conduct = async (lang: string) => {
      const el = await consoleOf(vera, { world, lang });
      await until(() => Boolean(consolePart(el, 'mentor-code-of-conduct')?.shadowRoot?.querySelector('[part="conduct-text"]')), 'the notice');
      return consolePart(el, 'mentor-code-of-conduct')!.shadowRoot!.querySelector('[part="conduct-text"]')!;
    };
    const german = await conduct('de');
    expect(german.textContent).to.equal('Seien Sie freundlich.');
    expect(german.hasAttribute('lang')).to.equal(false);
    const spanish = await conduct('es');
    expect(spanish.textContent).to.equal('Be kind.');
    expect(spanish.getAttribute('lang')).to.equal('en');
  });

  it('a program written in French: on an English page its untranslated words are marked lang="fr"', async () => {
    const { viewer } = await scene({
      settings: {
        language: 'fr',
        topics: [
          { id: 'leadership', label: 'Direction d’équipe', labels: { en: 'Leadership' } },
          { id: 'grant-writing', label: 'Demandes de subventions' },
          { id: 'statistics', label: 'Statistiques' },
        ],
      },
    });
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await until(() => part(el, '[part="topic"]') !== null, 'the card');
    const topics = [...el.shadowRoot!.querySelectorAll('[part="topic"]')];
    expect(topics.map((li) => [li.textContent, li.getAttribute('lang')])).to.deep.equal([
      ['Leadership', null], ['Demandes de subventions', 'fr'], ['Statistiques', 'fr'],
    ]);
  });
});
