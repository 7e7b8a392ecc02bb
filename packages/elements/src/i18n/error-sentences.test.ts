// The English of errors shown only once something went wrong loads when first needed (localize.ts
// `loadErrorSentences`). This file's page starts without it: a sentence asked for is empty while it downloads,
// then every element renders it. error-sentences-offline.test.ts: when the download fails.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Localize, loadErrorSentences } from './localize.ts';

class ErrorProbe extends LitElement {
  readonly i18n = new Localize(this);

  override render() {
    return html`<p>${this.i18n.t('error.forbidden')}</p>`;
  }
}
customElements.define('error-probe', ErrorProbe);

const text = (el: ErrorProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('the error sentences, loaded when first needed', () => {
  it('are empty while they download, then every element shows them', async () => {
    const probe = await fixture<ErrorProbe>(html`<error-probe></error-probe>`);
    expect(text(probe)).to.equal('', 'not the key, not a wrong sentence');
    await loadErrorSentences(); // the download the render started
    await probe.updateComplete;
    expect(text(probe)).to.equal('You are not allowed to do that.');
  });
});
