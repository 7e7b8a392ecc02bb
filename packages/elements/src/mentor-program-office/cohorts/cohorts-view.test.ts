// The office's Cohorts tab over a real MemoryBackend: the list (axe, empty), creating a cohort in a dialog by
// keyboard (problems shown, focus back), applicants per role, proposing matches with scores and reasons,
// lock, remove, swap and rerun, publishing with a reason, close/reopen/archive, declines with their reasons,
// and the program's mode in the settings.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STAFF_ID, inStaffProgram, until, type World } from '../../../test/helpers.ts';
import { OPEN_COHORT, cohortWorld, createCohort, publishedPair, staffOf } from '../../../test/cohorts.ts';
import { deepActive, enrol, text } from '../../mentor-profile-card/card-fixtures.ts';
import '../define.ts';
import type { MentorProgramOffice } from '../mentor-program-office.ts';
import type { MentorOfficeCohorts } from './cohorts-view.ts';
import type { MentorStaffActionEvent } from '../../events/staff-action.ts';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const shadow = (el: Element) => el.shadowRoot!;
const buttonIn = (root: ParentNode, words: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === words);
const said = (view: Element) => text(shadow(view).querySelector('p.visually-hidden[role="status"]'));
const rows = (view: Element, caption: string) =>
  [...shadow(view).querySelectorAll('table')].find((t) => text(t.querySelector('caption')) === caption)?.querySelectorAll('tbody tr') ?? [];

async function cohortsTab(world: World): Promise<{ office: MentorProgramOffice; view: MentorOfficeCohorts }> {
  const { element: office } = await inStaffProgram<MentorProgramOffice>(
    world.backend, STAFF_ID, html`<mentor-program-office view="cohorts" .now=${NOW}></mentor-program-office>`, 'mentor-program-office',
  );
  await until(() => Boolean(shadow(office).querySelector('mentor-office-cohorts')?.shadowRoot), 'the cohorts view');
  const view = shadow(office).querySelector('mentor-office-cohorts')!;
  await until(() => !shadow(view).querySelector('[aria-busy="true"], [part~="loading"]'), 'the cohorts to load');
  return { office, view };
}

async function submitReason(view: Element, reason: string) {
  const dialog = shadow(view).querySelector<HTMLDialogElement>('dialog#reason-dialog')!;
  await until(() => dialog.open, 'the reason dialog');
  const area = dialog.querySelector('textarea')!;
  area.value = reason;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await until(() => !dialog.open, 'the dialog to close');
}

/** Two mentors and two mentees who applied (leadership; statistics), and the cohort. */
async function applied(world: World) {
  const cohortId = await createCohort(world);
  const apply = async (id: string, name: string, role: 'mentor' | 'mentee', topic: string) => {
    const adapter = await enrol(world, id, { profile: { name }, [role]: { topics: [topic] } });
    await adapter.applyToCohort(cohortId, role, { topics: [topic], statement: '', avoid: [], ...(role === 'mentor' ? { capacity: 1 } : {}) });
  };
  await apply('ada', 'Ada Mentor', 'mentor', 'leadership');
  await apply('ben', 'Ben Mentor', 'mentor', 'statistics');
  await apply('cy', 'Cy Mentee', 'mentee', 'leadership');
  await apply('di', 'Di Mentee', 'mentee', 'statistics');
  return cohortId;
}

async function review(view: MentorOfficeCohorts, cohortId: string) {
  shadow(view).querySelector<HTMLButtonElement>(`#review-${cohortId}`)!.click();
  await until(() => Boolean(shadow(view).querySelector('#proposal-title')), 'the cohort’s review');
  expect(deepActive()?.id).to.equal('cohort-name');
}

