// The shared form behaviour on its own, on two small forms built for the test: when problems show, the
// aria wiring, the summary, focus, the adapter's refusals mapped to fields with the draft untouched, and
// the validity of a form-associated element. (The three forms' own tests cover it inside each form.)
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { MentoringError } from '@mentor-match/core';
import { FormController, describedBy, type FormOptions } from './form-controller.ts';
import { formSummary } from './form-summary.ts';

type Field = 'name' | 'email' | 'about';
const MESSAGES: Record<string, string> = { required: 'Enter this.', email: 'Enter an email address.', refused: 'Check this.' };

/** A two-field form; `email` sits in a closed `<details>`. The draft is what the inputs hold. */
class FormProbe extends LitElement {
  /** What a probe's form is told beyond check, message and refusal. */
  static options = (_el: FormProbe): Partial<FormOptions<Field, string>> => ({});
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static readonly formAssociated = true;
  readonly internals = this.attachInternals();
  draft = { name: '', email: '', about: '' };

  readonly form = new FormController<Field, string>(this, {
    check: () => {
      const problems: Partial<Record<Field, string>> = {};
      if (!this.draft.name.trim()) problems.name = 'required';
      if (!this.draft.email.includes('@')) problems.email = 'email';
      return problems;
    },
    message: (_field, problem) => MESSAGES[problem]!,
    refusal: (_error, path) => {
      const field = (['name', 'email', 'about'] as const).find((name) => name === path.split('.')[0]);
      return field && [field, 'refused'];
    },
    ...(this.constructor as typeof FormProbe).options(this),
  });

