// The confirmation asked before declining, withdrawing, completing or ending a mentorship: a modal
// <dialog> in the console's shadow root, with the reason to give (optional to decline, required to end
// early). Its own part of the console: it holds what it is confirming and whether the reason is missing,
// moves focus into the dialog and back to the button that opened it, and hands the confirmed action over.
// Imported the first time a member asks for one (which actions do: confirmed-actions.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { MentorshipActionInput, MentorshipItem } from '@mentor-match/core';
import { consoleConfirmEn } from '../i18n/en.ts';
import { addMessages, type Localize } from '../i18n/localize.ts';
import { bdi, sentence } from '../internal/isolate.ts';
import { joinStyles, type PartHost as Host } from '../internal/join-styles.ts';
import { dialogStyles } from '../mentor-profile-card/dialog-styles.ts';
import type { ConfirmedAction } from './confirmed-actions.ts';

// The dialog's English joins the catalog with it (the console's own does not carry it).
addMessages('en', consoleConfirmEn);

interface Confirming {
  item: MentorshipItem;
  action: ConfirmedAction;
  trigger: HTMLElement;
}

type OnConfirm = (item: MentorshipItem, action: ConfirmedAction, input: MentorshipActionInput) => void;

export class ConfirmDialog {
  readonly #host: Host;
  readonly #i18n: Localize;
  readonly #onConfirm: OnConfirm;
  #confirming: Confirming | undefined;
  #reasonMissing = false;

  /** `onConfirm` runs the action the member confirmed, with the version they saw and their reason. */
  constructor(host: Host, i18n: Localize, onConfirm: OnConfirm) {
    this.#host = host;
    this.#i18n = i18n;
    this.#onConfirm = onConfirm;
    // Its look joins the console's with it (the console's first load does not carry it).
    joinStyles(host.renderRoot, dialogStyles);
  }

  get #dialog(): HTMLDialogElement {
    return this.#host.renderRoot.querySelector('dialog')!;
  }

  #set(confirming: Confirming | undefined, reasonMissing: boolean): void {
    this.#confirming = confirming;
    this.#reasonMissing = reasonMissing;
    this.#host.requestUpdate();
  }

  /** Asks to confirm `action` on `item`; `trigger`, the button pressed, gets focus back when it closes. */
  async open(item: MentorshipItem, action: ConfirmedAction, trigger: HTMLElement): Promise<void> {
    this.#set({ item, action, trigger }, false);
    await this.#host.updateComplete;
    this.#dialog.showModal();
    // Into the dialog: the reason when there is one to give, else Cancel, the safe choice.
    this.#dialog.querySelector<HTMLElement>('textarea, button')?.focus();
  }

  render(): TemplateResult {
    const confirming = this.#confirming;
    const t = this.#i18n.t.bind(this.#i18n);
    let content: unknown = nothing;
    if (confirming) {
      const { action, item } = confirming;
      const reason = action === 'decline' || action === 'end';
      const missing = this.#reasonMissing;
      content = html`<form novalidate @submit=${this.#confirm}>
        <h2 id="dialog-title">${sentence(this.#i18n, `console.confirm.${action}`, bdi(item.partner.name))}</h2>
        <p id="dialog-text">${t(`console.explain.${action}`)}</p>
        ${reason
          ? html`<label class="block" for="reason">${t(action === 'end' ? 'console.reasonRequired' : 'console.reasonOptional')}</label>
              <textarea id="reason" name="reason" rows="3" maxlength="500" ?required=${action === 'end'}
                aria-invalid=${missing ? 'true' : nothing} aria-describedby=${missing ? 'reason-error' : nothing}
                @input=${() => this.#set(this.#confirming, false)}></textarea>
              ${missing ? html`<p class="error" id="reason-error">${t('console.reasonMissing')}</p>` : nothing}`
          : nothing}
        <div class="buttons">
          <button type="button" class="button" @click=${() => this.#dialog.close()}>${t('action.cancel')}</button>
          <button type="submit" class="button ${action === 'complete' ? 'primary' : 'danger'}">${t(`console.action.${action}`)}</button>
        </div>
      </form>`;
    }
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${this.#closed}>
      ${content}
    </dialog>`;
  }

  // Arrow functions: Lit calls listeners with the host element as `this`.
  readonly #confirm = (event: SubmitEvent): void => {
    event.preventDefault();
    const confirming = this.#confirming;
    if (!confirming) return;
    const field = this.#dialog.querySelector('textarea');
    const reason = field?.value.trim() ?? '';
    if (confirming.action === 'end' && !reason) {
      this.#set(confirming, true);
      field?.focus();
      return;
    }
    const { item, action, trigger } = confirming;
    // Focus goes back now, not on the close event, which could come after the action's own focus move.
    this.#set(undefined, false);
    this.#dialog.close();
    trigger.focus();
    this.#onConfirm(item, action, { version: item.mentorship.version, ...(reason ? { reason } : {}) });
  };

  /** Cancelled (Esc, Cancel) or confirmed: focus goes back to the button that opened the dialog. */
  readonly #closed = (): void => {
    const trigger = this.#confirming?.trigger;
    this.#set(undefined, false);
    trigger?.focus();
  };
}
