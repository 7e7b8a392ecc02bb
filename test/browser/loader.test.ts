// The page loader (packages/elements/src/loader.ts) in Chromium: it defines the tags a page uses when
// they appear, now or later, and no other; it fetches French only when part of the page is French.
import { expect } from '@open-wc/testing';
import { ELEMENTS, LOCALES } from '../../packages/elements/src/loader.ts';
import { registeredLocales } from '../../packages/elements/src/i18n/localize.ts';

/** Resolves when `predicate` holds, polling; rejects after `timeoutMs`. */
async function until(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('the page loader', () => {
  const added: Element[] = [];
  const add = (html: string): HTMLElement => {
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    added.push(host);
    return host;
  };

  after(() => added.forEach((element) => element.remove()));

  it('lists every public tag once, each with its module', () => {
    expect(Object.keys(ELEMENTS)).to.include.members(['mentor-program', 'mentor-search', 'mentor-profile-card']);
    for (const tag of Object.keys(ELEMENTS)) expect(tag).to.match(/^mentor-[a-z-]+$/);
    expect(Object.keys(LOCALES)).to.deep.equal(['fr']);
  });

  it('loads nothing while the page has no mentor-* tag and is not French', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const tag of Object.keys(ELEMENTS)) expect(defined(tag), tag).to.equal(false);
    expect(registeredLocales()).to.not.include('fr');
  });

  it('defines a tag added later, and only that one', async () => {
    add('<mentor-program></mentor-program>');
    await until(() => defined('mentor-program'), '<mentor-program> to be defined');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(defined('mentor-search')).to.equal(false);
  });

  it('finds tags deep inside content a CMS adds, and upgrades them', async () => {
    const host = add('<section><article><p>Mentoring</p><mentor-search find="mentees"></mentor-search></article></section>');
    await until(() => defined('mentor-search'), '<mentor-search> to be defined');
    const search = host.querySelector('mentor-search')!;
    expect(search.find).to.equal('mentees');
    expect(search.shadowRoot).to.not.equal(null);
  });

  it('fetches the French strings when part of the page turns French', async () => {
    const host = add('<p>Bonjour</p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registeredLocales()).to.not.include('fr');
    host.firstElementChild!.setAttribute('lang', 'fr-CA');
    await until(() => registeredLocales().includes('fr'), 'the French catalog');
  });
});
