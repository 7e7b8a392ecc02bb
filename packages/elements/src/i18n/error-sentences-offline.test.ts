// When the English of errors (localize.ts `loadErrorSentences`) cannot be downloaded: the network's sentence
// stands in, which is true (nothing more could load); renders do not ask again in a loop; the next failed
// call (the cache asks) downloads it, and the elements then show the right words.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Localize, loadErrorSentences } from './localize.ts';

class OfflineProbe extends LitElement {
  readonly i18n = new Localize(this);
  renders = 0;

  override render() {
    this.renders += 1;
    return html`<p>${this.i18n.t('reason.mentor-full')}</p>`;
  }
}
customElements.define('offline-probe', OfflineProbe);

const text = (el: OfflineProbe) => el.shadowRoot!.querySelector('p')!.textContent;
const frames = (n: number) => new Promise((resolve) => setTimeout(resolve, n * 16));

describe('the error sentences, when their download fails', () => {
  it('show the network sentence, log, ask again only at the next failed call, then show the right words', async () => {
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    let attempts = 0;
    try {
      await loadErrorSentences(() => (attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
      expect(attempts).to.equal(1);
      expect(String(logged[0]?.[0])).to.contain('could not load the English error messages');
      const probe = await fixture<OfflineProbe>(html`<offline-probe></offline-probe>`);
      expect(text(probe)).to.equal('We could not reach the mentoring service. Check your connection and try again.');
      const renders = probe.renders;
      await frames(5);
      expect(probe.renders).to.equal(renders, 'no render loop of attempts');
      await loadErrorSentences(); // what the cache does when the next call fails
      await probe.updateComplete;
      expect(text(probe)).to.equal('This mentor has no places left.');
    } finally {
      console.error = error;
    }
  });
});
