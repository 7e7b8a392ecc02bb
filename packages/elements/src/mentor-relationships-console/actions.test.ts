// The console's actions: keyboard-only paths, every lifecycle action with its confirmation, busy state,
// announcement, focus and event; each refusal ending in a clear message and a refreshed list; feedback once.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type Mentorship } from '@mentor-match/core';
import { STAFF_ID, faultyAdapter, until } from '../../test/helpers.ts';
import type { MentorMentorshipChangeEvent } from '../events/mentorship-change.ts';
import {
  actionButton, ask, consoleOf, deepActive, dialog, idsIn, inItem, part, refusal, scene, status, text,
} from './console-fixtures.ts';
import type { MentorRelationshipsConsole } from './mentor-relationships-console.ts';
import { consoleParts } from './parts.ts';

/** Records the console's change events until the test ends. */
function recordChanges(el: MentorRelationshipsConsole): MentorMentorshipChangeEvent[] {
  const seen: MentorMentorshipChangeEvent[] = [];
  el.addEventListener('mentor-mentorship-change', (e) => seen.push(e));
  return seen;
}

/** Tabs until `predicate` holds for the focused element (at most `max` presses). */
async function tabTo(predicate: (el: Element | null) => boolean, max = 12): Promise<void> {
  for (let i = 0; i < max && !predicate(deepActive()); i++) await sendKeys({ press: 'Tab' });
  expect(predicate(deepActive()), `focus reached ${text(deepActive())}`).to.equal(true);
}

const isButton = (label: string) => (el: Element | null) => el?.tagName === 'BUTTON' && text(el) === label;
const dialogField = (el: MentorRelationshipsConsole) => dialog(el).querySelector<HTMLTextAreaElement>('textarea');
const dialogButton = (el: MentorRelationshipsConsole, label: string) =>
  [...dialog(el).querySelectorAll('button')].find((b) => text(b) === label)!;

async function openDialog(el: MentorRelationshipsConsole, id: string, action: string): Promise<void> {
  actionButton(el, id, action)!.click();
  await until(() => dialog(el).open, 'the confirmation dialog');
}

