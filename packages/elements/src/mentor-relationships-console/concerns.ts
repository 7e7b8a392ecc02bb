// The member's side of concerns (issue 11): "Report a problem" on one of their mentorships or requests, in a
// modal dialog, and the list of what they reported with its status and the program office's replies. Loaded
// by the console the first time a member reports a problem or opens their reports: no page downloads it
// before. Only staff read a report; the member reads the replies.
import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Concern, MentoringAdapter, MentoringChange, MentorshipItem } from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { dialogStyles } from '../mentor-profile-card/dialog-styles.ts';
import { addMessages } from '../i18n/localize.ts';
import { consoleConcernsEn } from '../i18n/en.ts';
import { bdi, sentence } from '../internal/isolate.ts';

addMessages('en', consoleConcernsEn);

/**
 * The member's reports to the program office, newest first: what, about which mentorship, its status and
 * the office's replies. Shown inside the console's "My reports" disclosure.
 */
export class MentorConcernList extends MentorElement {
  static override styles = [
    ...MentorElement.styles,
    css`
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding-block: 0.5em;
        border-block-end: 1px solid var(--_border);
      }
      p {
        margin-block: 0.25em;
      }
    `,
  ];

  /** The mentorships the console shows, to name the partner of each report. */
  items: readonly MentorshipItem[] = [];

  readonly #concerns = new Task<[MentoringAdapter | undefined], Concern[]>(this, {
    task: ([adapter], { signal }) => (adapter ? adapter.listConcerns({ signal }) : Promise.resolve([])),
    args: () => [this.program?.adapter],
  });

  protected override onMentoringChange(change: MentoringChange): void {
    if (change.kind === 'concern') void this.#concerns.run();
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const concerns = this.#concerns.value;
    if (this.#concerns.status === TaskStatus.ERROR) return this.renderError(this.#concerns.error, () => void this.#concerns.run());
    if (!concerns) return html`<p class="muted" role="status">${t('concern.loading')}</p>`;
    if (concerns.length === 0) return html`<p class="muted">${t('concern.none')}</p>`;
    const date = (instant: string) => this.i18n.date(new Date(instant));
    const partner = (id: string) => bdi(this.items.find((item) => item.mentorship.id === id)?.partner.name ?? '');
    return html`<ul part="reports">
      ${concerns.map(
        (concern) => html`<li part="report">
          <p class="muted">${sentence(this.i18n, 'concern.about', partner(concern.mentorshipId), date(concern.createdAt))}
            <span class="tag" part="report-status">${t(`concern.status.${concern.status}`)}</span></p>
          <p class="member-text">${concern.text}</p>
          ${concern.replies.map((reply) => html`<p class="member-text" part="report-reply">${sentence(this.i18n, 'concern.reply', date(reply.at), bdi(reply.text))}</p>`)}
        </li>`,
      )}
    </ul>`;
  }
}

/** The "Report a problem" dialog: the member's words, sent to the program office. */
export class MentorConcernDialog extends MentorElement {
  static override properties: PropertyDeclarations = {
    item: { state: true, attribute: false },
    text: { state: true, attribute: false },
    missing: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, dialogStyles];

  private item: MentorshipItem | undefined;
  private text = '';
  private missing = false;
  private sending = false;
  private failure: unknown;
  private announcement = '';
  #trigger: HTMLElement | undefined;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog for `item`; focus returns to `trigger` when it closes. */
  async report(item: MentorshipItem, trigger: HTMLElement | null): Promise<void> {
    this.item = item;
    this.text = '';
    this.missing = false;
    this.failure = undefined;
    this.#trigger = trigger ?? undefined;
    await this.updateComplete;
    this.#dialog?.showModal();
    this.renderRoot.querySelector('textarea')?.focus();
  }

  readonly #send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const item = this.item;
    const adapter = this.program?.adapter;
    if (!item || !adapter || this.sending) return;
    if (!this.text.trim()) {
      this.missing = true;
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.sending = true;
    this.failure = undefined;
    try {
      await adapter.raiseConcern({ mentorshipId: item.mentorship.id, text: this.text.trim() });
      this.#dialog?.close();
      this.announcement = this.i18n.t('concern.sent');
    } catch (error) {
      this.failure = error;
    } finally {
      this.sending = false;
    }
  };

  readonly #closed = async (): Promise<void> => {
    this.item = undefined;
    await this.updateComplete;
    this.#trigger?.focus();
  };

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const item = this.item;
    return html`<dialog part="dialog" aria-labelledby="concern-title" aria-describedby="concern-explain" @close=${this.#closed}>
        ${item
          ? html`<form novalidate @submit=${this.#send}>
              <h2 id="concern-title">${sentence(this.i18n, 'concern.title', bdi(item.partner.name))}</h2>
              <p id="concern-explain">${t('concern.explain')}</p>
              ${this.failure === undefined ? nothing : this.renderError(this.failure)}
              <label for="concern-text">${t('concern.text')}</label>
              <textarea id="concern-text" rows="5" maxlength="4000" required .value=${this.text}
                aria-invalid=${this.missing ? 'true' : 'false'} aria-describedby=${this.missing ? 'concern-missing' : nothing}
                @input=${(event: Event) => {
                  this.text = (event.target as HTMLTextAreaElement).value;
                  if (this.text.trim()) this.missing = false;
                }}></textarea>
              ${this.missing ? html`<p class="error" id="concern-missing">${t('concern.missing')}</p>` : nothing}
              <div class="actions">
                <button type="submit" class="button primary" aria-disabled=${this.sending ? 'true' : nothing}>
                  ${t(this.sending ? 'console.busy' : 'concern.send')}</button>
                <button type="button" class="button" @click=${() => this.#dialog?.close()}>${t('action.cancel')}</button>
              </div>
            </form>`
          : nothing}
      </dialog>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
