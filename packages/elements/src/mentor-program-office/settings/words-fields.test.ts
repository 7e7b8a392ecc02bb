// The settings tab's "Languages" part in Chromium, over a real MemoryBackend (issue 13, item 2): staff give a
// topic, an industry, the program's name and code a French label, save with a reason, and a French member
// page shows them while ids stay as they were; a label emptied is no translation; the program's language
// cannot change while a word lacks a translation in it, and changes (every word swapped) once none does.
// axe in each state.
import { expect, html } from '@open-wc/testing';
import { DEFAULT_PROGRAM_SETTINGS } from '@mentor-match/core';
import { createWorld, inProgram, until, type World } from '../../../test/helpers.ts';
import '../../i18n/fr-register.ts';
import '../../mentor-search/define.ts';
import { choose, settingsView, type } from './settings-fixtures.ts';
import type { MentorOfficeSettings } from './settings-view.ts';
import type { MentorSearch } from '../../mentor-search/mentor-search.ts';

const shadow = (el: Element) => el.shadowRoot!;

async function save(element: MentorOfficeSettings, reason: string, world: World, saved: () => boolean) {
  const root = shadow(element);
  type(root, '#reason', reason);
  await element.updateComplete;
  root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await until(saved, 'the settings saved');
  void world;
}

const index = (id: string, list: readonly { id: string }[]) => list.findIndex((entry) => entry.id === id);

describe('<mentor-office-settings>: the program’s words in other languages', () => {
  it('staff give French labels; a French search page shows them, ids unchanged; an emptied field is no translation', async () => {
    const world = createWorld({
      settings: { codeOfConduct: { required: true, version: '1', url: null, text: 'Be kind.' } },
    });
    const element = await settingsView(world);
    const root = shadow(element);
    expect(root.querySelector<HTMLSelectElement>('#words-into')!.value, 'French first: the first language not the program’s').to.equal('fr');
    const leadership = index('leadership', DEFAULT_PROGRAM_SETTINGS.topics);
    const health = index('healthcare', DEFAULT_PROGRAM_SETTINGS.industries);
    const label = root.querySelector(`label[for="words-topics-${leadership}"]`)!;
    expect(label.textContent!.trim(), 'each field is labelled by the program’s own word').to.equal('Leadership');
    expect(root.querySelector(`#words-topics-${leadership}`)!.getAttribute('lang'), 'typed in French').to.equal('fr');
    type(root, `#words-topics-${leadership}`, 'Direction d’équipe');
    type(root, `#words-industries-${health}`, 'Santé');
    type(root, '#words-name', 'Programme de mentorat');
    type(root, '#words-code', 'Soyez bienveillants.');
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await save(element, 'French for the Paris chapter', world, () => world.backend.settings.names?.['fr'] === 'Programme de mentorat');
    const settings = world.backend.settings;
    expect(settings.topics[leadership]).to.deep.equal({ id: 'leadership', label: 'Leadership', labels: { fr: 'Direction d’équipe' } });
    expect(settings.industries[health]!.labels).to.deep.equal({ fr: 'Santé' });
    expect(settings.codeOfConduct.texts).to.deep.equal({ fr: 'Soyez bienveillants.' });
    expect(settings.codeOfConduct.version, 'a translation needs no new version').to.equal('1');
    expect(settings.topics.map((topic) => topic.id)).to.deep.equal(DEFAULT_PROGRAM_SETTINGS.topics.map((topic) => topic.id));

    const { element: search } = await inProgram<MentorSearch>(
      world.backend.adapterFor(world.menteeId), html`<div lang="fr"><mentor-search find="mentors"></mentor-search></div>`, 'mentor-search',
    );
    await until(() => shadow(search).querySelector('input[value="leadership"]') !== null, 'the search form');
    expect(shadow(search).querySelector('input[value="leadership"]')!.nextElementSibling!.textContent).to.equal('Direction d’équipe');

    // Emptied: no French label any more (not an empty one, which the schema refuses).
    await until(() => (root.querySelector<HTMLInputElement>(`#words-topics-${leadership}`)?.value ?? '') === 'Direction d’équipe', 'the saved form');
    type(root, `#words-topics-${leadership}`, '  ');
    await save(element, 'Back to English', world, () => world.backend.settings.topics[leadership]!.labels === undefined);
    expect(world.backend.settings.topics[leadership]).to.deep.equal({ id: 'leadership', label: 'Leadership' });
  });

  it('refuses to change the program’s language while words lack it, says how many; changes it once none does', async () => {
    const world = createWorld({ settings: { topics: [{ id: 'leadership', label: 'Leadership' }, { id: 'statistics', label: 'Statistics' }] } });
    const element = await settingsView(world);
    const root = shadow(element);
    choose(root, '#program-language', 'fr');
    await element.updateComplete;
    const select = root.querySelector<HTMLSelectElement>('#program-language')!;
    expect(select.value, 'the language in force stays').to.equal('en');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    const missing = 2 + DEFAULT_PROGRAM_SETTINGS.industries.length + DEFAULT_PROGRAM_SETTINGS.careerStages.length + 1;
    expect(root.querySelector('#program-language-error')!.textContent).to.include(`${missing} words have no translation in French`);
    expect(root.querySelector<HTMLSelectElement>('#words-into')!.value, 'the words to fill in are shown').to.equal('fr');
    expect(root.querySelector('#words-topics-0')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();

    // Every word in French: the change goes through, each word swapped with its translation.
    const s = world.backend.settings;
    type(root, '#words-name', 'Programme');
    type(root, '#words-topics-0', 'Direction');
    type(root, '#words-topics-1', 'Statistiques');
    s.industries.forEach((_, i) => type(root, `#words-industries-${i}`, `Secteur ${i}`));
    s.careerStages.forEach((_, i) => type(root, `#words-careerStages-${i}`, `Étape ${i}`));
    await element.updateComplete;
    choose(root, '#program-language', 'fr');
    await element.updateComplete;
    expect(root.querySelector('#program-language-error')).to.equal(null);
    expect(root.querySelector<HTMLSelectElement>('#words-into')!.value, 'now translating into the first other language').to.equal('en');
    expect(root.querySelector<HTMLInputElement>('#words-topics-0')!.value, 'the English word is now a translation').to.equal('Leadership');
    await save(element, 'The program is French now', world, () => world.backend.settings.language === 'fr');
    expect(world.backend.settings.topics[0]).to.deep.equal({ id: 'leadership', label: 'Direction', labels: { en: 'Leadership' } });
    expect(world.backend.settings.name).to.equal('Programme');
    await expect(element).to.be.accessible();
  });
});
