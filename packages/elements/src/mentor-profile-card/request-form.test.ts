// The request badge and its form: keyboard path, validation, every refusal keeping what was typed,
// malformed answers, and the pending state the card shows afterwards.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type MentoringAdapter, type Mentorship, type MentorshipRequestInput } from '@mentor-match/core';
import { faultyAdapter, until, type World } from '../../test/helpers.ts';
import type { MentorRequestSentEvent } from '../events/request-sent.ts';
import '../i18n/fr-register.ts';
import { card, deepActive, enrol, part, scene, text } from './card-fixtures.ts';
import type { MentorProfileCard } from './mentor-profile-card.ts';

const badge = (el: MentorProfileCard) => part<HTMLButtonElement>(el, '[part~="badge"]')!;
const dialog = (el: MentorProfileCard) => part<HTMLDialogElement>(el, 'dialog', 'form');
const field = <T extends HTMLElement = HTMLInputElement>(el: MentorProfileCard, selector: string) => part<T>(el, selector, 'form')!;
const area = (el: MentorProfileCard, id: string) => field(el, `input[value="${id}"]`);
const checkedAreas = (el: MentorProfileCard) =>
  [...part(el, 'form', 'form')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
const alertText = (el: MentorProfileCard) => text(part(el, '[role="alert"] p', 'form'));
const request = (overrides: Partial<MentorshipRequestInput> = {}): MentorshipRequestInput => ({
  recipientId: 'ama', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '', ...overrides,
});

async function openForm(el: MentorProfileCard): Promise<void> {
  await until(() => part(el, '[part~="badge"]') !== null, 'the badge');
  badge(el).click();
  await until(() => dialog(el)?.open === true, 'the request dialog to open');
}

function setValue(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

/** Fills every field as a member would (not the defaults, so keeping them is proven). */
async function fill(el: MentorProfileCard): Promise<void> {
  area(el, 'grant-writing').click();
  area(el, 'statistics').click();
  setValue(field<HTMLTextAreaElement>(el, '#goals'), 'Write my first grant');
  setValue(field<HTMLSelectElement>(el, '#termMonths'), '9');
  setValue(field<HTMLSelectElement>(el, '#meetingMode'), 'email');
  setValue(field<HTMLTextAreaElement>(el, '#message'), 'Hello Ama!');
  await el.updateComplete;
}

function expectKept(el: MentorProfileCard): void {
  expect(dialog(el)!.open, 'the dialog stays open').to.equal(true);
  expect(checkedAreas(el)).to.deep.equal(['grant-writing', 'statistics']);
  expect(field<HTMLTextAreaElement>(el, '#goals').value).to.equal('Write my first grant');
  expect(field<HTMLSelectElement>(el, '#termMonths').value).to.equal('9');
  expect(field<HTMLSelectElement>(el, '#meetingMode').value).to.equal('email');
  expect(field<HTMLTextAreaElement>(el, '#message').value).to.equal('Hello Ama!');
}

const send = (el: MentorProfileCard) => field<HTMLButtonElement>(el, 'button[type="submit"]').click();

describe('<mentor-profile-card> request badge', () => {
  it('keyboard only: badge, an area, goals, send → pending with the expiry date, announced; focus back on the badge', async () => {
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    const sent: MentorRequestSentEvent[] = [];
    document.addEventListener('mentor-request-sent', (e) => sent.push(e as MentorRequestSentEvent), { once: true });
    await until(() => part(el, '[part~="badge"]') !== null, 'the badge');

    await sendKeys({ press: 'Tab' }); // the name
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(badge(el));
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.open === true, 'the request dialog');
    expect(deepActive(), 'focus on the first field').to.equal(area(el, 'leadership'));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 5 && deepActive()?.id !== 'goals'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Lead my first team' });
    for (let i = 0; i < 8 && deepActive()?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });

    await until(() => !dialog(el)!.open, 'the dialog to close');
    await until(() => text(part(el, '[part="note"]')) === 'Request sent · expires 23 December 2026', 'the pending note');
    expect(text(part(el, '[role="status"]')), 'announced politely').to.equal('Request sent · expires 23 December 2026');
    expect(badge(el).getAttribute('aria-disabled')).to.equal('true');
    await until(() => deepActive() === badge(el), 'focus back on the badge');
    await until(() => sent.length === 1, 'mentor-request-sent');
    expect(sent[0]!.mentorship).to.include({ mentorId: 'ama', menteeId: 'viewer', state: 'pending', goals: 'Lead my first team' });
    expect(sent[0]!.mentorship.areas).to.deep.equal(['leadership']);
    const [item] = await viewer.listMentorships();
    expect(item!.mentorship).to.include({ termMonths: 3, meetingMode: 'video', message: '' });
    await expect(el).to.be.accessible();
  });

  it('a mentor invites a mentee', async () => {
    const { world } = await scene();
    const mentor = await enrol(world, 'mia', { mentor: { topics: ['statistics', 'leadership'] } });
    const el = await card(mentor, html`<mentor-profile-card member-id="viewer"></mentor-profile-card>`);
    await openForm(el);
    expect(text(part(el, 'h2', 'form'))).to.equal('Invite Vera Viewer to be your mentee');
    area(el, 'leadership').click();
    setValue(field<HTMLTextAreaElement>(el, '#goals'), 'Your first team');
    send(el);
    await until(() => text(part(el, '[part="note"]')) === 'Request sent · expires 23 December 2026', 'the pending note');
    const [item] = await mentor.listMentorships();
    expect(item!.mentorship).to.include({ requesterId: 'mia', mentorId: 'mia', menteeId: 'viewer' });
  });

  it('validates inline: no area or goals shows errors, focuses the first, calls no adapter; errors follow blur afterwards', async () => {
    const { viewer } = await scene();
    const calls: unknown[] = [];
    const adapter = faultyAdapter(viewer, {
      requestMentorship: (input, options) => (calls.push(input), viewer.requestMentorship(input, options)),
    });
    const el = await card(adapter, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await openForm(el);
    // Nothing is flagged before the first attempt.
    field(el, '#goals').focus();
    field(el, '#message').focus();
    await el.updateComplete;
    expect(part(el, '[aria-invalid="true"]', 'form')).to.equal(null);

    send(el);
    await until(() => part(el, '#areas-error', 'form') !== null, 'inline errors');
    expect(text(part(el, '#areas-error', 'form'))).to.equal('Choose at least one area of guidance.');
    expect(text(part(el, '#goals-error', 'form'))).to.equal('Say what you hope to achieve.');
    expect(area(el, 'leadership').getAttribute('aria-invalid')).to.equal('true');
    expect(area(el, 'leadership').getAttribute('aria-describedby')).to.equal('areas-error');
    expect(field(el, '#goals').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, '#goals').getAttribute('aria-describedby')).to.equal('goals-error');
    await until(() => deepActive() === area(el, 'leadership'), 'focus on the first invalid field');
    expect(calls).to.deep.equal([]);
    await expect(el).to.be.accessible();

    area(el, 'statistics').click();
    await until(() => part(el, '#areas-error', 'form') === null, 'the areas error to clear');
    field(el, '#goals').focus();
    await sendKeys({ type: 'Publish' });
    await sendKeys({ press: 'Tab' }); // blur
    await until(() => part(el, '#goals-error', 'form') === null, 'the goals error to clear on blur');
    expect(field(el, '#goals').hasAttribute('aria-invalid')).to.equal(false);
    expect(calls).to.deep.equal([]);
  });

  it('speaks French, errors included', async () => {
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'fr');
    await openForm(el);
    expect(text(part(el, 'h2', 'form'))).to.equal('Demander à Ama Mensah d’être votre mentor');
    expect(field<HTMLSelectElement>(el, '#termMonths').selectedOptions[0]!.textContent).to.equal('3\u00a0mois'); // Intl's no-break space between a number and its unit
    send(el);
    await until(() => part(el, '#areas-error', 'form') !== null, 'inline errors');
    expect(text(part(el, '#areas-error', 'form'))).to.equal('Choisissez au moins un domaine d’accompagnement.');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft when the dialog is closed with Esc and opened again; focus returns to the badge', async () => {
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
    await openForm(el);
    await fill(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el)!.open, 'Esc to close the dialog');
    await until(() => deepActive() === badge(el), 'focus back on the badge');
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)!.open, 'the dialog to open again');
    expectKept(el);
  });

  describe('refusals show their message and keep every value', () => {
    interface Refusal {
      name: string;
      settings?: Parameters<typeof scene>[0];
      /** Done while the dialog is open: the world changes under the member's feet. */
      meanwhile?: (world: World, ama: MentoringAdapter) => Promise<unknown>;
      adapter?: (viewer: MentoringAdapter) => MentoringAdapter;
      message: string;
    }
    const refusals: Refusal[] = [
      {
        name: 'mentor full (capacity-reached / mentor-full)',
        meanwhile: async (world, ama) => {
          await ama.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
          const other = await enrol(world, 'other', { mentee: {} });
          await ama.act((await other.requestMentorship(request())).id, 'accept');
        },
        message: 'This mentor has no places left.',
      },
      {
        name: 'mentor paused (unavailable / paused)',
        meanwhile: (_world, ama) => ama.setAvailability({ status: 'paused', returnDate: null }),
        message: 'This member is temporarily not participating.',
      },
      {
        name: 'already requested (conflict / duplicate)',
        meanwhile: (world) => world.backend.adapterFor('viewer').requestMentorship(request()),
        message: 'You already have an open request or mentorship with this member.',
      },
      {
        name: 'open request limit (capacity-reached / open-request-limit)',
        settings: { settings: { openRequestsPerMember: 1 } },
        meanwhile: async (world) => {
          await enrol(world, 'kofi', { mentor: {} });
          await world.backend.adapterFor('viewer').requestMentorship(request({ recipientId: 'kofi' }));
        },
        message: 'You have reached the limit of open requests. Wait for answers or withdraw one.',
      },
      {
        name: 'network rejection',
        adapter: (viewer) => faultyAdapter(viewer, { requestMentorship: () => Promise.reject(new TypeError('Failed to fetch')) }),
        message: 'We could not reach the mentoring service. Check your connection and try again.',
      },
      {
        name: 'an answer that is not a mentorship',
        adapter: (viewer) => faultyAdapter(viewer, { requestMentorship: () => Promise.resolve({} as Mentorship) }),
        message: 'The mentoring service sent an answer we could not read. Please try again later.',
      },
    ];

    for (const refusal of refusals) {
      it(refusal.name, async () => {
        const { world, ama, viewer } = await scene(refusal.settings);
        const sent: Event[] = [];
        document.addEventListener('mentor-request-sent', (e) => sent.push(e));
        const el = await card(refusal.adapter?.(viewer) ?? viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
        await openForm(el);
        await fill(el);
        await refusal.meanwhile?.(world, ama);
        send(el);
        await until(() => alertText(el) !== '', 'the refusal');
        expect(alertText(el)).to.equal(refusal.message);
        expectKept(el);
        expect(sent).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('a field the adapter names is marked inline and focused', async () => {
      const { viewer } = await scene();
      const adapter = faultyAdapter(viewer, {
        requestMentorship: () => Promise.reject(new MentoringError('validation', 'goals: too long', { field: 'goals' })),
      });
      const el = await card(adapter, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await openForm(el);
      await fill(el);
      send(el);
      await until(() => alertText(el) !== '', 'the refusal');
      expect(alertText(el)).to.equal('Some information is missing or not valid. Please check the highlighted fields.');
      expect(field(el, '#goals').getAttribute('aria-invalid')).to.equal('true');
      expect(text(part(el, '#goals-error', 'form'))).to.equal('Please check this field.');
      await until(() => deepActive() === field(el, '#goals'), 'focus on the field at fault');
      expectKept(el);
    });

    it('sending again after a refusal works, and clears the message', async () => {
      const { viewer } = await scene();
      let fail = true;
      const adapter = faultyAdapter(viewer, {
        requestMentorship: (input, options) =>
          fail ? Promise.reject(new MentoringError('network', 'offline', { reason: 'timeout' })) : viewer.requestMentorship(input, options),
      });
      const el = await card(adapter, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await openForm(el);
      await fill(el);
      send(el);
      await until(() => alertText(el) === 'The mentoring service took too long to answer. Please try again.', 'the refusal');
      fail = false;
      send(el);
      await until(() => !dialog(el)!.open, 'the dialog to close');
      const [item] = await viewer.listMentorships();
      expect(item!.mentorship).to.include({ termMonths: 9, meetingMode: 'email', message: 'Hello Ama!', goals: 'Write my first grant' });
      expect(item!.mentorship.areas).to.deep.equal(['grant-writing', 'statistics']);
    });
  });
});
