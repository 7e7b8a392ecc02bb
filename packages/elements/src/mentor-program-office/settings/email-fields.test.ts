// The settings tab's "Emails" and "Pages" parts in Chromium, over a real MemoryBackend (issue 15, item 4, the
// staff side): staff choose an email and a language, see its built-in words and placeholders, change them with
// the preview following (core's renderEmail, the server's function), save with a reason (audited), reset to the
// built-in words; a template that would not render is refused beside its field with the reason, and nothing
// typed is lost; the preview signs with the program's name in the email's language; each page's address is
// checked as an absolute http(s) one. axe in each state; keyboard only where staff would use it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EMAIL_WORDS } from '@mentor-match/core';
import { STAFF_ID, createWorld, until, type World } from '../../../test/helpers.ts';
import '../../i18n/fr-register.ts';
import type { MentorOfficeSettings } from './settings-view.ts';
import { choose, settingsView, type } from './settings-fixtures.ts';
import { emailRefusal } from './email-fields.ts';

const shadow = (el: Element) => el.shadowRoot!;
/** The settings view once its Emails part is there. */
const emailsView = (world: World, lang = 'en') => settingsView(world, lang, '#email-subject');

async function submit(element: MentorOfficeSettings, reason: string) {
  const root = shadow(element);
  type(root, '#reason', reason);
  await element.updateComplete;
  root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await element.updateComplete;
}