  #input(field: Field) {
    return html`<input id=${field} .value=${this.draft[field]} aria-invalid=${this.form.invalid(field)}
        aria-describedby=${describedBy(field === 'name' && 'name-hint', this.form.errorId(field))}
        @input=${(event: Event) => {
          this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
          this.form.edited(field);
        }} />
      ${this.form.error(field)}`;
  }

  override render() {
    return html`<form novalidate @change=${() => this.form.recheck()}
        @submit=${(event: Event) => (event.preventDefault(), this.form.submit())}>
        ${(this.constructor as typeof FormProbe).options(this).summary ? formSummary(this.form, (n) => `${n} problems`) : nothing}
        ${this.form.failure ? html`<p role="alert">failed</p>` : nothing}
        <label for="name">Name</label> <span id="name-hint">As on your card</span> ${this.#input('name')}
        <details><summary>More</summary><label for="email">Email</label> ${this.#input('email')}</details>
        <label for="about">About</label> ${this.#input('about')}
        <button>Save</button>
      </form>`;
  }
}
customElements.define('form-probe', FormProbe);
class SummaryProbe extends FormProbe {
  static override options = () => ({ summary: true });
}
customElements.define('form-summary-probe', SummaryProbe);
class LiveProbe extends FormProbe {
  static override options = () => ({ validate: 'change' as const });
}
customElements.define('form-live-probe', LiveProbe);
class ValidityProbe extends FormProbe {
  static override options = (el: FormProbe) => ({ validate: 'change' as const, internals: el.internals });
}
customElements.define('form-validity-probe', ValidityProbe);

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const $ = <T extends Element = HTMLInputElement>(el: FormProbe, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: FormProbe, field: Field, value: string) {
  const input = $(el, `#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function submit(el: FormProbe) {
  $<HTMLButtonElement>(el, 'button:not([type])')!.click();
  await el.updateComplete;
  await el.updateComplete; // focus moves after the update that shows the problems
}

describe('FormController', () => {
  it('shows nothing until the first submit; then every problem, wired to its field, and focus on the first', async () => {
    const el = await fixture<FormProbe>(html`<form-probe></form-probe>`);
    await type(el, 'email', 'x');
    expect($(el, '[aria-invalid]')).to.equal(null);

    await submit(el);
    expect(el.form.problems).to.deep.equal({ name: 'required', email: 'email' });
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name')!.getAttribute('aria-describedby')).to.equal('name-hint name-error');
    expect(text($(el, '#name-error'))).to.equal('Enter this.');
    expect($(el, '#email')!.getAttribute('aria-describedby')).to.equal('email-error');
    expect($(el, '#about')!.hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '#about')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(deepActive()).to.equal($(el, '#name'));
    await expect(el).to.be.accessible();

    // From then on, problems follow each change.
    await type(el, 'name', 'Ada');
    expect($(el, '#name')!.hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '#name')!.getAttribute('aria-describedby')).to.equal('name-hint');
    await type(el, 'email', 'ada@example.org');
    expect(el.form.problems).to.deep.equal({});
  });

  it('a summary lists the problems in order, takes focus, and each entry takes the member to its field', async () => {
    const el = await fixture<SummaryProbe>(html`<form-summary-probe></form-summary-probe>`);
    await submit(el);
    const summary = $<HTMLElement>(el, '[part="summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h3'))).to.equal('2 problems');
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal(['Enter this.', 'Enter an email address.']);
    expect(deepActive()).to.equal(summary);
    await expect(el).to.be.accessible();

    summary.querySelectorAll('button')[1]!.click();
    expect($<HTMLDetailsElement>(el, 'details')!.open, 'the details holding the field open').to.equal(true);
    expect(deepActive()).to.equal($(el, '#email'));
  });

  describe('refusals', () => {
    async function filled<T extends FormProbe>(tag: string): Promise<T> {
      const el = await fixture<T>(`<${tag}></${tag}>`);
      await type(el, 'name', 'Ada');
      await type(el, 'email', 'ada@example.org');
      await type(el, 'about', 'Engineer');
      await submit(el);
      expect(el.form.problems).to.deep.equal({});
      return el;
    }

    it('a refusal naming a field marks it and focuses it, keeps the draft, and says it at the top too', async () => {
      const el = await filled<FormProbe>('form-probe');
      const error = new MentoringError('validation', 'about: too long', { field: 'about.text' });
      expect(el.form.refuse(error)).to.equal('about');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.form.failure).to.equal(error);
      expect(text($(el, '[role="alert"]'))).to.equal('failed');
      expect(text($(el, '#about-error'))).to.equal('Check this.');
      expect(deepActive()).to.equal($(el, '#about'));
      expect(el.draft).to.deep.equal({ name: 'Ada', email: 'ada@example.org', about: 'Engineer' });
      expect($(el, '#about')!.value).to.equal('Engineer');

      // It stands until the member changes that field, through other changes and blurs.
      await type(el, 'name', 'Ada L.');
      expect(el.form.problems).to.deep.equal({ about: 'refused' });
      await type(el, 'about', 'Engineer, retired');
      expect(el.form.problems).to.deep.equal({});
    });

    it('with a summary, a refusal naming a field is said there only', async () => {
      const el = await filled<SummaryProbe>('form-summary-probe');
      el.form.refuse(new MentoringError('validation', 'bad', { field: 'email' }));
      await el.updateComplete;
      await el.updateComplete;
      expect(el.form.failure).to.equal(null);
      expect([...el.shadowRoot!.querySelectorAll('[part="summary"] li')].map(text)).to.deep.equal(['Check this.']);
      expect(deepActive()).to.equal($(el, '[part="summary"]'));
    });

    it('a refusal naming no field of the form, or none at all, is the failure alone', async () => {
      const el = await filled<SummaryProbe>('form-summary-probe');
      for (const error of [
        new MentoringError('validation', 'bad', { field: 'Idempotency-Key' }),
        new MentoringError('conflict', 'changed', { reason: 'stale' }),
        new TypeError('Failed to fetch'),
      ]) {
        expect(el.form.refuse(error)).to.equal(undefined);
        await el.updateComplete;
        expect(el.form.failure).to.equal(error);
        expect(el.form.problems).to.deep.equal({});
        expect($(el, '[aria-invalid]')).to.equal(null);
      }
      // The next submit starts clean.
      await submit(el);
      expect(el.form.failure).to.equal(null);
    });

    it('a form that saves on change shows problems at once, and leaves focus where the member is on a refusal', async () => {
      const el = await fixture<LiveProbe>(html`<form-live-probe></form-live-probe>`);
      await type(el, 'email', 'x');
      expect(el.form.problems).to.deep.equal({ name: 'required', email: 'email' });
      $(el, '#about')!.focus();
      el.form.refuse(new MentoringError('validation', 'bad', { field: 'name' }));
      await el.updateComplete;
      await el.updateComplete;
      expect(el.form.problems.name).to.equal('refused');
      expect(deepActive()).to.equal($(el, '#about'));
    });
  });

  it('clear(): no problem, refusal or failure, and problems hidden until the next submit', async () => {
    const el = await fixture<FormProbe>(html`<form-probe></form-probe>`);
    await submit(el);
    el.form.refuse(new MentoringError('validation', 'bad', { field: 'about' }));
    el.form.clear();
    await el.updateComplete;
    expect(el.form.problems).to.deep.equal({});
    expect(el.form.failure).to.equal(null);
    await type(el, 'name', '');
    expect($(el, '[aria-invalid]')).to.equal(null);
  });

  it('given internals, the element is invalid while a field shows a problem, with its message, anchored on the field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><form-validity-probe></form-validity-probe></form>`);
    const el = form.querySelector<ValidityProbe>('form-validity-probe')!;
    await el.updateComplete;
    expect(form.checkValidity(), 'nothing typed yet').to.equal(true);
    await type(el, 'email', 'x');
    expect(form.checkValidity()).to.equal(false);
    expect(el.internals.validity.customError).to.equal(true);
    expect(el.internals.validationMessage).to.equal('Enter this.');
    expect(el.internals.reportValidity()).to.equal(false);
    expect(deepActive(), 'the first field with a problem').to.equal($(el, '#name'));
    await type(el, 'name', 'Ada');
    expect(el.internals.validationMessage).to.equal('Enter an email address.');
    await type(el, 'email', 'ada@example.org');
    expect(form.checkValidity()).to.equal(true);
  });
});
