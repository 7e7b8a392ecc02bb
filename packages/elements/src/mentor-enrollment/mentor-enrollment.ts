import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  MEETING_MODES, ROLES, VISIBILITY_LEVELS, VISIBLE_FIELDS, isMentoringError, type Member, type ProgramSettings,
  type Role,
} from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { safeHref } from '../internal/safe-href.ts';
import { meetingModeKey } from '../i18n/en.ts';
import { namedChoices, type Choice } from '../mentor-search/choices.ts';
import { MentorEnrolmentSavedEvent } from '../events/enrolment-saved.ts';
import {
  MAX_LINKS, check, draftOf, fieldOf, problemFor, snapshot, valueAt, withValue, type Draft, type Problem, type Problems,
} from './draft.ts';
import { enrollmentStyles } from './styles.ts';
import { choicesStyles } from '../styles/choices.ts';
import { addMessages } from '../i18n/localize.ts';
import { enrollmentEn } from './messages.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', enrollmentEn);

/** A control's id from its field (`profile.email` → `profile-email`). */
const idOf = (field: string) => field.replaceAll('.', '-');

let zones: string[] | undefined;
const timeZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

interface TextOptions {
  type?: string;
  max: number;
  autocomplete?: string;
  required?: boolean;
  hint?: boolean;
  rows?: number;
}

/**
 * Enrol in the mentoring program, or edit the enrolment: the roles (mentor, mentee or both), the profile,
 * what each role offers or seeks, who may see each profile field, and the code of conduct. Problems are
 * shown beside each field and listed at the top when saving fails; the member's typing is never lost,
 * and leaving the page with unsaved changes asks first. Place it inside `<mentor-program>`.
 *
 * @summary Enrol as a mentor, a mentee or both, and edit the mentoring profile.
 *
 * @csspart form - The form.
 * @csspart title - The form's heading.
 * @csspart summary - The list of problems shown when saving fails; each is a button that focuses its field.
 * @csspart section - Each fieldset: roles, profile, mentor and mentee preferences, visibility, code of conduct.
 * @csspart field - Each labelled control with its hint and error.
 * @csspart group - Each group of checkboxes (languages, topics, meeting modes).
 * @csspart actions - The Save and Discard changes buttons' row.
 * @csspart status - The polite announcement that the profile is saved.
 * @csspart error - An adapter error that is not about one field, with details for the web team.
 * @csspart notice - The program's own messages (loading, sign in).
 *
 * @cssproperty --mentor-enrollment-gap - Space between sections and fields. Default `var(--mentor-space, 1rem)`.
 * @cssproperty --mentor-enrollment-field-min-inline-size - The narrowest a field gets before fields wrap. Default `15rem`.
 * @cssproperty --mentor-enrollment-section-background - The sections' background. Default the surface colour.
 *
 * @cssstate dirty - The form holds unsaved changes (`:state(dirty)`).
 * @cssstate saving - The form is being saved.
 *
 * @event {MentorEnrolmentSavedEvent} mentor-enrolment-saved - The member saved the form (a `MentorEnrolmentSavedEvent` with the `viewer`).
 */
export class MentorEnrollment extends MentorElement {
  static override styles = [...MentorElement.styles, choicesStyles, enrollmentStyles];

  /** What the form shows; undefined until the program and the viewer are loaded. */
  @state() private draft: Draft | undefined;
  @state() private problems: Problems = {};
  @state() private failure: unknown = null;
  @state() private saving = false;
  @state() private saved = false;

