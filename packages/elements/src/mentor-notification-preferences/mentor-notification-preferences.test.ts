// The email preferences: axe in every state (loaded, unsubscribed, saving, saved, refused, failed to load,
// signed out, not offered, French, Arabic right to left), the keyboard alone choosing and saving, the
// confirmation in the live region, a failed save keeping the choice, a refusal marking its field, the
// change event on the member's save only, and the form following a change made elsewhere — against a real
// MemoryBackend, whose outbox then honours what was saved.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type MemoryAdapter, type MentoringAdapter, type NotificationPreferences } from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import { deepActive, enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import './define.ts';
import type { MentorNotificationPreferences } from './mentor-notification-preferences.ts';
import type { MentorNotificationPreferencesChangeEvent } from '../events/notification-preferences-change.ts';

const $ = <T extends Element = HTMLElement>(el: MentorNotificationPreferences, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const radio = (el: MentorNotificationPreferences, value: string) => $<HTMLInputElement>(el, `input[value="${value}"]`)!;
const checked = (el: MentorNotificationPreferences) => $<HTMLInputElement>(el, 'input[name="frequency"]:checked')?.value;
const select = (el: MentorNotificationPreferences) => $<HTMLSelectElement>(el, '[part="language"]')!;
const status = (el: MentorNotificationPreferences) => text($(el, '[part="status"]'));
const save = (el: MentorNotificationPreferences) => $<HTMLButtonElement>(el, '[part="save"]')!;

/** Mia, a mentor whose profile is written in French (her emails' automatic language). */
async function scene(): Promise<{ world: World; mia: MemoryAdapter }> {
  const world = createWorld();
  const mia = await enrol(world, 'mia', { profile: { name: 'Mia Mentor', textLanguage: 'fr' }, mentor: { topics: ['leadership'] }, capacity: 5 });
  return { world, mia };
}

async function mount(adapter: MentoringAdapter, lang = 'en-GB', dir = 'ltr') {
  const { element } = await inProgram<MentorNotificationPreferences>(
    adapter,
    html`<div lang=${lang} dir=${dir}><mentor-notification-preferences></mentor-notification-preferences></div>`,
    'mentor-notification-preferences',
  );
  await until(() => !!$(element, '[part="form"]') || !!$(element, '[part="notice"]:not([role])') || !!$(element, '[part="error"]'), 'the form');
  return element;
}

function choose(el: MentorNotificationPreferences, frequency: string, language: string): void {
  radio(el, frequency).click();
  select(el).value = language;
  select(el).dispatchEvent(new Event('change'));
}

describe('<mentor-notification-preferences>', () => {
  it('shows the stored choice, says what is essential, and saves a new one with a confirmation the outbox honours', async () => {
    const { world, mia } = await scene();
    const el = await mount(mia);
    await until(() => checked(el) === 'immediately', 'the stored frequency');
    expect(text($(el, '[part="heading"]'))).to.equal('Email preferences');
    expect(text($(el, 'legend'))).to.equal('How often to email you');
    expect(text(select(el).options[0])).to.equal('Automatic (French)', 'her profile\'s language');
    expect(select(el).value).to.equal('');
    expect(text($(el, '[part="essential"]'))).to.contain('Always emailed at once');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('essential');
    // Each radio button is named by its frequency alone and described by what it means (read once each).
    expect(text(radio(el, 'weekly').labels![0])).to.equal('Weekly digest');
    expect(text($(el, `#${radio(el, 'weekly').getAttribute('aria-describedby')}`))).to.equal('At most one email a week, listing what happened.');
    expect($(el, '[part="unsubscribed"]')).to.equal(null);
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();

    const events: MentorNotificationPreferencesChangeEvent[] = [];
    el.addEventListener('mentor-notification-preferences-change', (event) => events.push(event));
    choose(el, 'weekly', 'de');
    expect(events.length).to.equal(0, 'no event before the save');
    save(el).click();
    await until(() => status(el) === 'Saved: Weekly digest, in German.', 'the confirmation');
    expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    expect(await mia.getNotificationPreferences()).to.deep.equal({ language: 'de', frequency: 'weekly' });
    expect(events.map((e) => e.preferences)).to.deep.equal([{ language: 'de', frequency: 'weekly' }]);
    await expect(el).to.be.accessible();

    // The in-page outbox does as she chose: a request waits for her weekly digest.
    const mentee = await enrol(world, 'ned', { mentee: { topics: ['leadership'] } });
    await mentee.requestMentorship({ recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '' });
    expect(world.backend.outbox.filter((n) => n.memberId === 'mia')).to.deep.equal([]);
  });

  it('works from the keyboard alone: arrows choose the frequency, Tab reaches the language and the button', async () => {
    const { mia } = await scene();
    const el = await mount(mia);
    await until(() => checked(el) === 'immediately', 'loaded');
    radio(el, 'immediately').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(el)).to.equal('daily');
    expect(deepActive()).to.equal(radio(el, 'daily'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(select(el));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(save(el));
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) === 'Saved: Daily digest, in French.', 'saved from the keyboard');
    expect(deepActive()).to.equal(save(el), 'the focus stays on the button');
    expect((await mia.getNotificationPreferences()).frequency).to.equal('daily');
  });

  it('after unsubscribing, says so and how to undo it; choosing again clears it', async () => {
    const { mia } = await scene();
    await mia.setNotificationPreferences({ language: null, frequency: 'never' });
    const el = await mount(mia);
    await until(() => checked(el) === 'never', 'only essential emails');
    expect(text($(el, '[part="unsubscribed"]'))).to.contain('To receive the others again, choose how often and save.');
    expect(el.matches(':state(unsubscribed)')).to.equal(true);
    await expect(el).to.be.accessible();
    radio(el, 'daily').click();
    save(el).click();
    await until(() => !$(el, '[part="unsubscribed"]'), 'the notice goes once saved');
    expect(el.matches(':state(unsubscribed)')).to.equal(false);
  });

  it('a failed save says why and keeps the choice; a refusal marks its field; saving again works', async () => {
    const { mia } = await scene();
    let fail: Error | null = new TypeError('Failed to fetch');
    const adapter = faultyAdapter(mia, {
      setNotificationPreferences: (input: NotificationPreferences) => (fail ? Promise.reject(fail) : mia.setNotificationPreferences(input)),
    });
    const el = await mount(adapter);
    await until(() => checked(el) === 'immediately', 'loaded');
    choose(el, 'weekly', 'es');
    save(el).click();
    await until(() => !!$(el, '[part="error"]'), 'the error');
    expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="error"] + p'))).to.equal('Your choices are still selected: save again when you are ready.');
    expect([checked(el), select(el).value]).to.deep.equal(['weekly', 'es'], 'nothing chosen is lost');
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();

    fail = new MentoringError('validation', 'Not a language this program emails in.', { field: 'language' });
    save(el).click();
    await until(() => select(el).getAttribute('aria-invalid') === 'true', 'the language marked');
    expect(select(el).getAttribute('aria-describedby')).to.equal('language-hint language-error');
    expect(text($(el, '#language-error'))).to.equal('Please check this field.');
    await expect(el).to.be.accessible();

    fail = null;
    select(el).value = 'fr';
    select(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select(el).hasAttribute('aria-invalid')).to.equal(false, 'changed: no longer marked');
    save(el).click();
    await until(() => status(el) === 'Saved: Weekly digest, in French.', 'saved');
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('shows "Saving…" while the save is under way, and refuses a second save meanwhile', async () => {
    const { mia } = await scene();
    let release: () => void = () => {};
    let calls = 0;
    const adapter = faultyAdapter(mia, {
      setNotificationPreferences: async (input: NotificationPreferences) => {
        calls += 1;
        await new Promise<void>((resolve) => (release = resolve));
        return mia.setNotificationPreferences(input);
      },
    });
    const el = await mount(adapter);
    await until(() => checked(el) === 'immediately', 'loaded');
    radio(el, 'weekly').click();
    save(el).click();
    await until(() => status(el) === 'Saving…', 'saving');
    expect(save(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.matches(':state(saving)')).to.equal(true);
    await expect(el).to.be.accessible();
    save(el).click();
    release();
    await until(() => status(el).startsWith('Saved'), 'saved');
    expect(calls).to.equal(1);
  });

  it('follows a change made elsewhere (another tab, the unsubscribe link), but not over the member\'s unsaved choice', async () => {
    const { world, mia } = await scene();
    const el = await mount(mia);
    await until(() => checked(el) === 'immediately', 'loaded');
    await world.backend.adapterFor('mia').setNotificationPreferences({ language: 'ar', frequency: 'never' });
    await until(() => checked(el) === 'never' && select(el).value === 'ar', 'in step');
    expect($(el, '[part="unsubscribed"]')).to.not.equal(null);

    radio(el, 'daily').click();
    await world.backend.adapterFor('mia').setNotificationPreferences({ language: 'ar', frequency: 'weekly' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checked(el)).to.equal('daily', 'her unsaved choice stays');
    expect($(el, '[part="unsubscribed"]')).to.equal(null, 'what is stored is no longer "never"');
  });

  it('a failed read says why, with Try again that reads again', async () => {
    const { mia } = await scene();
    let fail = true;
    const adapter = faultyAdapter(mia, {
      getNotificationPreferences: (options) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : mia.getNotificationPreferences(options)),
    });
    const el = await mount(adapter);
    await until(() => !!$(el, '[part="error"]'), 'the error');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await until(() => checked(el) === 'immediately', 'loaded after Try again');
  });

  it('signed out: asks to sign in; an adapter without preferences: says they are not offered', async () => {
    const { world, mia } = await scene();
    const signedOut = await mount(world.backend.anonymous());
    await until(() => text($(signedOut, '[part="error"] p')) === 'Please sign in to the member site to continue.', 'sign in');
    await expect(signedOut).to.be.accessible();
    const without = await mount(faultyAdapter(mia, { getNotificationPreferences: undefined, setNotificationPreferences: undefined }));
    await until(() => text($(without, '[part="notice"]')) === 'This program does not offer email preferences.', 'not offered');
    await expect(without).to.be.accessible();
  });

  it('speaks French, and Arabic right to left', async () => {
    const { mia } = await scene();
    const fr = await mount(mia, 'fr');
    await until(() => text($(fr, '[part="heading"]')) === 'Préférences d’e-mail', 'French');
    expect(text(select(fr).options[0])).to.equal('Automatique (français)');
    radio(fr, 'weekly').click();
    save(fr).click();
    await until(() => status(fr) === 'Enregistré : Résumé hebdomadaire, en français.', 'the confirmation in French');
    await expect(fr).to.be.accessible();

    const ar = await mount(mia, 'ar', 'rtl');
    await until(() => text($(ar, '[part="heading"]')) === 'تفضيلات البريد الإلكتروني', 'Arabic');
    expect(checked(ar)).to.equal('weekly');
    await expect(ar).to.be.accessible();
  });
});
