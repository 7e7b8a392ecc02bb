import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import type { EmailFrequency, EmailLanguage, MentoringAdapter, MentoringChange, NotificationPreferences } from '@mentor-match/core';
import { EMAIL_LANGUAGES } from '@mentor-match/core/schemas/settings';
import { MentorElement } from '../internal/mentor-element.ts';
import { FormController, describedBy, setStates } from '../internal/form-controller.ts';
import { MentorNotificationPreferencesChangeEvent } from '../events/notification-preferences-change.ts';
import { addMessages } from '../i18n/localize.ts';
import { featureLocales } from '../i18n/feature-locale.ts';
import { preferencesEn } from '../i18n/preferences-en.ts';

addMessages('en', preferencesEn);

/** The preferences' words in the other languages, downloaded only when they are shown in one. */
const loadLocale = featureLocales('the email preferences', {
  fr: async () => (await import('../i18n/preferences-fr.ts')).preferencesFr,
  es: async () => (await import('../i18n/preferences-es.ts')).preferencesEs,
  de: async () => (await import('../i18n/preferences-de.ts')).preferencesDe,
  ar: async () => (await import('../i18n/preferences-ar.ts')).preferencesAr,
});

type Field = 'frequency' | 'language';
const FIELDS: readonly string[] = ['frequency', 'language'] satisfies Field[];

/** Each frequency's name, in the order offered (`satisfies`: every one of core's EMAIL_FREQUENCIES, no other). */
const LABEL = {
  immediately: 'preferences.immediately', daily: 'preferences.daily', weekly: 'preferences.weekly', never: 'preferences.never',
} as const satisfies Record<EmailFrequency, string>;
const FREQUENCIES = Object.keys(LABEL) as EmailFrequency[];
const HINT = {
  immediately: 'preferences.immediatelyHint', daily: 'preferences.dailyHint', weekly: 'preferences.weeklyHint', never: 'preferences.neverHint',
} as const satisfies Record<EmailFrequency, string>;

const same = (a: NotificationPreferences | undefined, b: NotificationPreferences | undefined) =>
  a?.frequency === b?.frequency && a?.language === b?.language;

/** A language's name in itself (`fr` → "français"), as a language menu offers it. */
const ownName = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

/**
 * The signed-in member's email preferences, for the page of the society's site that the program's settings
 * name `pages.preferences` (every email's footer links to it, and the unsubscribe link's answer too): how often
 * what is not essential is emailed (as it happens, a daily or a weekly digest, or only essential emails, which
 * is what unsubscribing chose) and the language emails are written in. What is essential (the program office's
 * decisions about the member's own participation, its replies to their concerns) is always emailed at once,
 * and the form says so. Everything stays in the member's notifications on the site whatever they choose.
 *
 * Saved with a button; the confirmation says what is now chosen (a polite live region); a refusal or an
 * outage is said at the top and the member's choice stays selected. It follows the preferences when they
 * change elsewhere (another tab, the unsubscribe link), unless the member is in the middle of a change.
 *
 * @summary A member's email preferences: how often (as it happens, daily or weekly digest, essential only) and in which language.
 *
 * @csspart heading - The heading ("Email preferences").
 * @csspart intro - What the choices mean: everything stays in the member's notifications on the site.
 * @csspart unsubscribed - Shown while only essential emails are chosen: how to receive the others again.
 * @csspart form - The form.
 * @csspart frequency - The fieldset of the four frequencies (native radio buttons).
 * @csspart option - One frequency: its radio button, its name and what it means.
 * @csspart essential - What is always emailed at once, whatever is chosen.
 * @csspart language - The email language's native `<select>`.
 * @csspart save - The save button.
 * @csspart status - "Saving…", then what is now chosen (a polite live region).
 * @csspart error - Why the last save failed (with the choice kept).
 * @csspart notice - Loading, signed out, no preferences offered, and the program's own messages.
 *
 * @cssstate saving - A change is being saved.
 * @cssstate unsubscribed - Only essential emails are chosen (and saved).
 *
 * @cssproperty --mentor-preferences-gap - Space between the parts. Default `1rem`.
 * @cssproperty --mentor-preferences-max-inline-size - The form's greatest width. Default `40rem`.
 *
 * @event {MentorNotificationPreferencesChangeEvent} mentor-notification-preferences-change - The member's preferences were saved (`preferences`).
 */
