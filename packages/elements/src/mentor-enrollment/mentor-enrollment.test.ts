// <mentor-enrollment>: every state accessible, keyboard-only enrolment, inline validation against the core
// schema, adapter refusals keeping what was typed, visibility reaching other members, unsaved changes.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  DEFAULT_VISIBILITY, MemoryBackend, MentoringError, programSettings, type EnrolmentInput, type MentoringAdapter, type RoleInput,
  type Viewer,
} from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import { deepActive, enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import type { MentorEnrolmentSavedEvent } from '../events/enrolment-saved.ts';
import '../i18n/fr-register.ts';
import './define.ts';
import type { MentorEnrollment } from './mentor-enrollment.ts';
import { browserTimeZone } from './draft.ts';
import { enrolmentSchema, problemSummary, problemWords } from './problems.ts';

// ---------------------------------------------------------------------------------------------
// Helpers

async function mount(adapter: MentoringAdapter, lang = 'en-GB', dir = 'ltr') {
  const { element, program } = await inProgram<MentorEnrollment>(
    adapter,
    html`<div lang=${lang} dir=${dir}><mentor-enrollment></mentor-enrollment></div>`,
    'mentor-enrollment',
  );
  await until(() => !!element.shadowRoot!.querySelector('form'), 'the form');
  return { element, program };
}

const $ = <T extends Element = HTMLElement>(el: MentorEnrollment, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const has = (el: MentorEnrollment, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const control = <T extends HTMLElement = HTMLInputElement>(el: MentorEnrollment, name: string) => $<T>(el, `[name="${name}"]`);
const box = (el: MentorEnrollment, name: string, value: string) => $<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`);
const legends = (el: MentorEnrollment) => [...el.shadowRoot!.querySelectorAll('[part="section"] > legend')].map((l) => text(l));
const summaryItems = (el: MentorEnrollment) => [...el.shadowRoot!.querySelectorAll('[part="summary"] li')].map((li) => text(li));
const errorOf = (el: MentorEnrollment, id: string) => text(el.shadowRoot!.querySelector(`#${id}-error`));
const saveButton = (el: MentorEnrollment) => $<HTMLButtonElement>(el, 'button[type="submit"]');
const discardButton = (el: MentorEnrollment) => $<HTMLButtonElement>(el, '[part="actions"] button[type="button"]');
const status = (el: MentorEnrollment) => text($(el, '[role="status"]'));

/** Types into a text control or picks an option, as the member would. */
async function setValue(el: MentorEnrollment, name: string, value: string) {
  const target = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, name);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: MentorEnrollment, name: string, value: string) {
  box(el, name, value).click();
  await el.updateComplete;
}

/** Presses Tab until the focused element inside the form is the one wanted. */
async function tabTo(predicate: (focused: Element) => boolean, what: string) {
  for (let i = 0; i < 120; i += 1) {
    const focused = deepActive();
    if (focused && predicate(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The adapter of `inner`'s member, with every enrol call recorded (and optionally replaced). */
function recording(inner: MentoringAdapter, enrolWith?: (input: EnrolmentInput) => Promise<Viewer>) {
  const calls: EnrolmentInput[] = [];
  const adapter = faultyAdapter(inner, {
    enrol: (input, options) => {
      calls.push(input);
      return enrolWith ? enrolWith(input) : inner.enrol(input, options);
    },
  });
  return { adapter, calls };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const savedEvents = () => {
  const events: MentorEnrolmentSavedEvent[] = [];
  const listener = (event: Event) => events.push(event as MentorEnrolmentSavedEvent);
  document.addEventListener('mentor-enrolment-saved', listener);
  return { events, stop: () => document.removeEventListener('mentor-enrolment-saved', listener) };
};

/** A synthetic page unload: true when something asked to stay. */
function leaving(): { prevented: boolean; returnValue: unknown } {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
  window.dispatchEvent(event);
  return { prevented: event.defaultPrevented, returnValue: event.returnValue };
}

/** Mia, a mentor with a bio, in an active mentorship with Vic, a mentee; Sam is a stranger. */
async function partners(world: World) {
  const mia = await enrol(world, 'mia', {
    profile: { name: 'Mia Mentor', headline: 'Lab head', bio: 'Twenty years of epidemiology.', industry: 'academia' },
    mentor: { topics: ['leadership', 'statistics'], meetingModes: ['video', 'email'], statement: 'I help new leads.' },
  });
  const vic = await enrol(world, 'vic', { profile: { name: 'Vic Mentee' }, mentee: { topics: ['leadership'] } });
  const sam = await enrol(world, 'sam', { profile: { name: 'Sam Stranger' }, mentee: { topics: ['statistics'] } });
  const request = await vic.requestMentorship({
    recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: 'Lead', termMonths: 6, meetingMode: 'video', message: '',
  });
  await mia.act(request.id, 'accept');
  return { mia, vic, sam };
}

// ---------------------------------------------------------------------------------------------

describe('<mentor-enrollment>', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld({ size: 50, seed: 3 });
  });
  afterEach(() => {
    // A test may end with unsaved changes: the next page load must not be asked to stay.
    for (const el of document.querySelectorAll('mentor-enrollment')) el.remove();
  });

  describe('states', () => {
    it('a new member: enrol title, account name and email, browser time zone, no role chosen; accessible', async () => {
      const { element } = await mount(world.backend.adapterFor('nia', { name: 'Nia New', email: 'nia@example.org' }));
      expect(text($(element, 'h2'))).to.equal('Enrol in the mentoring program');
      expect($(element, 'form').getAttribute('aria-labelledby')).to.equal('title');
      expect(control(element, 'profile.name').value).to.equal('Nia New');
      expect(control(element, 'profile.email').value).to.equal('nia@example.org');
      expect(control<HTMLSelectElement>(element, 'profile.timeZone').value).to.equal(browserTimeZone());
      expect(box(element, 'roles', 'mentor').checked).to.equal(false);
      expect(box(element, 'roles', 'mentee').checked).to.equal(false);
      expect(text(box(element, 'roles', 'mentor').closest('label'))).to.equal('I want to mentor');
      expect(text(box(element, 'roles', 'mentee').closest('label'))).to.equal('I want to be mentored');
      expect(legends(element)).to.deep.equal(['Your roles', 'Your profile', 'Who can see what']);
      expect(element.dirty).to.equal(false);
      expect(has(element, '[part="summary"]')).to.equal(false);
      expect(control<HTMLSelectElement>(element, 'visibility.bio').value).to.equal('members');
      expect(text($(element, '[part="section"]:nth-of-type(3) > p'))).to.equal(
        'Your email and phone number are only ever shown to partners in an accepted mentorship.',
      );
      expect(discardButton(element).getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();
    });

    it('an enrolled mentor editing: every field pre-filled from the record; accessible', async () => {
      world = createWorld({ size: 50, seed: 3, settings: { photoOrigins: ['https://example.org'] } });
      const mia = await enrol(world, 'mia', {
        profile: {
          name: 'Mia Mentor', headline: 'Lab head', bio: 'Epidemiology.', photoUrl: 'https://example.org/mia.jpg', phone: '+44 20 1234',
          industry: 'healthcare', careerStage: 'senior', country: 'KE', city: 'Nairobi', timeZone: 'Africa/Nairobi',
          languages: ['en', 'sw', 'ca'], links: ['https://example.org/a', 'https://example.org/b'],
        },
        mentor: { topics: ['leadership', 'statistics'], meetingModes: ['video', 'email'], statement: 'I help new leads.' },
      });
      const { element } = await mount(mia);
      expect(text($(element, 'h2'))).to.equal('Your mentoring profile');
      expect(legends(element)).to.deep.equal(['Your roles', 'Your profile', 'Mentor preferences', 'Who can see what']);
      expect(box(element, 'roles', 'mentor').checked).to.equal(true);
      expect(box(element, 'roles', 'mentee').checked).to.equal(false);
      const values = Object.fromEntries(
        ['name', 'headline', 'bio', 'photoUrl', 'email', 'phone', 'industry', 'careerStage', 'country', 'city', 'timeZone']
          .map((key) => [key, control<HTMLInputElement>(element, `profile.${key}`).value]),
      );
      expect(values).to.deep.equal({
        name: 'Mia Mentor', headline: 'Lab head', bio: 'Epidemiology.', photoUrl: 'https://example.org/mia.jpg',
        email: 'mia@example.org', phone: '+44 20 1234', industry: 'healthcare', careerStage: 'senior', country: 'KE',
        city: 'Nairobi', timeZone: 'Africa/Nairobi',
      });
      const country = control<HTMLSelectElement>(element, 'profile.country');
      expect(country.selectedOptions[0]!.textContent).to.equal('Kenya');
      const checkedLanguages = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="profile.languages"]:checked')].map((b) => b.value);
      expect(checkedLanguages.sort()).to.deep.equal(['ca', 'en', 'sw']);
      expect(text($(element, 'details summary'))).to.equal('Languages you speak English, Swahili and Catalan');
      expect(control(element, 'profile.links.0').value).to.equal('https://example.org/a');
      expect(control(element, 'profile.links.1').value).to.equal('https://example.org/b');
      expect(control(element, 'profile.links.2').value, 'one empty field for another link').to.equal('');
      expect(box(element, 'mentor.topics', 'leadership').checked).to.equal(true);
      expect(box(element, 'mentor.topics', 'statistics').checked).to.equal(true);
      expect(box(element, 'mentor.topics', 'publishing').checked).to.equal(false);
      expect(box(element, 'mentor.meetingModes', 'video').checked).to.equal(true);
      expect(box(element, 'mentor.meetingModes', 'phone').checked).to.equal(false);
      expect(control<HTMLTextAreaElement>(element, 'mentor.statement').value).to.equal('I help new leads.');
      expect(element.dirty).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('both roles: a preferences section per role; choosing a role shows its section; accessible', async () => {
      const { element } = await mount(world.backend.adapterFor('nia'));
      await tick(element, 'roles', 'mentee');
      expect(legends(element)).to.deep.equal(['Your roles', 'Your profile', 'Mentee preferences', 'Who can see what']);
      await tick(element, 'roles', 'mentor');
      expect(legends(element)).to.deep.equal([
        'Your roles', 'Your profile', 'Mentor preferences', 'Mentee preferences', 'Who can see what',
      ]);
      expect(text($(element, 'label[for="mentee-statement"]'))).to.equal('What you hope to gain');
      expect(text($(element, 'label[for="mentor-statement"]'))).to.equal('What you offer as a mentor');
      await expect(element).to.be.accessible();
    });

    it('code of conduct required: a checkbox and a safe link; refused without it; once accepted, the date instead', async () => {
      world = createWorld({
        size: 50, seed: 3, settings: { codeOfConduct: { required: true, version: '1', url: 'https://example.org/conduct', text: null } },
      });
      const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia New', email: 'nia@example.org' }));
      const { element } = await mount(adapter);
      expect(legends(element)).to.include('Code of conduct');
      const link = $<HTMLAnchorElement>(element, '[part="section"] a');
      expect(link.getAttribute('href')).to.equal('https://example.org/conduct');
      expect(link.target).to.equal('_blank');
      expect(control(element, 'acceptCodeOfConduct').required).to.equal(true);
      await expect(element).to.be.accessible();

      await tick(element, 'roles', 'mentee');
      await tick(element, 'mentee.topics', 'leadership');
      await tick(element, 'mentee.meetingModes', 'video');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      expect(summaryItems(element)).to.deep.equal(['Accept the code of conduct to take part.']);
      expect(control(element, 'acceptCodeOfConduct').getAttribute('aria-invalid')).to.equal('true');
      expect(calls).to.have.length(0);

      control(element, 'acceptCodeOfConduct').click();
      await element.updateComplete;
      expect(has(element, '[part="summary"]'), 'fixed problems leave the summary').to.equal(false);
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect(calls[0]!.acceptCodeOfConduct).to.equal(true);
      await until(() => text($(element, '[part="section"]:last-of-type > p:last-of-type')).startsWith('You accepted'), 'accepted');
      expect(text($(element, '[part="section"]:last-of-type > p:last-of-type'))).to.equal(
        'You accepted the code of conduct on 23 November 2026.',
      );
      expect(has(element, '[name="acceptCodeOfConduct"]')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('saving: the button says so and is disabled, the form is busy; accessible', async () => {
      const inner = world.backend.adapterFor(world.menteeId);
      const gate = deferred<void>();
      const { adapter, calls } = recording(inner, async (input) => {
        await gate.promise;
        return inner.enrol(input);
      });
      const { element } = await mount(adapter);
      await setValue(element, 'profile.headline', 'Analyst');
      saveButton(element).click();
      await until(() => text(saveButton(element)) === 'Saving…', 'saving');
      expect(saveButton(element).getAttribute('aria-disabled')).to.equal('true');
      expect($(element, 'form').getAttribute('aria-busy')).to.equal('true');
      saveButton(element).click();
      expect(calls, 'no second save while saving').to.have.length(1);
      await expect(element).to.be.accessible();
      gate.resolve();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect(text(saveButton(element))).to.equal('Save');
      expect($(element, 'form').getAttribute('aria-busy')).to.equal('false');
    });

    it('French, accessible', async () => {
      const { element } = await mount(world.backend.adapterFor('nia'), 'fr');
      await tick(element, 'roles', 'mentor');
      expect(text($(element, 'h2'))).to.equal('S’inscrire au programme de mentorat');
      expect(legends(element)).to.deep.equal(['Vos rôles', 'Votre profil', 'Préférences de mentor', 'Qui voit quoi']);
      expect(text($(element, 'label[for="profile-country"]'))).to.equal('Pays');
      expect(control<HTMLSelectElement>(element, 'profile.country').options[0]!.textContent).to.equal('Non précisé');
      expect([...control<HTMLSelectElement>(element, 'profile.country').options].some((o) => o.textContent === 'Allemagne')).to.equal(true);
      expect(text(saveButton(element))).to.equal('Enregistrer');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      expect(text($(element, '[part="summary"] h3'))).to.equal('2 points sont à corriger');
      expect(summaryItems(element)).to.deep.equal([
        'Choisissez au moins un thème sur lequel vous pouvez accompagner.',
        'Choisissez au moins une façon de rencontrer vos mentorés.',
      ]);
      await expect(element).to.be.accessible();
    });

    it('right to left (Arabic page), accessible', async () => {
      const { element } = await mount(world.backend.adapterFor(world.mentorId), 'ar', 'rtl');
      expect(getComputedStyle($(element, 'form')).direction).to.equal('rtl');
      // Each checkbox comes first, on the right of its label.
      const mentor = box(element, 'roles', 'mentor');
      expect(mentor.getBoundingClientRect().left).to.be.greaterThan(mentor.nextElementSibling!.getBoundingClientRect().right - 1);
      await expect(element).to.be.accessible();
    });

    it('signed out: the program’s error in words', async () => {
      const anonymous = world.backend.anonymous();
      const { element } = await inProgram<MentorEnrollment>(anonymous, html`<mentor-enrollment></mentor-enrollment>`, 'mentor-enrollment');
      await until(() => has(element, '[role="alert"]'), 'the error');
      expect(text($(element, '[role="alert"] p'))).to.equal('Please sign in to the member site to continue.');
      await expect(element).to.be.accessible();
    });
  });

  describe('enrolling', () => {
    it('keyboard only: a new account enrols as a mentee and appears in a mentor’s search', async () => {
      const nia = world.backend.adapterFor('nia', { name: 'Nia Newcomer', email: 'nia@example.org' });
      const { element } = await mount(nia);
      const saved = savedEvents();

      await tabTo((f) => f.getAttribute('name') === 'roles' && f.getAttribute('value') === 'mentee', 'the mentee role');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(box(element, 'roles', 'mentee').checked).to.equal(true);
      await tabTo((f) => f.id === 'profile-headline', 'the headline');
      await sendKeys({ type: 'Junior analyst' });
      await tabTo((f) => f.getAttribute('name') === 'mentee.topics', 'the first topic');
      await sendKeys({ press: 'Space' });
      await tabTo((f) => f.getAttribute('name') === 'mentee.meetingModes' && f.getAttribute('value') === 'video', 'video');
      await sendKeys({ press: 'Space' });
      await tabTo((f) => f.id === 'mentee-statement', 'the statement');
      await sendKeys({ type: 'I want to learn to lead a team.' });
      expect(element.dirty).to.equal(true);
      await tabTo((f) => f === saveButton(element), 'Save');
      await sendKeys({ press: 'Enter' });

      await until(() => status(element) === 'Your mentoring profile is saved', 'the announcement');
      expect($(element, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(element.dirty).to.equal(false);
      await until(() => saved.events.length === 1, 'mentor-enrolment-saved');
      saved.stop();
      expect(saved.events[0]!.viewer.enrolled).to.equal(true);
      expect(saved.events[0]!.composed && saved.events[0]!.bubbles).to.equal(true);

      const viewer = await nia.getViewer();
      expect(viewer.enrolled).to.equal(true);
      expect(viewer.member).to.include({ name: 'Nia Newcomer', headline: 'Junior analyst', timeZone: browserTimeZone() });
      expect(viewer.member.mentor).to.equal(null);
      expect(viewer.member.mentee).to.include({ statement: 'I want to learn to lead a team.' });
      expect(viewer.member.mentee!.topics).to.deep.equal(['career-planning']);
      expect(viewer.member.mentee!.meetingModes).to.deep.equal(['video']);

      const mentor = world.backend.adapterFor(world.mentorId);
      const found = await mentor.search({ find: 'mentees', text: 'Newcomer' });
      expect(found.hits.map((hit) => hit.member.id)).to.deep.equal(['nia']);
      await until(() => text($(element, 'h2')) === 'Your mentoring profile', 'the editing title');
      await expect(element).to.be.accessible();
    });

    it('saves every field as the core schema takes it: trimmed, empty as null, empty links dropped', async () => {
      const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
      const { element } = await mount(adapter);
      await tick(element, 'roles', 'mentor');
      await setValue(element, 'profile.name', '  Nia Okafor ');
      await setValue(element, 'profile.email', ' nia@example.org ');
      await setValue(element, 'profile.industry', 'healthcare');
      await setValue(element, 'profile.country', 'NG');
      await setValue(element, 'profile.timeZone', 'Africa/Lagos');
      await setValue(element, 'profile.links.0', 'https://example.org/one');
      await setValue(element, 'profile.links.1', '');
      await setValue(element, 'profile.links.1', 'https://example.org/two');
      await setValue(element, 'profile.links.0', '');
      await tick(element, 'profile.languages', 'yo');
      await tick(element, 'mentor.topics', 'grant-writing');
      await tick(element, 'mentor.meetingModes', 'phone');
      await setValue(element, 'visibility.location', 'partners');
      saveButton(element).click();
      await until(() => calls.length === 1, 'enrol');
      const input = calls[0]!;
      expect(input.profile).to.deep.include({
        name: 'Nia Okafor', email: 'nia@example.org', phone: null, photoUrl: null, city: null, careerStage: null,
        industry: 'healthcare', country: 'NG', timeZone: 'Africa/Lagos', links: ['https://example.org/two'],
      });
      expect(input.profile.languages).to.include('yo');
      expect(input.mentor).to.deep.equal({ topics: ['grant-writing'], meetingModes: ['phone'], statement: '' });
      expect(input.mentee).to.equal(null);
      expect(input.visibility.location).to.equal('partners');
      expect(input.visibility.bio).to.equal('members');
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
    });

    it('asks the language of the profile text: not specified (null) unless chosen, then saved and shown again', async () => {
      const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
      const { element } = await mount(adapter);
      const select = control<HTMLSelectElement>(element, 'profile.textLanguage');
      expect(text(element.shadowRoot!.querySelector(`label[for="${select.id}"]`))).to.equal('Language of your profile text');
      expect(select.value).to.equal('');
      await tick(element, 'roles', 'mentor');
      await tick(element, 'mentor.topics', 'grant-writing');
      await tick(element, 'mentor.meetingModes', 'phone');
      saveButton(element).click();
      await until(() => calls.length === 1, 'enrol');
      expect(calls[0]!.profile.textLanguage).to.equal(null);
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      await setValue(element, 'profile.textLanguage', 'fr');
      saveButton(element).click();
      await until(() => calls.length === 2, 'enrol again');
      expect(calls[1]!.profile.textLanguage).to.equal('fr');
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved again');
      expect((await adapter.getViewer()).member.textLanguage).to.equal('fr');
      await expect(element).to.be.accessible();
    });

    it('offers another link field as each is filled, up to five', async () => {
      const { element } = await mount(world.backend.adapterFor('nia'));
      const links = () => element.shadowRoot!.querySelectorAll('[name^="profile.links."]').length;
      expect(links()).to.equal(1);
      expect(text($(element, 'label[for="profile-links-0"]'))).to.equal('Link 1');
      for (let i = 0; i < 5; i += 1) await setValue(element, `profile.links.${i}`, `https://example.org/${i}`);
      expect(links()).to.equal(5);
    });
  });

  describe('validation', () => {
    it('while the words of its problems download, Save says it is saving and a second press sends nothing more', async () => {
      const { ready, load } = problemWords;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let attempts = 0;
      problemWords.ready = false;
      problemWords.load = async () => {
        attempts += 1;
        await held;
        return load();
      };
      try {
        const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
        const { element } = await mount(adapter);
        await tick(element, 'roles', 'mentor');
        saveButton(element).click();
        await element.updateComplete;
        expect(text(saveButton(element))).to.equal('Saving…');
        expect(saveButton(element).getAttribute('aria-disabled')).to.equal('true');
        saveButton(element).click();
        release();
        await until(() => has(element, '[part="summary"]'), 'the summary');
        expect(attempts).to.equal(1);
        expect(summaryItems(element)[0]).to.equal('Choose at least one topic you can offer.');
        expect(text(saveButton(element))).to.equal('Save');
        expect(calls).to.have.length(0);
      } finally {
        problemWords.load = load;
        problemWords.ready ||= ready;
      }
    });

    const failedDownload = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    /** Nia, new, ticks the mentor role and saves with nothing else filled in: two problems. */
    async function saveAsNewMentor() {
      const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
      const { element } = await mount(adapter);
      await tick(element, 'roles', 'mentor');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      return { element, calls };
    }

    it('if the words of its problems cannot be downloaded: each reads "Check …"; the next submit asks again', async () => {
      const { ready, load } = problemWords;
      let attempts = 0;
      problemWords.ready = false;
      problemWords.load = () => (attempts++, failedDownload());
      try {
        const { element, calls } = await saveAsNewMentor();
        expect(attempts).to.equal(1);
        expect(summaryItems(element)).to.deep.equal(['Check “Topics you can offer”.', 'Check “Ways you can meet your mentees”.']);
        expect(errorOf(element, 'mentor-topics')).to.equal('Check “Topics you can offer”.');
        expect(calls).to.have.length(0);
        await expect(element).to.be.accessible();
        problemWords.load = load;
        saveButton(element).click();
        await until(() => summaryItems(element)[0] === 'Choose at least one topic you can offer.', 'the words, downloaded at the next submit');
        expect(problemWords.ready).to.equal(true);
      } finally {
        problemWords.load = load;
        problemWords.ready ||= ready;
      }
    });

    it('if its check cannot be downloaded: the program checks what is sent and its refusal marks the field; the next submit asks again', async () => {
      const { load, current } = enrolmentSchema;
      let attempts = 0;
      enrolmentSchema.current = undefined;
      enrolmentSchema.load = () => (attempts++, failedDownload());
      try {
        const { element, calls } = await saveAsNewMentor();
        expect(attempts).to.equal(1);
        expect(calls).to.have.length(1);
        expect(summaryItems(element)).to.deep.equal(['Choose at least one topic you can offer.']);
        expect(errorOf(element, 'mentor-topics')).to.equal('Choose at least one topic you can offer.');
        expect(text(saveButton(element))).to.equal('Save');
        await expect(element).to.be.accessible();
        enrolmentSchema.load = load;
        saveButton(element).click();
        await until(() => summaryItems(element).length === 2, 'every problem, checked on the page once the check is downloaded');
        expect(summaryItems(element)).to.deep.equal(['Choose at least one topic you can offer.', 'Choose at least one way to meet your mentees.']);
        expect(calls).to.have.length(1);
        expect(enrolmentSchema.current).to.not.equal(undefined);
      } finally {
        enrolmentSchema.load = load;
        enrolmentSchema.current ??= current;
      }
    });

    it('if the summary of its problems cannot be downloaded: each shows beside its field, the first takes focus; the next submit asks again', async () => {
      const { load, part } = problemSummary;
      let attempts = 0;
      problemSummary.part = undefined;
      problemSummary.load = () => (attempts++, failedDownload());
      try {
        const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
        const { element } = await mount(adapter);
        await tick(element, 'roles', 'mentor');
        saveButton(element).click();
        await until(() => errorOf(element, 'mentor-topics') !== '', 'the problem beside its field');
        expect(attempts).to.equal(1);
        expect(has(element, '[part="summary"]')).to.equal(false);
        expect(errorOf(element, 'mentor-topics')).to.equal('Choose at least one topic you can offer.');
        expect(errorOf(element, 'mentor-meetingModes')).to.equal('Choose at least one way to meet your mentees.');
        await until(() => deepActive() === $(element, '#mentor-topics'), 'focus on the first field to fix');
        expect(text(saveButton(element))).to.equal('Save');
        expect(calls).to.have.length(0);
        await expect(element).to.be.accessible();
        problemSummary.load = load;
        saveButton(element).click();
        await until(() => has(element, '[part="summary"]'), 'the summary, downloaded at the next submit');
        expect(summaryItems(element)).to.deep.equal(['Choose at least one topic you can offer.', 'Choose at least one way to meet your mentees.']);
        expect(deepActive()).to.equal($(element, '[part="summary"]'));
        // Its look came with it: the summary's heading keeps its space below (the form's own h3 has none).
        expect(getComputedStyle($(element, '[part="summary"] h3')).marginBlockEnd).to.not.equal('0px');
      } finally {
        problemSummary.load = load;
        problemSummary.part ??= part;
      }
    });

    it('lists every problem in a focused summary, marks each field, and calls no adapter', async () => {
      const { adapter, calls } = recording(world.backend.adapterFor('nia', { name: 'Nia', email: 'nia@example.org' }));
      const { element } = await mount(adapter);
      // Nothing is flagged before the first save.
      control(element, 'profile.name').focus();
      await setValue(element, 'profile.name', '');
      control(element, 'profile.email').focus();
      expect(has(element, '[aria-invalid="true"]')).to.equal(false);

      await setValue(element, 'profile.email', 'nia@');
      await setValue(element, 'profile.photoUrl', 'javascript:alert(1)');
      await setValue(element, 'profile.phone', 'ab');
      await setValue(element, 'profile.timeZone', 'Not/AZone');
      await setValue(element, 'profile.links.0', 'ftp://example.org/file');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      await element.updateComplete;
      expect(calls).to.have.length(0);
      const summary = $(element, '[part="summary"]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(deepActive(), 'the summary has focus').to.equal(summary);
      expect(text($(element, '[part="summary"] h3'))).to.equal('There are 7 problems to fix');
      expect(summaryItems(element)).to.deep.equal([
        'Choose at least one role: mentor, mentee or both.',
        'Enter your name.',
        'Enter an address starting with https://, or leave it empty.',
        'Enter an email address, such as name@example.org.',
        'Enter a phone number, or leave it empty.',
        'Choose your time zone.',
        'Enter an address starting with https://, or leave it empty.',
      ]);
      for (const [name, id] of [
        ['profile.name', 'profile-name'], ['profile.email', 'profile-email'], ['profile.photoUrl', 'profile-photoUrl'],
        ['profile.phone', 'profile-phone'], ['profile.timeZone', 'profile-timeZone'], ['profile.links.0', 'profile-links-0'],
      ] as const) {
        const field = control(element, name);
        expect(field.getAttribute('aria-invalid'), name).to.equal('true');
        expect(field.getAttribute('aria-describedby')!.split(' '), name).to.include(`${id}-error`);
      }
      expect(control(element, 'profile.photoUrl').getAttribute('aria-describedby')).to.equal('profile-photoUrl-hint profile-photoUrl-error');
      expect(errorOf(element, 'roles')).to.equal('Choose at least one role: mentor, mentee or both.');
      expect(box(element, 'roles', 'mentee').getAttribute('aria-describedby')).to.equal('roles-error');
      expect(errorOf(element, 'profile-email')).to.equal('Enter an email address, such as name@example.org.');
      await expect(element).to.be.accessible();

      // Each summary entry takes focus to its field.
      $<HTMLButtonElement>(element, '[part="summary"] li:nth-child(4) button').click();
      expect(deepActive()).to.equal(control(element, 'profile.email'));
      $<HTMLButtonElement>(element, '[part="summary"] li:first-child button').click();
      expect(deepActive()).to.equal(box(element, 'roles', 'mentor'));

      // Both roles: topics and meeting modes are required for each.
      await tick(element, 'roles', 'mentor');
      await tick(element, 'roles', 'mentee');
      await setValue(element, 'profile.name', 'Nia');
      await setValue(element, 'profile.email', 'nia@example.org');
      await setValue(element, 'profile.photoUrl', '');
      await setValue(element, 'profile.phone', '');
      await setValue(element, 'profile.timeZone', 'Europe/Paris');
      await setValue(element, 'profile.links.0', '');
      expect(summaryItems(element), 'problems follow each change after the first save').to.deep.equal([
        'Choose at least one topic you can offer.',
        'Choose at least one way to meet your mentees.',
        'Choose at least one topic you want guidance on.',
        'Choose at least one way to meet your mentors.',
      ]);
      expect(errorOf(element, 'mentor-topics')).to.equal('Choose at least one topic you can offer.');
      expect(box(element, 'mentee.meetingModes', 'email').getAttribute('aria-invalid')).to.equal('true');
      saveButton(element).click();
      await element.updateComplete;
      expect(calls).to.have.length(0);
      await expect(element).to.be.accessible();

      await tick(element, 'mentor.topics', 'leadership');
      await tick(element, 'mentor.meetingModes', 'video');
      await tick(element, 'mentee.topics', 'statistics');
      await tick(element, 'mentee.meetingModes', 'email');
      expect(has(element, '[part="summary"]')).to.equal(false);
      expect(has(element, '[aria-invalid="true"]')).to.equal(false);
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect(calls).to.have.length(1);
    });

    it('a photo from an origin the program does not allow is refused before saving, naming the allowed ones', async () => {
      world = createWorld({ size: 50, seed: 3, settings: { photoOrigins: ['https://photos.example.org', 'https://cdn.example.org'] } });
      const { adapter, calls } = recording(world.backend.adapterFor(world.mentorId));
      const { element } = await mount(adapter);
      await setValue(element, 'profile.photoUrl', 'https://tracker.example.net/me.jpg');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      await element.updateComplete;
      const message = 'Photos can only come from https://photos.example.org or https://cdn.example.org. Use a picture there, or leave this empty.';
      expect(summaryItems(element)).to.deep.equal([message]);
      expect(errorOf(element, 'profile-photoUrl')).to.equal(message);
      expect(calls).to.have.length(0);
      await expect(element).to.be.accessible();

      await setValue(element, 'profile.photoUrl', 'https://photos.example.org/me.jpg');
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect(calls[0]!.profile.photoUrl).to.equal('https://photos.example.org/me.jpg');
    });

    it('a program that allows no photo origin says so; the adapter\'s refusal says the same', async () => {
      const inner = world.backend.adapterFor(world.mentorId);
      const { element } = await mount(inner);
      await setValue(element, 'profile.photoUrl', 'https://example.org/me.jpg');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      expect(summaryItems(element)).to.deep.equal(['This program does not take photo addresses. Leave this empty.']);

      // The adapter's own refusal, for a program whose list changed after the page loaded.
      const { adapter } = recording(inner, () => Promise.reject(new MentoringError('validation', 'Photos can only come from https://a.example.org.', {
        field: 'profile.photoUrl', details: { allowed: ['https://a.example.org'] },
      })));
      const { element: again } = await mount(adapter);
      await setValue(again, 'profile.headline', 'Changed');
      saveButton(again).click();
      await until(() => has(again, '[part="summary"]'), 'the summary');
      expect(summaryItems(again)).to.deep.equal(['Photos can only come from https://a.example.org. Use a picture there, or leave this empty.']);
    });

    it('a data: photo from the roster is kept and not shown as an address', async () => {
      const id = world.menteeId;
      const inner = world.backend.adapterFor(id);
      const photo = (await inner.getViewer()).member.photoUrl;
      const { adapter, calls } = recording(inner);
      const { element } = await mount(adapter);
      expect(control(element, 'profile.photoUrl').value).to.equal('');
      await setValue(element, 'profile.headline', 'New headline');
      saveButton(element).click();
      await until(() => calls.length === 1, 'enrol');
      expect(calls[0]!.profile.photoUrl).to.equal(photo);
    });
  });

  describe('adapter refusals', () => {
    it('a validation error naming a field marks that field; nothing typed is lost', async () => {
      const inner = world.backend.adapterFor(world.mentorId);
      const { adapter } = recording(inner, () =>
        Promise.reject(new MentoringError('validation', 'healthcare is not one of the choices', { field: 'profile.industry' })));
      const { element } = await mount(adapter);
      await setValue(element, 'profile.headline', 'Typed headline');
      await setValue(element, 'profile.industry', 'energy');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      await element.updateComplete;
      expect(summaryItems(element)).to.deep.equal(['Check “Industry”.']);
      expect(control(element, 'profile.industry').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(element, 'profile-industry')).to.equal('Check “Industry”.');
      expect(deepActive()).to.equal($(element, '[part="summary"]'));
      expect(control(element, 'profile.headline').value).to.equal('Typed headline');
      expect(control<HTMLSelectElement>(element, 'profile.industry').value).to.equal('energy');
      expect(element.dirty).to.equal(true);
      await expect(element).to.be.accessible();

      // Changing the field clears the adapter's mark.
      await setValue(element, 'profile.industry', 'academia');
      expect(control(element, 'profile.industry').hasAttribute('aria-invalid')).to.equal(false);
      expect(has(element, '[part="summary"]')).to.equal(false);
    });

    it('the code of conduct refused by the adapter marks the checkbox', async () => {
      world = createWorld({ size: 50, seed: 3, settings: { codeOfConduct: { required: true, version: '1', url: null, text: 'Be kind.' } } });
      const inner = world.backend.adapterFor('nia');
      const { adapter } = recording(inner, () => Promise.reject(
        new MentoringError('validation', 'accept it', { field: 'acceptCodeOfConduct', reason: 'code-of-conduct' })));
      const { element } = await mount(adapter);
      expect(has(element, '[part="section"] a'), 'no link without an address').to.equal(false);
      await tick(element, 'roles', 'mentee');
      await tick(element, 'mentee.topics', 'leadership');
      await tick(element, 'mentee.meetingModes', 'video');
      control(element, 'acceptCodeOfConduct').click();
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      expect(summaryItems(element)).to.deep.equal(['Accept the code of conduct to take part.']);
      expect(control(element, 'acceptCodeOfConduct').checked).to.equal(true);
    });

    it('leaving a role with an active mentorship: the conflict message at the roles, nothing lost', async () => {
      const { mia } = await partners(world);
      const { element } = await mount(mia);
      await setValue(element, 'profile.headline', 'Now a mentee');
      await tick(element, 'roles', 'mentor');
      await tick(element, 'roles', 'mentee');
      await tick(element, 'mentee.topics', 'negotiation');
      await tick(element, 'mentee.meetingModes', 'phone');
      saveButton(element).click();
      await until(() => has(element, '[part="summary"]'), 'the summary');
      const message =
        'You still have open or active mentorships as a mentor. Finish, decline or withdraw them before you stop mentoring.';
      expect(summaryItems(element)).to.deep.equal([message]);
      expect(errorOf(element, 'roles')).to.equal(message);
      expect(box(element, 'roles', 'mentor').getAttribute('aria-invalid')).to.equal('true');
      expect(control(element, 'profile.headline').value).to.equal('Now a mentee');
      expect(box(element, 'roles', 'mentor').checked).to.equal(false);
      expect(box(element, 'mentee.topics', 'negotiation').checked).to.equal(true);
      expect(element.dirty).to.equal(true);
      expect((await mia.getViewer()).member.mentor, 'still a mentor').to.not.equal(null);
      await expect(element).to.be.accessible();

      // Staying a mentor as well clears it, and saving works.
      await tick(element, 'roles', 'mentor');
      expect(has(element, '[part="summary"]')).to.equal(false);
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      const after = (await mia.getViewer()).member;
      expect(after.headline).to.equal('Now a mentee');
      expect(after.mentor).to.not.equal(null);
      expect(after.mentee!.topics).to.deep.equal(['negotiation']);
    });

    it('a network failure is said at the top with a developer detail; everything stays', async () => {
      const { adapter } = recording(world.backend.adapterFor(world.menteeId), () =>
        Promise.reject(new MentoringError('network', 'fetch failed')));
      const { element } = await mount(adapter);
      await setValue(element, 'profile.city', 'Accra');
      saveButton(element).click();
      await until(() => has(element, '[part="error"]'), 'the error');
      expect(text($(element, '[part="error"] p'))).to.equal(
        'We could not reach the mentoring service. Check your connection and try again.',
      );
      expect(text($(element, '[part="error"] code'))).to.equal('network: fetch failed');
      expect(control(element, 'profile.city').value).to.equal('Accra');
      expect(status(element)).to.equal('');
      await expect(element).to.be.accessible();
    });

    it('an invalid answer from the adapter ends in a clear message; nothing is lost', async () => {
      const { adapter } = recording(world.backend.adapterFor(world.menteeId), () =>
        Promise.resolve({ member: { id: 'x' } } as unknown as Viewer));
      const { element } = await mount(adapter);
      await setValue(element, 'profile.city', 'Accra');
      const saved = savedEvents();
      saveButton(element).click();
      await until(() => has(element, '[part="error"]'), 'the error');
      saved.stop();
      expect(text($(element, '[part="error"] p'))).to.equal(
        'The mentoring service sent an answer we could not read. Please try again later.',
      );
      expect(saved.events).to.have.length(0);
      expect(element.dirty).to.equal(true);
    });
  });

  describe('visibility', () => {
    it('bio for partners only: hidden from a stranger, shown to a partner', async () => {
      const { mia, vic, sam } = await partners(world);
      expect((await sam.getMember('mia')).bio).to.equal('Twenty years of epidemiology.');
      const { element } = await mount(mia);
      expect(text($(element, 'label[for="visibility-bio"]'))).to.equal('About you');
      const options = [...control<HTMLSelectElement>(element, 'visibility.bio').options].map((o) => o.textContent);
      expect(options).to.deep.equal(['All members', 'Only my mentoring partners']);
      await setValue(element, 'visibility.bio', 'partners');
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect('bio' in (await sam.getMember('mia'))).to.equal(false);
      expect((await vic.getMember('mia')).bio).to.equal('Twenty years of epidemiology.');
      expect(control<HTMLSelectElement>(element, 'visibility.bio').value).to.equal('partners');
    });
  });

  describe('unsaved changes', () => {
    it('warns on leaving only while dirty; discard resets; saving clears it', async () => {
      const inner = world.backend.adapterFor(world.mentorId);
      const { element } = await mount(inner);
      const headline = control(element, 'profile.headline').value;
      expect(element.dirty).to.equal(false);
      expect(leaving().prevented, 'clean: no warning').to.equal(false);

      await setValue(element, 'profile.headline', 'Something new');
      await tick(element, 'mentor.meetingModes', 'in-person');
      expect(element.dirty).to.equal(true);
      expect(element.matches(':state(dirty)')).to.equal(true);
      const left = leaving();
      expect(left.prevented, 'dirty: the page asks first').to.equal(true);
      expect(left.returnValue, 'the legacy flag too').to.equal(false);
      expect(discardButton(element).hasAttribute('aria-disabled')).to.equal(false);
      await expect(element).to.be.accessible();

      discardButton(element).click();
      await element.updateComplete;
      expect(element.dirty).to.equal(false);
      expect(control(element, 'profile.headline').value).to.equal(headline);
      expect(box(element, 'mentor.meetingModes', 'in-person').checked).to.equal(false);
      expect(leaving().prevented, 'discarded: no warning').to.equal(false);
      expect(discardButton(element).getAttribute('aria-disabled')).to.equal('true');

      // Undoing an edit by hand is clean again too.
      await setValue(element, 'profile.headline', 'x');
      await setValue(element, 'profile.headline', headline);
      expect(element.dirty).to.equal(false);

      await setValue(element, 'profile.headline', 'Saved headline');
      expect(leaving().prevented).to.equal(true);
      saveButton(element).click();
      await until(() => status(element) === 'Your mentoring profile is saved', 'saved');
      expect(element.dirty).to.equal(false);
      expect(leaving().prevented, 'saved: no warning').to.equal(false);
      expect(control(element, 'profile.headline').value).to.equal('Saved headline');
    });

    it('removed from the page while dirty: the warning goes with it', async () => {
      const { element } = await mount(world.backend.adapterFor(world.mentorId));
      await setValue(element, 'profile.city', 'Lima');
      expect(leaving().prevented).to.equal(true);
      const parent = element.parentElement!;
      element.remove();
      expect(leaving().prevented).to.equal(false);
      parent.append(element);
      await element.updateComplete;
      expect(leaving().prevented, 'back in the page, still dirty').to.equal(true);
      expect(control(element, 'profile.city').value).to.equal('Lima');
    });

    it('a change elsewhere refreshes a clean form and keeps the edits of a dirty one', async () => {
      const inner = world.backend.adapterFor(world.mentorId);
      const { element } = await mount(inner);
      const viewer = await inner.getViewer();
      const other = world.backend.adapterFor(world.mentorId);
      await other.enrol({
        profile: { ...pick(viewer), headline: 'Changed in another tab' },
        mentor: viewer.member.mentor && strip(viewer.member.mentor), mentee: viewer.member.mentee && strip(viewer.member.mentee),
        visibility: viewer.member.visibility, acceptCodeOfConduct: false,
      });
      await until(() => control(element, 'profile.headline').value === 'Changed in another tab', 'the clean form to follow');
      expect(element.dirty).to.equal(false);

      await setValue(element, 'profile.city', 'Quito');
      await other.enrol({
        profile: { ...pick(viewer), headline: 'Changed again' },
        mentor: viewer.member.mentor && strip(viewer.member.mentor), mentee: viewer.member.mentee && strip(viewer.member.mentee),
        visibility: viewer.member.visibility, acceptCodeOfConduct: false,
      });
      await until(() => element.dirty && control(element, 'profile.headline').value === 'Changed in another tab', 'edits kept');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(control(element, 'profile.city').value).to.equal('Quito');
      expect(control(element, 'profile.headline').value).to.equal('Changed in another tab');
    });

    it('another member signing in starts afresh, even with unsaved changes', async () => {
      const { element, program } = await mount(world.backend.adapterFor(world.mentorId));
      await setValue(element, 'profile.city', 'Lima');
      program.adapter = world.backend.adapterFor('nia', { name: 'Nia New', email: 'nia@example.org' });
      await until(() => control(element, 'profile.name').value === 'Nia New', 'the other member');
      expect(control(element, 'profile.city').value).to.equal('');
      expect(element.dirty).to.equal(false);
    });
  });

  describe('retired topics', () => {
    it('offers a topic staff retired only to the members who have it, still by its label', async () => {
      const backend = new MemoryBackend({ staff: ['office'] });
      const holder = backend.adapterFor('holder');
      await holder.enrol({
        profile: {
          name: 'Holder', headline: '', bio: '', photoUrl: null, email: 'holder@example.org', phone: null, industry: null,
          careerStage: null, country: null, city: null, timeZone: 'Europe/London', languages: ['en'], links: [],
        },
        mentor: { topics: ['statistics'], meetingModes: ['video'], statement: '' },
        mentee: null,
        visibility: { ...DEFAULT_VISIBILITY },
        acceptCodeOfConduct: true,
      });
      const office = backend.staffAdapterFor('office');
      const { settings, version } = await office.getSettings();
      const topics = settings.topics.map((topic) => (topic.id === 'statistics' ? { ...topic, label: 'Statistics (old)', retired: true } : topic));
      await office.updateSettings({ settings: { ...settings, topics }, version, reason: 'Merged into data science' });

      const kept = (await mount(holder)).element;
      expect(text(box(kept, 'mentor.topics', 'statistics').closest('label')), 'the holder keeps it, by its label').to.include('Statistics (old)');
      expect(box(kept, 'mentor.topics', 'statistics').checked).to.equal(true);
      kept.remove();

      const { element } = await mount(backend.adapterFor('newcomer'));
      await tick(element, 'roles', 'mentor');
      expect(has(element, '[name="mentor.topics"][value="statistics"]'), 'not offered to anyone else').to.equal(false);
      expect(has(element, '[name="mentor.topics"][value="leadership"]'), 'the others are').to.equal(true);
    });
  });

  describe('events', () => {
    it('fire on saving only: not on loading, property changes, editing or discarding', async () => {
      const saved = savedEvents();
      const { element, program } = await mount(world.backend.adapterFor(world.mentorId));
      const mentee = world.backend.adapterFor(world.menteeId);
      const { name } = (await mentee.getViewer()).member;
      program.adapter = mentee;
      await until(() => has(element, '[name="profile.name"]') && control(element, 'profile.name').value === name, 'the other member');
      await setValue(element, 'profile.city', 'Lima');
      discardButton(element).click();
      element.discard();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(saved.events).to.have.length(0);
      await setValue(element, 'profile.city', 'Lima');
      saveButton(element).click();
      await until(() => saved.events.length === 1, 'one event');
      saved.stop();
      expect(saved.events[0]!.viewer.member.city).to.equal('Lima');
      expect(saved.events[0]!.type).to.equal('mentor-enrolment-saved');
    });
  });

  it('program settings: industries and career stages only when the program lists them', async () => {
    world = createWorld({ size: 50, seed: 3, settings: programSettings({ industries: [], careerStages: [] }) });
    const { element } = await mount(world.backend.adapterFor('nia'));
    expect(has(element, '[name="profile.industry"]')).to.equal(false);
    expect(has(element, '[name="profile.careerStage"]')).to.equal(false);
  });
});

// The enrolment input that keeps a member's record as it is.
function pick(viewer: Viewer): EnrolmentInput['profile'] {
  const m = viewer.member;
  return {
    name: m.name, headline: m.headline, bio: m.bio, photoUrl: m.photoUrl, email: m.email, phone: m.phone, industry: m.industry,
    careerStage: m.careerStage, country: m.country, city: m.city, timeZone: m.timeZone, languages: m.languages, links: m.links,
  };
}
const strip = ({ topics, meetingModes, statement }: RoleInput): RoleInput => ({ topics, meetingModes, statement });
