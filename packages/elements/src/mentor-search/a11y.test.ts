// Findings of the WCAG 2.2 audit (issue 13) on <mentor-search> and the cards it holds: where focus lands
// after "Try again" and after a refresh took away the focused card (2.4.3), "Request sent" outliving the
// refresh that follows it (4.1.3), the heading level the host page chooses (1.3.1), and the dark theme on
// a light page (1.4.3, 1.4.11).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MentoringError, type MentoringAdapter, type SearchHit } from '@mentor-match/core';
import { createWorld, faultyAdapter, inProgram, until, type World } from '../../test/helpers.ts';
import './define.ts';
import type { MentorSearch } from './mentor-search.ts';
import type { MentorProfileCard } from '../mentor-profile-card/mentor-profile-card.ts';
import type { MentorProgram } from '../mentor-program/mentor-program.ts';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const items = (el: MentorSearch) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part="item"]')];
const cardIn = (item: Element) => item.firstElementChild as MentorProfileCard;
const hitOf = (item: Element) => (cardIn(item) as unknown as { hit: SearchHit }).hit;
const busy = (el: MentorSearch) => $(el, '[part="results"]')?.getAttribute('aria-busy') === 'true';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Where an element is, in words (a failing comparison of elements would print whole subtrees). */
const where = (node: Element | null | undefined) =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''} "${text(node).slice(0, 40)}"` : 'nothing';

/** The WCAG contrast ratio of two colours as getComputedStyle writes them. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A search in a program with `theme`, in a page of the other colour. */
async function themed(world: World, theme: 'light' | 'dark'): Promise<MentorSearch> {
  const ground = theme === 'dark' ? '#ffffff' : '#000000';
  const page = await fixture<HTMLDivElement>(html`<div style="background: ${ground}"></div>`);
  const ready = new Promise((resolve) => document.addEventListener('mentor-program-ready', resolve, { once: true }));
  const program = document.createElement('mentor-program') as MentorProgram;
  program.adapter = world.backend.adapterFor(world.menteeId);
  program.setAttribute('theme', theme);
  program.innerHTML = '<mentor-search></mentor-search>';
  page.append(program);
  await ready;
  const element = program.querySelector('mentor-search') as MentorSearch;
  await settled(element);
  return element;
}

async function settled(el: MentorSearch): Promise<void> {
  await el.updateComplete;
  await until(() => !!$(el, '[part="results"]') && !busy(el), 'the search to settle');
  await el.updateComplete;
}

async function mount(adapter: MentoringAdapter, content = html`<mentor-search></mentor-search>`) {
  const { element } = await inProgram<MentorSearch>(adapter, content, 'mentor-search');
  await settled(element);
  return element;
}

describe('<mentor-search> accessibility findings', () => {
  let world: World;
  beforeEach(() => {
    world = createWorld({ size: 60, seed: 7 });
  });

  describe('focus lands somewhere sensible (2.4.3)', () => {
    it('after "Try again" on a failed search: on the result count, not the page', async () => {
      let failing = true;
      const inner = world.backend.adapterFor(world.menteeId);
      const adapter = faultyAdapter(inner, {
        search: (query, options) => (failing ? Promise.reject(new MentoringError('network', 'server down')) : inner.search(query, options)),
      });
      const element = await mount(adapter);
      const retry = [...element.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Try again')!;
      retry.focus();
      failing = false;
      retry.click();
      await settled(element);
      expect(items(element)).to.have.length(10);
      expect(where(deepActive())).to.equal(where($(element, '#status')));
    });

    it('after a refresh took the focused card away: on the result now in its place', async () => {
      const element = await mount(world.backend.adapterFor(world.menteeId));
      const second = items(element)[1]!;
      const leaving = hitOf(second).member.id;
      const next = hitOf(items(element)[2]!).member.id;
      await until(() => !!$(cardIn(second), '[part~="badge"]'), 'the card');
      $<HTMLButtonElement>(cardIn(second), '[part~="badge"]')!.focus();
      // That mentor pauses, in another tab: the refresh takes their card away.
      await world.backend.adapterFor(leaving).setAvailability({ status: 'paused', returnDate: null });
      await until(() => !items(element).some((item) => hitOf(item).member.id === leaving), 'the refresh');
      await settled(element);
      const focused = deepActive();
      expect(where(focused)).to.equal(where(items(element)[1]));
      expect(hitOf(focused!).member.id).to.equal(next);
    });

    it('after a refresh took the last focused card away: on the result count', async () => {
      const element = await mount(world.backend.adapterFor(world.menteeId), html`<mentor-search page-size="1"></mentor-search>`);
      const only = items(element)[0]!;
      await until(() => !!$(cardIn(only), '[part~="badge"]'), 'the card');
      $<HTMLButtonElement>(cardIn(only), '[part~="badge"]')!.focus();
      const leaving = hitOf(only).member.id;
      await world.backend.adapterFor(leaving).setAvailability({ status: 'paused', returnDate: null });
      await until(() => !items(element).some((item) => hitOf(item).member.id === leaving), 'the refresh');
      await settled(element);
      // The next member takes the single place on the page: focus goes to them, or to the count.
      expect([where(items(element)[0]), where($(element, '#status'))]).to.include(where(deepActive()));
    });
  });

  it('"Request sent" stays in the card’s live region after the refresh its request causes (4.1.3)', async () => {
    const inner = world.backend.adapterFor(world.menteeId);
    let searches = 0;
    const adapter = faultyAdapter(inner, {
      search: (query, options) => {
        searches += 1;
        return inner.search(query, options);
      },
    });
    const element = await mount(adapter);
    const card = cardIn(items(element)[0]!);
    await until(() => !!$(card, '[part~="badge"]'), 'the card');
    $<HTMLButtonElement>(card, '[part~="badge"]')!.click();
    const form = () => card.shadowRoot!.querySelector('mentor-request-form')?.shadowRoot ?? null;
    await until(() => form()?.querySelector<HTMLDialogElement>('dialog')?.open === true, 'the request form');
    form()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    const goals = form()!.querySelector<HTMLTextAreaElement>('#goals')!;
    goals.value = 'Lead my first project';
    goals.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const before = searches;
    form()!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => /^Request sent/.test(text($(card, '[role="status"]'))), 'the announcement');
    // The change the request made refreshes the results: the card gets a fresh hit.
    await until(() => searches > before, 'the refresh');
    await settled(element);
    await card.updateComplete;
    expect(cardIn(items(element)[0]!) === card, 'the same card').to.equal(true);
    expect(text($(card, '[role="status"]'))).to.match(/^Request sent/);
  });

  describe('heading levels the host page chooses (1.3.1)', () => {
    const levels = (el: MentorSearch) =>
      items(el).map((item) => $(cardIn(item), '[part~="name"]')!).map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')]);

    it('the results are headed one level below the page’s title by default (h1, then 2)', async () => {
      const element = await mount(world.backend.adapterFor(world.menteeId));
      await Promise.all(items(element).map((item) => cardIn(item).updateComplete));
      expect(new Set(levels(element).map(String))).to.deep.equal(new Set(['heading,2']));
    });

    it('heading-level sets the results’ level', async () => {
      const element = await mount(world.backend.adapterFor(world.menteeId), html`<mentor-search heading-level="4"></mentor-search>`);
      await Promise.all(items(element).map((item) => cardIn(item).updateComplete));
      expect(new Set(levels(element).map(String))).to.deep.equal(new Set(['heading,4']));
      await expect(element).to.be.accessible();
    });
  });

  it('theme="dark" on a light page paints its own surface: no contrast failure (1.4.3, 1.4.11)', async () => {
    const element = await themed(world, 'dark');
    await Promise.all(items(element).map((item) => cardIn(item).updateComplete));
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(27, 32, 39)');
    await expect(element.closest('div')!).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`field borders and the focus ring reach 3:1 in the ${theme} theme (1.4.11)`, async () => {
      const element = await themed(world, theme);
      const ground = getComputedStyle(element).backgroundColor;
      const field = $<HTMLSelectElement>(element, 'select')!;
      expect(contrast(getComputedStyle(field).borderTopColor, ground), 'a field’s border').to.be.at.least(3);
      // Focus by keyboard, so the ring is the one a keyboard user sees.
      for (let i = 0; i < 20 && element.shadowRoot!.activeElement !== field; i += 1) await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement === field, 'the field took focus').to.equal(true);
      const ring = getComputedStyle(field);
      expect(ring.outlineStyle).to.equal('solid');
      expect(contrast(ring.outlineColor, ground), 'the focus ring').to.be.at.least(3);
    });
  }
});