export class MentorNotificationPreferences extends MentorElement {
  static override properties: PropertyDeclarations = {
    saved: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    confirmed: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    css`
      :host {
        display: block;
      }
      section,
      form,
      fieldset {
        display: grid;
        gap: var(--mentor-preferences-gap, 1rem);
        max-inline-size: var(--mentor-preferences-max-inline-size, 40rem);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      p {
        margin: 0;
      }
      fieldset {
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        border: none;
        min-inline-size: 0;
      }
      legend,
      label[for] {
        padding: 0;
        margin-block-end: 0.25rem;
        font-weight: 700;
      }
      /* The name is the radio button's label; what it means is its description, below it (not read twice). */
      [part='option'] {
        display: grid;
        gap: 0.15rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      [part='option'] label {
        display: flex;
        align-items: baseline;
        gap: 0.6rem;
        cursor: pointer;
      }
      [part='option'] .hint {
        padding-inline-start: 1.7rem;
      }
      [part='option']:has(:checked) {
        border-color: var(--_accent);
        border-width: 2px;
      }
      [part='option'] input {
        flex: none;
        inline-size: 1.1rem;
        block-size: 1.1rem;
        margin: 0;
        accent-color: var(--_accent);
      }
      .name {
        font-weight: 600;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.9375rem;
      }
      .field {
        display: grid;
        justify-items: start;
        gap: 0.25rem;
      }
      /* Empty, it stays in the accessibility tree (a live region shown only with its text may not be heard). */
      [part='status']:empty {
        position: absolute;
        clip-path: inset(50%);
      }
      @media (forced-colors: active) {
        [part='option']:has(:checked) {
          border-color: Highlight;
        }
      }
    `,
  ];

  /** The preferences last known to be stored. */
  private saved: NotificationPreferences | undefined;
  /** What the form shows: the stored preferences, or the member's choice while they change it (kept through a failed save). */
  private draft: NotificationPreferences | undefined;
  private saving = false;
  /** The last save's confirmation, for the live region. */
  private confirmed: NotificationPreferences | undefined;