describe('<mentor-program-office>: Cohorts', () => {
  it('lists no cohort yet, accessibly, with New cohort', async () => {
    const { office, view } = await cohortsTab(cohortWorld());
    await expect(office).to.be.accessible();
    expect(text(shadow(view).querySelector('[part="empty"]'))).to.equal('No cohort yet. Create one to take applications.');
  });

  it('creates a cohort in a dialog by keyboard: problems first, then saved, announced, focus back', async () => {
    const world = cohortWorld();
    const { view } = await cohortsTab(world);
    const events: MentorStaffActionEvent[] = [];
    view.addEventListener('mentor-staff-action', (e) => events.push(e));
    shadow(view).querySelector<HTMLButtonElement>('#new-cohort')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(view).querySelector<HTMLDialogElement>('dialog#cohort-dialog')!;
    await until(() => dialog.open, 'the dialog');
    expect(deepActive()?.id).to.equal('cf-name');
    await sendKeys({ type: 'Spring 2027' });
    const date = (field: string, value: string) => {
      const input = dialog.querySelector<HTMLInputElement>(`#cf-${field}`)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    date('applicationsOpenAt', '2027-02-01');
    date('applicationsCloseAt', '2027-01-15');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await view.updateComplete;
    expect(text(dialog)).to.contain('Put the dates in order');
    expect(text(dialog)).to.contain('Enter a date.');
    await expect(view).to.be.accessible();
    date('applicationsCloseAt', '2027-02-28');
    date('matchAt', '2027-03-10');
    date('termStartsAt', '2027-03-15');
    date('termEndsAt', '2028-03-14');
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => said(view) === 'Cohort \u2068Spring 2027\u2069 created.', 'the announcement');
    expect(dialog.open).to.equal(false);
    expect(deepActive()?.id).to.equal('new-cohort');
    const [item] = await staffOf(world).listCohorts({});
    expect(item!.cohort).to.include({ name: 'Spring 2027', applicationsOpenAt: '2027-02-01T00:00:00.000Z', termEndsAt: '2028-03-14T00:00:00.000Z' });
    expect(item!.cohort.roles).to.deep.equal(['mentor', 'mentee']);
    expect(events.map((e) => e.action)).to.deep.equal(['cohort-create']);
    expect(text(rows(view, 'The program’s cohorts')[0])).to.contain('Not open yet');
  });

  it('applicants per role; Propose matches: pairs with score and reasons; lock, remove, rerun; publish with a reason', async () => {
    const world = cohortWorld();
    const cohortId = await applied(world);
    const { office, view } = await cohortsTab(world);
    await review(view, cohortId);
    expect([...rows(view, 'Mentors who applied')].map((r) => text(r.querySelector('th')))).to.deep.equal(['Ada Mentor In the next run', 'Ben Mentor In the next run']);
    expect(rows(view, 'Mentees who applied').length).to.equal(2);
    await expect(office).to.be.accessible();

    buttonIn(shadow(view), 'Propose matches')!.click();
    await until(() => said(view) === '2 pairs proposed.', 'the proposal');
    const pairs = () => [...rows(view, 'Proposed matches')].map((r) => text(r.querySelector('th')));
    expect(pairs()).to.have.members(['Ada Mentor mentors Cy Mentee', 'Ben Mentor mentors Di Mentee']);
    const adaRow = [...rows(view, 'Proposed matches')].find((r) => text(r).includes('Cy Mentee'))!;
    expect(text(adaRow)).to.match(/\d+ \/ 100/);
    expect(text(adaRow)).to.contain('Leadership');
    await expect(office).to.be.accessible();

    shadow(view).querySelector<HTMLButtonElement>('#lock-cy')!.click();
    await until(() => said(view).endsWith('locked. A rerun keeps this pair.'), 'locked');
    expect(shadow(view).querySelector('#lock-cy')!.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActive()?.id).to.equal('lock-cy');

    const diRow = [...rows(view, 'Proposed matches')].find((r) => text(r).includes('Di Mentee'))!;
    buttonIn(diRow, 'Remove')!.click();
    await until(() => said(view) === '\u2068Ben Mentor\u2069 mentors \u2068Di Mentee\u2069: removed from the proposal.', 'removed');
    expect(pairs()).to.deep.equal(['Ada Mentor mentors Cy Mentee Locked: a rerun keeps it']);
    expect(shadow(view).textContent).to.contain('Left unmatched');
    expect(deepActive()?.id).to.equal('proposal-title');

    buttonIn(shadow(view), 'Rerun for the rest')!.click();
    await until(() => pairs().length === 2, 'the rerun');

    buttonIn(shadow(view), 'Publish the matches')!.click();
    await submitReason(view, 'The spring matches.');
    await until(() => said(view) === '2 matches published. Both sides are asked to answer.', 'published');
    const matches = await staffOf(world).listCohortMatches(cohortId, {});
    expect(matches.map((m) => m.status)).to.deep.equal(['proposed', 'proposed']);
    // The office reloads the cohort after publishing, its buttons inactive meanwhile.
    await until(() => { const run = shadow(view).querySelector('#run'); return run !== null && !run.hasAttribute('aria-disabled') && !shadow(view).querySelector('[aria-busy="true"]'); }, 'the cohort reloaded');
    // Propose matches turns primary again (no proposal left): its colour eases in (120 ms), judged once settled.
    await Promise.all(shadow(view).querySelector('#run')!.getAnimations().map((animation) => animation.finished));
    await expect(office).to.be.accessible();
  });

  it('swaps the mentors of two mentees', async () => {
    const world = cohortWorld();
    const cohortId = await applied(world);
    const { view } = await cohortsTab(world);
    await review(view, cohortId);
    buttonIn(shadow(view), 'Propose matches')!.click();
    await until(() => said(view) === '2 pairs proposed.', 'the proposal');
    const before = await staffOf(world).getProposal(cohortId);
    const cyMentor = before!.pairs.find((p) => p.mentee.id === 'cy')!.mentor.id;
    shadow(view).querySelector<HTMLButtonElement>('#swap-button-cy')!.click();
    await until(() => said(view).startsWith('Swapped.'), 'swapped');
    const after = await staffOf(world).getProposal(cohortId);
    expect(after!.pairs.find((p) => p.mentee.id === 'di')!.mentor.id).to.equal(cyMentor);
    expect(deepActive()?.id).to.equal('swap-button-cy');
  });

  it('adds a pair of unmatched members by hand: announced, focus on the new pair, the draft saved', async () => {
    const world = cohortWorld();
    const cohortId = await applied(world);
    const { office, view } = await cohortsTab(world);
    await review(view, cohortId);
    expect(shadow(view).querySelector('#add-pair')).to.equal(null);
    buttonIn(shadow(view), 'Propose matches')!.click();
    await until(() => said(view) === '2 pairs proposed.', 'the proposal');
    // Every mentee is paired and every mentor full: nothing to add.
    expect(shadow(view).querySelector('#add-pair')).to.equal(null);
    const diRow = [...rows(view, 'Proposed matches')].find((r) => text(r.querySelector('th')).includes('Di Mentee'))!;
    buttonIn(diRow, 'Remove')!.click();
    await until(() => said(view).endsWith('removed from the proposal.'), 'removed');

    const group = shadow(view).querySelector('#add-pair')!;
    expect(text(group.querySelector('legend'))).to.equal('Add a pair by hand');
    const options = (id: string) => [...group.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((o) => [o.value, text(o)]);
    expect(options('add-mentee')).to.deep.equal([['di', 'Di Mentee']]);
    // Ada's one place is taken in the draft (by Cy): only Ben is offered.
    expect(options('add-mentor')).to.deep.equal([['ben', '\u2068Ben Mentor\u2069 (1 place left)']]);
    await Promise.all(shadow(view).getAnimations().map((animation) => animation.finished));
    await expect(office).to.be.accessible();

    buttonIn(group, 'Add the pair')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => said(view) === 'Added: \u2068Ben Mentor\u2069 mentors \u2068Di Mentee\u2069.', 'added');
    expect([...rows(view, 'Proposed matches')].map((r) => text(r.querySelector('th')))).to.have.members(['Ada Mentor mentors Cy Mentee', 'Ben Mentor mentors Di Mentee']);
    expect(deepActive()?.id).to.equal('lock-di');
    expect(shadow(view).querySelector('#add-pair')).to.equal(null);
    const draft = await staffOf(world).getProposal(cohortId);
    expect(draft!.pairs.find((p) => p.mentee.id === 'di')!.mentor.id).to.equal('ben');
  });

  it('says why a pair added by hand is refused (a pair the mentee asked to avoid), and keeps the choice', async () => {
    const world = cohortWorld();
    const cohortId = await createCohort(world);
    const apply = async (id: string, name: string, role: 'mentor' | 'mentee', avoid: string[] = []) => {
      const adapter = await enrol(world, id, { profile: { name }, [role]: { topics: ['leadership'] } });
      await adapter.applyToCohort(cohortId, role, { topics: ['leadership'], statement: '', avoid, ...(role === 'mentor' ? { capacity: 1 } : {}) });
    };
    await apply('ada', 'Ada Mentor', 'mentor');
    await apply('ben', 'Ben Mentor', 'mentor');
    await apply('cy', 'Cy Mentee', 'mentee', ['ben']);
    const { office, view } = await cohortsTab(world);
    await review(view, cohortId);
    buttonIn(shadow(view), 'Propose matches')!.click();
    await until(() => said(view) === '1 pair proposed.', 'the proposal');
    const cyRow = [...rows(view, 'Proposed matches')].find((r) => text(r).includes('Cy Mentee'))!;
    buttonIn(cyRow, 'Remove')!.click();
    await until(() => said(view).endsWith('removed from the proposal.'), 'removed');
    const group = shadow(view).querySelector('#add-pair')!;
    const mentor = group.querySelector<HTMLSelectElement>('#add-mentor')!;
    mentor.value = 'ben';
    mentor.dispatchEvent(new Event('change', { bubbles: true }));
    buttonIn(group, 'Add the pair')!.click();
    await until(() => (shadow(view).textContent ?? '').includes('not allowed'), 'the refusal');
    expect(group.querySelector<HTMLSelectElement>('#add-mentor')!.value).to.equal('ben');
    expect(rows(view, 'Proposed matches').length).to.equal(0);
    expect(deepActive()?.id).to.equal('add-button');
    // The buttons' colours ease back in (120 ms) after the call: judged once settled.
    await Promise.all(shadow(view).getAnimations().map((animation) => animation.finished));
    await expect(office).to.be.accessible();
  });

  it('closes, reopens and archives a cohort, each with a reason', async () => {
    const world = cohortWorld();
    const cohortId = await createCohort(world);
    const { view } = await cohortsTab(world);
    const row = () => rows(view, 'The program’s cohorts')[0]!;
    buttonIn(row(), 'Close applications')!.click();
    await submitReason(view, 'Enough applicants.');
    await until(() => said(view) === `Applications to \u2068${OPEN_COHORT.name}\u2069 closed.`, 'closed');
    expect(text(row())).to.contain('Applications closed');
    buttonIn(row(), 'Reopen applications')!.click();
    await submitReason(view, 'Two more wanted in.');
    await until(() => said(view) === `Applications to \u2068${OPEN_COHORT.name}\u2069 reopened.`, 'reopened');
    buttonIn(row(), 'Archive')!.click();
    await submitReason(view, 'Done.');
    await until(() => said(view) === `\u2068${OPEN_COHORT.name}\u2069 archived.`, 'archived');
    expect((await staffOf(world).getCohort(cohortId)).cohort.state).to.equal('archived');
    expect(buttonIn(row(), 'Edit')).to.equal(undefined);
  });

  it('lists the declined matches with who declined and why', async () => {
    const world = cohortWorld();
    const { cohortId, mel, match } = await publishedPair(world);
    await mel.answerMatch((await match(mel)).id, { accept: false, reason: 'Same employer.' });
    const { office, view } = await cohortsTab(world);
    await review(view, cohortId);
    const [decline] = [...rows(view, 'Declined matches')];
    expect(text(decline)).to.contain('Mona Mentor mentors Mel Mentee');
    expect(text(decline)).to.contain('Mel Mentee');
    expect(text(decline)).to.contain('Same employer.');
    await expect(office).to.be.accessible();
  });
});

