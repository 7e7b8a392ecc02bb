// The availability toggle: every state (axe first), the keyboard, optimistic saves and their rollback,
// return date and capacity, staying in step with the viewer, form association and events — against a
// real MemoryBackend, with other members' adapters checking what the rest of the program sees.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  MentoringError, type Availability, type AvailabilityInput, type MemoryAdapter, type MentoringAdapter, type Viewer,
} from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import { deepActive, enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import '../i18n/fr-register.ts';
import './define.ts';
import type { MentorAvailabilityToggle } from './mentor-availability-toggle.ts';
import type { MentorAvailabilityChangeEvent } from '../events/availability-change.ts';

// ---------------------------------------------------------------------------------------------
// Helpers

const YEAR = new Date().getFullYear() + 1;
const RETURN_DATE = `${YEAR}-01-15`;

const $ = <T extends Element = HTMLElement>(el: MentorAvailabilityToggle, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const toggle = (el: MentorAvailabilityToggle) => $<HTMLInputElement>(el, '[role="switch"]')!;
const message = (el: MentorAvailabilityToggle) => [...el.shadowRoot!.querySelectorAll('[part="message"] p')].map(text);
const status = (el: MentorAvailabilityToggle) => text($(el, '[part="status"]'));
const alertText = (el: MentorAvailabilityToggle) => text($(el, '[role="alert"]'));
const busy = (el: MentorAvailabilityToggle) => $(el, 'fieldset')?.getAttribute('aria-busy') === 'true';
const capacity = (el: MentorAvailabilityToggle) => $<HTMLInputElement>(el, '[part="capacity"]');
const returnDate = (el: MentorAvailabilityToggle) => $<HTMLInputElement>(el, '[part="return-date"]');
/** Waits until no save is in flight (after letting a change just made render its busy state). */
async function settled(el: MentorAvailabilityToggle) {
  await el.updateComplete;
  await until(() => !busy(el), 'the save to settle');
}

/** Mia, a mentor taking 3 mentees with 2 active and 1 request waiting for her answer; Vera, a mentee. */
async function scene() {
  const world = createWorld();
  const mia = await enrol(world, 'mia', { profile: { name: 'Mia Mentor' }, mentor: { topics: ['leadership'] }, capacity: 3 });
  for (const id of ['m1', 'm2', 'm3']) {
    const mentee = await enrol(world, id, { mentee: { topics: ['leadership'] } });
    const request = await mentee.requestMentorship({
      recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
    });
    if (id !== 'm3') await mia.act(request.id, 'accept');
  }
  const vera = await enrol(world, 'vera', { profile: { name: 'Vera Viewer' }, mentee: { topics: ['leadership'] } });
  return { world, mia, vera };
}

async function mount(adapter: MentoringAdapter, lang = 'en-GB', dir = 'ltr') {
  const { element } = await inProgram<MentorAvailabilityToggle>(
    adapter,
    html`<div lang=${lang} dir=${dir}><mentor-availability-toggle name="availability"></mentor-availability-toggle></div>`,
    'mentor-availability-toggle',
  );
  await element.updateComplete;
  return element;
}

/** Records the events the element sends to the page. */
function listen(el: MentorAvailabilityToggle) {
  const changes: Event[] = [];
  const saved: MentorAvailabilityChangeEvent[] = [];
  el.addEventListener('change', (e) => changes.push(e));
  el.addEventListener('mentor-availability-change', (e) => saved.push(e));
  return { changes, saved };
}

/** An adapter whose setAvailability calls are recorded and held until released. */
function held(inner: MemoryAdapter) {
  const calls: AvailabilityInput[] = [];
  const releases: (() => void)[] = [];
  const adapter = faultyAdapter(inner, {
    setAvailability: async (input: AvailabilityInput) => {
      calls.push(input);
      await new Promise<void>((resolve) => releases.push(resolve));
      return inner.setAvailability(input);
    },
  });
  return { adapter, calls, release: () => releases.shift()?.() };
}

/** An adapter whose setAvailability calls are recorded and passed through. */
function recorded(inner: MemoryAdapter) {
  const calls: AvailabilityInput[] = [];
  const adapter = faultyAdapter(inner, {
    setAvailability: (input: AvailabilityInput) => {
      calls.push(input);
      return inner.setAvailability(input);
    },
  });
  return { adapter, calls };
}

/** Sets a field's value as the member would and commits it (`change`). */
function commit(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function tabToSwitch(el: MentorAvailabilityToggle) {
  for (let i = 0; i < 20; i += 1) {
    if (el.shadowRoot!.activeElement === toggle(el)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the switch');
}

const availabilityOf = async (world: World, id: string): Promise<Availability> =>
  (await world.backend.adapterFor(id).getViewer()).member.availability;

// ---------------------------------------------------------------------------------------------

describe('<mentor-availability-toggle>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('shows the member’s availability', () => {
    it('a participating mentor: the switch off, what pausing does with her numbers, her capacity and active mentees', async () => {
      const { mia } = await scene();
      const el = await mount(mia);
      await expect(el).to.be.accessible();
      const sw = toggle(el);
      expect(sw.type).to.equal('checkbox');
      expect(sw.checked).to.equal(false);
      expect(sw.getAttribute('aria-describedby')).to.equal('message');
      expect(text(sw.closest('label'))).to.equal('Temporarily not participating');
      expect(message(el)).to.deep.equal([
        'You are participating: members can find you and send you requests.',
        "If you pause, you won't appear in search and won't receive new requests; your 2 active mentorships continue.",
        'You can still answer the request waiting for you.',
      ]);
      expect(returnDate(el)).to.equal(null);
      expect(capacity(el)!.value).to.equal('3');
      expect(capacity(el)!.min).to.equal('1');
      expect(text($(el, '#active'))).to.equal('2 active');
      expect(capacity(el)!.getAttribute('aria-describedby')).to.equal('active');
      expect(text($(el, 'legend'))).to.equal('Availability');
      expect(el.value).to.equal('participating');
    });

    it('paused with a return date', async () => {
      const { world, mia } = await scene();
      await world.backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: RETURN_DATE });
      const el = await mount(mia);
      await expect(el).to.be.accessible();
      expect(toggle(el).checked).to.equal(true);
      expect(message(el).slice(0, 2)).to.deep.equal([
        `You are not participating until 15 January ${YEAR}.`,
        "You won't appear in search and won't receive new requests; your 2 active mentorships continue.",
      ]);
      expect(returnDate(el)!.value).to.equal(RETURN_DATE);
      expect(returnDate(el)!.min).to.match(/^\d{4}-\d\d-\d\d$/);
      expect(el.value).to.equal('paused');
      expect(el.matches(':state(paused)')).to.equal(true);
    });

    it('paused without a return date', async () => {
      const { world, mia } = await scene();
      await world.backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: null });
      const el = await mount(mia);
      await expect(el).to.be.accessible();
      expect(message(el)[0]).to.equal('You are not participating until you resume.');
      expect(returnDate(el)!.value).to.equal('');
    });

    it('a mentee only: no capacity, and the sentence without mentorships', async () => {
      const { vera } = await scene();
      const el = await mount(vera);
      await expect(el).to.be.accessible();
      expect(capacity(el)).to.equal(null);
      expect(message(el)).to.deep.equal([
        'You are participating: members can find you and send you requests.',
        "If you pause, you won't appear in search and won't receive new requests.",
      ]);
    });

    it('one active mentorship, in the singular', async () => {
      const { world, mia } = await scene();
      const mentee = world.backend.adapterFor('m1');
      const [item] = (await mentee.listMentorships()).filter((i) => i.mentorship.state === 'active');
      await mentee.act(item!.mentorship.id, 'complete');
      const el = await mount(mia);
      expect(message(el)[1]).to.equal("If you pause, you won't appear in search and won't receive new requests; your active mentorship continues.");
      expect(text($(el, '#active'))).to.equal('1 active');
    });

    it('a mentor whose places are all taken says so', async () => {
      const { world, mia } = await scene();
      await world.backend.adapterFor('mia').setAvailability({ status: 'participating', returnDate: null, capacity: 2 });
      const el = await mount(mia);
      await expect(el).to.be.accessible();
      expect(text($(el, '#full'))).to.equal('All your places are taken: mentees cannot send you requests until one opens.');
      expect(capacity(el)!.getAttribute('aria-describedby')).to.equal('active full');
    });

    it('not enrolled: how to set an availability, and no form value', async () => {
      const world = createWorld();
      const el = await mount(world.backend.adapterFor('newcomer'));
      await expect(el).to.be.accessible();
      expect(text($(el, '[part="notice"]'))).to.equal('Enrol in the mentoring program to set your availability.');
      expect(toggle(el)).to.equal(null);
      expect(el.value).to.equal('');
    });

    it('not signed in: the program says to sign in', async () => {
      const world = createWorld();
      const el = await mount(world.backend.anonymous());
      await expect(el).to.be.accessible();
      expect(text($(el, '[role="alert"] p'))).to.equal('Please sign in to the member site to continue.');
      expect(toggle(el)).to.equal(null);
    });

    it('in French', async () => {
      const { world, mia } = await scene();
      await world.backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: RETURN_DATE });
      const el = await mount(mia, 'fr');
      await expect(el).to.be.accessible();
      expect(text($(el, 'legend'))).to.equal('Disponibilité');
      expect(text(toggle(el).closest('label'))).to.equal('Suspendre temporairement ma participation');
      expect(message(el)).to.deep.equal([
        `Votre participation est suspendue jusqu’au 15 janvier ${YEAR}.`,
        'Vous n’apparaissez pas dans les recherches et ne recevez pas de nouvelles demandes ; vos 2 mentorats en cours continuent.',
        'Vous pouvez encore répondre à la demande qui vous attend.',
      ]);
      expect(text($(el, '#active'))).to.equal('2 en cours');
      expect(text($(el, 'label[for="return-date"]'))).to.equal('Date de retour (facultatif)');
    });

    it('right to left: the thumb of a switch that is on sits at the inline end, on the left', async () => {
      const { world, mia } = await scene();
      await world.backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: null });
      const el = await mount(mia, 'ar', 'rtl');
      await expect(el).to.be.accessible();
      const track = $(el, '[part="track"]')!.getBoundingClientRect();
      const thumb = $(el, '[part="thumb"]')!.getBoundingClientRect();
      expect(thumb.left - track.left).to.be.lessThan(track.right - thumb.right);
      const label = $(el, '[part="switch"]')!.getBoundingClientRect();
      expect(track.right).to.be.closeTo(label.right, 1); // the switch starts the line, on the right
    });

    it('without motion when the member asks for reduced motion', async () => {
      const { mia } = await scene();
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(mia);
      expect(getComputedStyle($(el, '[part="thumb"]')!).transitionDuration).to.equal('0s');
    });
  });

  describe('pausing and resuming', () => {
    it('from the keyboard only: Tab to the switch, Space pauses, Space resumes; focus stays on the switch', async () => {
      const { world, mia } = await scene();
      const el = await mount(mia);
      const { changes, saved } = listen(el);
      await tabToSwitch(el);
      await sendKeys({ press: 'Space' });
      expect(toggle(el).checked).to.equal(true);
      await settled(el);
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('You are now temporarily not participating.');
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      expect(message(el)[0]).to.equal('You are not participating until you resume.');
      expect((await availabilityOf(world, 'mia')).status).to.equal('paused');
      expect(deepActive()).to.equal(toggle(el));
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      expect(toggle(el).checked).to.equal(false);
      await settled(el);
      await until(() => status(el).startsWith('Welcome'), 'the welcome back');
      expect(status(el)).to.equal('Welcome back! You are participating again.');
      expect((await availabilityOf(world, 'mia')).status).to.equal('participating');
      expect(deepActive()).to.equal(toggle(el));

      expect(changes).to.have.length(2);
      await until(() => saved.length === 2, 'two saved events');
      expect(saved.map((e) => e.availability.status)).to.deep.equal(['paused', 'participating']);
      expect(saved[0]!.availability).to.deep.equal({ status: 'paused', returnDate: null, capacity: 3 });
      expect(saved[0]!.bubbles && saved[0]!.composed).to.equal(true);
    });

    it('optimistic: the switch and the text change at once, busy while saving, announced when saved', async () => {
      const { mia } = await scene();
      const { adapter, calls, release } = held(mia);
      const el = await mount(adapter);
      const { changes, saved } = listen(el);
      toggle(el).click();
      expect(changes).to.have.length(1); // at once, as a checkbox does
      await el.updateComplete;
      expect(toggle(el).checked).to.equal(true);
      expect(message(el)[0]).to.equal('You are not participating until you resume.');
      expect(busy(el)).to.equal(true);
      expect(status(el)).to.equal('Saving…');
      expect(el.matches(':state(saving)')).to.equal(true);
      expect(calls).to.deep.equal([{ status: 'paused', returnDate: null, capacity: 3 }]);
      await expect(el).to.be.accessible();
      expect(saved).to.have.length(0);
      release();
      await settled(el);
      await until(() => saved.length === 1, 'the saved event');
      expect(status(el)).to.equal('You are now temporarily not participating.');
    });

    it('changes made while a save is in flight are saved after it, in order', async () => {
      const { world, mia } = await scene();
      const { adapter, calls, release } = held(mia);
      const el = await mount(adapter);
      const { saved } = listen(el);
      toggle(el).click(); // pause
      await el.updateComplete;
      toggle(el).click(); // and resume before the pause is saved
      await el.updateComplete;
      expect(toggle(el).checked).to.equal(false);
      expect(calls).to.have.length(1);
      release();
      await until(() => calls.length === 2, 'the second save');
      expect(calls[1]!.status).to.equal('participating');
      expect(busy(el)).to.equal(true);
      release();
      await settled(el);
      expect(toggle(el).checked).to.equal(false);
      expect((await availabilityOf(world, 'mia')).status).to.equal('participating');
      await until(() => saved.length === 1, 'one saved event for the settled state');
      expect(saved[0]!.availability.status).to.equal('participating');
      expect(status(el)).to.equal('Your availability is saved.');
    });

    it('a paused member disappears from another member’s search, and comes back on resume', async () => {
      const { world, mia } = await scene();
      const seeker = world.backend.adapterFor('vera');
      const found = async () => (await seeker.search({ find: 'mentors', limit: 100 })).hits.some((h) => h.member.id === 'mia');
      expect(await found()).to.equal(true);
      const el = await mount(mia);
      toggle(el).click();
      await settled(el);
      expect(await found()).to.equal(false);
      toggle(el).click();
      await settled(el);
      expect(await found()).to.equal(true);
    });
  });

  describe('refusals', () => {
    it('the adapter refuses: the switch goes back, the message says why, focus stays on the switch', async () => {
      const { world, mia } = await scene();
      const adapter = faultyAdapter(mia, {
        setAvailability: () => Promise.reject(new MentoringError('network', 'offline')),
      });
      const el = await mount(adapter);
      const { changes, saved } = listen(el);
      await tabToSwitch(el);
      await sendKeys({ press: 'Space' });
      await settled(el);
      await until(() => alertText(el) !== '', 'the refusal');
      expect(toggle(el).checked).to.equal(false);
      expect(message(el)[0]).to.equal('You are participating: members can find you and send you requests.');
      expect(alertText(el)).to.equal(
        'Your change was not saved. We could not reach the mentoring service. Check your connection and try again.',
      );
      expect(deepActive()).to.equal(toggle(el));
      expect(el.value).to.equal('participating');
      expect(status(el)).to.equal('');
      expect(changes).to.have.length(1);
      expect(saved).to.have.length(0);
      expect((await availabilityOf(world, 'mia')).status).to.equal('participating');
      await expect(el).to.be.accessible();
    });

    it('a refusal naming the capacity keeps what the member sent there, marked, until they change it', async () => {
      const { world, mia } = await scene();
      const adapter = faultyAdapter(mia, {
        setAvailability: (input: AvailabilityInput) =>
          input.capacity === 7
            ? Promise.reject(new MentoringError('validation', 'capacity: too many', { field: 'capacity' }))
            : mia.setAvailability(input),
      });
      const el = await mount(adapter);
      commit(capacity(el)!, '7');
      await settled(el);
      await until(() => alertText(el) !== '', 'the refusal');
      expect(alertText(el)).to.equal(
        'Your change was not saved. Some information is missing or not valid. Please check the highlighted fields.',
      );
      expect(capacity(el)!.value).to.equal('7');
      expect(capacity(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(capacity(el)!.getAttribute('aria-describedby')).to.equal('capacity-error active');
      expect(text($(el, '#capacity-error'))).to.equal('Please check this field.');
      expect(el.validity.valid).to.equal(false);
      expect((await availabilityOf(world, 'mia')).capacity).to.equal(3);
      await expect(el).to.be.accessible();

      commit(capacity(el)!, '4');
      await settled(el);
      expect($(el, '#capacity-error')).to.equal(null);
      expect(el.validity.valid).to.equal(true);
      expect(capacity(el)!.value).to.equal('4');
      expect((await availabilityOf(world, 'mia')).capacity).to.equal(4);
    });

    it('the next change clears the refusal', async () => {
      const { mia } = await scene();
      let fail = true;
      const adapter = faultyAdapter(mia, {
        setAvailability: (input: AvailabilityInput) =>
          fail ? Promise.reject(new MentoringError('forbidden', 'no')) : mia.setAvailability(input),
      });
      const el = await mount(adapter);
      toggle(el).click();
      await settled(el);
      await until(() => alertText(el) !== '', 'the refusal');
      expect(alertText(el)).to.equal('Your change was not saved. You are not allowed to do that.');
      fail = false;
      toggle(el).click();
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      await settled(el);
      expect(toggle(el).checked).to.equal(true);
    });

    it('invalid data from the adapter: rolled back with a clear message', async () => {
      const { mia } = await scene();
      const adapter = faultyAdapter(mia, {
        setAvailability: () => Promise.resolve({ member: { id: 'mia' } } as unknown as Viewer),
      });
      const el = await mount(adapter);
      toggle(el).click();
      await settled(el);
      await until(() => alertText(el) !== '', 'the message');
      expect(toggle(el).checked).to.equal(false);
      expect(alertText(el)).to.equal(
        'Your change was not saved. The mentoring service sent an answer we could not read. Please try again later.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('return date and capacity', () => {
    it('a return date is saved on change and shown in the sentence', async () => {
      const { world, mia } = await scene();
      const { adapter, calls } = recorded(mia);
      const el = await mount(adapter);
      toggle(el).click();
      await settled(el);
      const { changes, saved } = listen(el);
      commit(returnDate(el)!, RETURN_DATE);
      await el.updateComplete;
      expect(message(el)[0]).to.equal(`You are not participating until 15 January ${YEAR}.`);
      await settled(el);
      expect(calls.at(-1)).to.deep.equal({ status: 'paused', returnDate: RETURN_DATE, capacity: 3 });
      expect((await availabilityOf(world, 'mia')).returnDate).to.equal(RETURN_DATE);
      expect(changes).to.have.length(1);
      await until(() => saved.length === 1, 'the saved event');
      expect(status(el)).to.equal('Your availability is saved.');
      await expect(el).to.be.accessible();

      // Resuming drops the return date.
      toggle(el).click();
      await settled(el);
      expect(await availabilityOf(world, 'mia')).to.deep.equal({ status: 'participating', returnDate: null, capacity: 3 });
      expect(returnDate(el)).to.equal(null);
    });

    it('a past date shows an inline error and is not sent', async () => {
      const { mia } = await scene();
      const { adapter, calls } = recorded(mia);
      const el = await mount(adapter);
      toggle(el).click();
      await settled(el);
      const sent = calls.length;
      const { changes } = listen(el);
      commit(returnDate(el)!, '2020-01-01');
      await el.updateComplete;
      expect(calls).to.have.length(sent);
      expect(changes).to.have.length(0);
      expect(returnDate(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(returnDate(el)!.getAttribute('aria-describedby')).to.equal('return-date-error');
      expect(text($(el, '#return-date-error'))).to.equal('Choose today or a later date, or leave it empty.');
      expect(returnDate(el)!.value).to.equal('2020-01-01'); // kept for the member to correct
      expect(el.validity.valid).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      await expect(el).to.be.accessible();

      commit(returnDate(el)!, RETURN_DATE);
      await el.updateComplete;
      expect($(el, '#return-date-error')).to.equal(null);
      expect(el.validity.valid).to.equal(true);
      await settled(el);
      expect(calls.at(-1)!.returnDate).to.equal(RETURN_DATE);
    });

    it('capacity: saved on change, not per keystroke; other members see it', async () => {
      const { world, mia } = await scene();
      const { adapter, calls } = recorded(mia);
      const el = await mount(adapter);
      const { changes, saved } = listen(el);
      capacity(el)!.focus();
      capacity(el)!.select();
      await sendKeys({ type: '5' });
      await el.updateComplete;
      expect(calls).to.have.length(0);
      await sendKeys({ press: 'Tab' }); // leaving the field commits it
      await until(() => calls.length === 1, 'the save');
      expect(calls[0]).to.deep.equal({ status: 'participating', returnDate: null, capacity: 5 });
      await settled(el);
      expect(changes).to.have.length(1);
      await until(() => saved.length === 1, 'the saved event');
      expect(saved[0]!.availability.capacity).to.equal(5);
      const view = await world.backend.adapterFor('vera').getMember('mia');
      expect(view.mentor!.capacity).to.equal(5);
      expect(capacity(el)!.value).to.equal('5');
    });

    it('capacity 0 shows an inline error and is not sent; a mentee’s save leaves capacity out', async () => {
      const { mia, vera } = await scene();
      const { adapter, calls } = recorded(mia);
      const el = await mount(adapter);
      commit(capacity(el)!, '0');
      await el.updateComplete;
      expect(calls).to.have.length(0);
      expect(capacity(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(capacity(el)!.getAttribute('aria-describedby')).to.equal('capacity-error active');
      expect(text($(el, '#capacity-error'))).to.equal('Enter a whole number from 1 to 50.');
      await expect(el).to.be.accessible();
      commit(capacity(el)!, '2.5');
      await el.updateComplete;
      expect(calls).to.have.length(0);
      commit(capacity(el)!, '3'); // back to the saved value: nothing to send
      await el.updateComplete;
      expect($(el, '#capacity-error')).to.equal(null);
      expect(calls).to.have.length(0);

      const mentee = recorded(vera);
      const other = await mount(mentee.adapter);
      toggle(other).click();
      await settled(other);
      expect(mentee.calls).to.deep.equal([{ status: 'paused', returnDate: null }]);
    });
  });

  describe('stays in step with the viewer', () => {
    it('reflects a change made elsewhere (another tab of the same member), without events', async () => {
      const { world, mia } = await scene();
      const el = await mount(mia);
      const { changes, saved } = listen(el);
      await world.backend.adapterFor('mia').setAvailability({ status: 'paused', returnDate: RETURN_DATE, capacity: 4 });
      await until(() => toggle(el).checked, 'the switch to follow');
      await el.updateComplete;
      expect(message(el)[0]).to.equal(`You are not participating until 15 January ${YEAR}.`);
      expect(returnDate(el)!.value).to.equal(RETURN_DATE);
      expect(capacity(el)!.value).to.equal('4');
      expect(el.value).to.equal('paused');
      expect(changes).to.have.length(0);
      expect(saved).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('the counts follow: a mentorship accepted elsewhere updates the active number', async () => {
      const { world, mia } = await scene();
      const el = await mount(mia);
      const [pending] = (await world.backend.adapterFor('m3').listMentorships()).filter((i) => i.mentorship.state === 'pending');
      await world.backend.adapterFor('mia').act(pending!.mentorship.id, 'accept');
      await until(() => text($(el, '#active')) === '3 active', 'the active count');
      expect(message(el)[1]).to.contain('your 3 active mentorships continue');
      expect(text($(el, '#full'))).to.contain('All your places are taken');
    });

    it('a change elsewhere does not overwrite the member’s change while it is saving', async () => {
      const { world, mia } = await scene();
      const { adapter, release } = held(mia);
      const el = await mount(adapter);
      toggle(el).click(); // pause, held
      await el.updateComplete;
      await world.backend.adapterFor('mia').setAvailability({ status: 'participating', returnDate: null, capacity: 4 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(toggle(el).checked).to.equal(true);
      expect(capacity(el)!.value).to.equal('3');
      release();
      await settled(el);
      expect(toggle(el).checked).to.equal(true);
      expect(await availabilityOf(world, 'mia')).to.deep.equal({ status: 'paused', returnDate: null, capacity: 3 });
    });

    it('an invalid draft survives a reload of the viewer for another reason', async () => {
      const { world, mia } = await scene();
      const el = await mount(mia);
      commit(capacity(el)!, '0');
      await el.updateComplete;
      const [pending] = (await world.backend.adapterFor('m3').listMentorships()).filter((i) => i.mentorship.state === 'pending');
      await world.backend.adapterFor('m3').act(pending!.mentorship.id, 'withdraw');
      await until(() => message(el).length === 2, 'the waiting request to go');
      expect(capacity(el)!.value).to.equal('0');
      expect($(el, '#capacity-error')).to.not.equal(null);
    });
  });

  describe('in a form', () => {
    async function inForm(adapter: MentoringAdapter) {
      const { element } = await inProgram<MentorAvailabilityToggle>(
        adapter,
        html`<form lang="en-GB"><fieldset><mentor-availability-toggle name="availability"></mentor-availability-toggle></fieldset></form>`,
        'mentor-availability-toggle',
      );
      await element.updateComplete;
      return { el: element, form: element.closest('form')!, fieldset: element.closest('fieldset')! };
    }

    it('submits its value under its name and follows the member’s changes', async () => {
      const { mia } = await scene();
      const { el, form } = await inForm(mia);
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('availability')).to.equal('participating');
      toggle(el).click();
      await el.updateComplete;
      expect(new FormData(form).get('availability')).to.equal('paused');
      await settled(el);
      expect(new FormData(form).get('availability')).to.equal('paused');
      await expect(el).to.be.accessible();
    });

    it('a form reset restores the saved availability and discards what was not sent', async () => {
      const { mia } = await scene();
      const { el, form } = await inForm(mia);
      toggle(el).click();
      await settled(el);
      commit(capacity(el)!, '0');
      commit(returnDate(el)!, '2020-01-01');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      form.reset();
      await el.updateComplete;
      expect(capacity(el)!.value).to.equal('3');
      expect(returnDate(el)!.value).to.equal('');
      expect($(el, '.error')).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
      expect(toggle(el).checked).to.equal(true);
      expect(new FormData(form).get('availability')).to.equal('paused');
    });

    it('reports the invalid field to the form, anchored on it', async () => {
      const { mia } = await scene();
      const { el, form } = await inForm(mia);
      commit(capacity(el)!, '0');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      expect(el.reportValidity()).to.equal(false);
      expect(deepActive()).to.equal(capacity(el));
    });

    it('a disabled fieldset disables its controls', async () => {
      const { mia } = await scene();
      const { el, fieldset } = await inForm(mia);
      fieldset.disabled = true;
      await until(() => toggle(el).matches(':disabled'), 'the switch to be disabled');
      expect(capacity(el)!.matches(':disabled')).to.equal(true);
      await expect(el).to.be.accessible();
      fieldset.disabled = false;
      await until(() => !toggle(el).matches(':disabled'), 'the switch to be enabled');
    });

    it('never fires events when properties are set or the program changes', async () => {
      const { world, mia } = await scene();
      const { el } = await inForm(mia);
      const { changes, saved } = listen(el);
      el.name = 'other';
      await el.updateComplete;
      expect(el.getAttribute('name')).to.equal('other');
      const program = el.closest('mentor-program')!;
      program.adapter = world.backend.adapterFor('vera');
      await until(() => capacity(el) === null, 'the other member');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(changes).to.have.length(0);
      expect(saved).to.have.length(0);
    });
  });
});
