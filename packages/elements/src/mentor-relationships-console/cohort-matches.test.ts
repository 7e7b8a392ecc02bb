// The console's cohort part over a real MemoryBackend: a published match shown to each side with its
// reasons, accepted by both (active with the cohort's term), declined with a reason staff read, a term
// ending (extend when both agree, "waiting for your partner"), and "ask for a new match" after an early end.
// Axe in every state; keyboard and focus where a dialog is involved.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '@mentor-match/core';
import { until } from '../../test/helpers.ts';
import { OPEN_COHORT, cohortWorld, publishedPair, staffOf } from '../../test/cohorts.ts';
import { consoleOf, deepActive, idsIn, text } from './console-fixtures.ts';
import type { MentorRelationshipsConsole } from './mentor-relationships-console.ts';
import './cohort-matches-define.ts';
import type { MentorCohortMatches } from './cohort-matches.ts';

/** The console's cohort part, once it has loaded its list. */
async function cohortPart(el: MentorRelationshipsConsole): Promise<MentorCohortMatches> {
  await until(() => Boolean(el.shadowRoot!.querySelector('mentor-cohort-matches')?.shadowRoot?.querySelector('[part~="cohorts"], [role="status"]')), 'the cohort part');
  const part = el.shadowRoot!.querySelector('mentor-cohort-matches')!;
  await part.updateComplete;
  return part;
}
const $ = <T extends Element = HTMLElement>(part: MentorCohortMatches, selector: string) => part.shadowRoot!.querySelector<T>(selector);
const buttons = (part: MentorCohortMatches) => [...part.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const button = (part: MentorCohortMatches, label: string) => buttons(part).find((b) => text(b) === label);
const said = (part: MentorCohortMatches) => text(part.shadowRoot!.querySelector('p.visually-hidden[role="status"]'));

async function open(adapter: MemoryAdapter, world: ReturnType<typeof cohortWorld>) {
  const el = await consoleOf(adapter, { world });
  return { el, part: await cohortPart(el) };
}

describe('<mentor-relationships-console>: cohort matches', () => {
  it('shows each side its proposed match with the reasons, and Accept and Decline', async () => {
    const world = cohortWorld();
    const { mel } = await publishedPair(world);
    const { part } = await open(mel, world);
    await expect(part).to.be.accessible();
    expect(text($(part, '[part~="heading"]'))).to.equal('Cohort matches (1)');
    const item = $(part, '[part~="cohort-match"]')!;
    expect(text(item.querySelector('[part="name"]'))).to.equal('Mona Mentor');
    expect(text(item.querySelector('[part="relation"]'))).to.equal(`Your mentor in ${OPEN_COHORT.name}`);
    expect(text(item.querySelector('[part="reasons"]'))).to.contain('Leadership');
    expect(button(part, 'Accept the match')).to.not.equal(undefined);
    expect(button(part, 'Decline…')!.getAttribute('aria-haspopup')).to.equal('dialog');
  });

  it('accepted by the mentee, then the mentor: waiting for the partner, then active with the cohort’s term', async () => {
    const world = cohortWorld();
    const { mel, mona } = await publishedPair(world);
    const mentee = await open(mel, world);
    button(mentee.part, 'Accept the match')!.click();
    await until(() => said(mentee.part) === 'Match with \u2068Mona Mentor\u2069 accepted.', 'the accept announced');
    expect(text($(mentee.part, '[part="waiting"]'))).to.equal('You accepted. Waiting for your partner: Mona Mentor has not answered yet.');
    await expect(mentee.part).to.be.accessible();

    const mentor = await open(mona, world);
    expect(text($(mentor.part, '[part="relation"]'))).to.equal(`Your mentee in ${OPEN_COHORT.name}`);
    button(mentor.part, 'Accept the match')!.click();
    await until(() => said(mentor.part) === 'Match with \u2068Mel Mentee\u2069 accepted.', 'the accept announced');
    await until(() => idsIn(mentor.el, 'active').length === 1, 'the mentorship active in the console');
    const [active] = await mona.listMentorships();
    expect(active!.mentorship.state).to.equal('active');
    expect(active!.mentorship.endsAt).to.equal(OPEN_COHORT.termEndsAt);
    expect(text(mentor.el.shadowRoot!.querySelector('#active-heading'))).to.equal('Active (1)');
  });

  it('declines with a reason in a dialog (required, kept on refusal), focus back, staff read the reason', async () => {
    const world = cohortWorld();
    const { mel, cohortId } = await publishedPair(world);
    const { part } = await open(mel, world);
    button(part, 'Decline…')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(part, 'dialog')!;
    await until(() => dialog.open, 'the dialog');
    expect(deepActive()?.id).to.equal('reason');
    await expect(part).to.be.accessible();
    $<HTMLButtonElement>(part, 'dialog button[type="submit"]')!.click();
    await part.updateComplete;
    expect(text($(part, '#reason-error, [id$="reason-error"]'))).to.contain('Please say why');
    expect(dialog.open).to.equal(true);
    await sendKeys({ type: 'We work for competing firms.' });
    $<HTMLButtonElement>(part, 'dialog button[type="submit"]')!.click();
    await until(() => said(part) === 'Match with \u2068Mona Mentor\u2069 declined. The program office will propose someone else.', 'the decline announced');
    expect(dialog.open).to.equal(false);
    const declines = await staffOf(world).listCohortMatches(cohortId, { status: 'declined' });
    expect(declines.map((d) => d.match.menteeAnswer?.reason)).to.deep.equal(['We work for competing firms.']);
    await expect(part).to.be.accessible();
  });

  it('near the term’s end: one asks to extend, the other sees it and agrees, and the end date moves', async () => {
    const world = cohortWorld();
    const { mel, mona, match } = await publishedPair(world);
    await mel.answerMatch((await match(mel)).id, { accept: true });
    await mona.answerMatch((await match(mona)).id, { accept: true });
    world.clock.set('2027-12-24T09:00:00.000Z');
    world.backend.runJobs();
    const mentee = await open(mel, world);
    await until(() => Boolean($(mentee.part, '[part="term-end"]')), 'the term’s end');
    expect(text($(mentee.part, '[part="term-end"]'))).to.contain('The term ends on 31 December 2027');
    await expect(mentee.part).to.be.accessible();
    const choice = $<HTMLSelectElement>(mentee.part, 'select')!;
    const asked = choice.options[1]!.value;
    choice.value = asked;
    choice.dispatchEvent(new Event('change'));
    button(mentee.part, 'Ask to extend')!.click();
    await until(() => said(mentee.part) === 'Extension asked. \u2068Mona Mentor\u2069 is asked to agree.', 'the ask announced');
    expect(text($(mentee.part, '[part="waiting"]'))).to.contain('Waiting for your partner: Mona Mentor has not agreed yet.');

    const mentor = await open(mona, world);
    expect(text($(mentor.part, '[part="partner-ask"]'))).to.contain('Mel Mentee would like to extend until');
    await expect(mentor.part).to.be.accessible();
    button(mentor.part, 'Agree to extend')!.click();
    await until(() => said(mentor.part).startsWith('Extended: the mentorship now ends on'), 'the extension announced');
    const [mentorship] = await mona.listMentorships();
    expect(mentorship!.mentorship.endsAt).to.equal(asked);
  });

  it('after an early end: the mentee asks for a new match, once', async () => {
    const world = cohortWorld();
    const { mel, mona, match, cohortId } = await publishedPair(world);
    await mel.answerMatch((await match(mel)).id, { accept: true });
    await mona.answerMatch((await match(mona)).id, { accept: true });
    const [item] = await mel.listMentorships();
    await mona.act(item!.mentorship.id, 'end', { reason: 'I am moving abroad.' });
    const { part } = await open(mel, world);
    await until(() => Boolean(button(part, 'Ask for a new match')), 'the rematch offer');
    await expect(part).to.be.accessible();
    button(part, 'Ask for a new match')!.click();
    await until(() => said(part) === 'Asked: you will get a new proposed match in the next round.', 'the ask announced');
    expect(text($(part, '[part="rematch"]'))).to.contain(`You asked for a new match in ${OPEN_COHORT.name}`);
    const applicants = await staffOf(world).listApplicants(cohortId, { role: 'mentee' });
    expect(applicants[0]!.inPool).to.equal(true);
  });
});
