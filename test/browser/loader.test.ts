// The page loader (packages/elements/src/loader.ts) in Chromium: it defines the tags a page uses when
// they appear, now or later, and no other; it fetches a language's strings only when an element is shown
// in that language (its nearest `lang`), not because some other part of the page names it.
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
    expect(Object.keys(LOCALES)).to.deep.equal(['fr', 'es', 'de', 'ar']);
  });

  it('loads nothing while the page has no mentor-* tag', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const tag of Object.keys(ELEMENTS)) expect(defined(tag), tag).to.equal(false);
    expect(registeredLocales()).to.deep.equal(['en']);
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

  it('fetches no language for a `lang` around no element: a language menu, a paragraph', async () => {
    add(`<select aria-label="Language"><option lang="en">English</option><option lang="fr">Français</option>
      <option lang="es">Español</option><option lang="de">Deutsch</option><option lang="ar" dir="rtl">العربية</option></select>`);
    const host = add('<p>Bonjour</p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.firstElementChild!.setAttribute('lang', 'fr-CA');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registeredLocales()).to.deep.equal(['en']);
  });

  it('fetches the language an element is shown in, and that one only', async () => {
    add('<div lang="es-MX"><p>Hola</p><mentor-program></mentor-program></div>');
    await until(() => registeredLocales().includes('es'), 'the Spanish catalog');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registeredLocales().sort()).to.deep.equal(['en', 'es']);
  });

  it('fetches a language when the page around an element turns to it, or the element itself does', async () => {
    const host = add('<section><mentor-program></mentor-program></section><mentor-search></mentor-search>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(registeredLocales()).to.not.include('fr');
    host.firstElementChild!.setAttribute('lang', 'fr-CA');
    await until(() => registeredLocales().includes('fr'), 'the French catalog');
    host.querySelector('mentor-search')!.setAttribute('lang', 'de');
    await until(() => registeredLocales().includes('de'), 'the German catalog');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(registeredLocales(), 'no element is in Arabic').to.not.include('ar');
  });
});
