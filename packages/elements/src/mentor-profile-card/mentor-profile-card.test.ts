// The card: what it shows in every state (axe first), its profile dialog, staying in step with the
// adapter, member text as text, and its events. The request form has its own file.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type MatchReason, type MemberView, type SearchHit } from '@mentor-match/core';
import { faultyAdapter, until } from '../../test/helpers.ts';
import '../i18n/fr-register.ts';
import { ask, card, deepActive, enrol, part, scene, text } from './card-fixtures.ts';
import type { MentorProfileCard } from './mentor-profile-card.ts';

const status = (el: MentorProfileCard) => text(part(el, '[part="note"]'));
const badge = (el: MentorProfileCard) => part<HTMLButtonElement>(el, '[part~="badge"]')!;
const loaded = (el: MentorProfileCard) => until(() => part(el, '[part~="name"]') !== null, 'the card to show its member');

const REASONS: MatchReason[] = [
  { kind: 'topics', topics: [{ id: 'leadership', label: 'x' }, { id: 'grant-writing', label: 'x' }, { id: 'statistics', label: 'x' }] },
  { kind: 'industry', industry: { id: 'healthcare', label: 'Healthcare' } },
  { kind: 'career-stage', stage: { id: 'senior', label: 'Senior' }, relation: 'more-experienced' },
  { kind: 'languages', languages: ['fr'] },
  { kind: 'time-zone', hoursApart: 2 },
  { kind: 'meeting-modes', modes: ['video'] },
];

