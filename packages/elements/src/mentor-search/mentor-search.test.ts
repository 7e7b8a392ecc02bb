import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  MentoringError, type AbortSignalLike, type CallOptions, type MentoringAdapter, type SearchHit, type SearchPage,
  type SearchQuery,
} from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import '../i18n/fr-register.ts';
import '../i18n/es-register.ts';
import '../i18n/de-register.ts';
import '../i18n/ar-register.ts';
import './define.ts';
import type { MentorSearch } from './mentor-search.ts';
import type { MentorSearchEvent } from '../events/search-query.ts';
import type { MentorResultsEvent } from '../events/search-results.ts';
import { searchEn } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { es } from '../i18n/es.ts';
import { de } from '../i18n/de.ts';
import { ar } from '../i18n/ar.ts';
import { formatFor } from '../i18n/format.ts';

// ---------------------------------------------------------------------------------------------
// Helpers

interface Call {
  query: SearchQuery;
  signal: AbortSignalLike | undefined;
}

/** The viewer's adapter, with every search call recorded (and optionally replaced). */
function recording(
  world: World,
  search?: (query: SearchQuery, options: CallOptions | undefined, inner: MentoringAdapter, call: number) => Promise<SearchPage>,
) {
  const inner = world.backend.adapterFor(world.menteeId);
  const calls: Call[] = [];
  const adapter = faultyAdapter(inner, {
    search: (query, options) => {
      calls.push({ query, signal: options?.signal });
      return search ? search(query, options, inner, calls.length) : inner.search(query, options);
    },
  });
  return { adapter, inner, calls };
}

const $ = <T extends Element = HTMLElement>(el: MentorSearch, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const items = (el: MentorSearch) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part="item"]')];
const hitOf = (item: Element) => (item.firstElementChild as unknown as { hit: SearchHit }).hit;
const statusText = (el: MentorSearch) => $(el, '[role="status"]').textContent!.trim();
const busy = (el: MentorSearch) => $(el, '[part="results"]').getAttribute('aria-busy') === 'true';
const button = (el: MentorSearch, text: string) => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/**
 * Waits until no search is in flight and the results have rendered, an empty state with its words (they
 * download with the first one: mentor-profile-card/rare-parts.ts).
 */
async function settled(el: MentorSearch): Promise<void> {
  await el.updateComplete; // a click has just started a search: let it render its busy state first
  const worded = () => el.shadowRoot!.querySelector('[part="empty"]')?.childElementCount !== 0;
  await until(() => !!el.shadowRoot?.querySelector('[part="results"]') && !busy(el) && worded(), 'the search to settle');
  await el.updateComplete;
}

async function mount(adapter: MentoringAdapter, content = html`<mentor-search></mentor-search>`) {
  const { element, program } = await inProgram<MentorSearch>(adapter, content, 'mentor-search');
  return { element, program };
}