describe('<mentor-program-office>: the program’s mode in the settings', () => {
  it('offers self-serve, cohorts or both, and saves the choice with a reason', async () => {
    const world = cohortWorld();
    const { element: office } = await inStaffProgram<MentorProgramOffice>(
      world.backend, STAFF_ID, html`<mentor-program-office view="settings" .now=${NOW}></mentor-program-office>`, 'mentor-program-office',
    );
    await until(() => Boolean(shadow(office).querySelector('mentor-office-settings')?.shadowRoot?.querySelector('#mode')), 'the settings form');
    const settings = shadow(office).querySelector('mentor-office-settings')!;
    const radios = [...shadow(settings).querySelectorAll<HTMLInputElement>('#mode input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).to.deep.equal([['self-serve', false], ['cohorts', true], ['both', false]]);
    expect(text(shadow(settings).querySelector('#mode legend'))).to.equal('How members find a match');
    await expect(office).to.be.accessible();
    radios[2]!.click();
    const reason = shadow(settings).querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Cohorts and self-serve side by side.';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    buttonIn(shadow(settings), 'Save the settings')!.click();
    await until(() => said(settings).startsWith('Settings saved'), 'saved');
    expect((await staffOf(world).getSettings()).settings.mode).to.equal('both');
  });
});