describe('<mentor-profile-card>', () => {
  describe('shows a member', () => {
    it('loaded by member-id: name, headline, location with local time, topics, languages, places', async () => {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await loaded(el);
      await expect(el).to.be.accessible();
      expect(text(part(el, '[part~="name"]'))).to.equal('Ama Mensah');
      expect(text(part(el, '[part="headline"]'))).to.equal('Research director');
      // London is on UTC in November, Nairobi on UTC+3.
      expect(text(part(el, '[part="location"]'))).to.match(/^Nairobi, Kenya · \d\d:\d\d local time · 3 h ahead$/);
      expect([...el.shadowRoot!.querySelectorAll('[part="topic"]')].map(text)).to.deep.equal(['Leadership', 'Grant writing', 'Statistics']);
      expect(text(part(el, '[part="languages"]'))).to.equal('Speaks English and French');
      expect(text(part(el, '[part="places"]'))).to.equal('3 of 3 places open');
      expect(text(badge(el))).to.equal('Request as mentor');
      expect(badge(el).getAttribute('aria-disabled')).to.equal(null);
      expect(status(el)).to.equal('');
      expect(part(el, '[part~="initials"]')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('with a photo and its alt text', async () => {
      const { world, viewer } = await scene();
      await enrol(world, 'kofi', { profile: { name: 'Kofi Boateng', photoUrl: 'data:image/png;base64,iVBORw0KGgo=' }, mentor: {} });
      const el = await card(viewer, html`<mentor-profile-card member-id="kofi"></mentor-profile-card>`);
      await loaded(el);
      expect(part(el, 'img[part="photo"]')?.getAttribute('alt')).to.equal('Photo of \u2068Kofi Boateng\u2069');
      await expect(el).to.be.accessible();
    });

    it('with a photo only from an origin the program allows: any other adapter answer shows the initials', async () => {
      const { world, viewer } = await scene({ settings: { photoOrigins: ['https://photos.example.org'] } });
      await enrol(world, 'kofi', { profile: { name: 'Kofi Boateng', photoUrl: 'https://photos.example.org/kofi.jpg' }, mentor: {} });
      const allowed = await card(viewer, html`<mentor-profile-card member-id="kofi"></mentor-profile-card>`);
      await loaded(allowed);
      expect(part(allowed, 'img[part="photo"]')?.getAttribute('src')).to.equal('https://photos.example.org/kofi.jpg');
      // An adapter (a society's own, say) that answers with a photo anywhere else: no image is requested.
      const tracking = faultyAdapter(viewer, {
        getMember: async (id) => ({ ...(await viewer.getMember(id)), photoUrl: 'https://tracker.example.net/pixel.gif?viewer=vera' }),
      });
      const el = await card(tracking, html`<mentor-profile-card member-id="kofi"></mentor-profile-card>`);
      await loaded(el);
      expect(part(el, 'img')).to.equal(null);
      expect(text(part(el, '[part~="initials"]'))).to.equal('KB');
      await expect(el).to.be.accessible();
    });

    it('with the reasons of a search hit, in words', async () => {
      const { viewer } = await scene();
      const hit: SearchHit = { member: await viewer.getMember('ama'), score: 0.8, reasons: REASONS };
      const el = await card(viewer, html`<mentor-profile-card .hit=${hit}></mentor-profile-card>`);
      await expect(el).to.be.accessible();
      expect([...el.shadowRoot!.querySelectorAll('[part="reason"]')].map(text)).to.deep.equal([
        'Shares 3 topics: Leadership, Grant writing and Statistics',
        'Same industry',
        'More experienced',
        'Both speak French',
        '2 h apart',
        'Meets by video',
      ]);
    });

    it('with the reasons a real search gives', async () => {
      const { viewer } = await scene();
      const page = await viewer.search({ find: 'mentors', text: 'Ama Mensah' });
      const hit = page.hits.find((h) => h.member.id === 'ama')!;
      const el = await card(viewer, html`<mentor-profile-card .hit=${hit}></mentor-profile-card>`);
      expect(text(part(el, '[part="reasons"]'))).to.contain('Shares 1 topic: Leadership');
    });

    it('as a mentee when show-as="mentee", with the invite badge', async () => {
      const { world } = await scene();
      const mentor = await enrol(world, 'mia', { mentor: { topics: ['statistics'] } });
      await enrol(world, 'both', { profile: { name: 'Bo Both' }, mentor: { topics: ['leadership'] }, mentee: { topics: ['statistics'] } });
      const el = await card(mentor, html`<mentor-profile-card member-id="both" show-as="mentee"></mentor-profile-card>`);
      await loaded(el);
      expect(text(badge(el))).to.equal('Invite as mentee');
      expect(text(part(el, '[part="topics"]'))).to.equal('Statistics');
      expect(part(el, '[part="places"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('with an 80-character name, without overflowing a narrow card', async () => {
      const { world, viewer } = await scene();
      const name = 'Wolfgang Amadeus Theophilus Chrysostomus Maximilian Alexander Ferdinand von Habs';
      expect(name.length).to.equal(80);
      await enrol(world, 'long', { profile: { name, headline: 'Ü'.repeat(150), city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch' }, mentor: {} });
      const el = await card(viewer, html`<mentor-profile-card member-id="long" style="inline-size: 260px"></mentor-profile-card>`);
      await loaded(el);
      const article = part(el, 'article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(el.scrollWidth).to.be.at.most(260);
      await expect(el).to.be.accessible();
    });

    it('in French', async () => {
      const { viewer } = await scene();
      const hit: SearchHit = { member: await viewer.getMember('ama'), score: 0.8, reasons: REASONS };
      const el = await card(viewer, html`<mentor-profile-card .hit=${hit}></mentor-profile-card>`, 'fr');
      await expect(el).to.be.accessible();
      expect(text(badge(el))).to.equal('Demander un mentorat');
      expect(text(part(el, '[part="places"]'))).to.equal('3 places libres sur 3');
      expect(text(part(el, '[part="languages"]'))).to.equal('Parle anglais et français');
      expect(text(part(el, '[part="location"]'))).to.match(/^Nairobi, Kenya · \d\d:\d\d heure locale · 3 h d’avance$/);
      expect(text(part(el, '[part="reasons"]'))).to.contain('3 thèmes en commun : Leadership, Grant writing et Statistics');
    });

    it('right to left', async () => {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`, 'ar', 'rtl');
      await loaded(el);
      await expect(el).to.be.accessible();
      const photo = part(el, '[part~="photo"]')!.getBoundingClientRect();
      const name = part(el, '[part~="name"]')!.getBoundingClientRect();
      expect(photo.left).to.be.greaterThan(name.left); // the photo starts the line, on the right
    });
  });

  describe('says why the badge cannot be used', () => {
    async function expectBlocked(el: MentorProfileCard, why: string | RegExp) {
      await until(() => status(el) !== '', 'a reason beside the badge');
      if (typeof why === 'string') expect(status(el)).to.equal(why);
      else expect(status(el)).to.match(why);
      expect(badge(el).getAttribute('aria-disabled')).to.equal('true');
      expect(badge(el).getAttribute('aria-describedby')).to.equal('note');
      badge(el).click();
      await el.updateComplete;
      expect(part(el, 'mentor-request-form')).to.equal(null);
      await expect(el).to.be.accessible();
    }

    it('paused, with the return date', async () => {
      const { ama, viewer } = await scene();
      await ama.setAvailability({ status: 'paused', returnDate: '2027-01-15' });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Temporarily not participating · back 15 January 2027');
    });

    it('paused, without a return date', async () => {
      const { ama, viewer } = await scene();
      await ama.setAvailability({ status: 'paused', returnDate: null });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Temporarily not participating');
    });

    it('full', async () => {
      const { world, ama, viewer } = await scene();
      await ama.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
      const other = await enrol(world, 'other', { mentee: {} });
      const request = await other.requestMentorship({
        recipientId: 'ama', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
      });
      await ama.act(request.id, 'accept');
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'No places left');
      expect(text(part(el, '[part="places"]'))).to.equal('0 of 1 place open');
    });

    it('already requested, with the expiry date', async () => {
      const { viewer } = await scene();
      await viewer.requestMentorship({
        recipientId: 'ama', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
      });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Request sent · expires 23 December 2026');
    });

    it('the member asked the viewer, waiting for an answer', async () => {
      const { world, viewer } = await scene();
      const mentor = await enrol(world, 'mia', { mentor: {} });
      await mentor.requestMentorship({
        recipientId: 'viewer', requesterRole: 'mentor', areas: ['leadership'], goals: 'Help', termMonths: 6, meetingMode: 'video', message: '',
      });
      const el = await card(viewer, html`<mentor-profile-card member-id="mia"></mentor-profile-card>`);
      await expectBlocked(el, 'Waiting for your answer · expires 23 December 2026');
    });

    it('yourself', async () => {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="viewer"></mentor-profile-card>`);
      await expectBlocked(el, 'This is you');
    });

    it('already your mentor', async () => {
      const { ama, viewer } = await scene();
      const request = await viewer.requestMentorship({
        recipientId: 'ama', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
      });
      await ama.act(request.id, 'accept');
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Already your mentor');
    });

    it('the viewer is not enrolled in the role that sends the request', async () => {
      const { world } = await scene();
      const mentorOnly = await enrol(world, 'mia', { mentor: {} });
      const el = await card(mentorOnly, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Enrol as a mentee to send requests');
    });

    it('the viewer, a mentor inviting a mentee, has no places left', async () => {
      const { world, viewer } = await scene();
      const mentor = await enrol(world, 'mia', { mentor: { topics: ['leadership'] }, capacity: 1 });
      await mentor.act((await ask(viewer, 'mia')).id, 'accept');
      await enrol(world, 'ned', { profile: { name: 'Ned New' }, mentee: { topics: ['leadership'] } });
      const el = await card(mentor, html`<mentor-profile-card member-id="ned" show-as="mentee"></mentor-profile-card>`);
      await expectBlocked(el, 'Your places as a mentor are all taken');
      // The same refusal the adapter gives when the invitation is sent anyway.
      const refused = await ask(mentor, 'ned', 'mentor').catch((error: unknown) => error);
      expect(refused).to.include({ code: 'capacity-reached', reason: 'mentor-full' });
    });

    it('in the order the adapter checks: a paused member is paused before being already requested', async () => {
      const { ama, viewer } = await scene();
      await ask(viewer, 'ama');
      await ama.setAvailability({ status: 'paused', returnDate: null });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Temporarily not participating');
      const refused = await ask(viewer, 'ama').catch((error: unknown) => error);
      expect(refused).to.include({ code: 'unavailable', reason: 'paused' });
    });

    it('the member declined the viewer\'s last request: when the viewer may ask again, in the adapter\'s words', async () => {
      const { ama, viewer } = await scene();
      await ama.act((await ask(viewer, 'ama')).id, 'decline');
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, 'Your last request was declined or withdrawn · you can ask again on 30 November 2026');
      const refused = await ask(viewer, 'ama').catch((error: unknown) => error);
      expect(refused).to.include({ code: 'capacity-reached', reason: 'cooldown' });
    });

    it('the viewer is paused', async () => {
      const { viewer } = await scene();
      await viewer.setAvailability({ status: 'paused', returnDate: null });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await expectBlocked(el, /^You are temporarily not participating/);
    });
  });

  describe('the profile dialog', () => {
    it('opens from the name with bio, offer, languages, ways to meet and safe links; Esc returns focus', async () => {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await loaded(el);
      const opened: Event[] = [];
      el.addEventListener('mentor-profile-open', (e) => opened.push(e));
      part(el, '[part~="name"] button')!.click();
      await until(() => part<HTMLDialogElement>(el, 'dialog', 'profile')?.open === true, 'the profile dialog');
      await expect(el).to.be.accessible();
      const dialog = part(el, 'dialog', 'profile')!;
      expect(text(dialog)).to.contain('Twenty years in public health.');
      expect(text(dialog)).to.contain('What they offer as a mentor');
      expect(text(dialog)).to.contain('I help new leaders.');
      expect(text(dialog)).to.contain('Topics: Leadership, Grant writing and Statistics');
      expect(text(dialog)).to.contain('Ways to meet: Video call and Email');
      expect(text(dialog)).to.contain('English and French');
      const link = dialog.querySelector('a[href="https://example.org/ama"]')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(deepActive()?.id).to.equal('title');
      await until(() => opened.length === 1, 'mentor-profile-open');
      expect((opened[0] as import('../events/profile-open.ts').MentorProfileOpenEvent).member.id).to.equal('ama');
      expect(opened[0]!.bubbles && opened[0]!.composed).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await until(() => !part<HTMLDialogElement>(el, 'dialog', 'profile')!.open, 'the dialog to close');
      await until(() => deepActive() === part(el, '[part~="name"] button'), 'focus back on the name');
    });

    it('renders member text as text: an <img onerror> bio is no element, a javascript: link is no anchor', async () => {
      const { world, viewer } = await scene();
      await enrol(world, 'eve', { profile: { name: 'Eve <b>Bold</b>', bio: '<img src=x onerror="window.__pwned=1">' }, mentor: {} });
      const fetched = await viewer.getMember('eve');
      const member: MemberView = { ...fetched, links: ['javascript:alert(1)', 'https://example.org/eve'] };
      const el = await card(viewer, html`<mentor-profile-card .member=${member}></mentor-profile-card>`);
      part(el, '[part~="name"] button')!.click();
      await until(() => part<HTMLDialogElement>(el, 'dialog', 'profile')?.open === true, 'the profile dialog');
      const dialogRoot = part(el, 'mentor-profile-dialog')!.shadowRoot!;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(dialogRoot.querySelector('img, b')).to.equal(null);
      expect(text(dialogRoot.querySelector('.bio'))).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(text(part(el, '[part~="name"]'))).to.equal('Eve <b>Bold</b>');
      expect([...dialogRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/eve']);
      expect(text(dialogRoot.querySelector('section:has(ul)'))).to.contain('javascript:alert(1)');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('stays in step with the adapter', () => {
    it('a hit refreshes its places and badge when a mentorship changes elsewhere', async () => {
      const { world, ama, viewer } = await scene();
      const hit: SearchHit = { member: await viewer.getMember('ama'), score: 0.5, reasons: REASONS };
      const el = await card(viewer, html`<mentor-profile-card .hit=${hit}></mentor-profile-card>`);
      await ama.setAvailability({ status: 'participating', returnDate: null, capacity: 1 });
      const other = await enrol(world, 'other', { mentee: {} });
      const request = await other.requestMentorship({
        recipientId: 'ama', requesterRole: 'mentee', areas: ['leadership'], goals: 'Grow', termMonths: 6, meetingMode: 'video', message: '',
      });
      await ama.act(request.id, 'accept');
      await until(() => status(el) === 'No places left', 'the card to show Ama is full');
      expect(text(part(el, '[part="places"]'))).to.equal('0 of 1 place open');
      expect(part(el, '[part="reasons"]')).not.to.equal(null); // the hit's reasons stay
      expect(text(part(el, '[role="status"]')), 'changes made elsewhere are not announced').to.equal('');
    });

    it('a member loaded by id is fetched again when they pause', async () => {
      const { ama, viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await loaded(el);
      await ama.setAvailability({ status: 'paused', returnDate: null });
      await until(() => status(el) === 'Temporarily not participating', 'the paused note');
    });

    it('loads another member when member-id changes', async () => {
      const { world, viewer } = await scene();
      await enrol(world, 'kofi', { profile: { name: 'Kofi Boateng' }, mentor: {} });
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await loaded(el);
      el.memberId = 'kofi';
      await until(() => text(part(el, '[part~="name"]')) === 'Kofi Boateng', 'the other member');
    });
  });

  describe('adapter failures', () => {
    it('says so clearly when getMember answers junk, and retries', async () => {
      const { viewer } = await scene();
      let junk = true;
      const adapter = faultyAdapter(viewer, {
        getMember: (id, options) => (junk ? Promise.resolve({ id, name: 42 } as unknown as MemberView) : viewer.getMember(id, options)),
      });
      const el = await card(adapter, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await until(() => part(el, '[role="alert"]') !== null, 'an error');
      expect(text(part(el, '[role="alert"] p'))).to.equal('The mentoring service sent an answer we could not read. Please try again later.');
      await expect(el).to.be.accessible();
      junk = false;
      part<HTMLButtonElement>(el, '[role="alert"] button')!.click();
      await loaded(el);
    });

    it('says so when the member cannot be found', async () => {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="nobody"></mentor-profile-card>`);
      await until(() => part(el, '[role="alert"]') !== null, 'an error');
      expect(text(part(el, '[role="alert"] p'))).to.equal('We could not find that. It may have been removed.');
    });

    it('keeps showing a hit when fetching it again fails', async () => {
      const { ama, viewer } = await scene();
      const adapter = faultyAdapter(viewer, { getMember: () => Promise.reject(new MentoringError('network', 'offline')) });
      const hit: SearchHit = { member: await viewer.getMember('ama'), score: 0.5, reasons: [] };
      const el = await card(adapter, html`<mentor-profile-card .hit=${hit}></mentor-profile-card>`);
      await ama.setAvailability({ status: 'paused', returnDate: null });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text(part(el, '[part~="name"]'))).to.equal('Ama Mensah');
    });
  });

  describe('events', () => {
    it('fire on user actions only, never when properties are set', async () => {
      const { world, viewer } = await scene();
      await enrol(world, 'kofi', { profile: { name: 'Kofi Boateng' }, mentor: {} });
      const seen: string[] = [];
      for (const type of ['mentor-profile-open', 'mentor-request-sent']) document.addEventListener(type, () => seen.push(type));
      const el = await card(viewer, html`<mentor-profile-card member-id="ama"></mentor-profile-card>`);
      await loaded(el);
      el.memberId = 'kofi';
      await until(() => text(part(el, '[part~="name"]')) === 'Kofi Boateng', 'Kofi');
      el.member = await viewer.getMember('ama');
      el.removeAttribute('member-id');
      el.hit = { member: await viewer.getMember('ama'), score: 1, reasons: REASONS };
      el.showAs = 'mentor';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(part(el, '[part~="name"] button'));
      await sendKeys({ press: 'Enter' });
      await until(() => seen.length === 1, 'mentor-profile-open');
      expect(seen).to.deep.equal(['mentor-profile-open']);
    });
  });
});
