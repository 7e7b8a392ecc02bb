// <mentor-cohort-application> over a real MemoryBackend: every state (axe first), applying with topics,
// capacity and members to avoid found by name, changing and withdrawing while the window is open, the
// problems of an application, the keyboard, focus and announcements, and the event it sends.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '@mentor-match/core';
import { inProgram, until, type World } from '../../test/helpers.ts';
import { cohortWorld, createCohort, staffOf } from '../../test/cohorts.ts';
import { deepActive, enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import '../i18n/ar-register.ts';
import './define.ts';
import type { MentorCohortApplication } from './mentor-cohort-application.ts';
import type { MentorCohortApplicationEvent } from '../events/cohort-application.ts';

const $ = <T extends Element = HTMLElement>(el: MentorCohortApplication, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MentorCohortApplication, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const phase = (el: MentorCohortApplication) => text($(el, '[part="phase"]'));
const status = (el: MentorCohortApplication) => text($(el, '[part="status"]'));
const button = (el: MentorCohortApplication, label: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));

async function mount(adapter: MentoringAdapterLike, lang = 'en-GB', dir = 'ltr') {
  const { element } = await inProgram<MentorCohortApplication>(
    adapter,
    html`<div lang=${lang} dir=${dir}><mentor-cohort-application .now=${new Date('2026-11-23T09:00:00.000Z')}></mentor-cohort-application></div>`,
    'mentor-cohort-application',
  );
  await until(() => !$(element, '[role="status"]')?.textContent?.includes('Loading'), 'the cohorts to load');
  await element.updateComplete;
  return element;
}
type MentoringAdapterLike = Parameters<typeof inProgram>[0];

/** Mel, a mentee (leadership, statistics); Mona and Max, mentors; an open cohort. */
async function scene(world: World = cohortWorld()) {
  const mel = await enrol(world, 'mel', { profile: { name: 'Mel Mentee' }, mentee: { topics: ['leadership', 'statistics'] } });
  await enrol(world, 'mona', { profile: { name: 'Mona Mentor' }, mentor: { topics: ['leadership'] } });
  await enrol(world, 'max', { profile: { name: 'Max Mentor' }, mentor: { topics: ['statistics'] } });
  const cohortId = await createCohort(world);
  return { world, mel, cohortId };
}

async function applicantsOf(world: World, cohortId: string) {
  return staffOf(world).listApplicants(cohortId, { status: 'applied' });
}

describe('<mentor-cohort-application>', () => {
  it('says there is no cohort to apply to, accessibly', async () => {
    const world = cohortWorld();
    const mel = await enrol(world, 'mel', { mentee: { topics: ['leadership'] } });
    const el = await mount(mel);
    await expect(el).to.be.accessible();
    expect(text(el.shadowRoot as unknown as Element)).to.contain('There is no cohort to apply to');
  });

  it('asks a member who has not enrolled to enrol first', async () => {
    const world = cohortWorld();
    await createCohort(world);
    const el = await mount(world.backend.adapterFor('newcomer'));
    await expect(el).to.be.accessible();
    expect(text($(el, '[part~="notice"]'))).to.contain('Enrol in the mentoring program first');
    expect($(el, 'form')).to.equal(null);
  });

  it('before the window: when applications open, and no form', async () => {
    const world = cohortWorld();
    const mel = await enrol(world, 'mel', { mentee: { topics: ['leadership'] } });
    await createCohort(world, { applicationsOpenAt: '2026-12-01T00:00:00.000Z' });
    const el = await mount(mel);
    await expect(el).to.be.accessible();
    expect(phase(el)).to.match(/Applications open on 1 December 2026/);
    expect($(el, 'form')).to.equal(null);
  });

  it('applies as a mentee with the profile’s topics, by keyboard, and says so', async () => {
    const { world, mel, cohortId } = await scene();
    const el = await mount(mel);
    const events: MentorCohortApplicationEvent[] = [];
    el.addEventListener('mentor-cohort-application', (e) => events.push(e));
    await expect(el).to.be.accessible();
    expect(phase(el)).to.match(/open until 15 December 2026/);
    const checked = $$<HTMLInputElement>(el, 'input[name="topics"]').filter((i) => i.checked).map((i) => i.value);
    expect(checked).to.have.members(['leadership', 'statistics']);
    expect($(el, '#capacity')).to.equal(null);
    $<HTMLTextAreaElement>(el, '#statement')!.focus();
    await sendKeys({ type: 'A first team of my own.' });
    button(el, 'Apply')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => status(el) !== '', 'the announcement');
    expect(status(el)).to.equal('Thank you: your application is in.');
    expect(deepActive()?.id).to.equal('applied');
    expect(text($(el, '#applied'))).to.match(/You applied as a mentee on 23 November 2026/);
    const [applicant] = await applicantsOf(world, cohortId);
    expect(applicant!.member.id).to.equal('mel');
    expect(applicant!.application.statement).to.equal('A first team of my own.');
    expect(events.map((e) => [e.action, e.cohortId, e.role])).to.deep.equal([['apply', cohortId, 'mentee']]);
    await expect(el).to.be.accessible();
  });

  it('finds a member to avoid by name and keeps them on the application, never as a typed id', async () => {
    const { world, mel, cohortId } = await scene();
    const el = await mount(mel);
    $<HTMLInputElement>(el, '#avoid-search')!.focus();
    await sendKeys({ type: 'Mona' });
    await sendKeys({ press: 'Enter' });
    await until(() => Boolean(button(el, 'Add Mona Mentor')), 'Mona in the results');
    expect($(el, 'form')!.isConnected, 'Enter searched, it did not send the application').to.equal(true);
    button(el, 'Add Mona Mentor')!.click();
    await until(() => Boolean(button(el, 'Remove Mona Mentor')), 'Mona on the list');
    expect(deepActive()?.id).to.equal('avoid-search');
    await expect(el).to.be.accessible();
    button(el, 'Apply')!.click();
    await until(() => Boolean($(el, '#applied')), 'the application sent');
    const [applicant] = await applicantsOf(world, cohortId);
    expect(applicant!.application.avoid).to.deep.equal(['mona']);
    await until(() => text($(el, '[part="application"]')).includes('Mona Mentor'), 'the name on the application');
  });

  it('a mentor says how many mentees they take; a bad number is a problem, not sent', async () => {
    const world = cohortWorld();
    const mona = await enrol(world, 'mona', { profile: { name: 'Mona Mentor' }, mentor: { topics: ['leadership'] }, capacity: 3 });
    const cohortId = await createCohort(world);
    const el = await mount(mona);
    const capacity = $<HTMLInputElement>(el, '#capacity')!;
    expect(capacity.value).to.equal('3');
    capacity.value = '0';
    capacity.dispatchEvent(new Event('input'));
    button(el, 'Apply')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="summary"]'))).to.contain('Enter a whole number from 1 to 50.');
    expect(capacity.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(await applicantsOf(world, cohortId)).to.deep.equal([]);
    capacity.value = '2';
    capacity.dispatchEvent(new Event('input'));
    button(el, 'Apply')!.click();
    await until(() => Boolean($(el, '#applied')), 'the application sent');
    expect((await applicantsOf(world, cohortId))[0]!.application.capacity).to.equal(2);
  });

  it('without a topic, the summary says so and takes focus', async () => {
    const { mel } = await scene();
    const el = await mount(mel);
    for (const box of $$<HTMLInputElement>(el, 'input[name="topics"]').filter((i) => i.checked)) box.click();
    button(el, 'Apply')!.click();
    await el.updateComplete;
    await until(() => deepActive()?.getAttribute('part') === 'summary', 'focus on the summary');
    expect(text($(el, '[part="summary"]'))).to.contain('Choose at least one topic.');
    await expect(el).to.be.accessible();
  });

  it('changes and withdraws the application while the window is open', async () => {
    const { world, mel, cohortId } = await scene();
    await mel.applyToCohort(cohortId, 'mentee', { topics: ['leadership'], statement: 'Before', avoid: [] });
    const el = await mount(mel);
    expect(text($(el, '[part="application"]'))).to.contain('Leadership');
    await expect(el).to.be.accessible();
    button(el, 'Change my application')!.click();
    await until(() => Boolean($(el, 'form')), 'the form');
    expect($<HTMLTextAreaElement>(el, '#statement')!.value).to.equal('Before');
    $$<HTMLInputElement>(el, 'input[name="topics"]').find((i) => i.value === 'statistics')!.click();
    button(el, 'Save my application')!.click();
    await until(() => status(el) === 'Your application is saved.', 'saved');
    expect((await applicantsOf(world, cohortId))[0]!.application.topics).to.have.members(['leadership', 'statistics']);

    button(el, 'Withdraw my application')!.click();
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('withdraw-question');
    await expect(el).to.be.accessible();
    button(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('withdraw');
    button(el, 'Withdraw my application')!.click();
    await el.updateComplete;
    button(el, 'Withdraw my application')!.click();
    await until(() => status(el) === 'Your application is withdrawn.', 'withdrawn');
    expect(deepActive()?.id).to.equal('phase');
    expect(await applicantsOf(world, cohortId)).to.deep.equal([]);
    expect($(el, 'form'), 'the form again, to apply anew').to.not.equal(null);
  });

  it('after the window closes: the application stands, with when matches come', async () => {
    const { world, mel, cohortId } = await scene();
    await mel.applyToCohort(cohortId, 'mentee', { topics: ['leadership'], statement: '', avoid: [] });
    await staffOf(world).actOnCohort(cohortId, 'close', { reason: 'Enough applicants.' });
    const el = await mount(mel);
    await expect(el).to.be.accessible();
    expect(phase(el)).to.match(/Matches are announced on 20 December 2026/);
    expect(button(el, 'Change my application')).to.equal(undefined);
    expect($(el, 'form')).to.equal(null);
  });

  it('in Arabic, right to left: the cohort’s strings, accessible', async () => {
    const { mel } = await scene();
    const el = await mount(mel as MemoryAdapter, 'ar', 'rtl');
    await until(() => text($(el, '[part="title"]')) === 'التقدّم إلى دفعة إرشاد', 'the Arabic catalog');
    await expect(el).to.be.accessible();
  });
});
