// The base of a form-associated element, on a small control built for the test: its value in the page's
// form under its name, the constraint validation API, reset and history restore, a disabled fieldset,
// focus delegated to the control inside.
import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { MentorFormControl } from './form-control.ts';

/** A saved value, and the text typed over it; the typed text is invalid when it is "bad". */
class ControlProbe extends MentorFormControl {
  saved = 'kept';
  @state() typed: string | null = null;
  resets = 0;

  protected override formValue(): string | null {
    return this.typed ?? this.saved;
  }

  override formResetCallback(): void {
    this.resets += 1;
    this.typed = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const input = this.renderRoot.querySelector('input')!;
    if (this.typed === 'bad') this.internals.setValidity({ customError: true }, 'Not that.', input);
    else this.internals.setValidity({});
  }

  override render() {
    return html`<input aria-label="Value" .value=${this.typed ?? this.saved} ?disabled=${this.formDisabled}
      @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)} />`;
  }
}
customElements.define('form-control-probe', ControlProbe);

async function inForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form><fieldset><form-control-probe name="probe"></form-control-probe></fieldset></form>`,
  );
  const el = form.querySelector<ControlProbe>('form-control-probe')!;
  await el.updateComplete;
  return { form, el, input: el.shadowRoot!.querySelector('input')! };
}

async function type(el: ControlProbe, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('MentorFormControl', () => {
  it('submits its value under its name, following each update', async () => {
    const { form, el, input } = await inForm();
    expect(el.form).to.equal(form);
    expect(el.getAttribute('name')).to.equal('probe');
    expect(new FormData(form).get('probe')).to.equal('kept');
    await type(el, input, 'typed');
    expect(new FormData(form).get('probe')).to.equal('typed');
    el.name = 'renamed';
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('renamed');
    expect(new FormData(form).get('renamed')).to.equal('typed');
  });

  it('answers the constraint validation API from its internals', async () => {
    const { form, el, input } = await inForm();
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    await type(el, input, 'bad');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Not that.');
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'the anchor takes focus').to.equal(input);
  });

  it('a form reset, and a history restore, put back what it holds when nothing is typed', async () => {
    const { form, el, input } = await inForm();
    await type(el, input, 'bad');
    form.reset();
    await el.updateComplete;
    expect(el.resets).to.equal(1);
    expect(input.value).to.equal('kept');
    expect(form.checkValidity()).to.equal(true);

    await type(el, input, 'typed');
    el.formStateRestoreCallback();
    await el.updateComplete;
    expect(el.resets).to.equal(2);
    expect(new FormData(form).get('probe')).to.equal('kept');
  });

  it('a disabled fieldset disables it; focus goes to the control inside', async () => {
    const { form, el, input } = await inForm();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    await el.updateComplete;
    expect(input.disabled).to.equal(true);
    expect(new FormData(form).has('probe'), 'a disabled control submits nothing').to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    await el.updateComplete;
    expect(input.disabled).to.equal(false);
  });
});
