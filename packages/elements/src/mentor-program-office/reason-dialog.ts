// The dialog every staff action on a mentorship or a member goes through: what it does and who is told, the
// reason (required: it is written to the audit log and sent to the members), confirm or cancel. A modal
// <dialog> in the view's shadow root; focus goes into it and back to the button that opened it. A refusal
// stays in the dialog with the reason typed, so staff can read why and try again or cancel.
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { FormController, describedBy } from '../internal/form-controller.ts';
import type { Localize } from '../i18n/localize.ts';
import { ModalForm } from './modal-form.ts';

export interface ReasonRequest {
  /** The dialog's title: the action and whom it concerns (content: names in it are isolated, isolate.ts). */
  title: unknown;
  /** What happens, and who is told. */
  explain: string;
  /** The confirm button's words. */
  confirm: string;
  danger?: boolean;
  /** Does it, with staff's reason; a rejection shows in the dialog. */
  run(reason: string): Promise<void>;
  /** The field's label, hint and missing-reason message, and the busy words, where not staff's (a member's decline). */
  words?: { label: string; hint: string; missing: string; busy: string };
}

type Host = LitElement;
type ReasonProblem = 'office.reason.missing' | 'form.checkField';

export class ReasonDialog {
  readonly #i18n: Localize;
  readonly #renderError: (error: unknown) => TemplateResult;
  readonly #fallbackFocus: () => HTMLElement | null | undefined;
  #request: ReasonRequest | undefined;
  #reason = '';
  readonly #form: FormController<'reason', ReasonProblem>;
  readonly #modal: ModalForm;

  /**
   * `renderError` words a refusal; `fallbackFocus` is where focus goes after an action whose button left
   * the page with it (the request withdrawn is no longer in the list).
   */
  constructor(
    host: Host,
    i18n: Localize,
    renderError: (error: unknown) => TemplateResult,
    fallbackFocus: () => HTMLElement | null | undefined,
  ) {
    this.#i18n = i18n;
    this.#renderError = renderError;
    this.#fallbackFocus = fallbackFocus;
    this.#modal = new ModalForm(host, 'reason-dialog');
    this.#form = new FormController<'reason', ReasonProblem>(host, {
      check: () => (this.#reason.trim() ? {} : { reason: 'office.reason.missing' }),
      message: (_field, key) => (key === 'office.reason.missing' ? this.#request?.words?.missing : undefined) ?? this.#i18n.t(key),
      refusal: (_error, path) => (path === 'reason' ? ['reason', 'form.checkField'] : undefined),
    });
  }

  /** Asks for the reason for `request`; `trigger` gets focus back when the dialog closes. */
  async open(request: ReasonRequest, trigger: HTMLElement | null): Promise<void> {
    this.#request = request;
    this.#reason = '';
    this.#form.clear();
    await this.#modal.show(trigger, 'textarea');
  }

  render(): TemplateResult {
    const request = this.#request;
    const t = this.#i18n.t.bind(this.#i18n);
    const form = this.#form;
    return html`<dialog id="reason-dialog" part="dialog" aria-labelledby="reason-title" aria-describedby="reason-explain" @close=${this.#closed}>
      ${request
        ? html`<form novalidate @submit=${this.#submit}>
            <h2 id="reason-title">${request.title}</h2>
            <p id="reason-explain">${request.explain}</p>
            ${form.failure ? this.#renderError(form.failure) : nothing}
            <label for="reason">${request.words?.label ?? t('office.reason')}</label>
            <textarea id="reason" rows="3" maxlength="500" required .value=${this.#reason}
              aria-invalid=${form.invalid('reason')} aria-describedby=${describedBy('reason-hint', form.errorId('reason'))}
              @input=${(event: Event) => this.#input(event)}></textarea>
            <p class="hint" id="reason-hint">${request.words?.hint ?? t('office.reason.hint')}</p>
            ${form.error('reason')}
            <div class="buttons">
              <button type="button" class="button" @click=${() => this.#modal.close()}>${t('action.cancel')}</button>
              <button type="submit" class="button ${request.danger ? 'danger' : 'primary'}" aria-disabled=${this.#modal.running ? 'true' : nothing}>
                ${this.#modal.running ? (request.words?.busy ?? t('office.busy')) : request.confirm}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  // Arrow functions: Lit calls listeners with the host element as `this`.
  readonly #input = (event: Event): void => {
    this.#reason = (event.target as HTMLTextAreaElement).value;
    this.#form.edited('reason');
    this.#form.recheck();
  };

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const request = this.#request;
    if (!request) return;
    // A refusal is said by the alert it renders in; one naming the reason focuses it.
    await this.#modal.submit(this.#form, async () => {
      await request.run(this.#reason.trim());
      this.#request = undefined;
    });
  };

  /** Cancelled (Escape, Cancel) or done: focus goes back to the button that opened it, or where it went. */
  readonly #closed = async (): Promise<void> => {
    this.#request = undefined;
    await this.#modal.closed(this.#fallbackFocus);
  };
}