  /** The draft as last loaded or saved: what "unsaved changes" compares with. */
  #baseline: Draft | undefined;
  /** The member and settings the baseline was built from. */
  #member: Member | undefined;
  #settings: ProgramSettings | undefined;
  /** Problems are shown from the first save; afterwards they follow each change. */
  #submitted = false;
  /** Fields the adapter refused; marked until the member changes them. */
  #refused: Problems = {};
  #guarding = false;
  #internals = this.attachInternals();

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return !!this.draft && !!this.#baseline && snapshot(this.draft) !== snapshot(this.#baseline);
  }

  /** Puts the form back as it was last loaded or saved. */
  discard(): void {
    if (this.#baseline) this.draft = this.#baseline;
    this.#clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dirty) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#guard(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const viewer = this.program?.viewer;
    const settings = this.program?.settings;
    if (!viewer || !settings || (viewer.member === this.#member && settings === this.#settings)) return;
    const next = draftOf(viewer.member, viewer.enrolled, settings);
    // The record changed (saved here, or elsewhere): a clean form follows it; one being edited keeps the
    // member's changes. Another member signing in always starts afresh.
    if (viewer.member.id !== this.#member?.id) this.saved = false;
    if (viewer.member.id !== this.#member?.id || !this.dirty) {
      this.draft = next;
      this.#clear();
    }
    this.#baseline = next;
    this.#member = viewer.member;
    this.#settings = settings;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dirty = this.dirty;
    // An update can run after the element left the page (a late reload): it must not guard a page it is not on.
    this.#guard(dirty && this.isConnected);
    for (const [name, on] of [['dirty', dirty], ['saving', this.saving]] as const) {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    }
  }

  /** Asks before the page is left while there are unsaved changes. */
  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = true; // browsers before the standard preventDefault()
  };

  #guard(on: boolean): void {
    if (on === this.#guarding) return;
    this.#guarding = on;
    if (on) window.addEventListener('beforeunload', this.#onBeforeUnload);
    else window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  #clear(): void {
    this.problems = {};
    this.#refused = {};
    this.failure = null;
    this.#submitted = false;
  }

  // ------------------------------------------------------------------------------------------------
  // Editing and saving

  /** Any control changed: its `name` is the field (checkbox groups hold a list). Safe to run twice. */
  #edit(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!this.draft || !control.name) return;
    const current = valueAt(this.draft, control.name);
    let value: unknown = control.value;
    if (control.type === 'checkbox') {
      value = Array.isArray(current)
        ? [...current.filter((item) => item !== control.value), ...(control.checked ? [control.value] : [])]
        : control.checked;
    }
    if (JSON.stringify(value) === JSON.stringify(current)) return;
    this.draft = withValue(this.draft, control.name.split('.'), value);
    this.saved = false;
    delete this.#refused[fieldOf(control.name.split('.'))];
  }

  #recheck(): void {
    if (this.#submitted) this.problems = this.#check().problems;
  }

  #check() {
    const result = check(this.draft!, this.#settings!, this.#member!);
    return { input: result.input, problems: { ...result.problems, ...this.#refused } };
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.program?.adapter;
    if (this.saving || !adapter || !this.draft) return;
    this.#submitted = true;
    this.#refused = {};
    this.failure = null;
    this.saved = false;
    const { input, problems } = this.#check();
    this.problems = problems;
    if (!input) return this.#focusSummary();

    const sent = this.draft;
    this.saving = true;
    try {
      const viewer = await adapter.enrol(input);
      const next = draftOf(viewer.member, viewer.enrolled, this.#settings!);
      this.#baseline = next;
      this.#member = viewer.member;
      // Changes made while saving stay (and stay unsaved).
      if (this.draft === sent) this.draft = next;
      this.#clear();
      this.saved = true;
      void this.emit(new MentorEnrolmentSavedEvent(viewer));
    } catch (error) {
      // Everything typed stays. A refusal that names a field marks it; anything else is said at the top.
      if (!isMentoringError(error) || !error.field) {
        this.failure = error;
        return;
      }
      const field = fieldOf(error.field.split('.'));
      const leaving = error.code === 'conflict' && error.reason === 'state' && ROLES.includes(error.field as Role);
      this.#refused = { [field]: leaving ? { key: `enrollment.error.leave.${error.field}` } : problemFor(field) };
      this.problems = this.#check().problems;
      void this.#focusSummary();
    } finally {
      this.saving = false;
    }
  }

  async #focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="summary"]')?.focus();
  }

  #focusField(field: string): void {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${idOf(field)}`);
    const details = control?.closest('details');
    if (details) details.open = true;
    control?.focus();
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  /** A catalog entry by computed key, or undefined when there is none. */
  #lookup(key: string, ...args: unknown[]): string | undefined {
    return (this.i18n.t as unknown as (key: string, ...args: unknown[]) => string | undefined)(key, ...args);
  }

  #label(field: string): string {
    return this.#lookup(`enrollment.${field.replace(/\.\d+$/, '')}`) ?? field;
  }

  #message(field: string, problem: Problem): string {
    if (problem.max !== undefined) return this.i18n.t('enrollment.error.max', problem.max);
    return this.#lookup(problem.key) ?? this.i18n.t('enrollment.error.check', this.#label(field));
  }

  /** aria-invalid and aria-describedby (hint, then error) for a field's control. */
  #aria(field: string, hint = false) {
    const id = idOf(field);
    const invalid = field in this.problems;
    const described = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
    return { invalid: invalid ? 'true' : nothing, described: described || nothing };
  }

  #error(field: string) {
    const problem = this.problems[field];
    return problem ? html`<p class="error" id="${idOf(field)}-error">${this.#message(field, problem)}</p>` : nothing;
  }

  #hint(field: string) {
    return html`<p class="hint" id="${idOf(field)}-hint">${this.#lookup(`enrollment.${field}.hint`)}</p>`;
  }

  #text(field: string, options: TextOptions, label = this.#label(field)) {
    const aria = this.#aria(field, options.hint);
    const value = live(String(valueAt(this.draft!, field) ?? ''));
    const common = { id: idOf(field), name: field };
    return html`<div class="field ${options.rows ? 'wide' : ''}" part="field">
      <label for=${common.id}>${label}</label>
      ${options.rows
        ? html`<textarea id=${common.id} name=${common.name} rows=${options.rows} maxlength=${options.max}
            aria-invalid=${aria.invalid} aria-describedby=${aria.described} .value=${value}></textarea>`
        : html`<input id=${common.id} name=${common.name} type=${options.type ?? 'text'} maxlength=${options.max}
            autocomplete=${options.autocomplete ?? nothing} ?required=${!!options.required}
            aria-invalid=${aria.invalid} aria-describedby=${aria.described} .value=${value} />`}
      ${options.hint ? this.#hint(field) : nothing} ${this.#error(field)}
    </div>`;
  }

  #select(field: string, choices: Choice[], empty?: string) {
    const aria = this.#aria(field);
    const current = valueAt(this.draft!, field);
    const options = empty === undefined ? choices : [{ value: '', label: empty }, ...choices];
    return html`<div class="field" part="field">
      <label for=${idOf(field)}>${this.#label(field)}</label>
      <select id=${idOf(field)} name=${field} ?required=${empty === undefined}
        aria-invalid=${aria.invalid} aria-describedby=${aria.described}>
        ${options.map((o) => html`<option value=${o.value} .selected=${live(o.value === current)}>${o.label}</option>`)}
      </select>
      ${this.#error(field)}
    </div>`;
  }

  /** A group of checkboxes named `field`; the first one carries the id the error summary focuses. */
  #checks(field: string, choices: Choice[], legend: TemplateResult | string = this.#label(field), section = false) {
    const aria = this.#aria(field);
    const selected = valueAt(this.draft!, field) as string[];
    return html`<fieldset class=${section ? 'section' : 'group'} part=${section ? 'section' : 'group'}>
        <legend>${legend}</legend>
        ${choices.map(
          (choice, index) => html`<label class="check">
            <input type="checkbox" id=${index === 0 ? idOf(field) : nothing} name=${field} value=${choice.value}
              .checked=${live(selected.includes(choice.value))} aria-invalid=${aria.invalid} aria-describedby=${aria.described} />
            <span>${choice.label}</span>
          </label>`,
        )}
        ${section ? this.#error(field) : nothing}
      </fieldset>
      ${section ? nothing : this.#error(field)}`;
  }

  protected override render() {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const { viewer, settings } = this.program!;
    if (!viewer || !this.draft) {
      return html`<p class="notice" part="notice">${this.i18n.t('program.signIn')}</p>`;
    }
    const t = this.i18n.t.bind(this.i18n);
    const { draft } = this;
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${this.saving ? 'true' : 'false'}
      @input=${this.#edit} @change=${(event: Event) => (this.#edit(event), this.#recheck())} @focusout=${this.#recheck}
      @submit=${this.#submit}>
      <h2 id="title" part="title">${t(viewer.enrolled ? 'enrollment.editTitle' : 'enrollment.title')}</h2>
      ${this.#renderSummary()} ${this.failure ? this.renderError(this.failure) : nothing}
      ${this.#checks('roles', ROLES.map((role) => ({ value: role, label: t(`enrollment.role.${role}`) })), undefined, true)}
      ${this.#renderProfile(settings!)}
      ${ROLES.filter((role) => draft.roles.includes(role)).map((role) => this.#renderRole(role, settings!))}
      <fieldset class="section" part="section">
        <legend>${t('enrollment.visibility')}</legend>
        <p class="wide">${t('enrollment.visibility.note')}</p>
        ${VISIBLE_FIELDS.map((field) =>
          this.#select(`visibility.${field}`, VISIBILITY_LEVELS.map((level) => ({ value: level, label: t(`enrollment.level.${level}`) }))),
        )}
      </fieldset>
      ${this.#renderConduct(settings!, viewer.member)}
      <div class="actions" part="actions">
        <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : nothing}>
          ${t(this.saving ? 'enrollment.saving' : 'enrollment.save')}
        </button>
        <button type="button" class="button" aria-disabled=${this.dirty ? nothing : 'true'} @click=${() => this.dirty && this.discard()}>
          ${t('enrollment.discard')}
        </button>
      </div>
      <p class="status" part="status" role="status">${this.saved ? t('enrollment.saved') : nothing}</p>
    </form>`;
  }

  #renderSummary() {
    const entries = Object.entries(this.problems);
    if (entries.length === 0) return nothing;
    return html`<div class="notice error summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <h3 id="summary-title">${this.i18n.t('enrollment.summary', entries.length)}</h3>
      <ul>
        ${entries.map(
          ([field, problem]) => html`<li>
            <button type="button" class="link" @click=${() => this.#focusField(field)}>${this.#message(field, problem)}</button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderProfile(settings: ProgramSettings) {
    const { i18n } = this;
    const t = i18n.t.bind(i18n);
    const { profile } = this.draft!;
    const entries = (list: readonly { id: string; label: string }[]) => list.map((e) => ({ value: e.id, label: e.label }));
    const zones = timeZones().includes(profile.timeZone) ? timeZones() : [profile.timeZone, ...timeZones()];
    // Languages the member already gave but the common list lacks (`ca`, `pt-BR`) stay choosable.
    const languages = namedChoices('language', i18n.lang, (code) => i18n.languageName(code));
    const extra = profile.languages.filter((code) => !languages.some((choice) => choice.value === code));
    const shown = profile.links.length + (profile.links.at(-1)?.trim() === '' ? 0 : 1);
    return html`<fieldset class="section" part="section">
      <legend>${t('enrollment.profile')}</legend>
      ${this.#text('profile.name', { max: 120, autocomplete: 'name', required: true })}
      ${this.#text('profile.headline', { max: 160, hint: true, autocomplete: 'organization-title' })}
      ${this.#text('profile.bio', { max: 4000, rows: 4 })}
      ${this.#text('profile.photoUrl', { type: 'url', max: 2000, hint: true, autocomplete: 'photo' })}
      ${this.#text('profile.email', { type: 'email', max: 254, autocomplete: 'email', required: true })}
      ${this.#text('profile.phone', { type: 'tel', max: 40, autocomplete: 'tel' })}
      ${settings.industries.length > 0
        ? this.#select('profile.industry', entries(settings.industries), t('enrollment.notSpecified'))
        : nothing}
      ${settings.careerStages.length > 0
        ? this.#select('profile.careerStage',
          entries([...settings.careerStages].sort((a, b) => a.rank - b.rank)), t('enrollment.notSpecified'))
        : nothing}
      ${this.#select('profile.country', namedChoices('country', i18n.lang, (code) => i18n.regionName(code)),
        t('enrollment.notSpecified'))}
      ${this.#text('profile.city', { max: 120, autocomplete: 'address-level2' })}
      ${this.#select('profile.timeZone', zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })))}
      <details class="wide" part="field">
        <summary>
          <span class="label">${t('enrollment.profile.languages')}</span>
          <span class="hint">${profile.languages.length > 0
            ? i18n.list(profile.languages.map((code) => i18n.languageName(code)))
            : t('enrollment.noneChosen')}</span>
        </summary>
        ${this.#checks('profile.languages', [
          ...extra.map((code) => ({ value: code, label: i18n.languageName(code) })),
          ...languages,
        ], html`<span class="visually-hidden">${t('enrollment.profile.languages')}</span>`)}
      </details>
      <fieldset class="group links" part="group" aria-describedby="profile-links-hint">
        <legend>${t('enrollment.profile.links')}</legend>
        ${this.#hint('profile.links')}
        ${Array.from({ length: Math.min(MAX_LINKS, shown) }, (_, index) =>
          this.#text(`profile.links.${index}`, { type: 'url', max: 2000 }, t('enrollment.link', index + 1)))}
      </fieldset>
    </fieldset>`;
  }

  #renderRole(role: Role, settings: ProgramSettings) {
    const t = this.i18n.t.bind(this.i18n);
    return html`<fieldset class="section" part="section">
      <legend>${t(`enrollment.${role}`)}</legend>
      ${this.#checks(`${role}.topics`, settings.topics.map((topic) => ({ value: topic.id, label: topic.label })))}
      ${this.#checks(`${role}.meetingModes`, MEETING_MODES.map((mode) => ({ value: mode, label: t(meetingModeKey(mode)) })))}
      ${this.#text(`${role}.statement`, { max: 1000, rows: 3 })}
    </fieldset>`;
  }

  #renderConduct(settings: ProgramSettings, member: Member) {
    const href = safeHref(settings.codeOfConductUrl);
    if (!settings.codeOfConductRequired && !href) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const accepted = member.codeOfConductAcceptedAt;
    const aria = this.#aria('acceptCodeOfConduct');
    return html`<fieldset class="section" part="section">
      <legend>${t('enrollment.conduct')}</legend>
      ${href ? html`<p class="wide"><a href=${href} target="_blank" rel="noopener">${t('enrollment.conduct.read')}</a></p>` : nothing}
      ${accepted
        ? html`<p class="wide">${t('enrollment.conduct.accepted', this.i18n.date(accepted, 'long'))}</p>`
        : html`<label class="check wide">
              <input type="checkbox" id="acceptCodeOfConduct" name="acceptCodeOfConduct"
                ?required=${settings.codeOfConductRequired} .checked=${live(this.draft!.acceptCodeOfConduct)}
                aria-invalid=${aria.invalid} aria-describedby=${aria.described} />
              <span>${t('enrollment.conduct.accept')}</span>
            </label>
            ${this.#error('acceptCodeOfConduct')}`}
    </fieldset>`;
  }
}
