// What the office's dialogs with a form have in common: a modal <dialog> of the view's shadow root, shown
// with focus in its first field; its action run once at a time (the submit button says it is busy meanwhile);
// closed when the action succeeds, kept open with what was typed and the refusal when it fails; and, when
// it closes (done, Cancel or Escape), focus back on the button that opened it, or where the view says when
// that button has left the page.
import type { LitElement } from 'lit';

export class ModalForm {
  readonly #host: LitElement;
  readonly #id: string;
  #trigger: HTMLElement | undefined;
  /** The action is running: the submit button is aria-disabled and says so. */
  running = false;

  /** `id`: the dialog's id in the host's shadow root. */
  constructor(host: LitElement, id: string) {
    this.#host = host;
    this.#id = id;
  }

  get dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector(`dialog#${this.#id}`);
  }

  /** Shows the dialog once the host has rendered its form; `trigger` gets focus back when it closes. */
  async show(trigger: HTMLElement | null, firstField: string): Promise<void> {
    this.#trigger = trigger ?? undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.dialog?.showModal();
    this.dialog?.querySelector<HTMLElement>(firstField)?.focus();
  }

  close(): void {
    this.dialog?.close();
  }

  /** Submits `form`: when its fields pass, runs `action`, then closes; a rejection is shown by the form. */
  async submit(form: { submit(): boolean; refuse(error: unknown): unknown }, action: () => Promise<void>): Promise<void> {
    if (this.running || !form.submit()) return;
    this.running = true;
    this.#host.requestUpdate();
    try {
      await action();
      this.close();
    } catch (error) {
      form.refuse(error);
    } finally {
      this.running = false;
      this.#host.requestUpdate();
    }
  }

  /** For the dialog's `close` event, after the owner has forgotten what it showed. */
  async closed(fallbackFocus?: () => HTMLElement | null | undefined): Promise<void> {
    const trigger = this.#trigger;
    this.#trigger = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (trigger?.isConnected) trigger.focus();
    else fallbackFocus?.()?.focus();
  }
}
