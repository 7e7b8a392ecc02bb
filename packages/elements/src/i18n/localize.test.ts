// The localisation layer: an element reads its language from the page once per update, not once per
// string; it follows a page that changes `lang`; computed keys are checked with `has()`.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Localize } from './localize.ts';
import './fr-register.ts';

/** Renders many strings, as a form does. */
class LocalizeProbe extends LitElement {
  readonly i18n = new Localize(this);

  override render() {
    return html`${Array.from({ length: 20 }, () => html`<span>${this.i18n.t('action.retry')}</span>`)}
      <span>${this.i18n.t('months', 3)}</span>`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

/** Counts the language lookups (`closest('[lang]')`) made while `run` runs. */
async function langReads(run: () => Promise<unknown>): Promise<number> {
  const closest = Element.prototype.closest;
  let reads = 0;
  Element.prototype.closest = function (this: Element, selector: string) {
    if (selector === '[lang]') reads += 1;
    return closest.call(this, selector);
  } as typeof closest;
  try {
    await run();
  } finally {
    Element.prototype.closest = closest;
  }
  return reads;
}

const texts = (el: LocalizeProbe) => [...el.shadowRoot!.querySelectorAll('span')].map((span) => span.textContent);

describe('Localize', () => {
  it('reads the language once per update, however many strings it renders', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"><localize-probe></localize-probe></div>`);
    const probe = host.querySelector<LocalizeProbe>('localize-probe')!;
    await probe.updateComplete;
    expect(texts(probe).slice(0, 2)).to.deep.equal(['Réessayer', 'Réessayer']);
    expect(texts(probe).at(-1)).to.equal('3\u00a0mois'); // Intl's no-break space between a number and its unit
    const reads = await langReads(async () => {
      probe.requestUpdate();
      await probe.updateComplete;
    });
    expect(reads).to.equal(1);
  });

  it('follows the page when it changes language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"><localize-probe></localize-probe></div>`);
    const probe = host.querySelector<LocalizeProbe>('localize-probe')!;
    await probe.updateComplete;
    host.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve)); // the page's MutationObserver
    await probe.updateComplete;
    expect(texts(probe)[0]).to.equal('Try again');
    expect(texts(probe).at(-1)).to.equal('3 months');
    expect(probe.i18n.lang).to.equal('en-GB');
  });

  it('has(): true for a plain-text message only', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe></localize-probe>`);
    expect(probe.i18n.has('action.retry')).to.equal(true);
    expect(probe.i18n.has('months')).to.equal(false); // takes arguments
    expect(probe.i18n.has('no.such.key')).to.equal(false);
  });
});