const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
const value = (root: ShadowRoot, selector: string) => root.querySelector<HTMLInputElement>(selector)!.value;
/** The element focused, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<mentor-office-settings>: the Emails part', () => {
  it('shows the built-in words and placeholders; edits update the preview; saved with a reason and audited; reset to built-in', async () => {
    const world = createWorld({ settings: { name: 'Society Mentoring', contactEmail: 'mentoring@society.example' } });
    const element = await emailsView(world);
    const root = shadow(element);
    const builtIn = EMAIL_WORDS.en.kinds['request']!;
    expect(value(root, '#email-kind')).to.equal('request');
    expect(value(root, '#email-language'), 'the program’s language first').to.equal('en');
    expect(value(root, '#email-subject')).to.equal(builtIn.subject);
    expect(value(root, '#email-body')).to.equal(builtIn.body);
    expect(text(root, '#email-state')).to.equal('The built-in words.');
    expect(root.querySelector('#email-reset'), 'nothing to reset').to.equal(null);
    const placeholders = [...root.querySelectorAll('#email-placeholders code')].map((code) => code.textContent);
    expect(placeholders).to.include.members(['{{member}}', '{{program}}', '{{other}}', '{{goals}}', '{{expires}}', '{{asMentor}}']);
    expect(placeholders, 'no placeholder nothing fills').not.to.include('{{role}}');
    expect(text(root, '[part="preview-subject"]')).to.equal('Alex Morgan asks you to be their mentor');
    const plain = text(root, '[part="preview-text"]');
    expect(plain).to.match(/^Dear Sam Rivera,/);
    expect(plain).to.include('— Society Mentoring');
    expect(plain).to.include('Questions? Write to the program office: mentoring@society.example');
    expect(text(root, '[part="preview-html"]'), 'the HTML part, shown as its source').to.include('<p>Dear Sam Rivera,</p>');
    expect(root.querySelector('[part="email-preview"] iframe, [part="email-preview"] a'), 'no HTML of the email in the office').to.equal(null);
    await expect(element).to.be.accessible();

    // Keyboard: the next email in the list, then its subject typed.
    root.querySelector<HTMLSelectElement>('#email-kind')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(value(root, '#email-kind')).to.equal('reminder');
    expect(value(root, '#email-subject')).to.equal(EMAIL_WORDS.en.kinds['reminder']!.subject);
    root.querySelector<HTMLSelectElement>('#email-kind')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    const subject = root.querySelector<HTMLInputElement>('#email-subject')!;
    subject.focus();
    subject.select();
    await sendKeys({ type: 'Hello {{member}}: {{other}} wrote' });
    await element.updateComplete;
    expect(text(root, '[part="preview-subject"]'), 'the preview follows what is typed').to.equal('Hello Sam Rivera: Alex Morgan wrote');
    expect(text(root, '#email-state')).to.equal('The program’s own words.');
    await expect(element).to.be.accessible();

    await submit(element, 'A warmer subject');
    await until(() => (world.backend.settings.emailTemplates ?? []).length === 1, 'the settings saved');
    expect(world.backend.settings.emailTemplates).to.deep.equal([
      { kind: 'request', language: 'en', subject: 'Hello {{member}}: {{other}} wrote', body: builtIn.body },
    ]);
    const audit = await world.backend.staffAdapterFor(STAFF_ID).listAudit({});
    expect(audit.items[0]).to.include({ action: 'settings', reason: 'A warmer subject' });
    await until(() => text(root, '[role="status"]').startsWith('Settings saved'), 'the saved form');
    expect(value(root, '#email-kind'), 'the email shown stays through the save').to.equal('request');
    expect(root.querySelector('#email-kind option[value="request"]')!.textContent).to.equal('A request received (the program’s words)');
    expect(root.querySelector('[part="email-built-in"] pre')!.textContent, 'the built-in words beside the program’s').to.equal(builtIn.body);

    // Reset: the built-in words, focus kept in the part; saved, no template is left.
    root.querySelector<HTMLButtonElement>('#email-reset')!.click();
    await element.updateComplete;
    expect(value(root, '#email-subject')).to.equal(builtIn.subject);
    expect(deepActive()).to.equal(subject);
    await until(() => text(root, '[role="status"]') === 'A request received (English): back to the built-in words. Save to keep it.', 'the reset said');
    await submit(element, 'Back to the usual words');
    await until(() => world.backend.settings.emailTemplates === undefined, 'the reset saved');
  });

  it('refuses a template that would not render, with the reason beside the field, keeping every word typed', async () => {
    const world = createWorld();
    const element = await emailsView(world);
    const root = shadow(element);
    const broken = 'Hello {{nmae}},\n\n{{#reason}}Why: {{reason}}';
    type(root, '#email-body', broken);
    await element.updateComplete;
    expect(text(root, '[part="email-preview"]'), 'no preview of what would not render, and why, as it is typed').to.include(
      'The preview returns once the subject and text would render. {{nmae}} is not a placeholder emails can use.',
    );

    await submit(element, 'Trying a new wording');
    expect(root.querySelector('#email-body')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root, '#email-body-error')).to.equal('{{nmae}} is not a placeholder emails can use.');
    expect(root.querySelector('#email-body')!.getAttribute('aria-describedby')).to.include('email-body-error');
    expect(text(root, '[part="summary"]')).to.include('{{nmae}} is not a placeholder emails can use.');
    expect(deepActive(), 'focus on the summary of problems').to.equal(root.querySelector('[part="summary"]'));
    expect(value(root, '#email-body'), 'the words stay').to.equal(broken);
    expect(world.backend.settings.emailTemplates, 'nothing saved').to.equal(undefined);
    await expect(element).to.be.accessible();

    // One problem after the other, each in the staff's words.
    type(root, '#email-body', 'Hello {{member}},\n\n{{#reason}}Why: {{reason}}');
    await element.updateComplete;
    expect(text(root, '#email-body-error')).to.equal('The section {{#reason}} is never closed: add {{/reason}}.');

    // Another email chosen: the broken one is named on the choice of email.
    choose(root, '#email-kind', 'accepted');
    await element.updateComplete;
    expect(text(root, '#email-kind-error')).to.equal('The email “A request received” in English would not render. Choose it to correct it.');
    choose(root, '#email-kind', 'request');
    await element.updateComplete;
    expect(value(root, '#email-body'), 'still there').to.equal('Hello {{member}},\n\n{{#reason}}Why: {{reason}}');
    type(root, '#email-body', 'Hello {{member}},\n\n{{#reason}}Why: {{reason}}{{/reason}}');
    await submit(element, 'Trying a new wording');
    await until(() => world.backend.settings.emailTemplates?.[0]?.body === 'Hello {{member}},\n\n{{#reason}}Why: {{reason}}{{/reason}}', 'saved once it renders');
  });

  it('speaks the office’s language, and previews each email language with the program’s name in it', async () => {
    const world = createWorld({ settings: { name: 'Society Mentoring', names: { fr: 'Programme de mentorat' } } });
    const element = await emailsView(world, 'fr');
    const root = shadow(element);
    await until(() => text(root, '[part="emails"] legend') === 'E-mails', 'the office in French');
    expect(root.querySelector('#email-kind option[value="request"]')!.textContent).to.equal('Demande reçue');
    expect(text(root, '[part="preview-text"]')).to.include('— Society Mentoring');
    choose(root, '#email-language', 'fr');
    await element.updateComplete;
    expect(value(root, '#email-subject')).to.equal(EMAIL_WORDS.fr.kinds['request']!.subject);
    expect(root.querySelector('#email-subject')!.getAttribute('lang')).to.equal('fr');
    expect(text(root, '[part="preview-text"]'), 'the French email signs with the French name').to.include('— Programme de mentorat');
    choose(root, '#email-language', 'ar');
    await element.updateComplete;
    expect(root.querySelector('[part="preview-text"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  it('says which placeholders an email never fills, as it is typed, without refusing it', async () => {
    const world = createWorld();
    const element = await emailsView(world);
    const root = shadow(element);
    choose(root, '#email-kind', 'approved');
    await element.updateComplete;
    expect(root.querySelector('#email-unfilled')).to.equal(null);
    expect([...root.querySelectorAll('#email-placeholders code')].map((code) => code.textContent), 'no mentorship: no other member')
      .to.deep.equal(['{{member}}', '{{program}}', '{{contact}}', '{{link}}', '{{reason}}']);
    type(root, '#email-body', 'Welcome, {{member}}: {{other}} and your goals ({{goals}}) await.');
    await element.updateComplete;
    expect(text(root, '#email-unfilled')).to.equal('This email has no value for {{other}} and {{goals}}: it would show nothing there.');
    expect(root.querySelector('#email-body')!.getAttribute('aria-describedby')).to.include('email-unfilled');
    expect(text(root, '[part="preview-text"]'), 'it renders, those places empty').to.include('Welcome, Sam Rivera:  and your goals () await.');
    await expect(element).to.be.accessible();
  });

  it('names the field of a refusal: the template shown, or the choice of email for another', () => {
    const settings = createWorld().backend.settings;
    const own = { ...settings, emailTemplates: [{ kind: 'accepted', language: 'fr' as const, subject: 'Oui {{x}}', body: 'ok' }] };
    expect(emailRefusal(own, { kind: 'request', language: 'en' }, 'emailTemplates.0.subject')).to.deep.equal(
      ['email.kind', { key: 'office.emails.brokenElsewhere', kind: 'accepted', language: 'fr' }],
    );
    expect(emailRefusal(own, { kind: 'accepted', language: 'fr' }, 'emailTemplates.0.subject')).to.deep.equal(
      ['email.subject', { key: 'office.emails.issue', issue: { code: 'unknown', token: '{{x}}' } }],
    );
    expect(emailRefusal(own, { kind: 'accepted', language: 'fr' }, 'name')).to.equal(undefined);
  });
});

describe('<mentor-office-settings>: the Pages part', () => {
  it('checks each page’s address as an absolute http(s) one, says how to write it, and saves them', async () => {
    const world = createWorld();
    const element = await emailsView(world);
    const root = shadow(element);
    expect(text(root, 'label[for="pages-console"]')).to.equal('Mentoring console (requests and mentorships)');
    type(root, '#pages-console', 'https://society.example/mentoring');
    type(root, '#pages-search', 'society.example/find');
    type(root, '#pages-preferences', 'javascript:alert(1)');
    await submit(element, 'Our pages');
    for (const page of ['search', 'preferences']) {
      expect(root.querySelector(`#pages-${page}`)!.getAttribute('aria-invalid'), page).to.equal('true');
      expect(text(root, `#pages-${page}-error`)).to.equal('Enter a full address beginning with https:// (or http://).');
    }
    expect(root.querySelector('#pages-console')!.getAttribute('aria-invalid')).to.equal(null);
    expect(world.backend.settings.pages, 'nothing saved').to.equal(undefined);
    expect(value(root, '#pages-search'), 'the address typed stays').to.equal('society.example/find');
    await expect(element).to.be.accessible();

    type(root, '#pages-search', 'https://society.example/find');
    type(root, '#pages-preferences', '');
    await submit(element, 'Our pages');
    await until(() => world.backend.settings.pages !== undefined, 'the pages saved');
    expect(world.backend.settings.pages).to.deep.equal({ console: 'https://society.example/mentoring', search: 'https://society.example/find' });
  });
});
