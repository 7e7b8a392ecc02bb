// The program office in Chromium, over a real MemoryBackend (its staff adapter runs core's staff service):
// the "for program staff" message for a member, every tab's state checked with axe, the tabs by keyboard,
// the staff actions through their reason dialog (and what the members then see through their own
// adapters), the lists' filters and CSV export, concerns answered, settings saved.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type StaffAdapter } from '@mentor-match/core';
import { STAFF_ID, createWorld, inProgram, inStaffProgram, until, type World } from '../../test/helpers.ts';
import { deepActive, enrol } from '../mentor-profile-card/card-fixtures.ts';
import './define.ts';
import type { MentorProgramOffice } from './mentor-program-office.ts';
import type { OfficeViewName } from './mentor-program-office.ts';
import type { MentorExportEvent } from '../events/export.ts';
import type { MentorStaffActionEvent } from '../events/staff-action.ts';

// ---------------------------------------------------------------------------------------------
// Helpers

const NOW = new Date('2026-11-23T09:00:00.000Z');

const shadow = (el: Element) => el.shadowRoot!;
/** The words of an element or a shadow root, spaces collapsed. */
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tabs = (office: MentorProgramOffice) => [...shadow(office).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tab = (office: MentorProgramOffice, view: OfficeViewName) => shadow(office).querySelector<HTMLButtonElement>(`#tab-${view}`)!;
/** The view element of a tab, once its module has loaded and it has rendered. */
async function view(office: MentorProgramOffice, name: OfficeViewName): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const tag = `mentor-office-${name}`;
  await until(() => Boolean(shadow(office).querySelector(tag)?.shadowRoot), `${tag} to render`);
  const element = shadow(office).querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}
/** Opens a tab by clicking it and waits until its view's first read has landed (nothing busy). */
async function open(office: MentorProgramOffice, name: OfficeViewName) {
  tab(office, name).click();
  await office.updateComplete;
  const element = await view(office, name);
  await until(() => !shadow(element).querySelector('[aria-busy="true"], [part~="loading"]'), `${name} to load`);
  return element;
}
const rows = (element: Element) => [...shadow(element).querySelectorAll('tbody tr')];
const rowOf = (element: Element, words: string) => rows(element).find((row) => text(row).includes(words));
const buttonIn = (root: ParentNode, words: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === words);
/** Searches the members list for `words` and waits for the one member found. */
async function search(members: Element, words: string) {
  const input = shadow(members).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = words;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  shadow(members).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await until(() => rows(members).length === 1, `one member found for ${words}`);
}
async function submitReason(element: Element, reason: string) {
  const dialog = shadow(element).querySelector<HTMLDialogElement>('dialog#reason-dialog')!;
  const area = dialog.querySelector('textarea')!;
  area.value = reason;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return dialog;
}

/** Mia mentors Ben (active); Vera asked Mia 20 days ago (waiting); a concern from Ben. */
async function scene() {
  const world = createWorld({ settings: { mentorsNeedApproval: false } });
  const mia = await enrol(world, 'mia', { profile: { name: 'Mia Mentor' }, mentor: { topics: ['leadership'] }, capacity: 3 });
  const ben = await enrol(world, 'ben', { profile: { name: 'Ben Mentee' }, mentee: { topics: ['leadership'] } });
  const vera = await enrol(world, 'vera', { profile: { name: 'Vera Waiting' }, mentee: { topics: ['leadership'] } });
  const request: Parameters<typeof ben.requestMentorship>[0] = {
    recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
  };
  const active = await ben.requestMentorship(request);
  await mia.act(active.id, 'accept');
  world.clock.advance({ days: -20 });
  const waiting = await vera.requestMentorship(request);
  world.clock.advance({ days: 20 });
  await ben.raiseConcern({ mentorshipId: active.id, text: 'Our meetings keep being cancelled.' });
  return { world, mia, ben, vera, active, waiting };
}

async function mountOffice(world: World, memberId = STAFF_ID, staff?: StaffAdapter) {
  const { element } = await inStaffProgram<MentorProgramOffice>(
    world.backend,
    memberId,
    html`<mentor-program-office .now=${NOW}></mentor-program-office>`,
    'mentor-program-office',
    staff,
  );
  await element.updateComplete;
  return element;
}