  readonly #form = new FormController<Field, 'form.checkField'>(this, {
    check: () => ({}),
    message: (_field, key) => this.i18n.t(key),
    refusal: (_error, path) => (FIELDS.includes(path) ? [path as Field, 'form.checkField'] : undefined),
  });

  #memberId: string | undefined;
  /** For the custom states (`:state(saving)`, `:state(unsubscribed)`) page styles may use. */
  readonly #internals = this.attachInternals();

  readonly #preferences = new Task<[MentoringAdapter | undefined, string | undefined], NotificationPreferences | undefined>(this, {
    task: async ([adapter, memberId], { signal }) => {
      if (!adapter?.getNotificationPreferences || !memberId) return undefined;
      const stored = await adapter.getNotificationPreferences({ signal });
      // Changed elsewhere (another tab, the unsubscribe link): shown, unless the member is changing it here.
      if (!this.saving && same(this.draft, this.saved)) this.draft = stored;
      this.saved = stored;
      return stored;
    },
    args: () => [this.program?.adapter, this.program?.viewer?.member.id],
  });

  protected override onMentoringChange(change: MentoringChange): void {
    if (change.kind === 'notification' || change.kind === 'program') void this.#preferences.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadLocale(this.i18n.lang);
    const memberId = this.program?.viewer?.member.id;
    if (memberId !== this.#memberId) {
      // Another member signed in: nothing of the previous one's stays.
      this.#memberId = memberId;
      this.saved = this.draft = this.confirmed = undefined;
      this.#form.clear();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    setStates(this.#internals, { saving: this.saving, unsubscribed: this.saved?.frequency === 'never' });
  }

  protected override render(): TemplateResult {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const t = this.i18n.t.bind(this.i18n);
    const adapter = this.program!.adapter;
    const heading = html`<h2 part="heading" id="heading">${t('preferences.heading')}</h2>`;
    // Loading: a status, and the section busy until the form is there.
    const notice = (text: string, loading = false) =>
      html`<section aria-labelledby="heading" aria-busy=${loading ? 'true' : nothing}>${heading}<p class="notice" part="notice" role=${loading ? 'status' : nothing}>${text}</p></section>`;
    if (!adapter.getNotificationPreferences || !adapter.setNotificationPreferences) return notice(t('preferences.unsupported'));
    if (!this.program!.viewer) return notice(t('program.signIn'));
    const { draft, saved } = this;
    if (!draft || !saved) {
      if (this.#preferences.error !== undefined && !this.#preferences.value) {
        return html`<section aria-labelledby="heading">${heading}${this.renderError(this.#preferences.error, () => void this.#preferences.run())}</section>`;
      }
      return notice(t('preferences.loading'), true);
    }
    const form = this.#form;
    return html`<section aria-labelledby="heading">
      ${heading}
      <p part="intro">${t('preferences.intro')}</p>
      ${saved.frequency === 'never' ? html`<p class="notice" part="unsubscribed">${t('preferences.unsubscribed')}</p>` : nothing}
      ${form.failure ? html`<div>${this.renderError(form.failure)}<p>${t('preferences.kept')}</p></div>` : nothing}
      <form part="form" novalidate aria-busy=${this.saving ? 'true' : nothing} @submit=${this.#save}>
        <fieldset part="frequency" aria-describedby=${describedBy('essential', form.errorId('frequency'))}>
          <legend>${t('preferences.frequency')}</legend>
          ${FREQUENCIES.map((frequency) => html`<div part="option">
            <label>
              <input type="radio" name="frequency" id=${frequency === draft.frequency ? 'frequency' : nothing} value=${frequency}
                .checked=${live(frequency === draft.frequency)} aria-invalid=${form.invalid('frequency')} aria-describedby="hint-${frequency}"
                @change=${() => this.#choose({ frequency })} />
              <span class="name">${t(LABEL[frequency])}</span>
            </label>
            <span class="hint" id="hint-${frequency}">${t(HINT[frequency])}</span>
          </div>`)}
          ${form.error('frequency')}
          <p class="hint" part="essential" id="essential">${t('preferences.essential')}</p>
        </fieldset>
        <div class="field">
          <label for="language">${t('preferences.language')}</label>
          <select id="language" part="language" aria-invalid=${form.invalid('language')}
            aria-describedby=${describedBy('language-hint', form.errorId('language'))}
            @change=${(event: Event) => this.#choose({ language: ((event.target as HTMLSelectElement).value || null) as EmailLanguage | null })}>
            <option value="" .selected=${live(draft.language === null)}>${t('preferences.languageDefault', this.#languageName(null))}</option>
            ${EMAIL_LANGUAGES.map((code) => html`<option value=${code} lang=${code} .selected=${live(draft.language === code)}>${ownName(code)}</option>`)}
          </select>
          <p class="hint" id="language-hint">${t('preferences.languageHint')}</p>
          ${form.error('language')}
        </div>
        <div>
          <button type="submit" class="button primary" part="save" aria-disabled=${String(this.saving)}>${t('preferences.save')}</button>
        </div>
      </form>
      <p part="status" role="status">${this.#statusText()}</p>
    </section>`;
  }

  /** What the live region says: saving, then what the last save chose. */
  #statusText(): string {
    const t = this.i18n.t.bind(this.i18n);
    if (this.saving) return t('preferences.saving');
    const chosen = this.confirmed;
    return chosen ? t('preferences.saved', t(LABEL[chosen.frequency]), this.#languageName(chosen.language)) : '';
  }

  /**
   * The name, in the page's language, of the language emails go out in: the one chosen, else (null) the
   * member's profile language when emails are written in it, else English (core's `emailLanguageOf`).
   */
  #languageName(language: EmailLanguage | null): string {
    const profile = this.program?.viewer?.member.textLanguage?.split('-')[0];
    const automatic = (EMAIL_LANGUAGES as readonly string[]).includes(profile ?? '') ? profile! : 'en';
    return this.i18n.languageName(language ?? automatic);
  }

  #choose(change: Partial<NotificationPreferences>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    for (const field of Object.keys(change) as Field[]) this.#form.edited(field);
    this.#form.recheck();
    this.confirmed = undefined;
  }

  #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const adapter = this.program?.adapter;
    const draft = this.draft;
    if (this.saving || !draft || !adapter?.setNotificationPreferences || !this.#form.submit()) return;
    this.saving = true;
    this.confirmed = undefined;
    try {
      const stored = await adapter.setNotificationPreferences(draft);
      this.saved = stored;
      // A choice made while this one was saved stays the draft.
      if (same(this.draft, draft)) this.draft = stored;
      this.confirmed = stored;
      this.#form.clear();
      void this.emit(new MentorNotificationPreferencesChangeEvent(stored));
    } catch (error) {
      this.#form.refuse(error);
    } finally {
      this.saving = false;
    }
  };
}
