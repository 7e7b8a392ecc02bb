// The console: what it shows in every state (axe first), the pending count for a navigation badge,
// staying in step with changes made elsewhere, contact links and member text. Actions, the dialog,
// refusals and feedback are in actions.test.ts.
import { expect, html } from '@open-wc/testing';
import { MentoringError, type MentorshipItem } from '@mentor-match/core';
import { faultyAdapter, inProgram, until } from '../../test/helpers.ts';
import type { MentorPendingCountEvent } from '../events/pending-count.ts';
import '../i18n/fr-register.ts';
import '../mentor-profile-card/define.ts';
import { mailtoHref, telHref } from './contact.ts';
import { actionButton, ask, consoleOf, enrol, idsIn, inItem, part, scene, text } from './console-fixtures.ts';
import type { MentorRelationshipsConsole } from './mentor-relationships-console.ts';

const heading = (el: MentorRelationshipsConsole, section: string) => text(part(el, `#${section}-heading`));
/** The item's details as [term, value] pairs. */
const rows = (item: Element) =>
  [...item.querySelectorAll('[part="details"] div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
const actions = (el: MentorRelationshipsConsole, id: string) =>
  [...(inItem(el, id)?.querySelectorAll('[part~="action"]') ?? [])].map(text);

describe('<mentor-relationships-console>', () => {
  describe('states', () => {
    it('loading: reserved space and a status line', async () => {
      const { mia } = await scene();
      const slow = faultyAdapter(mia, { listMentorships: () => new Promise<MentorshipItem[]>(() => {}) });
      const el = await consoleOf(slow, { wait: false });
      await until(() => part(el, '[part="loading"]') !== null, 'the loading line');
      expect(text(part(el, '[part="loading"]'))).to.equal('Loading your mentorships…');
      expect(part(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
      expect(part(el, '[part="loading"]')!.getBoundingClientRect().height).to.be.at.least(150);
      expect(el.hasAttribute('pending-count'), 'no count before a load').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('empty: a friendly line and the page’s slotted link', async () => {
      const { vera } = await scene();
      const el = await consoleOf(vera, { content: html`<a slot="empty" href="/find">Find a mentor</a>` });
      expect(text(part(el, '[part="empty"] p'))).to.equal(
        'You have no mentorships yet. Find a mentor (or a mentee) and send a request: it will show here.',
      );
      const slot = part<HTMLSlotElement>(el, 'slot[name="empty"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Find a mentor']);
      expect(part(el, '[part~="section"]')).to.equal(null);
      expect(el.getAttribute('pending-count')).to.equal('0');
      await expect(el).to.be.accessible();
    });

    it('pending incoming: who, what they ask for, when sent and when it expires, with Accept, Decline and Save', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia', { message: 'I would value your advice.' });
      const el = await consoleOf(mia, { world });
      await expect(el).to.be.accessible();
      expect(heading(el, 'pending')).to.equal('Pending (1)');
      expect(heading(el, 'active')).to.equal('Active (0)');
      expect(heading(el, 'ended')).to.equal('Ended (0)');
      const item = inItem(el, request.id)!;
      expect(item.getAttribute('part')).to.equal('item incoming');
      expect(text(item.querySelector('[part="name"]'))).to.equal('Vera Viewer');
      expect(text(item.querySelector('[part="headline"]'))).to.equal('PhD student');
      expect(text(item.querySelector('[part~="initials"]'))).to.equal('VV');
      expect(text(item.querySelector('[part="relation"]'))).to.equal('Asks you to be their mentor');
      expect(rows(item)).to.deep.equal([
        ['Areas of guidance', 'Leadership and Grant writing'],
        ['Goals', 'Lead my first team'],
        ['Term', '6 months'],
        ['Meeting', 'Video call'],
        ['Message', 'I would value your advice.'],
      ]);
      expect(text(item.querySelector('[part="dates"]'))).to.equal('Sent 23 November 2026 · Expires 23 December 2026');
      expect(item.querySelector('[part="expiry"]'), 'no warning with 30 days left').to.equal(null);
      expect(actions(el, request.id)).to.deep.equal(['Accept', 'Decline', 'Save for later']);
      expect(actionButton(el, request.id, 'accept')!.getAttribute('aria-describedby')).to.equal(`n-${request.id}`);
      expect(actionButton(el, request.id, 'decline')!.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('pending, a few days before expiry: a visible warning (reminder days, 7)', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      world.clock.advance({ days: 25 });
      const el = await consoleOf(mia, { world });
      expect(text(inItem(el, request.id, '[part="expiry"]'))).to.equal('Only 5 days left');
      expect(inItem(el, request.id, '[part="expiry"]')!.className).to.equal('warning');
      await expect(el).to.be.accessible();
      el.now = new Date('2026-12-22T20:00:00Z');
      await el.updateComplete;
      expect(text(inItem(el, request.id, '[part="expiry"]'))).to.equal('Less than a day left');
    });

    it('the warning follows the program’s reminder days', async () => {
      const { world, mia, vera } = await scene({ settings: { reminderDays: 3 } });
      const request = await ask(vera, 'mia');
      world.clock.advance({ days: 26 });
      const el = await consoleOf(mia, { world });
      expect(inItem(el, request.id, '[part="expiry"]'), '4 days left').to.equal(null);
      el.now = new Date(Date.parse(el.now!.toISOString()) + 86_400_000);
      await el.updateComplete;
      expect(text(inItem(el, request.id, '[part="expiry"]'))).to.equal('Only 3 days left');
    });

    it('pending outgoing: the viewer’s request with Withdraw only; an invitation as a mentor', async () => {
      const { world, mia, vera, ben } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(vera, { world });
      await expect(el).to.be.accessible();
      expect(inItem(el, request.id)!.getAttribute('part')).to.equal('item outgoing');
      expect(text(inItem(el, request.id, '[part="relation"]'))).to.equal('You asked them to be your mentor');
      expect(text(inItem(el, request.id, '[part="name"]'))).to.equal('Mia Mentor');
      expect(actions(el, request.id)).to.deep.equal(['Withdraw']);
      expect(el.getAttribute('pending-count'), 'the viewer’s own requests wait for nobody’s answer here').to.equal('0');

      const invitation = await ask(mia, 'ben', { requesterRole: 'mentor' });
      const mentorView = await consoleOf(mia, { world });
      expect(text(inItem(mentorView, invitation.id, '[part="relation"]'))).to.equal('You invited them to be your mentee');
      const menteeView = await consoleOf(ben, { world });
      expect(text(inItem(menteeView, invitation.id, '[part="relation"]'))).to.equal('Invites you to be their mentee');
      expect(actions(menteeView, invitation.id)).to.deep.equal(['Accept', 'Decline', 'Save for later']);
    });

    it('saved for later: marked, still answerable (Accept, Decline), incoming first by expiry', async () => {
      const { world, mia, vera, ben } = await scene();
      const first = await ask(vera, 'mia');
      world.clock.advance({ days: 2 });
      const second = await ask(ben, 'mia');
      await mia.act(second.id, 'save');
      const el = await consoleOf(mia, { world });
      await expect(el).to.be.accessible();
      expect(text(inItem(el, second.id, '[part="saved"]'))).to.equal('Saved for later');
      expect(text(inItem(el, second.id, '[part="relation"]'))).to.equal('Asks you to be their mentorSaved for later');
      expect(actions(el, second.id)).to.deep.equal(['Accept', 'Decline']);
      expect(idsIn(el, 'pending')).to.deep.equal([first.id, second.id]);
      expect(el.getAttribute('pending-count')).to.equal('2');
    });

    it('active: contact details as links, role, dates, progress "Month 2 of 6", Mark completed and End early', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      world.clock.advance({ days: 40 });
      const asMentee = await consoleOf(vera, { world });
      await expect(asMentee).to.be.accessible();
      expect(heading(asMentee, 'active')).to.equal('Active (1)');
      const item = inItem(asMentee, request.id)!;
      expect(text(item.querySelector('[part="relation"]'))).to.equal('Your mentor');
      const links = [...item.querySelectorAll<HTMLAnchorElement>('a[part="contact"]')];
      expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['mia@example.org', 'mailto:mia@example.org'],
        ['+44 20 7946 0018', 'tel:+442079460018'],
      ]);
      expect(rows(item)).to.deep.equal([
        ['Email', 'mia@example.org'],
        ['Phone', '+44 20 7946 0018'],
        ['Areas of guidance', 'Leadership and Grant writing'],
        ['Goals', 'Lead my first team'],
        ['Term', '6 months'],
        ['Meeting', 'Video call'],
      ]);
      expect(text(item.querySelector('[part="dates"]'))).to.equal('Started 23 November 2026 · ends 23 May 2027');
      const progress = item.querySelector<HTMLProgressElement>('progress')!;
      expect([progress.value, progress.max]).to.deep.equal([2, 6]);
      expect(text(item.querySelector('[part="progress"]'))).to.equal('Month 2 of 6');
      expect(item.querySelector('[part="term-over"]')).to.equal(null);
      expect(actions(asMentee, request.id)).to.deep.equal(['Mark completed', 'End early']);

      const asMentor = await consoleOf(mia, { world });
      expect(text(inItem(asMentor, request.id, '[part="relation"]'))).to.equal('You mentor Vera Viewer');
      expect(text(inItem(asMentor, request.id, 'a[part="contact"]'))).to.equal('vera@example.org');
    });

    it('active past its term: a note to mark it completed or keep going', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia', { termMonths: 3 });
      await mia.act(request.id, 'accept');
      world.clock.advance({ days: 100 });
      const el = await consoleOf(vera, { world });
      await expect(el).to.be.accessible();
      expect(text(inItem(el, request.id, '[part="term-over"]'))).to.equal(
        'The agreed term ended on 23 February 2027: mark it completed or keep going.',
      );
      expect(text(inItem(el, request.id, '[part="progress"]'))).to.equal('Month 3 of 3');
      expect(actions(el, request.id)).to.deep.equal(['Mark completed', 'End early']);
    });

    it('ended of each kind, with dates and reasons, most recent first; feedback only after an accepted one', async () => {
      const { world, vera } = await scene();
      const [m1, m2, m3] = await Promise.all(
        ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => enrol(world, id, { profile: { name: `Mentor ${id}` }, mentor: true })),
      ) as [typeof vera, typeof vera, typeof vera];
      const completed = await ask(vera, 'm1');
      const ended = await ask(vera, 'm2');
      const declined = await ask(vera, 'm3');
      const withdrawn = await ask(vera, 'm4');
      const expired = await ask(vera, 'm5');
      await m1.act(completed.id, 'accept');
      await m2.act(ended.id, 'accept');
      world.clock.advance({ days: 1 });
      await m1.act(completed.id, 'complete');
      await m2.act(ended.id, 'end', { reason: 'Moving abroad' });
      await m3.act(declined.id, 'decline', { reason: 'No places this year' });
      await vera.act(withdrawn.id, 'withdraw');
      world.clock.advance({ days: 30 });
      const el = await consoleOf(vera, { world });
      await expect(el).to.be.accessible();
      expect(heading(el, 'ended')).to.equal('Ended (5)');
      const state = (id: string) => [text(inItem(el, id, '[part="state"]')), text(inItem(el, id, '[part="reason"]'))];
      expect(state(completed.id)).to.deep.equal(['Completed on 24 November 2026', '']);
      expect(state(ended.id)).to.deep.equal(['Ended early on 24 November 2026', 'Reason: Moving abroad']);
      expect(state(declined.id)).to.deep.equal(['Declined on 24 November 2026', 'Reason: No places this year']);
      expect(state(withdrawn.id)).to.deep.equal(['Withdrawn on 24 November 2026', '']);
      expect(state(expired.id)).to.deep.equal(['Expired on 23 December 2026', '']);
      expect(idsIn(el, 'ended')[0], 'the latest to end first').to.equal(expired.id);
      expect(text(inItem(el, completed.id, '[part="relation"]'))).to.equal('Was your mentor');
      expect(text(inItem(el, declined.id, '[part="relation"]'))).to.equal('You asked them to be your mentor');
      for (const id of [completed.id, ended.id]) expect(inItem(el, id, '[part="feedback"]'), 'feedback form').not.to.equal(null);
      for (const id of [declined.id, withdrawn.id, expired.id]) {
        expect(inItem(el, id, '[part="feedback"]')).to.equal(null);
        expect(actions(el, id)).to.deep.equal([]);
      }
      const legend = text(inItem(el, completed.id, 'legend'));
      expect(legend).to.equal('How was your mentorship with Mentor m1?');
      const ratings = [...inItem(el, completed.id)!.querySelectorAll('[part="feedback"] .ratings label')].map(text);
      expect(ratings).to.deep.equal(['1 – Poor', '2 – Fair', '3 – Good', '4 – Very good', '5 – Excellent']);
    });

    it('older history folds into a <details> after the 5 most recent', async () => {
      const { world, vera } = await scene();
      const ids: string[] = [];
      for (let i = 1; i <= 7; i++) {
        const mentor = await enrol(world, `old${i}`, { mentor: true });
        const request = await ask(vera, `old${i}`);
        world.clock.advance({ hours: 1 });
        await mentor.act(request.id, 'decline');
        ids.push(request.id);
      }
      const el = await consoleOf(vera, { world });
      await expect(el).to.be.accessible();
      expect(heading(el, 'ended')).to.equal('Ended (7)');
      const older = part<HTMLDetailsElement>(el, '[part="older"]')!;
      expect(older.open).to.equal(false);
      expect(text(older.querySelector('summary'))).to.equal('Older mentorships (2)');
      expect(idsIn(el, 'ended')).to.deep.equal([...ids].reverse());
      expect([...older.querySelectorAll('[part~="item"]')].map((li) => li.id.slice(2))).to.deep.equal([ids[1], ids[0]]);
      el.recentEnded = 2;
      await el.updateComplete;
      expect(text(part(el, '[part="older"] summary'))).to.equal('Older mentorships (5)');
    });

    it('an error loading the list, with Try again', async () => {
      const { vera } = await scene();
      let fail = true;
      const flaky = faultyAdapter(vera, {
        listMentorships: (options) => (fail ? Promise.reject(new MentoringError('network', 'down')) : vera.listMentorships(options)),
      });
      const el = await consoleOf(flaky);
      await expect(el).to.be.accessible();
      expect(text(part(el, '[part="error"] p'))).to.equal('We could not reach the mentoring service. Check your connection and try again.');
      fail = false;
      part<HTMLButtonElement>(el, '[part="error"] button')!.click();
      await until(() => part(el, '[part="empty"]') !== null, 'the list after retrying');
    });

    it('invalid adapter data: a clear message, not a broken list', async () => {
      const { vera } = await scene();
      const broken = faultyAdapter(vera, {
        listMentorships: async () => [{ mentorship: { id: 'x' }, partner: { name: 'Nobody' } }] as unknown as MentorshipItem[],
      });
      const el = await consoleOf(broken);
      expect(text(part(el, '[part="error"] p'))).to.equal('The mentoring service sent an answer we could not read. Please try again later.');
      expect(text(part(el, '[part="error"] code'))).to.match(/^invalid-response: The adapter returned an invalid mentorship list/);
      const notArray = faultyAdapter(vera, { listMentorships: async () => ({}) as unknown as MentorshipItem[] });
      const other = await consoleOf(notArray);
      expect(text(part(other, '[part="error"] p'))).to.equal('The mentoring service sent an answer we could not read. Please try again later.');
    });

    it('not signed in: the program’s own message', async () => {
      const { world } = await scene();
      const { element } = await inProgram<MentorRelationshipsConsole>(
        world.backend.anonymous(),
        html`<mentor-relationships-console></mentor-relationships-console>`,
        'mentor-relationships-console',
      );
      await until(() => part(element, '[part="error"]') !== null, 'the sign-in message');
      expect(text(part(element, '[part="error"] p'))).to.equal('Please sign in to the member site to continue.');
      await expect(element).to.be.accessible();
    });

    it('in French', async () => {
      const { world, mia, vera, ben } = await scene();
      const request = await ask(vera, 'mia');
      const other = await ask(ben, 'mia');
      await mia.act(other.id, 'accept');
      const el = await consoleOf(mia, { world, lang: 'fr' });
      await expect(el).to.be.accessible();
      expect(text(part(el, '[part="title"]'))).to.equal('Mon mentorat');
      expect(heading(el, 'pending')).to.equal('En attente (1)');
      expect(text(inItem(el, request.id, '[part="relation"]'))).to.equal('Vous demande d’être son mentor');
      expect(text(inItem(el, request.id, '[part="dates"]'))).to.equal('Envoyée le 23 novembre 2026 · Expire le 23 décembre 2026');
      expect(actions(el, request.id)).to.deep.equal(['Accepter', 'Refuser', 'Mettre de côté']);
      expect(text(inItem(el, other.id, '[part="progress"]'))).to.equal('Mois 1 sur 6');
      expect(text(inItem(el, other.id, '[part="relation"]'))).to.equal('Vous êtes le mentor de Ben Okafor');
    });

    it('a partner\'s photo from an origin the program does not allow: the initials, no image requested', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const tracking = faultyAdapter(mia, {
        listMentorships: async () =>
          (await mia.listMentorships()).map((item) => ({ ...item, partner: { ...item.partner, photoUrl: 'https://tracker.example.net/p.gif' } })),
      });
      const el = await consoleOf(tracking, { world });
      expect(inItem(el, request.id, 'img')).to.equal(null);
      expect(text(inItem(el, request.id, '[part~="initials"]'))).to.equal('VV');
    });

    it('right to left', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world, lang: 'ar', dir: 'rtl' });
      await expect(el).to.be.accessible();
      const photo = inItem(el, request.id, '[part~="photo"]')!.getBoundingClientRect();
      const name = inItem(el, request.id, '[part="name"]')!.getBoundingClientRect();
      expect(photo.left).to.be.greaterThan(name.left); // the photo starts the line, on the right
    });
  });

  describe('pending count', () => {
    it('reflects pending-count and fires mentor-pending-count after loads that change it, never on property sets', async () => {
      const { world, mia, vera, ben } = await scene();
      const counts: number[] = [];
      const listener = (e: Event) => counts.push((e as MentorPendingCountEvent).count);
      document.addEventListener('mentor-pending-count', listener);
      try {
        await ask(vera, 'mia');
        const el = await consoleOf(mia, { world });
        await until(() => counts.length === 1, 'the first count');
        expect(counts).to.deep.equal([1]);
        expect(el.getAttribute('pending-count')).to.equal('1');
        expect(el.pendingCount).to.equal(1);

        // A request sent from elsewhere on the page (a card) appears without reloading.
        const second = await ask(ben, 'mia');
        await until(() => inItem(el, second.id) !== null, 'the new request in Pending');
        expect(el.getAttribute('pending-count')).to.equal('2');
        await until(() => counts.length === 2, 'the second count');
        expect(counts).to.deep.equal([1, 2]);

        // A change that leaves the count alone fires nothing.
        await mia.act(second.id, 'save');
        await until(() => inItem(el, second.id, '[part="saved"]') !== null, 'the saved mark');
        expect(counts).to.deep.equal([1, 2]);

        const changes: Event[] = [];
        el.addEventListener('mentor-mentorship-change', (e) => changes.push(e));
        el.recentEnded = 1;
        el.now = new Date('2026-12-01T00:00:00Z');
        el.pendingCount = 9;
        await el.updateComplete;
        expect(el.getAttribute('pending-count')).to.equal('9');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(counts, 'not on property sets').to.deep.equal([1, 2]);
        expect(changes, 'nor change events').to.deep.equal([]);

        await mia.act(second.id, 'accept');
        await until(() => el.getAttribute('pending-count') === '1', 'the count after an answer');
        await until(() => counts.length === 3, 'the third count');
        expect(counts).to.deep.equal([1, 2, 1]);
      } finally {
        document.removeEventListener('mentor-pending-count', listener);
      }
    });
  });

  describe('stays in step', () => {
    it('a request sent from a card elsewhere on the page appears in Pending without reloading', async () => {
      const { world, vera } = await scene();
      const { element: el, program } = await inProgram<MentorRelationshipsConsole>(
        vera,
        html`<div lang="en-GB">
          <mentor-profile-card member-id="mia"></mentor-profile-card>
          <mentor-relationships-console .now=${world.clock.now()}></mentor-relationships-console>
        </div>`,
        'mentor-relationships-console',
      );
      await until(() => part(el, '[part="empty"]') !== null, 'the empty console');
      const changes: Event[] = [];
      el.addEventListener('mentor-mentorship-change', (e) => changes.push(e));
      const card = program.querySelector('mentor-profile-card')!;
      await until(() => card.shadowRoot?.querySelector('[part~="badge"]') != null, 'the card');
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="badge"]')!.click();
      const form = () => card.shadowRoot!.querySelector('mentor-request-form')?.shadowRoot;
      await until(() => form()?.querySelector('dialog')?.open === true, 'the request form');
      form()!.querySelector<HTMLInputElement>('input[value="leadership"]')!.click();
      const goals = form()!.querySelector<HTMLTextAreaElement>('#goals')!;
      goals.value = 'Grow as a leader';
      goals.dispatchEvent(new Event('input'));
      form()!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await until(() => idsIn(el, 'pending').length === 1, 'the request in Pending');
      const id = idsIn(el, 'pending')[0]!;
      expect(text(inItem(el, id, '[part="relation"]'))).to.equal('You asked them to be your mentor');
      expect(text(inItem(el, id, '[part="name"]'))).to.equal('Mia Mentor');
      expect(changes, 'not the console’s own action').to.deep.equal([]);
    });


    it('shows a partner’s answer and a partner’s new name without reloading', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(vera, { world });
      expect(idsIn(el, 'pending')).to.deep.equal([request.id]);
      await mia.act(request.id, 'accept');
      await until(() => idsIn(el, 'active').includes(request.id), 'the accepted request in Active');
      expect(idsIn(el, 'pending')).to.deep.equal([]);
      await enrol(world, 'mia', { profile: { name: 'Mia Renamed', email: 'mia@example.org' }, mentor: true });
      await until(() => text(inItem(el, request.id, '[part="name"]')) === 'Mia Renamed', 'the new name');
    });

    it('loads the new viewer’s list when the program’s adapter changes', async () => {
      const { world, mia, vera } = await scene();
      await ask(vera, 'mia');
      const el = await consoleOf(vera, { world });
      expect(text(inItem(el, idsIn(el, 'pending')[0]!, '[part="relation"]'))).to.equal('You asked them to be your mentor');
      const program = el.closest('mentor-program')!;
      program.adapter = mia;
      await until(() => el.getAttribute('pending-count') === '1', 'the mentor’s list');
      expect(text(inItem(el, idsIn(el, 'pending')[0]!, '[part="relation"]'))).to.equal('Asks you to be their mentor');
    });
  });

  describe('member data', () => {
    it('is text: markup in names, goals and reasons is shown, not run', async () => {
      const { world, mia } = await scene();
      const evil = '<img src=x onerror="window.__pwned=1">';
      const mallory = await enrol(world, 'mallory', { profile: { name: `Mallory ${evil}`, headline: evil }, mentee: true });
      const request = await ask(mallory, 'mia', { goals: evil, message: evil });
      const el = await consoleOf(mia, { world });
      const item = inItem(el, request.id)!;
      expect(item.querySelector('img')).to.equal(null);
      expect(text(item.querySelector('[part="name"]'))).to.equal(`Mallory ${evil}`);
      expect(text(item.querySelector('[part="headline"]'))).to.equal(evil);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('contact links only for a plain address and number; anything else stays text', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      const tampered = faultyAdapter(vera, {
        listMentorships: async (options) =>
          (await vera.listMentorships(options)).map((item) => ({
            ...item,
            partner: { ...item.partner, contact: { email: 'javascript:alert(1)//@x.org', phone: 'javascript:alert(1)' } },
          })),
      });
      const el = await consoleOf(tampered, { world });
      expect(inItem(el, request.id, 'a')).to.equal(null);
      expect(rows(inItem(el, request.id)!).slice(0, 2)).to.deep.equal([['Email', 'javascript:alert(1)//@x.org'], ['Phone', 'javascript:alert(1)']]);
    });

    it('mailtoHref and telHref encode what they build and refuse what they cannot', () => {
      expect(mailtoHref('ama.mensah+mentoring@example.org')).to.equal('mailto:ama.mensah%2Bmentoring@example.org');
      expect(mailtoHref(' zoë@exämple.org ')).to.equal('mailto:zo%C3%AB@ex%C3%A4mple.org');
      for (const bad of ['', 'no-at-sign', 'a@b', 'a b@example.org', 'a@example.org?cc=x@evil.org', 'javascript:x@y.org', '"a"@b.org', 'a@b\u0000.org']) {
        expect(mailtoHref(bad), bad).to.equal(undefined);
      }
      expect(telHref('+44 (0)20 7946-0018')).to.equal('tel:+4402079460018');
      expect(telHref('020.7946.0018')).to.equal('tel:02079460018');
      for (const bad of ['', '12', 'call me', 'javascript:1', '+1 555 0100 ext. 2', '1'.repeat(21)]) {
        expect(telHref(bad), bad).to.equal(undefined);
      }
    });
  });

  it('loads again when moved in the page', async () => {
    const { world, vera } = await scene();
    const el = await consoleOf(vera, { world });
    const parent = el.parentElement!;
    el.remove();
    const request = await ask(vera, 'mia');
    parent.append(el);
    await until(() => inItem(el, request.id) !== null, 'the request sent while detached');
  });
});
