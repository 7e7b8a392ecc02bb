// The bell: axe in every state (closed, open, empty, unread, all read, right to left, French), its name
// holding the unread count, the keyboard (open, Escape back to the bell, mark read and the focus after it),
// the count following a change that arrives from elsewhere (announced), links to the configured pages, and
// nothing shown for an adapter without notifications, member names isolated in <bdi> — against a real MemoryBackend.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { MemoryAdapter, MentoringAdapter } from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import { deepActive, enrol, text } from '../mentor-profile-card/card-fixtures.ts';
import './define.ts';
import type { MentorNotifications } from './mentor-notifications.ts';
import type { MentorNotificationOpenEvent } from '../events/notification-open.ts';

const PAGES = {
  console: 'https://society.example/mentoring/console', search: 'https://society.example/mentoring/find', preferences: 'https://society.example/mentoring/emails',
};

const $ = <T extends Element = HTMLElement>(el: MentorNotifications, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MentorNotifications, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const bell = (el: MentorNotifications) => $<HTMLButtonElement>(el, '[part="bell"]')!;
const bellName = (el: MentorNotifications) => text($(el, '[part="bell"] .visually-hidden'));
const status = (el: MentorNotifications) => text($(el, '[part="status"]'));

/** Mia, a mentor; two mentees who ask her. */
async function scene(): Promise<{ world: World; mia: MemoryAdapter; ask: (id: string) => Promise<string> }> {
  const world = createWorld({ settings: { pages: PAGES } });
  const mia = await enrol(world, 'mia', { profile: { name: 'Mia Mentor' }, mentor: { topics: ['leadership'] }, capacity: 5 });
  const ask = async (id: string) => {
    const mentee = await enrol(world, id, { profile: { name: `Mentee ${id.toUpperCase()}` }, mentee: { topics: ['leadership'] } });
    const request = await mentee.requestMentorship({
      recipientId: 'mia', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
    });
    return request.id;
  };
  return { world, mia, ask };
}

async function mount(adapter: MentoringAdapter, lang = 'en-GB', dir = 'ltr') {
  const { element } = await inProgram<MentorNotifications>(
    adapter,
    html`<div lang=${lang} dir=${dir}><mentor-notifications></mentor-notifications></div>`,
    'mentor-notifications',
  );
  await until(() => !!$(element, '[part="bell"]'), 'the bell');
  return element;
}

describe('<mentor-notifications>', () => {
  it('while the program loads, holds the bell’s size and writes no loading line (nothing below it moves)', async () => {
    const { mia } = await scene();
    let release!: () => void;
    const settingsArrive = new Promise<void>((resolve) => (release = resolve));
    const slow = faultyAdapter(mia, { getProgram: async (options) => (await settingsArrive, mia.getProgram(options)) });
    const program = await fixture(html`<mentor-program .adapter=${slow}><mentor-notifications></mentor-notifications><p>below</p></mentor-program>`);
    const el = program.querySelector<MentorNotifications>('mentor-notifications')!;
    await el.updateComplete;
    const below = program.querySelector('p')!;
    const before = below.getBoundingClientRect().top;
    expect(el.shadowRoot!.textContent?.trim()).to.equal('');
    expect(el.getBoundingClientRect().height).to.be.closeTo(44, 1);
    release();
    await until(() => !!$(el, '[part="bell"]'), 'the bell');
    expect(below.getBoundingClientRect().top).to.equal(before);
  });

  it('names the unread count on the bell, lists what happened newest first with links to the configured pages', async () => {
    const { mia, ask } = await scene();
    const first = await ask('ab');
    const second = await ask('cd');
    const el = await mount(mia);
    await until(() => bellName(el) === 'Notifications, 2 unread', 'the count');
    expect(bell(el).getAttribute('aria-expanded')).to.equal('false');
    expect(text($(el, '[part="count"]'))).to.equal('2');
    expect($(el, '[part="panel"]')).to.equal(null);
    await expect(el).to.be.accessible();

    bell(el).click();
    await until(() => $$(el, '[part~="item"]').length === 2, 'the list');
    expect(bell(el).getAttribute('aria-expanded')).to.equal('true');
    const links = $$(el, '[part="link"]') as HTMLAnchorElement[];
    expect(links.map(text)).to.deep.equal(['Mentee CD asks you to be their mentor', 'Mentee AB asks you to be their mentor']);
    expect(links.map((a) => a.querySelector('bdi')?.textContent), 'each name isolated in a <bdi>').to.deep.equal(['Mentee CD', 'Mentee AB']);
    expect(links.some((a) => /[\u2068\u2069]/.test(a.textContent!)), 'no isolate characters left in the link’s name').to.equal(false);
    expect(links.map((a) => a.href)).to.deep.equal([`${PAGES.console}#mentorship=${second}`, `${PAGES.console}#mentorship=${first}`]);
    expect($$(el, '[part~="unread"]').length).to.equal(2);
    expect($<HTMLAnchorElement>(el, '[part="preferences"]')?.href).to.equal(PAGES.preferences, 'the way to the email preferences page');
    expect(text($(el, '[part="preferences"]'))).to.equal('Email preferences');
    await expect(el).to.be.accessible();
  });

  it('counts a request that arrives while the page is open, and announces it', async () => {
    const { mia, ask } = await scene();
    const el = await mount(mia);
    await until(() => bellName(el) === 'Notifications, none unread', 'no count');
    expect($(el, '[part="count"]')).to.equal(null);
    await ask('ef');
    await until(() => bellName(el) === 'Notifications, 1 unread', 'the count to follow the change');
    expect(text($(el, '[part="count"]'))).to.equal('1');
    expect(status(el)).to.equal('1 new notification');
  });

  it('works from the keyboard: open, mark one read (focus to its link), mark all, Escape back to the bell', async () => {
    const { mia, ask } = await scene();
    await ask('ab');
    await ask('cd');
    const el = await mount(mia);
    await until(() => bellName(el) === 'Notifications, 2 unread', 'the count');
    bell(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '[part~="item"]').length === 2, 'the list');
    // Bell → Mark all → first link → its Mark as read.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('mark-all');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('mark-read');
    await sendKeys({ press: 'Enter' });
    await until(() => bellName(el) === 'Notifications, 1 unread', 'one read');
    await until(() => deepActive()?.getAttribute('part') === 'link', 'the focus on the link of the one read');
    expect(status(el)).to.equal('Marked as read.');
    await expect(el).to.be.accessible();

    ($(el, '[part="mark-all"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => bellName(el) === 'Notifications, none unread', 'all read');
    expect(status(el)).to.equal('All notifications are marked as read.');
    expect($(el, '[part="mark-all"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect((await mia.listNotifications()).unread).to.equal(0, 'kept by the backend');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    expect($(el, '[part="panel"]')).to.equal(null);
    expect(deepActive()).to.equal(bell(el));
  });

  it('tells the page which notification was opened, and marks it read', async () => {
    const { mia, ask } = await scene();
    const id = await ask('ab');
    const el = await mount(mia);
    await until(() => bellName(el) === 'Notifications, 1 unread', 'the count');
    bell(el).click();
    await until(() => !!$(el, '[part="link"]'), 'the link');
    let opened: MentorNotificationOpenEvent | undefined;
    el.addEventListener('mentor-notification-open', (event) => {
      opened = event;
      event.preventDefault();
    });
    $<HTMLAnchorElement>(el, '[part="link"]')!.click();
    expect([opened?.kind, opened?.mentorshipId, opened?.link]).to.deep.equal(['request', id, `${PAGES.console}#mentorship=${id}`]);
    await until(() => bellName(el) === 'Notifications, none unread', 'read');
  });

  it('shows an empty list, in French and right to left, at 320 px', async () => {
    const { mia } = await scene();
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount(mia, 'fr', 'rtl');
      await until(() => bellName(el) === 'Notifications, aucune non lue', 'French');
      bell(el).click();
      await until(() => !!$(el, '[part="notice"]'), 'the empty list');
      expect(text($(el, '[part="notice"]'))).to.match(/^Rien pour l’instant/);
      const panel = $(el, '[part="panel"]')!.getBoundingClientRect();
      expect(panel.width).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // Forced colours need the DevTools protocol, which the site's end-to-end test drives (site-accessibility,
  // on the My mentoring page that holds the bell): every button keeps a border there.
  it('moves nothing with reduced motion, and stays accessible', async () => {
    const { mia, ask } = await scene();
    await ask('ab');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await mount(mia);
      await until(() => bellName(el) === 'Notifications, 1 unread', 'the count');
      bell(el).click();
      await until(() => $$(el, '[part~="unread"]').length === 1, 'the list');
      for (const part of [bell(el), $(el, '[part="mark-all"]')!]) expect(getComputedStyle(part).transitionDuration).to.equal('0s');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('links no email preferences page when the program names none', async () => {
    const world = createWorld({ settings: { pages: { console: PAGES.console } } });
    const mia = await enrol(world, 'mia', { profile: { name: 'Mia Mentor' }, mentor: { topics: ['leadership'] }, capacity: 5 });
    const el = await mount(mia);
    bell(el).click();
    await until(() => !!$(el, '[part="notice"]'), 'the empty list');
    expect($(el, '[part="preferences"]')).to.equal(null);
  });

  it('shows nothing for an adapter without notifications', async () => {
    const { mia } = await scene();
    const without = faultyAdapter(mia, { listNotifications: undefined, markNotificationsRead: undefined });
    const { element } = await inProgram<MentorNotifications>(without, html`<mentor-notifications></mentor-notifications>`, 'mentor-notifications');
    await element.updateComplete;
    expect($(element, '[part="bell"]')).to.equal(null);
  });

  it('says when the list cannot be read, and tries again', async () => {
    const { mia, ask } = await scene();
    await ask('ab');
    let fail = true;
    const flaky = faultyAdapter(mia, {
      listNotifications: (options) => (fail ? Promise.reject(new Error('offline')) : mia.listNotifications(options)),
    });
    // The failure is the element's to show, not an unhandled rejection for the page (the answer used to fail
    // while the check's schemas downloaded, before anything awaited it).
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    const el = await mount(flaky);
    bell(el).click();
    await until(() => !!$(el, '[role="alert"]'), 'the error');
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled.map(String)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    fail = false;
    ($(el, '[role="alert"] button') as HTMLButtonElement).click();
    await until(() => $$(el, '[part~="item"]').length === 1, 'the list after trying again');
  });
});
