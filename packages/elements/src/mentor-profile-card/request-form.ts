import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { MeetingMode, MemberView, MentorshipRequestInput, ProgramSettings, Role, TermMonths } from '@mentor-match/core';
import { isRetired } from '@mentor-match/core/settings-rules';
import { MentorElement } from '../internal/mentor-element.ts';
import { FormController, describedBy } from '../internal/form-controller.ts';
import { MentorRequestSentEvent } from '../events/request-sent.ts';
import { topicWord } from '../internal/program-words.ts';
import { word } from '../internal/program-word-list.ts';
import { dialogStyles } from './dialog-styles.ts';
import { addMessages, meetingModeKey } from '../i18n/localize.ts';
import { requestFormEn } from '../i18n/en.ts';
import { bdi, sentence } from '../internal/isolate.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', requestFormEn);

const FIELDS = ['areas', 'goals', 'termMonths', 'meetingMode', 'message'] as const;
type Field = (typeof FIELDS)[number];
type FieldError = 'card.form.areasRequired' | 'card.form.goalsRequired' | 'form.checkField';

interface Draft {
  areas: string[];
  goals: string;
  /** Undefined until the member picks one (see #input). */
  termMonths?: TermMonths;
  meetingMode?: MeetingMode;
  message: string;
}

const emptyDraft = (): Draft => ({ areas: [], goals: '', message: '' });

/**
 * The request form of `<mentor-profile-card>` in a native modal `<dialog>`: a mentee asks a mentor
 * (`recipientRole` mentor), or a mentor invites a mentee (`recipientRole` mentee). What the member types is kept when
 * the dialog is closed or the adapter refuses, until a request is sent. Part of the card: the card's
 * define module registers it.
 *
 * @summary The request or invitation form in a modal dialog (part of `<mentor-profile-card>`).
 *
 * @csspart dialog - The `<dialog>`.
 * @event close - The dialog closed (cancelled, Escape, or after the request was sent).
 * @csspart error - The adapter's refusal, inside the dialog.
 * @event {MentorRequestSentEvent} mentor-request-sent - The request was sent (a `MentorRequestSentEvent` with the mentorship).
 */
export class MentorRequestForm extends MentorElement {
  static override properties: PropertyDeclarations = {
    member: { attribute: false },
    recipientRole: { attribute: false },
    draft: { state: true, attribute: false },
    sending: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    dialogStyles,
    css`
      fieldset {
        border: none;
        padding: 0;
        margin: 0;
      }
      legend,
      label {
        display: block;
        font-weight: 600;
        margin-block-start: 0.75em;
      }
      .area {
        font-weight: normal;
        margin-block-start: 0.25em;
      }
      textarea,
      select {
        display: block;
        inline-size: 100%;
      }
      p.error {
        margin-block: 0.25em 0;
      }
    `,
  ];

  member: MemberView | undefined;

  /** The role the member is asked to take. */
  recipientRole: Role = 'mentor';

  private draft: Draft = emptyDraft();
  private sending = false;

