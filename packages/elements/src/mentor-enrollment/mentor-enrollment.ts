import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Member, ProgramSettings, Role, TaxonomyEntry } from '@mentor-match/core';
import { MEETING_MODES, ROLES, VISIBILITY_LEVELS, VISIBLE_FIELDS } from '@mentor-match/core/vocabulary';
import { isRetired } from '@mentor-match/core/settings-rules';
import { codeOfConductDue } from '@mentor-match/core/standing';
import { safeHref } from '@mentor-match/core/safe-url';
import { MentorElement } from '../internal/mentor-element.ts';
import { FormController, describedBy, idOf, setStates } from '../internal/form-controller.ts';
import { entryChoices } from '../internal/program-words.ts';
import { namedChoices, type Choice } from '../mentor-search/choices.ts';
import { MentorEnrolmentSavedEvent } from '../events/enrolment-saved.ts';
import {
  MAX_LINKS, check, draftOf, fieldOf, problemFor, snapshot, valueAt, withValue, type Draft, type Problem,
} from './draft.ts';
import { loadProblemParts, problemPartsReady, problemSummary, problemWords } from './problems.ts';
import { enrollmentStyles } from './styles.ts';
import { choicesStyles } from '../styles/choices.ts';
import { addMessages, meetingModeKey } from '../i18n/localize.ts';
import { enrollmentEn } from '../i18n/en.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', enrollmentEn);

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
  static override properties: PropertyDeclarations = {
    draft: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    saved: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, choicesStyles, enrollmentStyles];

  /** What the form shows; undefined until the program and the viewer are loaded. */
  private draft: Draft | undefined;
  private saving = false;
  private saved = false;

  /** The draft as last loaded or saved: what "unsaved changes" compares with. */
  #baseline: Draft | undefined;
  /** The member and settings the baseline was built from. */
  #member: Member | undefined;
  #settings: ProgramSettings | undefined;
  #guarding = false;
  #internals = this.attachInternals();

  /** Fields are named as the draft's paths (`profile.email`, `profile.links.2`, `mentor.topics`, `roles`). */
  readonly #form = new FormController<string, Problem>(this, {
    summary: true,
    check: () => check(this.draft!, this.#settings!, this.#member!).problems,
    message: (field, problem) => this.#message(field, problem),
    refusal: (error, path) => {
      const field = fieldOf(path.split('.'));
      // Leaving a role that still has open or active mentorships: said at the choice of roles.
      const leaving = error.code === 'conflict' && error.reason === 'state' && ROLES.find((role) => role === path);
      const allowed = field === 'profile.photoUrl' ? error.details['allowed'] : undefined;
      return [field, leaving ? { leaving } : Array.isArray(allowed) ? { photoOrigins: allowed.map(String) } : problemFor()];
    },
  });

  /** True while the form holds changes that are not saved. */
  get dirty(): boolean {
    return !!this.draft && !!this.#baseline && snapshot(this.draft) !== snapshot(this.#baseline);
  }

  /** Puts the form back as it was last loaded or saved. */
  discard(): void {
    if (this.#baseline) this.draft = this.#baseline;
    this.#form.clear();
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
      this.#form.clear();
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
    setStates(this.#internals, { dirty, saving: this.saving });
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
    this.#form.edited(fieldOf(control.name.split('.')));
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.program?.adapter;
    if (this.saving || !adapter || !this.draft) return;
    this.saved = false;
    // Before any problem (or refusal) shows, in its words and with the summary listing them. Meanwhile the
    // button says it is busy, and a second submit finds this one saving.
    if (!problemPartsReady()) {
      this.saving = true;
      await loadProblemParts();
      this.saving = false;
    }
    problemSummary.part?.adoptSummary(this.renderRoot);
    if (!this.#form.submit()) return;
    const { input } = check(this.draft, this.#settings!, this.#member!);
    if (!input) return;

    const sent = this.draft;
    this.saving = true;
    try {
      const viewer = await adapter.enrol(input);
      const next = draftOf(viewer.member, viewer.enrolled, this.#settings!);
      this.#baseline = next;
      this.#member = viewer.member;
      // Changes made while saving stay (and stay unsaved).
      if (this.draft === sent) this.draft = next;
      this.#form.clear();
      this.saved = true;
      void this.emit(new MentorEnrolmentSavedEvent(viewer));
    } catch (error) {
      // Everything typed stays. A refusal that names a field marks it; anything else is said at the top.
      this.#form.refuse(error);
    } finally {
      this.saving = false;
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Rendering

  /** A field's label: `enrollment.<field>` (one label for every link field). */
  #label(field: string): string {
    const key = `enrollment.${field.replace(/\.\d+$/, '')}` as const;
    return this.i18n.has(key) ? this.i18n.t(key) : field;
  }

  /** A problem in words: a limit, a role still in use, the field's own message, or "check <label>". */
  #message(field: string, problem: Problem): string {
    const { i18n } = this;
    if (!problemWords.ready) return i18n.t('enrollment.error.check', this.#label(field));
    if (problem.max !== undefined) return i18n.t('enrollment.error.max', problem.max);
    if (problem.leaving) return i18n.t(`enrollment.error.leave.${problem.leaving}`);
    if (problem.photoOrigins) {
      return problem.photoOrigins.length > 0
        ? i18n.t('enrollment.error.photoOrigins', i18n.list([...problem.photoOrigins], 'disjunction'))
        : i18n.t('enrollment.error.noPhotoOrigins');
    }
    const own = `enrollment.error.${field.replace(/\.\d+$/, '')}` as const;
    return i18n.has(own) ? i18n.t(own) : i18n.t('enrollment.error.check', this.#label(field));
  }

  /** aria-invalid and aria-describedby (hint, then error) for a field's control. */
  #aria(field: string, hint = false) {
    return { invalid: this.#form.invalid(field), described: describedBy(hint && `${idOf(field)}-hint`, this.#form.errorId(field)) };
  }

  /** A field's hint: `enrollment.<field>.hint`. */
  #hint(field: string) {
    const key = `enrollment.${field}.hint` as const;
    return html`<p class="hint" id="${idOf(field)}-hint">${this.i18n.has(key) ? this.i18n.t(key) : nothing}</p>`;
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
      ${options.hint ? this.#hint(field) : nothing} ${this.#form.error(field)}
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
        ${options.map((o) => html`<option value=${o.value} lang=${o.lang ?? nothing} .selected=${live(o.value === current)}>${o.label}</option>`)}
      </select>
      ${this.#form.error(field)}
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
            <span lang=${choice.lang ?? nothing} dir="auto">${choice.label}</span>
          </label>`,
        )}
        ${section ? this.#form.error(field) : nothing}
      </fieldset>
      ${section ? nothing : this.#form.error(field)}`;
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
    const form = this.#form;
    return html`<form part="form" novalidate aria-labelledby="title" aria-busy=${this.saving ? 'true' : 'false'}
      @input=${this.#edit} @change=${(event: Event) => (this.#edit(event), form.recheck())} @focusout=${() => form.recheck()}
      @submit=${this.#submit}>
      <h2 id="title" part="title">${t(viewer.enrolled ? 'enrollment.editTitle' : 'enrollment.title')}</h2>
      ${problemSummary.part?.formSummary(form, (n) => t('enrollment.summary', n)) ?? nothing} ${form.failure ? this.renderError(form.failure) : nothing}
      ${this.#checks('roles', ROLES.map((role) => ({ value: role, label: t(`enrollment.role.${role}`) })), undefined, true)}
      ${this.#renderProfile(settings!)}
      ${ROLES.filter((role) => draft.roles.includes(role)).map((role) => this.#renderRole(role, settings!, viewer.member))}
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

  #renderProfile(settings: ProgramSettings) {
    const { i18n } = this;
    const t = i18n.t.bind(i18n);
    const { profile } = this.draft!;
    const entries = (list: readonly TaxonomyEntry[]) => entryChoices(i18n, settings, list);
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
      ${this.#select('profile.textLanguage', [
        ...(profile.textLanguage && !languages.some((choice) => choice.value === profile.textLanguage)
          ? [{ value: profile.textLanguage, label: i18n.languageName(profile.textLanguage) }] : []),
        ...languages,
      ], t('enrollment.notSpecified'))}
      <fieldset class="group links" part="group" aria-describedby="profile-links-hint">
        <legend>${t('enrollment.profile.links')}</legend>
        ${this.#hint('profile.links')}
        ${Array.from({ length: Math.min(MAX_LINKS, shown) }, (_, index) =>
          this.#text(`profile.links.${index}`, { type: 'url', max: 2000 }, t('enrollment.link', index + 1)))}
      </fieldset>
    </fieldset>`;
  }

  #renderRole(role: Role, settings: ProgramSettings, member: Member) {
    const t = this.i18n.t.bind(this.i18n);
    // A retired topic is offered only to the members who have it already (settings-rules.ts).
    const kept = member[role]?.topics ?? [];
    const topics = settings.topics.filter((topic) => !isRetired(topic) || kept.includes(topic.id));
    return html`<fieldset class="section" part="section">
      <legend>${t(`enrollment.${role}`)}</legend>
      ${this.#checks(`${role}.topics`, entryChoices(this.i18n, settings, topics))}
      ${this.#checks(`${role}.meetingModes`, MEETING_MODES.map((mode) => ({ value: mode, label: t(meetingModeKey(mode)) })))}
      ${this.#text(`${role}.statement`, { max: 1000, rows: 3 })}
    </fieldset>`;
  }

  #renderConduct(settings: ProgramSettings, member: Member) {
    const href = safeHref(settings.codeOfConduct.url);
    if (!settings.codeOfConduct.required && !href) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    // A new version of the code asks again; the enrolment itself needs only a first acceptance.
    const accepted = codeOfConductDue(member, settings) ? null : member.codeOfConductAcceptedAt;
    const aria = this.#aria('acceptCodeOfConduct');
    return html`<fieldset class="section" part="section">
      <legend>${t('enrollment.conduct')}</legend>
      ${href ? html`<p class="wide"><a href=${href} target="_blank" rel="noopener">${t('enrollment.conduct.read')}</a></p>` : nothing}
      ${accepted
        ? html`<p class="wide">${t('enrollment.conduct.accepted', this.i18n.date(accepted, 'long'))}</p>`
        : html`<label class="check wide">
              <input type="checkbox" id="acceptCodeOfConduct" name="acceptCodeOfConduct"
                ?required=${settings.codeOfConduct.required && member.codeOfConductAcceptedAt === null} .checked=${live(this.draft!.acceptCodeOfConduct)}
                aria-invalid=${aria.invalid} aria-describedby=${aria.described} />
              <span>${t('enrollment.conduct.accept')}</span>
            </label>
            ${this.#form.error('acceptCodeOfConduct')}`}
    </fieldset>`;
  }
}