async function staffOffice(world: World) {
  const office = await mountOffice(world);
  await view(office, 'dashboard');
  await until(() => Boolean(shadow(shadow(office).querySelector('mentor-office-dashboard')!).querySelector('[part="as-of"]')), 'the dashboard figures');
  return office;
}

// ---------------------------------------------------------------------------------------------

describe('<mentor-program-office>', () => {
  describe('who sees it', () => {
    it('tells a member who is not staff that the page is for program staff, and shows no data', async () => {
      const { world } = await scene();
      let asked = 0;
      const staff = new Proxy(world.backend.staffAdapterFor('ben'), {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (...args: unknown[]) => (asked++, value.apply(target, args)) : value;
        },
      });
      const office = await mountOffice(world, 'ben', staff);
      await until(() => Boolean(shadow(office).querySelector('[part~="forbidden"]')), 'the staff-only message');
      expect(text(shadow(office).querySelector('[part~="forbidden"]'))).to.include('for program staff');
      expect(shadow(office).querySelector('[role="tablist"]')).to.equal(null);
      expect(shadow(office).querySelector('mentor-office-dashboard')).to.equal(null);
      // The program never even asked for the staff adapter: a member's page has no use for it.
      expect(asked).to.equal(0);
      await expect(office).to.be.accessible();
    });

    it('shows the staff-only message, not an error, when the staff adapter refuses a member the page took for staff', async () => {
      const { world } = await scene();
      const refusing = world.backend.staffAdapterFor('ben');
      const office = await mountOffice(world, STAFF_ID, refusing);
      await view(office, 'dashboard');
      const dashboard = shadow(office).querySelector('mentor-office-dashboard')!;
      await until(() => Boolean(shadow(dashboard).querySelector('[part~="forbidden"]')), 'the staff-only message');
      expect(shadow(dashboard).querySelector('[part="error"]')).to.equal(null);
      expect(shadow(dashboard).querySelector('[part="as-of"]')).to.equal(null);
    });

    it('says when the staff adapter cannot be had, with Try again', async () => {
      const { world } = await scene();
      const { element: office, program } = await inProgram<MentorProgramOffice>(
        world.backend.adapterFor(STAFF_ID),
        html`<mentor-program-office .now=${NOW}></mentor-program-office>`,
        'mentor-program-office',
      );
      // `.adapter` without `.staffAdapter`: the office cannot work, and says so rather than showing nothing.
      await until(() => Boolean(shadow(office).querySelector('[part~="forbidden"], [part="error"]')), 'the office to give up');
      expect(text(shadow(office))).to.include('for program staff');
      program.staffAdapter = world.backend.staffAdapterFor(STAFF_ID);
      await until(() => Boolean(shadow(office).querySelector('[role="tablist"]')), 'the office once the staff adapter is given');
    });
  });

  describe('dashboard', () => {
    it('shows the figures, the trend as a chart and a table, and demand against supply; axe-clean', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const dashboard = shadow(office).querySelector('mentor-office-dashboard')!;
      const root = shadow(dashboard);
      expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.match(/Chart of the months/);
      const table = root.querySelector('[part="trend-table"]')!;
      expect(table.classList.contains('visually-hidden'), 'the table is there for screen readers').to.equal(true);
      expect(table.querySelectorAll('tbody tr').length).to.equal(12);
      expect(text(root)).to.include('Leadership');
      await expect(office).to.be.accessible();
      buttonIn(root, 'Show as a table')!.click();
      await dashboard.updateComplete;
      expect(root.querySelector('[part="trend-table"]')!.classList.contains('visually-hidden')).to.equal(false);
      await expect(office).to.be.accessible();
    });

    it('refuses a range that ends before it starts, and reads the figures for a valid one', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const dashboard = shadow(office).querySelector('mentor-office-dashboard')!;
      const root = shadow(dashboard);
      const [from, to] = [...root.querySelectorAll<HTMLInputElement>('input[type="date"]')];
      from!.value = '2026-10-01';
      from!.dispatchEvent(new Event('change', { bubbles: true }));
      to!.value = '2026-09-01';
      to!.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => text(root).includes('must not be before'), 'the range error');
      await expect(office).to.be.accessible();
      to!.value = '2026-11-30';
      to!.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => root.querySelectorAll('[part="trend-table"] tbody tr').length === 2, 'two months of trend');
    });
  });

  describe('tabs', () => {
    it('moves between tabs with the arrow keys, Home and End, and opens one with Enter', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      tab(office, 'dashboard').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(tab(office, 'members'));
      await sendKeys({ press: 'End' });
      expect(deepActive()).to.equal(tab(office, 'settings'));
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive(), 'wraps around').to.equal(tab(office, 'dashboard'));
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(tab(office, 'audit'));
      await sendKeys({ press: 'Enter' });
      await office.updateComplete;
      expect(office.view).to.equal('audit');
      expect(tab(office, 'audit').getAttribute('aria-selected')).to.equal('true');
      expect(tabs(office).filter((button) => button.tabIndex === 0)).to.deep.equal([tab(office, 'audit')]);
      await view(office, 'audit');
    });

    it('counts the new concerns on the Concerns tab', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      await until(() => text(tab(office, 'concerns')).includes('1'), 'the count');
      expect(text(tab(office, 'concerns'))).to.include('(1 new)');
    });

    for (const name of ['members', 'mentorships', 'requests', 'concerns', 'evaluations', 'audit', 'settings'] as const) {
      it(`the ${name} tab is axe-clean once loaded`, async () => {
        const { world } = await scene();
        const office = await staffOffice(world);
        await open(office, name);
        await expect(office).to.be.accessible();
      });
    }
  });

  describe('members', () => {
    it('finds a member, suspends them with a reason (none refused), and the member can no longer ask', async () => {
      const { world, vera } = await scene();
      const office = await staffOffice(world);
      const members = await open(office, 'members');
      const root = shadow(members);
      await search(members, 'vera');
      const events: MentorStaffActionEvent[] = [];
      office.addEventListener('mentor-staff-action', (event) => events.push(event));
      const suspend = buttonIn(rowOf(members, 'Vera')!, 'Suspend')!;
      suspend.click();
      const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog#reason-dialog')?.open === true, 'the dialog').then(
        () => root.querySelector<HTMLDialogElement>('dialog#reason-dialog')!,
      );
      expect(deepActive()).to.equal(dialog.querySelector('textarea'));
      await expect(office).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => text(dialog).includes('Please give a reason'), 'the missing reason');
      expect(dialog.open).to.equal(true);
      await submitReason(members, 'Repeated no-shows');
      await until(() => !dialog.open, 'the dialog to close');
      await until(() => text(rowOf(members, 'Vera')).includes('Suspended: Repeated no-shows'), 'the row to say so');
      expect(events.map((event) => [event.action, event.subjectId])).to.deep.equal([['suspend', 'vera']]);
      expect(deepActive(), 'focus goes back to the row').to.not.equal(null);
      // The member's own adapter: suspended, so a request is refused.
      const error = await vera
        .requestMentorship({ recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: '', termMonths: 6, meetingMode: 'video', message: '' })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(MentoringError);
      expect(world.backend.members().find((member) => member.id === 'vera')!.suspension?.reason).to.equal('Repeated no-shows');
    });

    it('applies the filters typed only on Apply, and Clear empties them and shows every member again', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const members = await open(office, 'members');
      const everyone = rows(members).length;
      const input = shadow(members).querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'vera';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await (members as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(rows(members), 'typing reads nothing').to.have.length(everyone);
      await search(members, 'vera');
      buttonIn(shadow(members), 'Clear')!.click();
      await until(() => rows(members).length === everyone, 'every member again');
      expect(shadow(members).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    });

    it('cancels an action with Escape: nothing changes and focus returns to its button', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const members = await open(office, 'members');
      await search(members, 'mia');
      const pause = buttonIn(rowOf(members, 'Mia')!, 'Pause')!;
      pause.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(members).querySelector<HTMLDialogElement>('dialog#reason-dialog')!;
      await until(() => dialog.open, 'the dialog');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'the dialog to close');
      await until(() => deepActive() === pause, 'focus back on Pause');
      expect(world.backend.members().find((member) => member.id === 'mia')!.availability.status).to.equal('participating');
    });

    it('exports the filtered list as CSV: a BOM, a header and one row per member, with the count said', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const members = await open(office, 'members');
      const root = shadow(members);
      const role = root.querySelector<HTMLSelectElement>('#m-role')!;
      role.value = 'mentee';
      role.dispatchEvent(new Event('change', { bubbles: true }));
      root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => rows(members).length > 0 && rows(members).every((row) => text(row).includes('Mentee')), 'the mentees');
      const total = world.backend.members().filter((member) => member.mentee !== null).length;
      const exported = new Promise<MentorExportEvent>((resolve) => office.addEventListener('mentor-export', (event) => {
        event.preventDefault();
        resolve(event);
      }, { once: true }));
      buttonIn(root, 'Export CSV')!.click();
      const event = await exported;
      expect(event.list).to.equal('members');
      expect(event.rows).to.equal(total);
      const bytes = new Uint8Array(await event.file.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'a UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = await event.file.text();
      expect(csv.trimEnd().split('\r\n')).to.have.length(total + 1);
      await until(() => text(root.querySelector('[part="export-result"]')).includes(`Exported ${total} rows`), 'the count shown');
    });
  });

  describe('mentorships and requests', () => {
    it('ends an active mentorship with a reason; both members see it ended with that reason', async () => {
      const { world, mia, ben, active } = await scene();
      const office = await staffOffice(world);
      const mentorships = await open(office, 'mentorships');
      const row = rowOf(mentorships, 'Mia Mentor mentors Ben Mentee')!;
      buttonIn(row, 'End')!.click();
      const dialog = shadow(mentorships).querySelector<HTMLDialogElement>('dialog#reason-dialog')!;
      await until(() => dialog.open, 'the dialog');
      await submitReason(mentorships, 'The mentor is moving abroad');
      await until(() => !dialog.open, 'the dialog to close');
      for (const member of [mia, ben]) {
        const mine = (await member.listMentorships()).find((item) => item.mentorship.id === active.id)!;
        expect(mine.mentorship.state).to.equal('ended');
        expect(mine.mentorship.endReason).to.equal('The mentor is moving abroad');
      }
      await until(() => text(rowOf(mentorships, 'Mia Mentor')).includes('Closed by staff'), 'the row to say so');
    });

    it('lists the active pairs with no meeting logged (keyboard only, axe-clean); a meeting logged takes a pair off', async () => {
      const { world, active } = await scene();
      const kai = await enrol(world, 'kai', { profile: { name: 'Kai Met' }, mentor: { topics: ['leadership'] } });
      await enrol(world, 'lou', { profile: { name: 'Lou Met' }, mentee: { topics: ['leadership'] } });
      const met = await world.backend.adapterFor('lou').requestMentorship({
        recipientId: 'kai', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
      });
      await kai.act(met.id, 'accept');
      const log = { type: 'log-meeting', date: world.clock.now().toISOString().slice(0, 10), minutes: 30, notes: '', nextSteps: '' } as const;
      await (await world.backend.workspaceAdapterFor('lou')).changeWorkspace(met.id, log);
      const office = await staffOffice(world);
      const mentorships = await open(office, 'mentorships');
      expect(rows(mentorships).length, 'every mentorship and request at first').to.be.greaterThan(2);

      const box = [...shadow(mentorships).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
        .find((input) => text(input.closest('label')).startsWith('No meeting logged'))!;
      box.focus();
      await sendKeys({ press: 'Space' });
      expect(box.checked).to.equal(true);
      buttonIn(shadow(mentorships), 'Search')!.focus();
      await sendKeys({ press: 'Enter' });
      // The world's roster has active pairs of its own, none with a workspace: they are listed too.
      await until(() => !rows(mentorships).some((row) => text(row).includes('Vera Waiting')), 'the filter applied');
      const listed = rows(mentorships).map(text);
      expect(listed.some((row) => row.includes('Mia Mentor mentors Ben Mentee')), 'the pair that has not met').to.equal(true);
      expect(listed.some((row) => row.includes('Kai Met')), 'not the pair that met').to.equal(false);
      expect(listed.every((row) => row.includes('Active')), 'active pairs only').to.equal(true);
      await expect(mentorships).to.be.accessible();

      await (await world.backend.workspaceAdapterFor('ben')).changeWorkspace(active.id, log);
      await until(() => !rows(mentorships).some((row) => text(row).includes('Mia Mentor')), 'the pair off the list once it has met');
      expect(rows(mentorships)).to.have.length(listed.length - 1);
    });

    it('lists the requests waiting longer than N days and withdraws one', async () => {
      const { world, vera, waiting } = await scene();
      const office = await staffOffice(world);
      const requests = await open(office, 'requests');
      expect(rows(requests).map(text).join(' ')).to.include('Vera Waiting asked Mia Mentor');
      const days = shadow(requests).querySelector<HTMLInputElement>('input[type="number"]')!;
      days.value = '30';
      days.dispatchEvent(new Event('input', { bubbles: true }));
      shadow(requests).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => !rowOf(requests, 'Vera Waiting') && !shadow(requests).querySelector('[aria-busy="true"]'), 'Vera not waiting 30 days');
      days.value = '10';
      days.dispatchEvent(new Event('input', { bubbles: true }));
      shadow(requests).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => Boolean(rowOf(requests, 'Vera Waiting')), 'the waiting request');
      buttonIn(rowOf(requests, 'Vera Waiting')!, 'Withdraw')!.click();
      await until(() => shadow(requests).querySelector<HTMLDialogElement>('dialog#reason-dialog')!.open, 'the dialog');
      await submitReason(requests, 'Stale for three weeks');
      await until(() => !rowOf(requests, 'Vera Waiting'), 'the request gone from the list');
      const mine = (await vera.listMentorships()).find((item) => item.mentorship.id === waiting.id)!;
      expect(mine.mentorship.state).to.equal('withdrawn');
      expect(mine.mentorship.closedByStaff).to.equal(true);
    });
  });

  describe('concerns', () => {
    it('answers a concern with a reply; the member reads it and the status', async () => {
      const { world, ben } = await scene();
      const office = await staffOffice(world);
      const concerns = await open(office, 'concerns');
      const root = shadow(concerns);
      expect(text(root)).to.include('Our meetings keep being cancelled.');
      buttonIn(root, 'Answer')!.click();
      const dialog = root.querySelector<HTMLDialogElement>('dialog#answer')!;
      await until(() => dialog.open, 'the answer dialog');
      await expect(office).to.be.accessible();
      const reply = dialog.querySelector<HTMLTextAreaElement>('#reply')!;
      reply.value = 'We have spoken to your mentor.';
      reply.dispatchEvent(new Event('input', { bubbles: true }));
      const status = dialog.querySelector<HTMLSelectElement>('#status')!;
      status.value = 'resolved';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => !dialog.open, 'the dialog to close');
      const [concern] = await ben.listConcerns();
      expect(concern!.status).to.equal('resolved');
      expect(concern!.replies.map((r) => r.text)).to.deep.equal(['We have spoken to your mentor.']);
    });
  });

  describe('settings and audit', () => {
    it('renames a topic with a reason; a member page hears it, and the audit log shows the change', async () => {
      const { world } = await scene();
      const office = await staffOffice(world);
      const settings = await open(office, 'settings');
      const root = shadow(settings);
      const label = root.querySelector<HTMLInputElement>('#topics-0-label')!;
      const before = label.value;
      label.value = `${before} and influence`;
      label.dispatchEvent(new Event('input', { bubbles: true }));
      const reason = root.querySelector<HTMLTextAreaElement>('#reason')!;
      reason.value = 'Broader wording asked by the committee';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
      const heard: string[] = [];
      world.backend.adapterFor('ben').subscribe((change) => heard.push(change.kind));
      root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => world.backend.settings.topics[0]!.label === `${before} and influence`, 'the settings saved');
      expect(heard).to.include('program');
      const audit = await open(office, 'audit');
      await until(() => text(rowOf(audit, 'Changed the settings')).includes('Broader wording'), 'the audit entry');
      await expect(office).to.be.accessible();
    });
  });
});

