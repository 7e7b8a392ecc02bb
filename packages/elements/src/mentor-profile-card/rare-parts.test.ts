// The card's and the search's rarer parts (rare-parts.ts: why a badge cannot be used, a sent request's
// announcement, the search's empty state), downloaded the first time one shows: the badge is refused at once,
// its reason follows; if the download fails, the card and the search stay usable, the web team is told, renders
// do not ask again in a loop, and the next render that needs them asks again. A page of its own (each test file
// is), so the parts are not already here from another test.
import { expect, html } from '@open-wc/testing';
import { createWorld, inProgram, until } from '../../test/helpers.ts';
import '../mentor-search/define.ts';
import type { MentorSearch } from '../mentor-search/mentor-search.ts';
import { card, part, scene, text } from './card-fixtures.ts';
import { rarePartsDownload } from './rare-parts-loader.ts';
import type { MentorProfileCard } from './mentor-profile-card.ts';

const note = (el: MentorProfileCard) => text(part(el, '[part="note"]'));
const badge = (el: MentorProfileCard) => part<HTMLButtonElement>(el, '[part~="badge"]')!;
const frames = (n: number) => new Promise((resolve) => setTimeout(resolve, n * 16));
const realLoad = rarePartsDownload.load;

/** Downloads that fail (`attempts` counts them), with console.error's lines kept. */
function offline() {
  const logged: unknown[][] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => logged.push(args);
  const state = { attempts: 0, logged, restore: () => (console.error = error) };
  rarePartsDownload.load = () => (state.attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  return state;
}

describe('the rarer parts of the card and the search', () => {
  beforeEach(() => {
    rarePartsDownload.load = realLoad;
    delete rarePartsDownload.parts;
  });

  it('refuse the badge at once and give its reason when they arrive', async () => {
    let arrive!: () => void;
    const held = new Promise<void>((resolve) => (arrive = resolve));
    rarePartsDownload.load = () => held.then(realLoad);
    const { viewer } = await scene();
    const el = await card(viewer, html`<mentor-profile-card member-id="viewer"></mentor-profile-card>`);
    await until(() => badge(el) !== null, 'the badge');
    expect(badge(el).getAttribute('aria-disabled')).to.equal('true');
    expect(badge(el).getAttribute('aria-describedby')).to.equal('note');
    expect(note(el)).to.equal('');
    badge(el).click();
    await el.updateComplete;
    expect(part(el, 'mentor-request-form')).to.equal(null);
    arrive();
    await until(() => note(el) === 'This is you', 'the reason beside the badge');
    await expect(el).to.be.accessible();
  });

  it('leave a card usable without them, its badge refused, and are asked for again at the next render', async () => {
    const network = offline();
    try {
      const { viewer } = await scene();
      const el = await card(viewer, html`<mentor-profile-card member-id="viewer"></mentor-profile-card>`);
      await until(() => badge(el) !== null && network.attempts === 1, 'the badge, and the download tried');
      await frames(5);
      expect(network.attempts).to.equal(1, 'no render loop of attempts');
      expect(String(network.logged[0]?.[0])).to.contain('could not load the words of the cards\' and the search\'s rarer states');
      expect(badge(el).getAttribute('aria-disabled')).to.equal('true');
      expect(note(el)).to.equal('');
      expect(text(part(el, '[part~="name"]'))).to.equal('Vera Viewer');
      badge(el).click();
      await el.updateComplete;
      expect(part(el, 'mentor-request-form')).to.equal(null);
      await expect(el).to.be.accessible();

      rarePartsDownload.load = realLoad; // back online: the next render asks again
      el.requestUpdate();
      await until(() => note(el) === 'This is you', 'the reason beside the badge');
    } finally {
      network.restore();
    }
  });

  it('leave the search usable without them when it finds nobody: the count says so, Clear still works', async () => {
    const network = offline();
    try {
      const world = createWorld({ size: 60, seed: 7 });
      const { element } = await inProgram<MentorSearch>(world.backend.adapterFor(world.menteeId), html`<mentor-search></mentor-search>`, 'mentor-search');
      const root = element.shadowRoot!;
      const input = () => root.querySelector<HTMLInputElement>('[name="text"]')!;
      await until(() => root.querySelectorAll('li[part="item"]').length > 0, 'the first results');
      input().value = 'zzyzx-nobody-has-this';
      input().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => root.querySelector('[part="empty"]') !== null && network.attempts === 1, 'the empty state, and the download tried');
      await frames(5);
      expect(network.attempts).to.equal(1, 'no render loop of attempts');
      expect(text(root.querySelector('[role="status"]'))).to.equal('No mentors found');
      expect(root.querySelector('[part="empty"]')!.childElementCount).to.equal(0);
      expect(getComputedStyle(root.querySelector('[part="empty"]')!).display).to.equal('none', 'no blank notice box where the words would be');
      await expect(element).to.be.accessible();

      root.querySelector<HTMLButtonElement>('[part="clear"]')!.click();
      await until(() => root.querySelectorAll('li[part="item"]').length === 10, 'everyone listed again');
      expect(input().value).to.equal('');

      rarePartsDownload.load = realLoad;
      input().value = 'zzyzx-nobody-has-this';
      input().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => text(root.querySelector('[part="empty"] p')).startsWith('No mentor matches all of these criteria'), 'the empty state\'s words');
    } finally {
      network.restore();
    }
  });
});