  readonly #form = new FormController<Field, FieldError>(this, {
    check: () => {
      const invalid: Partial<Record<Field, FieldError>> = {};
      if (this.draft.areas.length === 0) invalid.areas = 'card.form.areasRequired';
      if (!this.draft.goals.trim()) invalid.goals = 'card.form.goalsRequired';
      return invalid;
    },
    message: (_field, key) => this.i18n.t(key),
    refusal: (_error, path) => {
      const field = FIELDS.find((name) => name === path.split('.')[0]);
      return field && [field, 'form.checkField'];
    },
  });

  // A getter, not `@query`: the decorator's module would be one more file to download when the dialog opens.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  async show(): Promise<void> {
    await this.updateComplete;
    this.#form.failure = null;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A draft belongs to one member: another member on the same card starts afresh.
    if (changed.has('member') && changed.get('member')?.id !== this.member?.id) {
      this.#reset();
    }
  }

  protected override render() {
    const view = this.member;
    const profile = view?.[this.recipientRole];
    const settings = this.program?.settings;
    if (!view || !profile || !settings) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const { draft } = this;
    const form = this.#form;
    const recheck = () => form.recheck();
    const { termMonths, meetingMode } = this.#input(view.id, settings, profile.meetingModes);
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#closed}>
      <form novalidate @submit=${this.#submit} @focusout=${recheck} @change=${recheck}>
        <h2 id="title">${sentence(this.i18n, this.recipientRole === 'mentor' ? 'card.form.askMentor' : 'card.form.inviteMentee', bdi(view.name))}</h2>
        ${form.failure ? this.renderError(form.failure) : nothing}
        <fieldset>
          <legend>${t('card.form.areas')}</legend>
          ${profile.topics.filter((id) => !settings.topics.some((topic) => topic.id === id && isRetired(topic))).map(
            (id) => html`<label class="area">
              <input type="checkbox" name="areas" value=${id} .checked=${draft.areas.includes(id)}
                aria-invalid=${form.invalid('areas')} aria-describedby=${describedBy(form.errorId('areas'))}
                @change=${() => this.#set({ areas: toggle(this.draft.areas, id) })} />
              ${word(topicWord(this.i18n, settings, id))}
            </label>`,
          )}
          ${form.error('areas')}
        </fieldset>
        ${this.#textarea('goals', t('card.form.goals'), true)}
        ${this.#select('termMonths', t('card.form.term'), termMonths,
          settings.termMonths.map((n) => [n, t('months', n)] as const))}
        ${this.#select('meetingMode', t('card.form.meetingMode'), meetingMode,
          profile.meetingModes.map((m) => [m, t(meetingModeKey(m))] as const))}
        ${this.#textarea('message', t('card.form.message'), false)}
        <div class="buttons">
          <button type="button" class="button" @click=${() => this.dialog.close()}>${t('action.cancel')}</button>
          <button type="submit" class="button primary" aria-disabled=${this.sending ? 'true' : nothing}>
            ${t(this.sending ? 'card.form.sending' : 'card.form.send')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #textarea(field: 'goals' | 'message', label: string, required: boolean) {
    return html`<label for=${field}>${label}</label>
      <textarea id=${field} rows="3" maxlength="2000" ?required=${required} .value=${this.draft[field]}
        aria-invalid=${this.#form.invalid(field)} aria-describedby=${describedBy(this.#form.errorId(field))}
        @input=${(e: Event) => this.#set({ [field]: value(e) })}></textarea>
      ${this.#form.error(field)}`;
  }

  #select<T extends string | number>(field: 'termMonths' | 'meetingMode', label: string, selected: T, options: (readonly [T, string])[]) {
    return html`<label for=${field}>${label}</label>
      <select id=${field} aria-invalid=${this.#form.invalid(field)} aria-describedby=${describedBy(this.#form.errorId(field))}
        @change=${(e: Event) => this.#set({ [field]: field === 'termMonths' ? Number(value(e)) : value(e) })}>
        ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === selected}>${text}</option>`)}
      </select>
      ${this.#form.error(field)}`;
  }

  #set(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    for (const field of Object.keys(change) as Field[]) this.#form.edited(field);
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const view = this.member;
    const profile = view?.[this.recipientRole];
    const settings = this.program?.settings;
    if (this.sending || !view || !profile || !settings || !this.program) return;
    if (!this.#form.submit()) return;

    const input = this.#input(view.id, settings, profile.meetingModes);
    this.sending = true;
    try {
      const mentorship = await this.program.adapter.requestMentorship(input);
      this.#reset();
      this.dialog.close();
      void this.emit(new MentorRequestSentEvent(mentorship));
    } catch (error) {
      // The dialog stays open with everything typed; a field the adapter names is marked as well.
      this.#form.refuse(error);
    } finally {
      this.sending = false;
    }
  }

  /** The request the draft makes; a select the member left alone sends the first choice it shows. */
  #input(recipientId: string, settings: ProgramSettings, modes: MeetingMode[]): MentorshipRequestInput {
    const { draft } = this;
    return {
      recipientId,
      requesterRole: this.recipientRole === 'mentor' ? 'mentee' : 'mentor',
      areas: draft.areas,
      goals: draft.goals.trim(),
      termMonths: draft.termMonths ?? (settings.termMonths[0] as TermMonths),
      meetingMode: draft.meetingMode ?? (modes[0] as MeetingMode),
      message: draft.message.trim(),
    };
  }

  #reset(): void {
    this.draft = emptyDraft();
    this.#form.clear();
  }

  #closed(): void {
    this.dispatchEvent(new Event('close'));
  }
}

const toggle = (list: string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

const value = (event: Event) => (event.target as HTMLInputElement).value;