describe('<mentor-relationships-console> actions', () => {
  describe('keyboard only', () => {
    it('accept: busy, announced, focus on the item in Active with contact details', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const slow = faultyAdapter(mia, { act: (...args) => held.then(() => mia.act(...args)) });
      const el = await consoleOf(slow, { world });
      const changes = recordChanges(el);
      await tabTo(isButton('Accept'));
      await sendKeys({ press: 'Enter' });
      await until(() => text(actionButton(el, request.id, 'accept')) === 'Please wait…', 'the busy button');
      expect(deepActive(), 'the busy button keeps focus').to.equal(actionButton(el, request.id, 'accept'));
      expect(actionButton(el, request.id, 'decline')!.getAttribute('aria-disabled')).to.equal('true');
      release();
      await until(() => idsIn(el, 'active').includes(request.id), 'the mentorship in Active');
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Request accepted. \u2068Vera Viewer\u2069 is now your mentee.');
      expect(deepActive()).to.equal(inItem(el, request.id));
      expect(text(inItem(el, request.id, 'a[part="contact"]'))).to.equal('vera@example.org');
      await until(() => changes.length === 1, 'the change event');
      expect(changes[0]!.action).to.equal('accept');
      expect(changes[0]!.mentorship).to.include({ id: request.id, state: 'active', version: 2 });
      expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('decline with a reason, in the confirmation dialog', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world });
      await tabTo(isButton('Decline'));
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      expect(text(dialog(el).querySelector('h2'))).to.equal('Decline the request from Vera Viewer?');
      expect(deepActive(), 'focus on the reason').to.equal(dialogField(el));
      expect(text(dialog(el).querySelector('label'))).to.equal('Reason (optional)');
      await expect(el).to.be.accessible();
      await sendKeys({ type: 'No places this term' });
      await tabTo(isButton('Decline'), 3);
      expect(dialog(el).contains(deepActive())).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog(el).open, 'the dialog to close');
      await until(() => idsIn(el, 'ended').includes(request.id), 'the request in Ended');
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Request from \u2068Vera Viewer\u2069 declined.');
      expect(text(inItem(el, request.id, '[part="reason"]'))).to.equal('Reason: No places this term');
      expect(deepActive(), 'focus on the section the member was working in').to.equal(part(el, '#pending-heading'));
      const [stored] = await vera.listMentorships();
      expect(stored!.mentorship).to.include({ state: 'declined', declineReason: 'No places this term' });
    });

    it('withdraw, confirmed', async () => {
      const { world, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(vera, { world });
      const changes = recordChanges(el);
      await tabTo(isButton('Withdraw'));
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      expect(text(dialog(el).querySelector('h2'))).to.equal('Withdraw your request to Mia Mentor?');
      expect(deepActive(), 'focus on Cancel, the safe choice').to.equal(dialogButton(el, 'Cancel'));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(dialogButton(el, 'Withdraw'));
      await sendKeys({ press: 'Enter' });
      await until(() => idsIn(el, 'ended').includes(request.id), 'the request in Ended');
      expect(text(inItem(el, request.id, '[part="state"]'))).to.equal('Withdrawn on 23 November 2026');
      await until(() => changes.length === 1, 'the change event');
      expect(changes[0]!.action).to.equal('withdraw');
      expect(status(el)).to.equal('Request to \u2068Mia Mentor\u2069 withdrawn.');
      expect(deepActive()).to.equal(part(el, '#pending-heading'));
    });

    it('the dialog, loaded when first asked for, looks like the card\'s dialogs; the console keeps its own look', async () => {
      const { world, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(vera, { world });
      const look = () => ({ host: getComputedStyle(el).display, dates: getComputedStyle(inItem(el, request.id, '[part="dates"]')!).marginBlockStart });
      const before = look();
      expect(before).to.deep.equal({ host: 'block', dates: '4px' });
      // A sheet the console's root held besides its own (a subclass's, a page script's) stays when the dialog's join.
      const extra = new CSSStyleSheet();
      const root = el.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, extra];
      const held = root.adoptedStyleSheets.length;
      await openDialog(el, request.id, 'withdraw');
      expect(root.adoptedStyleSheets.length, 'the dialog\'s sheet added once').to.equal(held + 1);
      expect(root.adoptedStyleSheets.at(-1)).to.equal(extra);
      const style = getComputedStyle(dialog(el));
      // dialog-styles.ts: 1.25 × the 1rem space, the 0.5rem radius, the buttons in a row at the end.
      expect([style.paddingTop, style.borderTopLeftRadius]).to.deep.equal(['20px', '8px']);
      const buttons = getComputedStyle(dialog(el).querySelector('.buttons')!);
      expect([buttons.display, buttons.justifyContent]).to.deep.equal(['flex', 'flex-end']);
      expect(look(), 'the console as before').to.deep.equal(before);
      dialogButton(el, 'Cancel').click();
      await until(() => !dialog(el).open, 'the dialog to close');
      expect(look()).to.deep.equal(before);
    });

    it('complete, confirmed: the feedback form follows, focused on the item in Ended', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      const el = await consoleOf(vera, { world });
      await tabTo(isButton('Mark completed'));
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      expect(text(dialog(el).querySelector('h2'))).to.equal('Mark your mentorship with Mia Mentor as completed?');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => idsIn(el, 'ended').includes(request.id), 'the mentorship in Ended');
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Mentorship with \u2068Mia Mentor\u2069 marked completed.');
      expect(deepActive()).to.equal(inItem(el, request.id));
      expect(inItem(el, request.id, '[part="feedback"]')).not.to.equal(null);
    });

    it('Esc cancels the dialog: nothing happens and focus returns to the button', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world });
      const changes = recordChanges(el);
      await tabTo(isButton('Decline'));
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog');
      await sendKeys({ type: 'changed my mind' });
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el).open, 'the dialog to close');
      await until(() => deepActive() === actionButton(el, request.id, 'decline'), 'focus back on Decline');
      expect(idsIn(el, 'pending')).to.deep.equal([request.id]);
      expect(changes).to.deep.equal([]);
      // Opened again, it starts afresh.
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'the dialog again');
      expect(dialogField(el)!.value).to.equal('');
      dialogButton(el, 'Cancel').click();
      await until(() => deepActive() === actionButton(el, request.id, 'decline'), 'focus back after Cancel');
    });
  });

  describe('every lifecycle action', () => {
    it('save for later, then accept from saved', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world });
      const changes = recordChanges(el);
      actionButton(el, request.id, 'save')!.click();
      await until(() => inItem(el, request.id, '[part="saved"]') !== null, 'the saved mark');
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Request from \u2068Vera Viewer\u2069 saved for later.');
      expect(deepActive()).to.equal(inItem(el, request.id));
      expect(el.getAttribute('pending-count')).to.equal('1');
      actionButton(el, request.id, 'accept')!.click();
      await until(() => idsIn(el, 'active').includes(request.id), 'accepted from saved');
      await until(() => changes.length === 2, 'two change events');
      expect(changes.map((e) => [e.action, e.mentorship.state])).to.deep.equal([['save', 'saved'], ['accept', 'active']]);
      await until(() => el.getAttribute('pending-count') === '0', 'the count');
    });

    it('if the words of what actions did cannot be downloaded: the action is done, focus follows, "Done." is announced; the next action asks again', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world });
      const { actionWords, actionWordsLoaded } = consoleParts;
      let attempts = 0;
      consoleParts.actionWordsLoaded = undefined;
      consoleParts.actionWords = () => (attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      try {
        actionButton(el, request.id, 'save')!.click();
        await until(() => inItem(el, request.id, '[part="saved"]') !== null, 'the saved mark');
        await until(() => deepActive() === inItem(el, request.id), 'focus on the item');
        expect(attempts).to.equal(1);
        await until(() => status(el) !== '', 'the announcement');
        expect(status(el)).to.equal('Done.');
        expect(refusal(el)).to.equal('');
        await expect(el).to.be.accessible();
        consoleParts.actionWords = actionWords;
        actionButton(el, request.id, 'accept')!.click();
        await until(() => status(el) !== 'Done.' && status(el) !== '', 'the announcement, with the words downloaded at the next action');
        expect(status(el)).to.equal('Request accepted. \u2068Vera Viewer\u2069 is now your mentee.');
      } finally {
        consoleParts.actionWords = actionWords;
        consoleParts.actionWordsLoaded ??= actionWordsLoaded;
      }
    });

    it('decline from saved, without a reason', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'save');
      const el = await consoleOf(mia, { world });
      await openDialog(el, request.id, 'decline');
      dialogButton(el, 'Decline').click();
      await until(() => idsIn(el, 'ended').includes(request.id), 'declined');
      expect(text(inItem(el, request.id, '[part="state"]'))).to.equal('Declined on 23 November 2026');
      expect(inItem(el, request.id, '[part="reason"]')).to.equal(null);
    });

    it('accept an invitation as a mentee: "… is now your mentor"', async () => {
      const { world, mia, ben } = await scene();
      const invitation = await ask(mia, 'ben', { requesterRole: 'mentor' });
      const el = await consoleOf(ben, { world });
      actionButton(el, invitation.id, 'accept')!.click();
      await until(() => status(el) !== '', 'the announcement');
      expect(status(el)).to.equal('Request accepted. \u2068Mia Mentor\u2069 is now your mentor.');
    });

    it('end early: a reason is required, then it is shown in Ended', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      const el = await consoleOf(mia, { world });
      const changes = recordChanges(el);
      await openDialog(el, request.id, 'end');
      expect(text(dialog(el).querySelector('h2'))).to.equal('End your mentorship with Vera Viewer early?');
      expect(deepActive()).to.equal(dialogField(el));
      dialogButton(el, 'End early').click();
      await el.updateComplete;
      expect(dialog(el).open, 'stays open').to.equal(true);
      expect(dialogField(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(dialog(el).querySelector('#reason-error'))).to.equal('Please say why you are ending the mentorship early.');
      expect(dialogField(el)!.getAttribute('aria-describedby')).to.equal('reason-error');
      expect(deepActive()).to.equal(dialogField(el));
      await expect(el).to.be.accessible();
      await sendKeys({ type: 'Changed jobs' });
      expect(dialogField(el)!.hasAttribute('aria-invalid')).to.equal(false);
      dialogButton(el, 'End early').click();
      await until(() => idsIn(el, 'ended').includes(request.id), 'ended');
      expect(text(inItem(el, request.id, '[part="state"]'))).to.equal('Ended early on 23 November 2026');
      expect(text(inItem(el, request.id, '[part="reason"]'))).to.equal('Reason: Changed jobs');
      await until(() => changes.length === 1, 'the change event');
      expect(changes[0]!.action).to.equal('end');
      expect(status(el)).to.equal('Mentorship with \u2068Vera Viewer\u2069 ended.');
    });

    it('passes the version the member saw with every action', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const calls: unknown[] = [];
      const spy = faultyAdapter(mia, {
        act: (id, action, input, options) => {
          calls.push([id, action, input]);
          return mia.act(id, action, input, options);
        },
      });
      const el = await consoleOf(spy, { world });
      actionButton(el, request.id, 'save')!.click();
      await until(() => inItem(el, request.id, '[part="saved"]') !== null, 'saved');
      await openDialog(el, request.id, 'decline');
      dialogField(el)!.value = '  Too busy  ';
      dialogButton(el, 'Decline').click();
      await until(() => idsIn(el, 'ended').includes(request.id), 'declined');
      expect(calls).to.deep.equal([
        [request.id, 'save', { version: 1 }],
        [request.id, 'decline', { version: 2, reason: 'Too busy' }],
      ]);
    });

    it('one action at a time: clicks on a busy console do nothing', async () => {
      const { world, mia, vera, ben } = await scene();
      const first = await ask(vera, 'mia');
      const second = await ask(ben, 'mia');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let calls = 0;
      const slow = faultyAdapter(mia, {
        act: async (id, action, input, options) => {
          calls += 1;
          await held;
          return mia.act(id, action, input, options);
        },
      });
      const el = await consoleOf(slow, { world });
      actionButton(el, first.id, 'accept')!.click();
      await el.updateComplete;
      expect(text(actionButton(el, first.id, 'accept'))).to.equal('Please wait…');
      expect(actionButton(el, second.id, 'accept')!.getAttribute('aria-disabled')).to.equal('true');
      actionButton(el, second.id, 'accept')!.click();
      actionButton(el, second.id, 'decline')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      await expect(el).to.be.accessible();
      release();
      await until(() => idsIn(el, 'active').includes(first.id), 'the first accepted');
      expect(calls).to.equal(1);
      expect(actionButton(el, second.id, 'accept')!.hasAttribute('aria-disabled')).to.equal(false);
    });
  });

  describe('refusals: a clear message and a refreshed list', () => {
    it('capacity reached: accepted elsewhere, then another accepted in a second console of the same mentor', async () => {
      const { world, mia, vera, ben } = await scene({ capacity: 1 });
      const fromVera = await ask(vera, 'mia');
      world.clock.advance({ hours: 1 });
      const fromBen = await ask(ben, 'mia');
      const first = await consoleOf(mia, { world });
      // Another tab: it hears nothing of what happens in the first.
      const second = await consoleOf(faultyAdapter(mia, { subscribe: () => () => {} }), { world });
      const changes = recordChanges(second);
      actionButton(first, fromVera.id, 'accept')!.click();
      await until(() => idsIn(first, 'active').includes(fromVera.id), 'accepted in the first console');
      expect(idsIn(second, 'pending'), 'the second console is stale').to.deep.equal([fromVera.id, fromBen.id]);

      actionButton(second, fromBen.id, 'accept')!.click();
      await until(() => refusal(second) !== '', 'the refusal');
      expect(refusal(second)).to.equal('You have no places left as a mentor. Raise your capacity or finish a mentorship first.');
      expect(idsIn(second, 'active'), 'refreshed').to.deep.equal([fromVera.id]);
      expect(idsIn(second, 'pending')).to.deep.equal([fromBen.id]);
      expect(deepActive(), 'the message is focused').to.equal(part(second, '#refusal'));
      expect(part(second, '[role="alert"]')!.contains(part(second, '#refusal'))).to.equal(true);
      expect(changes).to.deep.equal([]);
      expect(status(second)).to.equal('');
      await expect(second).to.be.accessible();
    });

    it('expired: the clock passed the expiry date while the view was on screen', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const el = await consoleOf(mia, { world });
      world.clock.advance({ days: 31 });
      actionButton(el, request.id, 'accept')!.click();
      await until(() => refusal(el) !== '', 'the refusal');
      expect(refusal(el)).to.equal('This request has expired.');
      expect(idsIn(el, 'ended')).to.deep.equal([request.id]);
      expect(text(inItem(el, request.id, '[part="state"]'))).to.equal('Expired on 23 December 2026');
      expect(el.getAttribute('pending-count')).to.equal('0');
    });

    it('expired, as the adapter says it', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const refusing = faultyAdapter(mia, { act: () => Promise.reject(new MentoringError('expired', 'gone')) });
      const el = await consoleOf(refusing, { world });
      actionButton(el, request.id, 'accept')!.click();
      await until(() => refusal(el) !== '', 'the refusal');
      expect(refusal(el)).to.equal('This request has expired.');
    });

    it('already answered in another tab: declined in one console, accepted in the other', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const first = await consoleOf(mia, { world });
      const second = await consoleOf(faultyAdapter(mia, { subscribe: () => () => {} }), { world });
      await openDialog(first, request.id, 'decline');
      dialogButton(first, 'Decline').click();
      await until(() => idsIn(first, 'ended').includes(request.id), 'declined in the first console');
      expect(idsIn(second, 'pending')).to.deep.equal([request.id]);

      actionButton(second, request.id, 'accept')!.click();
      await until(() => refusal(second) !== '', 'the refusal');
      expect(refusal(second)).to.equal('Someone answered this in the meantime. The list has been refreshed.');
      expect(idsIn(second, 'ended')).to.deep.equal([request.id]);
      expect(text(inItem(second, request.id, '[part="state"]'))).to.equal('Declined on 23 November 2026');
      // The next successful action clears the message.
    });

    it('a network failure leaves the list and says so; a later success clears the message', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      let fail = true;
      const flaky = faultyAdapter(mia, {
        act: (id, action, input, options) =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : mia.act(id, action, input, options),
      });
      const el = await consoleOf(flaky, { world });
      actionButton(el, request.id, 'accept')!.click();
      await until(() => refusal(el) !== '', 'the refusal');
      expect(refusal(el)).to.equal('We could not reach the mentoring service. Check your connection and try again.');
      expect(idsIn(el, 'pending')).to.deep.equal([request.id]);
      expect(text(actionButton(el, request.id, 'accept'))).to.equal('Accept');
      fail = false;
      actionButton(el, request.id, 'accept')!.click();
      await until(() => idsIn(el, 'active').includes(request.id), 'accepted');
      expect(refusal(el)).to.equal('');
    });

    it('an invalid answer to an action: a clear message', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      const broken = faultyAdapter(mia, { act: async () => ({ id: 'nonsense' }) as unknown as Mentorship });
      const el = await consoleOf(broken, { world });
      const changes = recordChanges(el);
      actionButton(el, request.id, 'save')!.click();
      await until(() => refusal(el) !== '', 'the refusal');
      expect(refusal(el)).to.equal('The mentoring service sent an answer we could not read. Please try again later.');
      expect(changes).to.deep.equal([]);
    });
  });

  describe('feedback', () => {
    it('once per ended mentorship: a rating is required, then "Thanks for your feedback"', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      await mia.act(request.id, 'complete');
      const el = await consoleOf(vera, { world });
      const stale = await consoleOf(faultyAdapter(vera, { subscribe: () => () => {} }), { world });
      const changes = recordChanges(el);
      await expect(el).to.be.accessible();
      const form = inItem<HTMLFormElement>(el, request.id, '[part="feedback"]')!;
      form.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(text(form.querySelector('.error'))).to.equal('Choose a rating from 1 to 5.');
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.every((radio) => radio.getAttribute('aria-invalid') === 'true')).to.equal(true);
      await until(() => deepActive() === radios[0], 'focus on the first rating');
      await expect(el).to.be.accessible();

      // Keyboard: arrow keys move through the native radio group.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(radios[3]!.checked).to.equal(true);
      expect(form.querySelector('.error')).to.equal(null);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Generous with her time' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(() => inItem(el, request.id, '[part="thanks"]') !== null, 'the thanks');
      expect(text(inItem(el, request.id, '[part="thanks"]'))).to.equal('Thanks for your feedback');
      expect(inItem(el, request.id, '[part="feedback"]')).to.equal(null);
      expect(status(el)).to.equal('Thanks for your feedback.');
      expect(deepActive()).to.equal(inItem(el, request.id));
      await until(() => changes.length === 1, 'the change event');
      expect(changes[0]!.action).to.equal('feedback');
      expect(changes[0]!.mentorship.feedback).to.deep.include({
        memberId: 'vera', rating: 4, comment: 'Generous with her time', givenAt: '2026-11-23T09:00:00.000Z',
      });
      await expect(el).to.be.accessible();

      // Given again from a stale tab: refused, and the refreshed list thanks instead of asking.
      const staleForm = inItem<HTMLFormElement>(stale, request.id, '[part="feedback"]')!;
      staleForm.querySelector<HTMLInputElement>('input[value="5"]')!.click();
      staleForm.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => refusal(stale) !== '', 'the refusal');
      expect(refusal(stale)).to.equal('You have already given feedback.');
      expect(text(inItem(stale, request.id, '[part="thanks"]'))).to.equal('Thanks for your feedback');
    });

    it('the form brings its look with it: the ratings in a row, no frame around them, a rule above the form', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      await mia.act(request.id, 'complete');
      const el = await consoleOf(vera, { world });
      const form = inItem<HTMLFormElement>(el, request.id, '[part="feedback"]')!;
      expect(getComputedStyle(form.querySelector('.ratings')!).display).to.equal('flex');
      expect(getComputedStyle(form.querySelector('fieldset')!).borderTopStyle).to.equal('none');
      expect([getComputedStyle(form).borderTopStyle, getComputedStyle(form).paddingTop]).to.deep.equal(['solid', '12px']);
    });

    it('if the form cannot be downloaded: the list shows without it and works; the next load brings it', async () => {
      const { world, mia, vera, ben } = await scene();
      const over = await ask(vera, 'mia');
      await mia.act(over.id, 'accept');
      await vera.act(over.id, 'end', { reason: 'Moved' });
      const pending = await ask(ben, 'mia');
      const download = consoleParts.feedback;
      let attempts = 0;
      consoleParts.feedback = () => (attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      try {
        const el = await consoleOf(mia, { world });
        expect(attempts).to.equal(1);
        expect(text(inItem(el, over.id, '[part="state"]'))).to.equal('Ended early on 23 November 2026');
        expect(inItem(el, over.id, '[part="feedback"]')).to.equal(null);
        await expect(el).to.be.accessible();
        consoleParts.feedback = download;
        actionButton(el, pending.id, 'save')!.click();
        await until(() => inItem(el, pending.id, '[part="saved"]') !== null, 'the saved mark');
        await until(() => inItem(el, over.id, '[part="feedback"]') !== null, 'the form, with the list loaded after the action');
        expect(text(inItem(el, over.id, 'legend'))).to.equal('How was your mentorship with Vera Viewer?');
      } finally {
        consoleParts.feedback = download;
      }
    });

    it('the partner gives their own feedback after an early end', async () => {
      const { world, mia, vera } = await scene();
      const request = await ask(vera, 'mia');
      await mia.act(request.id, 'accept');
      await vera.act(request.id, 'end', { reason: 'Moved' });
      await vera.giveFeedback(request.id, { rating: 3, comment: '' });
      const el = await consoleOf(mia, { world });
      const form = inItem<HTMLFormElement>(el, request.id, '[part="feedback"]')!;
      expect(form, 'Vera’s feedback does not answer for Mia').not.to.equal(null);
      form.querySelector<HTMLInputElement>('input[value="5"]')!.click();
      form.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => inItem(el, request.id, '[part="thanks"]') !== null, 'the thanks');
      // Evaluations go to the program office (issue 11): each partner carries only their own, and sees that
      // the other has given theirs; staff see both.
      const [item] = await mia.listMentorships();
      expect(item!.mentorship.feedback.map((f) => [f.memberId, f.rating])).to.deep.equal([['mia', 5]]);
      expect(item!.mentorship.feedbackGivenBy).to.deep.equal(['vera', 'mia']);
      const evaluations = await world.backend.staffAdapterFor(STAFF_ID).listEvaluations({ memberId: 'vera' });
      expect(evaluations.items.map((e) => [e.by, e.feedback.rating]).sort()).to.deep.equal([['mentee', 3], ['mentor', 5]]);
    });
  });
});