/** Sets a control as the member would (the form listens to `input`). */
function setControl(el: MentorSearch, name: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function checkTopic(el: MentorSearch, id: string) {
  const box = $<HTMLInputElement>(el, `input[name="topics"][value="${id}"]`);
  box.checked = true;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Presses Tab until `predicate` holds for the focused element inside the search. */
async function tabTo(el: MentorSearch, predicate: (focused: Element) => boolean, what: string) {
  for (let i = 0; i < 80; i += 1) {
    const focused = el.shadowRoot!.activeElement;
    if (focused && predicate(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A promise resolved by hand, for searches held in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Rejects like a real adapter when the signal aborts. */
function untilAborted(options: CallOptions | undefined): Promise<never> {
  return new Promise((_, reject) => {
    options?.signal?.addEventListener('abort', () =>
      reject(new MentoringError('network', 'aborted', { reason: 'aborted' })), { once: true });
  });
}

// ---------------------------------------------------------------------------------------------

describe('<mentor-search>', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld({ size: 60, seed: 7 });
  });

  describe('first search', () => {
    it('lists everyone available for blank criteria, ranked by score, one page, and is accessible', async () => {
      const { adapter, inner, calls } = recording(world);
      const { element } = await mount(adapter);
      await settled(element);

      expect(calls).to.have.length(1);
      expect(calls[0]!.query).to.deep.equal({ find: 'mentors', offset: 0, limit: 10 });
      const { total } = await inner.search({ find: 'mentors' });
      expect(total).to.be.greaterThan(10);
      const shown = items(element);
      expect(shown).to.have.length(10);
      const scores = shown.map((item) => hitOf(item).score);
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      expect(shown[0]!.querySelector('mentor-profile-card')!.getAttribute('show-as')).to.equal('mentor');
      expect(statusText(element)).to.equal(`${total} mentors found`);
      expect($(element, 'ol').getAttribute('aria-labelledby')).to.equal('status');
      await expect(element).to.be.accessible();
    });

    it('finds mentees with show-as="mentee" cards', async () => {
      const inner = world.backend.adapterFor(world.mentorId);
      const { element } = await mount(inner, html`<mentor-search find="mentees"></mentor-search>`);
      await settled(element);
      expect(items(element).length).to.be.greaterThan(0);
      expect(items(element)[0]!.querySelector('mentor-profile-card')!.getAttribute('show-as')).to.equal('mentee');
      expect(statusText(element)).to.match(/^\d+ mentees found$/);
      expect($(element, 'form').getAttribute('aria-label')).to.equal('Find a mentee');
    });

    it('shows a loading state in reserved space while the search is in flight, and is accessible', async () => {
      const gate = deferred<void>();
      const { adapter } = recording(world, async (query, options, inner) => {
        await gate.promise;
        return inner.search(query, options);
      });
      const { element } = await mount(adapter);
      await until(() => !!element.shadowRoot!.querySelector('[part="loading"]'), 'the loading state');
      expect(busy(element)).to.equal(true);
      expect(statusText(element)).to.equal('');
      expect($(element, '[part="results"]').getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(element).to.be.accessible();

      gate.resolve();
      await settled(element);
      expect(element.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
      expect(items(element)).to.have.length(10);
    });

    it('keeps the results region at its size while a new search loads (no layout shift)', async () => {
      let holding = false;
      const gate = deferred<void>();
      const { adapter } = recording(world, async (query, options, inner) => {
        if (holding) await gate.promise;
        return inner.search(query, options);
      });
      const { element } = await mount(adapter);
      await settled(element);
      const region = $(element, '[part="results"]');
      const before = region.getBoundingClientRect().height;
      holding = true;
      button(element, 'Search').click();
      await until(() => busy(element), 'loading');
      await element.updateComplete;
      expect(region.getBoundingClientRect().height).to.be.closeTo(Math.min(before, window.innerHeight), 1);
      gate.resolve();
      await settled(element);
    });
  });

  describe('criteria', () => {
    it('sends every criterion to the adapter', async () => {
      const { adapter, calls } = recording(world);
      const { element } = await mount(adapter);
      await settled(element);

      checkTopic(element, 'leadership');
      checkTopic(element, 'statistics');
      setControl(element, 'industry', 'healthcare');
      setControl(element, 'careerStage', 'senior');
      setControl(element, 'language', 'fr');
      setControl(element, 'country', 'FR');
      setControl(element, 'hoursApart', '3');
      setControl(element, 'meetingMode', 'video');
      setControl(element, 'text', '  data science  ');
      button(element, 'Search').click();
      await settled(element);

      expect(calls.at(-1)!.query).to.deep.equal({
        find: 'mentors',
        topics: ['leadership', 'statistics'],
        industry: 'healthcare',
        careerStage: 'senior',
        language: 'fr',
        country: 'FR',
        maxHoursApart: 3,
        meetingMode: 'video',
        text: 'data science',
        offset: 0,
        limit: 10,
      });
      expect($(element, '.summary-count').textContent!.trim()).to.equal('2 selected');
    });

    it('labels every control and offers the program settings and localised names', async () => {
      const { element } = await mount(world.backend.adapterFor(world.menteeId));
      await settled(element);
      for (const control of element.shadowRoot!.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')) {
        expect(control.labels?.length ?? 0, `label of ${control.name}`).to.be.greaterThan(0);
      }
      const industries = [...$<HTMLSelectElement>(element, '[name="industry"]').options].map((o) => o.value);
      expect(industries).to.include.members(['', 'academia', 'healthcare']);
      const countries = [...$<HTMLSelectElement>(element, '[name="country"]').options].slice(1).map((o) => o.textContent!.trim());
      expect(countries).to.include('Kenya');
      expect(countries).to.deep.equal([...countries].sort(new Intl.Collator('en').compare));
      const languages = [...$<HTMLSelectElement>(element, '[name="language"]').options].map((o) => o.textContent!.trim());
      expect(languages).to.include('French');
      expect(element.shadowRoot!.querySelectorAll('input[name="topics"]')).to.have.length(18);
    });

    it('narrows the results by keyboard alone: Tab to a topic, Space, Tab to Search, Enter', async () => {
      const { adapter, calls } = recording(world);
      const { element } = await mount(adapter);
      await settled(element);
      const before = Number(items(element)[0]!.getAttribute('aria-setsize'));

      await tabTo(element, (f) => f.localName === 'summary', 'the topics');
      await sendKeys({ press: 'Enter' });
      await tabTo(element, (f) => f instanceof HTMLInputElement && f.value === 'career-planning', 'a topic');
      await sendKeys({ press: 'Space' });
      await tabTo(element, (f) => f.getAttribute('part') === 'submit', 'Search');
      await sendKeys({ press: 'Enter' });
      await until(() => calls.length === 2, 'the search');
      await settled(element);

      expect(calls[1]!.query.topics).to.deep.equal(['career-planning']);
      const after = items(element).length === 0 ? 0 : Number(items(element)[0]!.getAttribute('aria-setsize'));
      expect(after).to.be.lessThan(before);
      for (const item of items(element)) {
        const topics = hitOf(item).member.mentor?.topics ?? [];
        expect(topics).to.include('career-planning');
      }
    });

    it('clears every criterion and lists everyone again', async () => {
      const { adapter, calls } = recording(world);
      const { element } = await mount(adapter);
      await settled(element);
      checkTopic(element, 'leadership');
      setControl(element, 'industry', 'healthcare');
      setControl(element, 'text', 'data');
      button(element, 'Search').click();
      await settled(element);

      button(element, 'Clear').click();
      await settled(element);
      expect(calls.at(-1)!.query).to.deep.equal({ find: 'mentors', offset: 0, limit: 10 });
      expect($<HTMLSelectElement>(element, '[name="industry"]').value).to.equal('');
      expect($<HTMLInputElement>(element, '[name="text"]').value).to.equal('');
      expect($<HTMLInputElement>(element, 'input[value="leadership"]').checked).to.equal(false);
      expect($(element, '.summary-count').textContent!.trim()).to.equal('any');
    });
  });

  describe('states', () => {
    it('aborts the search in flight when a new one starts', async () => {
      const { adapter, calls } = recording(world, (query, options, inner, call) =>
        call === 1 ? untilAborted(options) : inner.search(query, options));
      const { element } = await mount(adapter);
      await until(() => calls.length === 1, 'the first search');
      expect(calls[0]!.signal?.aborted).to.equal(false);

      button(element, 'Search').click();
      await settled(element);
      expect(calls).to.have.length(2);
      expect(calls[0]!.signal?.aborted).to.equal(true);
      expect(calls[1]!.signal?.aborted).to.equal(false);
      expect(items(element)).to.have.length(10);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('aborts its search when removed from the page, and searches again when put back', async () => {
      const { adapter, calls } = recording(world, (query, options, inner, call) =>
        call === 1 ? untilAborted(options) : inner.search(query, options));
      const { element, program } = await mount(adapter);
      await until(() => calls.length === 1, 'the first search');

      element.remove();
      expect(calls[0]!.signal?.aborted).to.equal(true);
      program.append(element);
      await settled(element);
      expect(calls).to.have.length(2);
      expect(items(element)).to.have.length(10);

      // Still listening for changes after the move.
      await world.backend.adapterFor(world.mentorId).setAvailability({ status: 'paused', returnDate: null });
      await until(() => calls.length === 3, 'a refresh after the move');
    });

    it('suggests widening the criteria when nothing matches, and its button clears them', async () => {
      const { element } = await mount(world.backend.adapterFor(world.menteeId));
      await settled(element);
      setControl(element, 'text', 'zzyzx-nobody-has-this');
      button(element, 'Search').click();
      await settled(element);

      expect(items(element)).to.have.length(0);
      expect(statusText(element)).to.equal('No mentors found');
      expect($(element, '[part="empty"]').textContent).to.contain('Try fewer topics');
      await expect(element).to.be.accessible();

      button(element, 'Clear all criteria').click();
      expect(element.shadowRoot!.activeElement?.id).to.equal('status');
      await settled(element);
      expect(items(element)).to.have.length(10);
      expect($<HTMLInputElement>(element, '[name="text"]').value).to.equal('');
    });

    it('says nobody is available when blank criteria find no one (nothing to clear)', async () => {
      const { adapter } = recording(world, async () => ({ total: 0, offset: 0, limit: 10, hits: [] }));
      const { element } = await mount(adapter);
      await settled(element);
      expect($(element, '[part="empty"]').textContent).to.contain('No mentors are available');
      expect($(element, '[part="empty"]').querySelector('button')).to.equal(null);
    });

    it('shows a clear error when the adapter rejects, and Try again recovers', async () => {
      let failing = true;
      const { adapter, calls } = recording(world, (query, options, inner) =>
        failing ? Promise.reject(new MentoringError('network', 'server down')) : inner.search(query, options));
      const { element } = await mount(adapter);
      await settled(element);

      const alert = $(element, '[role="alert"]');
      expect(alert.textContent).to.contain('We could not reach the mentoring service');
      expect(items(element)).to.have.length(0);
      await expect(element).to.be.accessible();

      failing = false;
      button(element, 'Try again').click();
      await settled(element);
      expect(calls).to.have.length(2);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(items(element)).to.have.length(10);
    });

    it('shows a clear message for data that is not a search page, without crashing', async () => {
      const { adapter } = recording(world, async () => ({ hits: 'nope' }) as unknown as SearchPage);
      const { element } = await mount(adapter);
      await settled(element);
      expect($(element, '[role="alert"]').textContent).to.contain('sent an answer we could not read');
      expect($(element, '[role="alert"] code').textContent).to.contain('invalid-response');
      expect(items(element)).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('rejects hits whose members are malformed (validated before rendering)', async () => {
      const { adapter } = recording(world, async (query, options, inner) => {
        const page = await inner.search(query, options);
        return { ...page, hits: [{ ...page.hits[0]!, member: { id: 'x', name: 42 } }] } as unknown as SearchPage;
      });
      const { element } = await mount(adapter);
      await settled(element);
      expect($(element, '[role="alert"]').textContent).to.contain('sent an answer we could not read');
      expect(items(element)).to.have.length(0);
    });

    it('asks to sign in when nobody is signed in (the program gate)', async () => {
      const { element } = await mount(world.backend.anonymous());
      await element.updateComplete;
      expect($(element, '[role="alert"]').textContent).to.contain('Please sign in');
      expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('lets a member who is not enrolled look around, with a hint to enrol', async () => {
      const { element } = await mount(world.backend.adapterFor('newcomer'));
      await settled(element);
      expect(items(element)).to.have.length(10);
      expect($(element, '.enrol').textContent).to.contain('enrol in the mentoring program as a mentee');
      await expect(element).to.be.accessible();
    });
  });

  describe('show more', () => {
    it('appends one page per click, moves focus to the first new result, and is accessible', async () => {
      const { adapter, inner, calls } = recording(world);
      const { element } = await mount(adapter, html`<mentor-search page-size="4"></mentor-search>`);
      await settled(element);
      const { total } = await inner.search({ find: 'mentors' });
      expect(items(element)).to.have.length(4);
      expect($(element, '[part="more"]').textContent).to.contain(`Showing 4 of ${total}`);

      let clicks = 0;
      while (element.shadowRoot!.querySelector('[part="more"]')) {
        const before = items(element).length;
        button(element, 'Show more').click();
        clicks += 1;
        await settled(element);
        const after = items(element);
        expect(after.length - before).to.be.within(1, 4);
        expect(calls.at(-1)!.query).to.include({ offset: before, limit: 4 });
        expect(element.shadowRoot!.activeElement).to.equal(after[before]);
        if (clicks === 2) await expect(element).to.be.accessible();
      }
      expect(items(element)).to.have.length(total);
      expect(clicks).to.equal(Math.ceil(total / 4) - 1);
      const ids = items(element).map((item) => hitOf(item).member.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(items(element).at(-1)!.getAttribute('aria-posinset')).to.equal(String(total));
    });

    it('never renders more than a page, even when the adapter sends more', async () => {
      const { adapter } = recording(world, async (query, options, inner) => {
        const page = await inner.search({ ...query, limit: 50 }, options);
        return { ...page, limit: query.limit ?? 10 };
      });
      const { element } = await mount(adapter, html`<mentor-search page-size="3"></mentor-search>`);
      await settled(element);
      expect(items(element)).to.have.length(3);
      button(element, 'Show more').click();
      await settled(element);
      expect(items(element)).to.have.length(6);
    });

    it('keeps the results shown when "Show more" fails, with Try again', async () => {
      let failing = false;
      const { adapter } = recording(world, (query, options, inner) =>
        failing ? Promise.reject(new MentoringError('network', 'down')) : inner.search(query, options));
      const { element } = await mount(adapter, html`<mentor-search page-size="5"></mentor-search>`);
      await settled(element);
      failing = true;
      button(element, 'Show more').click();
      await settled(element);
      expect(items(element)).to.have.length(5);
      expect($(element, '[role="alert"]').textContent).to.contain('We could not reach');
      failing = false;
      button(element, 'Try again').click();
      await settled(element);
      expect(items(element)).to.have.length(10);
    });
  });

  describe('refresh', () => {
    it('refreshes the results on an adapter change, keeping criteria and what was shown', async () => {
      const { adapter, calls } = recording(world);
      const { element } = await mount(adapter, html`<mentor-search page-size="4"></mentor-search>`);
      await settled(element);
      setControl(element, 'meetingMode', 'video');
      button(element, 'Search').click();
      await settled(element);
      button(element, 'Show more').click();
      await settled(element);
      const shown = items(element).map((item) => hitOf(item).member.id);
      expect(shown).to.have.length(8);
      const total = Number(items(element)[0]!.getAttribute('aria-setsize'));

      // The second mentor shown pauses: they must leave the results.
      const leaving = shown[1]!;
      await world.backend.adapterFor(leaving).setAvailability({ status: 'paused', returnDate: null });
      await until(() => !items(element).some((item) => hitOf(item).member.id === leaving), 'the refresh');
      await settled(element);

      expect(calls.at(-1)!.query).to.deep.equal({ find: 'mentors', meetingMode: 'video', offset: 0, limit: 8 });
      expect($<HTMLSelectElement>(element, '[name="meetingMode"]').value).to.equal('video');
      expect(items(element)).to.have.length(Math.min(8, total - 1));
      expect(statusText(element)).to.equal(`${total - 1} mentors found`);
    });

    it('searches again for the new viewer when the program gets another adapter', async () => {
      const { element, program } = await mount(world.backend.adapterFor(world.menteeId));
      await settled(element);
      const firstIds = items(element).map((item) => hitOf(item).member.id);
      const other = firstIds[0]!;
      program.adapter = world.backend.adapterFor(other);
      await until(() => !!element.shadowRoot!.querySelector('li') && !items(element).some((item) => hitOf(item).member.id === other), 'the new viewer’s results');
    });
  });

  describe('events', () => {
    function listen() {
      const events: Event[] = [];
      const record = (event: Event) => events.push(event);
      document.addEventListener('mentor-search', record);
      document.addEventListener('mentor-results', record);
      return { events, stop: () => {
        document.removeEventListener('mentor-search', record);
        document.removeEventListener('mentor-results', record);
      } };
    }

    it('fires mentor-search on submit and mentor-results once the results render', async () => {
      const { element } = await mount(world.backend.adapterFor(world.menteeId));
      await settled(element);
      const { events, stop } = listen();
      let renderedWhenFired = -1;
      element.addEventListener('mentor-results', () => (renderedWhenFired = items(element).length), { once: true });
      try {
        checkTopic(element, 'leadership');
        button(element, 'Search').click();
        await settled(element);
        await until(() => events.length === 2, 'both events');
      } finally {
        stop();
      }
      const [search, results] = events as [MentorSearchEvent, MentorResultsEvent];
      expect(search.type).to.equal('mentor-search');
      expect(search.trigger).to.equal('submit');
      expect(search.query).to.deep.equal({ find: 'mentors', topics: ['leadership'] });
      expect(search.bubbles && search.composed).to.equal(true);
      expect(results.type).to.equal('mentor-results');
      expect(results.total).to.equal(Number(items(element)[0]?.getAttribute('aria-setsize') ?? 0));
      expect(renderedWhenFired).to.equal(items(element).length);
    });

    it('fires mentor-search with trigger "clear" when the member clears', async () => {
      const { element } = await mount(world.backend.adapterFor(world.menteeId));
      await settled(element);
      const { events, stop } = listen();
      try {
        button(element, 'Clear').click();
        await settled(element);
        await until(() => events.length === 2, 'both events');
      } finally {
        stop();
      }
      expect((events[0] as MentorSearchEvent).trigger).to.equal('clear');
      expect((events[0] as MentorSearchEvent).query).to.deep.equal({ find: 'mentors' });
    });

    it('fires nothing for the first search, for properties set from code, or for refreshes', async () => {
      const { events, stop } = listen();
      try {
        const { element } = await mount(world.backend.adapterFor(world.menteeId));
        await settled(element);
        element.find = 'mentees';
        await element.updateComplete;
        await settled(element);
        expect(statusText(element)).to.match(/mentees found$/);
        element.pageSize = 3;
        await element.updateComplete;
        await settled(element);
        expect(items(element)).to.have.length(3);
        await world.backend.adapterFor(world.mentorId).setAvailability({ status: 'paused', returnDate: null });
        await new Promise((resolve) => setTimeout(resolve, 50));
        await settled(element);
      } finally {
        stop();
      }
      expect(events).to.have.length(0);
    });
  });

  describe('languages and direction', () => {
    it('speaks French (labels, counts, empty state) and is accessible', async () => {
      const { element } = await mount(
        world.backend.adapterFor(world.menteeId),
        html`<div lang="fr"><mentor-search></mentor-search></div>`,
      );
      await settled(element);
      expect(statusText(element)).to.match(/^\d+ mentors trouvés$/);
      expect($(element, '.summary-label').textContent).to.equal('Thèmes');
      expect(button(element, 'Rechercher')).to.be.instanceOf(HTMLButtonElement);
      const countries = [...$<HTMLSelectElement>(element, '[name="country"]').options].map((o) => o.textContent!.trim());
      expect(countries).to.include('Allemagne');
      await expect(element).to.be.accessible();

      setControl(element, 'text', 'zzyzx-personne');
      button(element, 'Rechercher').click();
      await settled(element);
      expect(statusText(element)).to.equal('Aucun mentor trouvé');
      expect(button(element, 'Effacer tous les critères')).to.be.instanceOf(HTMLButtonElement);
      await expect(element).to.be.accessible();
    });

    // Each language the elements ship: its words, its plural forms and its country names, and in Arabic
    // the page's right-to-left direction, with no accessibility violation.
    const LANGUAGES = [
      { lang: 'es', dir: 'ltr', catalog: es, found: /^\d+ mentores encontrados$/, country: 'Alemania' },
      { lang: 'de', dir: 'ltr', catalog: de, found: /^\d+ Mentoren gefunden$/, country: 'Deutschland' },
      { lang: 'ar', dir: 'rtl', catalog: ar, found: /^تم العثور على \d+ (مرشدين|مرشدًا|مرشد)$/, country: 'ألمانيا' },
    ] as const;
    for (const { lang, dir, catalog, found, country } of LANGUAGES) {
      it(`speaks ${lang}${dir === 'rtl' ? ', right to left,' : ''} (labels, counts, cards, empty state) and is accessible`, async () => {
        const { element } = await mount(
          world.backend.adapterFor(world.menteeId),
          html`<div lang=${lang} dir=${dir}><mentor-search></mentor-search></div>`,
        );
        await settled(element);
        expect(statusText(element)).to.match(found);
        expect($(element, '.summary-label').textContent).to.equal(catalog['search.topics']);
        const countries = [...$<HTMLSelectElement>(element, '[name="country"]').options].map((o) => o.textContent!.trim());
        expect(countries).to.include(country);
        const card = items(element)[0]!.firstElementChild as HTMLElement;
        const badge = [...card.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
        expect(badge).to.include(catalog['card.requestAsMentor']);
        expect(getComputedStyle($(element, 'form')).direction).to.equal(dir);
        expect(getComputedStyle(card).direction).to.equal(dir);
        if (dir === 'rtl') {
          // The form's actions mirror: the search button sits at the inline start, on the right.
          const search = button(element, catalog['search.submit']).getBoundingClientRect();
          const clear = button(element, catalog['search.clear']).getBoundingClientRect();
          expect(clear.right).to.be.at.most(search.left + 1);
        }
        await expect(element).to.be.accessible();

        setControl(element, 'text', 'zzyzx-nobody');
        button(element, catalog['search.submit']).click();
        await settled(element);
        expect(statusText(element)).to.equal(catalog['search.count.mentors'](0, formatFor(lang)));
        expect(button(element, catalog['search.clearCriteria'])).to.be.instanceOf(HTMLButtonElement);
        await expect(element).to.be.accessible();
      });
    }

    it('lays out right to left and is accessible', async () => {
      const { element } = await mount(
        world.backend.adapterFor(world.menteeId),
        html`<div dir="rtl"><mentor-search page-size="4"></mentor-search></div>`,
      );
      await settled(element);
      const form = $(element, 'form');
      expect(getComputedStyle(form).direction).to.equal('rtl');
      const search = button(element, 'Search').getBoundingClientRect();
      const clear = button(element, 'Clear').getBoundingClientRect();
      expect(clear.right).to.be.at.most(search.left + 1);
      await expect(element).to.be.accessible();
    });

    it('words counts with the right plural in both languages', () => {
      const en = formatFor('en');
      expect(searchEn['search.count.mentors'](0, en)).to.equal('No mentors found');
      expect(searchEn['search.count.mentors'](1, en)).to.equal('1 mentor found');
      expect(searchEn['search.count.mentees'](1234, en)).to.equal('1,234 mentees found');
      const french = formatFor('fr');
      expect(fr['search.count.mentors'](0, french)).to.equal('Aucun mentor trouvé');
      expect(fr['search.count.mentors'](1, french)).to.equal('1 mentor trouvé');
      expect(fr['search.count.mentees'](23, french)).to.equal('23 mentorés trouvés');
      expect(fr['search.count.mentees'](1234, french)).to.equal('1\u202f234 mentorés trouvés');
    });
  });
});
