import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import type { CohortApplication, MemberCohort, MentoringChange, ProgramSettings, Role } from '@mentor-match/core';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';
import { offeredEntries } from '@mentor-match/core/settings-rules';
import { MentorElement } from '../internal/mentor-element.ts';
import { FormController, describedBy } from '../internal/form-controller.ts';
import { formSummary, summaryStyles } from '../internal/form-summary.ts';
import { cohortPhase, scheduleText, windowText } from '../internal/cohort-text.ts';
import { choicesStyles } from '../styles/choices.ts';
import { entry, topicWord } from '../internal/program-words.ts';
import { word, wordList } from '../internal/program-word-list.ts';
import { MentorCohortApplicationEvent } from '../events/cohort-application.ts';
import {
  MAX_AVOID, MAX_COHORT_CAPACITY, checkDraft, draftFor, fieldOfPath, inputOf,
  type ApplicationDraft, type AvoidEntry, type DraftField, type DraftProblem,
} from './draft.ts';
import { addMessages } from '../i18n/localize.ts';
import { cohortApplicationEn, cohortCommonEn } from '../i18n/cohort-en.ts';
import { loadCohortLocale } from '../i18n/cohort-locales.ts';
import { bdi, isolate, sentence } from '../internal/isolate.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', { ...cohortCommonEn, ...cohortApplicationEn });

type Announcement = 'cohort.apply.done.applied' | 'cohort.apply.done.saved' | 'cohort.apply.done.withdrawn';

/** The member's applications standing (not withdrawn). */
const applied = (entry: MemberCohort): CohortApplication[] => entry.applications.filter((a) => a.status === 'applied');

/** How many members the avoid search shows. */
const AVOID_RESULTS = 8;

/**
 * Apply to one of the program's cohorts (a program that runs in cohorts: members apply in a window, the
 * program office proposes the matches): in which role, what the member seeks or offers, how many mentees a
 * mentor takes, and members they would rather not be matched with (found by name, never typed as ids).
 * The member can change or withdraw the application until the window closes; before it opens and after it
 * closes the element says so, with the dates. Place it inside `<mentor-program>`.
 *
 * It is an element of its own, not a step of `<mentor-enrollment>`, so a page loads its code only where it
 * shows it (the loader imports it as its own chunk).
 *
 * @summary Apply to a mentoring cohort; change or withdraw the application while applications are open.
 *
 * @csspart title - The element's heading.
 * @csspart cohort - The cohort's name, window and schedule.
 * @csspart phase - Where the cohort stands (not open yet, open, closed) and what it means for the member.
 * @csspart form - The application form.
 * @csspart summary - The list of problems when the form cannot be sent.
 * @csspart avoid - The members to avoid: the list and the search.
 * @csspart application - The application sent, with Change and Withdraw.
 * @csspart actions - A row of buttons.
 * @csspart status - What the member's last action did (a polite live region).
 * @csspart error - A refusal or a loading error.
 * @csspart notice - The program's own messages (loading, sign in, enrol first).
 *
 * @cssproperty --mentor-cohort-gap - Space between the parts. Default `var(--mentor-space, 1rem)`.
 *
 * @event {MentorCohortApplicationEvent} mentor-cohort-application - The member applied, changed or withdrew an application (`action`, `cohortId`, `role`).
 */
export class MentorCohortApplication extends MentorElement {
  static override properties: PropertyDeclarations = {
    cohort: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    draft: { state: true, attribute: false },
    chosenRole: { state: true, attribute: false },
    editing: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    confirmingWithdraw: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    avoidStatus: { state: true, attribute: false },
    avoidQuery: { state: true, attribute: false },
    avoidHits: { state: true, attribute: false },
    names: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    choicesStyles,
    summaryStyles,
    css`
      :host {
        --_gap: var(--mentor-cohort-gap, var(--_space));
      }
      .stack {
        display: grid;
        gap: var(--_gap);
      }
      [part~='title'] {
        margin: 0;
        font-size: 1.25em;
        font-weight: 700;
      }
      h3 {
        margin: 0;
        font-size: 1.1em;
      }
      p {
        margin: 0;
      }
      fieldset {
        display: grid;
        gap: 0.5em;
        margin: 0;
        padding: calc(var(--_space) * 0.75);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        min-inline-size: 0;
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25em;
      }
      .topics {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: 0 1em;
      }
      .field {
        display: grid;
        gap: 0.25em;
        justify-items: start;
      }
      .field textarea {
        inline-size: 100%;
      }
      label {
        font-weight: 600;
      }
      .check {
        font-weight: normal;
      }
      .hint,
      .muted {
        color: var(--_muted);
        font-size: 0.95em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
      }
      ul.people {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25em;
      }
      ul.people li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
      }
      .name {
        unicode-bidi: isolate;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        /* A topic's name longer than the column (1.4.12's wider letters, a narrow page) breaks rather than spills. */
        overflow-wrap: anywhere;
      }
      @media (max-width: 30rem) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  /** The cohort to apply to, by id. Default: the one open for applications (else the next, else the last). */
  cohort = '';

  /** The level of the element's heading (1–4), so it fits the host page's outline; the cohort's is one below. */
  headingLevel = 2;

  /** The moment the window is judged at. Default: now (stories and tests pin it). */
  now: Date | undefined;

  private draft: ApplicationDraft | undefined;
  /** The role whose application is shown (a member enrolled in both may apply in both). */
  private chosenRole: Role | undefined;
  private editing = false;
  private busy = false;
  private confirmingWithdraw = false;
  private announcement: Announcement | '' = '';
  private avoidStatus = '';
  private avoidQuery = '';
  private avoidHits: AvoidEntry[] | undefined;
  /** Names of the members on an application's avoid list, as the member may see them. */
  private names: ReadonlyMap<string, string> = new Map();

  readonly #form = new FormController<DraftField, DraftProblem>(this, {
    summary: true,
    check: () => (this.draft ? checkDraft(this.draft) : {}),
    message: (_field, key) => (key === 'cohort.apply.capacityBad' ? this.i18n.t(key, MAX_COHORT_CAPACITY) : this.i18n.t(key)),
    refusal: (_error, path) => {
      const field = fieldOfPath(path);
      return field ? [field, 'form.checkField'] : undefined;
    },
  });

  #adapter: ResourceCache | undefined;

  readonly #list = new Task<[ResourceCache], MemberCohort[]>(this, {
    autoRun: false,
    // An adapter of a society's own may offer no cohorts: then there is none to apply to.
    task: async ([adapter], { signal }) => (adapter.cohorts ? adapter.cohorts.listCohorts({ signal }) : []),
    onComplete: (list) => void this.#learnNames(list),
  });

  readonly #search = new Task<[ResourceCache, Role, string], AvoidEntry[]>(this, {
    autoRun: false,
    task: async ([adapter, role, text], { signal }) => {
      const page = await adapter.search({ find: role === 'mentee' ? 'mentors' : 'mentees', text, limit: AVOID_RESULTS }, { signal });
      return page.hits.map((hit) => ({ id: hit.member.id, name: hit.member.name }));
    },
    onComplete: (hits) => {
      this.avoidHits = hits;
      this.avoidStatus = this.i18n.t('cohort.apply.avoidResults', hits.length);
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadCohortLocale(this.i18n.lang);
    const program = this.program;
    const adapter = program?.settings && !program.error && program.viewer ? program.adapter : undefined;
    if (adapter && adapter !== this.#adapter) {
      this.#adapter = adapter;
      this.draft = this.chosenRole = undefined;
      this.editing = this.confirmingWithdraw = false;
      this.announcement = '';
      this.names = new Map();
      void this.#list.run([adapter]);
    }
    if (changed.has('cohort')) {
      this.draft = this.chosenRole = undefined;
      this.editing = this.confirmingWithdraw = false;
    }
  }

  protected override onMentoringChange(change: MentoringChange): void {
    if (change.kind !== 'concern' && this.#adapter) void this.#list.run([this.#adapter]);
  }

  get #now(): Date {
    return this.now ?? new Date();
  }

  /** The cohort shown: the one named, else open, else upcoming, else the latest not archived. */
  #current(list: MemberCohort[]): MemberCohort | undefined {
    if (this.cohort) return list.find((entry) => entry.cohort.id === this.cohort);
    const now = this.#now;
    const live = list.filter((entry) => cohortPhase(entry.cohort, now) !== 'archived');
    return (
      live.find((entry) => cohortPhase(entry.cohort, now) === 'open') ??
      live.find((entry) => cohortPhase(entry.cohort, now) === 'upcoming') ??
      live.at(-1)
    );
  }

  async #learnNames(list: MemberCohort[]): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter) return;
    const ids = new Set(list.flatMap((entry) => applied(entry).flatMap((a) => a.avoid)).filter((id) => !this.names.has(id)));
    if (ids.size === 0) return;
    const found = await Promise.all([...ids].map((id) => adapter.getMember(id).then((m) => [id, m.name] as const, () => [id, id] as const)));
    this.names = new Map([...this.names, ...found]);
  }

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    const title = html`<div role="heading" aria-level=${this.headingLevel} part="title" tabindex="-1">${t('cohort.apply.title')}</div>`;
    const gate = this.renderProgramGate();
    if (gate) return html`<div class="stack">${title}${gate}</div>`;
    const viewer = this.program!.viewer;
    if (!viewer) return html`<div class="stack">${title}<p class="notice" part="notice">${t('program.signIn')}</p></div>`;
    if (!viewer.enrolled) return html`<div class="stack">${title}<p class="notice" part="notice">${t('cohort.apply.enrol')}</p></div>`;
    const list = this.#list.value;
    let body: unknown;
    if (!list) {
      body = this.#list.status === TaskStatus.ERROR
        ? this.renderError(this.#list.error, () => this.#adapter && void this.#list.run([this.#adapter]))
        : html`<p class="notice" part="notice" role="status">${t('cohort.apply.loading')}</p>`;
    } else {
      const current = this.#current(list);
      body = current ? this.#renderCohort(current) : html`<p class="notice" part="notice">${t('cohort.apply.none')}</p>`;
    }
    return html`<div class="stack" aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${title}${body}
      <p class="visually-hidden" part="status" role="status">${this.announcement ? t(this.announcement) : ''}</p>
    </div>`;
  }

  #renderCohort(entry: MemberCohort): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const { cohort } = entry;
    const applications = applied(entry);
    // The backend says whether applications are taken now; the dates say whether they are yet to come.
    const phase = entry.windowOpen ? 'open' : cohortPhase(cohort, this.#now) === 'open' ? 'closed' : cohortPhase(cohort, this.#now);
    const roles = cohort.roles.filter((role) => entry.canApply.includes(role) || applications.some((a) => a.role === role));
    const role = this.chosenRole && roles.includes(this.chosenRole) ? this.chosenRole : (applications.find((a) => roles.includes(a.role))?.role ?? roles[0]);
    const sent = applications.find((a) => a.role === role);
    let status: string;
    if (phase === 'upcoming') status = t('cohort.apply.upcoming', this.i18n.date(cohort.applicationsOpenAt, 'long'));
    else if (phase === 'open') status = t('cohort.apply.open', this.i18n.date(cohort.applicationsCloseAt, 'long'));
    else if (phase === 'archived') status = t('cohort.apply.archived');
    else if (applications.length > 0) status = t('cohort.apply.closedApplied', this.i18n.date(cohort.matchAt, 'long'));
    else status = t('cohort.apply.closed', this.i18n.date(cohort.applicationsCloseAt, 'long'));
    let content: unknown = nothing;
    if (phase === 'open') {
      if (!role) content = html`<p class="notice" part="notice">${t('cohort.apply.noRole')}</p>`;
      else content = html`${roles.length > 1 ? this.#renderRoles(roles, role, applications) : nothing}
        ${sent && !this.editing ? this.#renderSent(sent, true) : this.#renderForm(cohort.id, role, sent)}`;
    } else if (phase === 'closed' && sent) {
      content = this.#renderSent(sent, false);
    }
    return html`<section class="stack" aria-labelledby="cohort-name">
      <div part="cohort">
        <div role="heading" aria-level=${this.headingLevel + 1} id="cohort-name">${cohort.name}</div>
        <p class="muted">${windowText(this.i18n, cohort)}</p>
        <p class="muted">${scheduleText(this.i18n, cohort)}</p>
      </div>
      <p class="notice" part="phase" id="phase" tabindex="-1">${status}</p>
      ${content}
    </section>`;
  }

  #renderRoles(roles: Role[], role: Role, applications: CohortApplication[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<fieldset>
      <legend>${t('cohort.apply.role')}</legend>
      <div class="row">
        ${roles.map((r) => html`<label class="check">
          <input type="radio" name="role" .value=${r} .checked=${live(r === role)} @change=${() => this.#chooseRole(r)} />
          ${t(`cohort.role.${r}`)}${applications.some((a) => a.role === r) ? html` <span class="muted">${t('cohort.apply.roleApplied')}</span>` : nothing}
        </label>`)}
      </div>
    </fieldset>`;
  }

  #chooseRole(role: Role): void {
    this.chosenRole = role;
    this.draft = undefined;
    this.editing = this.confirmingWithdraw = false;
    this.#form.clear();
  }

  /** The application as sent: what it says, and (while open) Change and Withdraw. */
  #renderSent(sent: CohortApplication, open: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program!.settings!;
    const applied = t(`cohort.apply.applied.${sent.role}`, this.i18n.date(sent.createdAt, 'long'));
    return html`<div part="application" class="stack">
      ${this.#form.failure ? this.renderError(this.#form.failure) : nothing}
      <p id="applied" tabindex="-1">${applied}</p>
      <dl>
        <dt>${t('cohort.apply.summaryTopics')}</dt>
        <dd>${wordList(this.i18n, sent.topics.map((id) => topicWord(this.i18n, settings, id)))}</dd>
        ${sent.role === 'mentor'
          ? html`<dt>${t('cohort.apply.summaryCapacity')}</dt><dd>${this.i18n.number(sent.capacity)}</dd>`
          : nothing}
        <dt>${t('cohort.apply.avoid')}</dt>
        <dd>${sent.avoid.length
          ? html`<ul class="people">${sent.avoid.map((id) => html`<li><span class="name">${this.names.get(id) ?? id}</span></li>`)}</ul>`
          : t('cohort.apply.avoidNone')}</dd>
      </dl>
      ${open ? this.#renderSentActions(sent) : nothing}
    </div>`;
  }

  #renderSentActions(sent: CohortApplication): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const busy = this.busy ? 'true' : nothing;
    if (this.confirmingWithdraw) {
      return html`<div class="notice stack" role="group" aria-labelledby="withdraw-question" part="actions">
        <p id="withdraw-question" tabindex="-1">${t('cohort.apply.withdrawConfirm')}</p>
        <div class="row">
          <button type="button" class="button danger" aria-disabled=${busy} @click=${() => void this.#withdraw(sent)}>
            ${this.busy ? t('cohort.apply.busy') : t('cohort.apply.withdraw')}
          </button>
          <button type="button" class="button" id="keep" @click=${() => void this.#cancelWithdraw()}>${t('action.cancel')}</button>
        </div>
      </div>`;
    }
    return html`<div class="row" part="actions">
      <button type="button" class="button primary" id="edit" @click=${() => void this.#edit()}>${t('cohort.apply.edit')}</button>
      <button type="button" class="button danger" id="withdraw" @click=${() => void this.#askWithdraw()}>${t('cohort.apply.withdraw')}</button>
    </div>`;
  }

  #renderForm(cohortId: string, role: Role, sent: CohortApplication | undefined): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const member = this.program!.viewer!.member;
    if (!this.draft || this.draft.role !== role) this.draft = draftFor(role, member, sent, (id) => this.names.get(id) ?? id);
    const draft = this.draft;
    const form = this.#form;
    const settings = this.program!.settings!;
    return html`<form part="form" class="stack" novalidate @submit=${(event: SubmitEvent) => void this.#submit(event, cohortId, Boolean(sent))}>
      ${formSummary(form, (n) => t('cohort.apply.problems', n))}
      ${form.failure ? this.renderError(form.failure) : nothing}
      <fieldset id="topics" tabindex="-1" aria-describedby=${describedBy('topics-hint', form.errorId('topics'))}>
        <legend>${t(role === 'mentee' ? 'cohort.apply.seek' : 'cohort.apply.offer')}</legend>
        <p class="hint" id="topics-hint">${t('cohort.apply.topicsHint')}</p>
        ${form.error('topics')}
        <div class="topics">${this.#topicChoices(settings, draft)}</div>
      </fieldset>
      ${role === 'mentor'
        ? html`<div class="field">
            <label for="capacity">${t('cohort.apply.capacity')}</label>
            <input id="capacity" type="number" min="1" max=${MAX_COHORT_CAPACITY} step="1" inputmode="numeric" .value=${live(draft.capacity)}
              aria-invalid=${form.invalid('capacity')} aria-describedby=${describedBy(form.errorId('capacity'))}
              @input=${(event: Event) => this.#set('capacity', { capacity: (event.target as HTMLInputElement).value })} />
            ${form.error('capacity')}
          </div>`
        : nothing}
      ${this.#renderAvoid(draft)}
      <div class="field">
        <label for="statement">${t(`cohort.apply.statement.${role}`)}</label>
        <textarea id="statement" rows="4" maxlength="2000" .value=${live(draft.statement)}
          aria-invalid=${form.invalid('statement')} aria-describedby=${describedBy(form.errorId('statement'))}
          @input=${(event: Event) => this.#set('statement', { statement: (event.target as HTMLTextAreaElement).value })}></textarea>
        ${form.error('statement')}
      </div>
      <div class="row" part="actions">
        <button type="submit" class="button primary" aria-disabled=${this.busy ? 'true' : nothing}>
          ${this.busy ? t('cohort.apply.busy') : t(sent ? 'cohort.apply.save' : 'cohort.apply.submit')}
        </button>
        ${sent ? html`<button type="button" class="button" @click=${() => void this.#stopEditing()}>${t('cohort.apply.cancelEdit')}</button>` : nothing}
      </div>
    </form>`;
  }

  #topicChoices(settings: ProgramSettings, draft: ApplicationDraft): TemplateResult[] {
    // Retired topics are offered only to the member who chose them before (settings-rules.ts).
    const offered = [...offeredEntries(settings.topics), ...settings.topics.filter((topic) => topic.retired && draft.topics.includes(topic.id))];
    return offered.map((topic) => html`<label class="check">
      <input type="checkbox" name="topics" .value=${topic.id} .checked=${live(draft.topics.includes(topic.id))}
        aria-invalid=${this.#form.invalid('topics')} @change=${this.#toggleTopic} />
      ${word(entry(this.i18n, settings, topic))}
    </label>`);
  }

  readonly #toggleTopic = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const topics = this.draft!.topics.filter((id) => id !== input.value);
    this.#set('topics', { topics: input.checked ? [...topics, input.value] : topics });
  };

  #renderAvoid(draft: ApplicationDraft): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const hits = (this.avoidHits ?? []).filter((hit) => !draft.avoid.some((entry) => entry.id === hit.id));
    const full = draft.avoid.length >= MAX_AVOID;
    return html`<fieldset part="avoid" id="avoid" tabindex="-1" aria-describedby=${describedBy('avoid-hint', this.#form.errorId('avoid'))}>
      <legend>${t('cohort.apply.avoid')}</legend>
      <p class="hint" id="avoid-hint">${t('cohort.apply.avoidHint')}</p>
      ${this.#form.error('avoid')}
      ${draft.avoid.length
        ? html`<ul class="people" aria-label=${t('cohort.apply.avoid')}>
            ${draft.avoid.map((entry) => html`<li>
              <span class="name">${entry.name}</span>
              <button type="button" class="button" @click=${() => void this.#removeAvoid(entry)}>${sentence(this.i18n, 'cohort.apply.avoidRemove', bdi(entry.name))}</button>
            </li>`)}
          </ul>`
        : html`<p class="muted">${t('cohort.apply.avoidNone')}</p>`}
      ${full
        ? html`<p>${t('cohort.apply.avoidFull')}</p>`
        : html`<div class="field">
            <label for="avoid-search">${t('cohort.apply.avoidSearch')}</label>
            <div class="row">
              <input id="avoid-search" type="search" maxlength="200" autocomplete="off" .value=${live(this.avoidQuery)}
                @input=${(event: Event) => (this.avoidQuery = (event.target as HTMLInputElement).value)}
                @keydown=${this.#searchKey} />
              <button type="button" class="button" @click=${() => this.#find()}>${t('cohort.apply.avoidFind')}</button>
            </div>
          </div>`}
      <p class="muted" role="status">${this.avoidStatus}</p>
      ${hits.length && !full
        ? html`<ul class="people" aria-label=${t('cohort.apply.avoidSearch')}>
            ${hits.map((hit) => html`<li>
              <span class="name">${hit.name}</span>
              <button type="button" class="button" @click=${() => void this.#addAvoid(hit)}>${sentence(this.i18n, 'cohort.apply.avoidAdd', bdi(hit.name))}</button>
            </li>`)}
          </ul>`
        : nothing}
    </fieldset>`;
  }

  /** Enter in the search field searches; it does not send the application. */
  readonly #searchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#find();
  };

  #find(): void {
    const text = this.avoidQuery.trim();
    if (!text || !this.#adapter || !this.draft) return;
    this.avoidStatus = '';
    void this.#search.run([this.#adapter, this.draft.role, text]);
  }

  async #addAvoid(entry: AvoidEntry): Promise<void> {
    this.#set('avoid', { avoid: [...this.draft!.avoid, entry] });
    this.avoidStatus = this.i18n.t('cohort.apply.avoidAdded', isolate(entry.name));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#avoid-search')?.focus();
  }

  async #removeAvoid(entry: AvoidEntry): Promise<void> {
    this.#set('avoid', { avoid: this.draft!.avoid.filter((e) => e.id !== entry.id) });
    this.avoidStatus = this.i18n.t('cohort.apply.avoidRemoved', isolate(entry.name));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#avoid-search, #avoid')?.focus();
  }

  #set(field: DraftField, change: Partial<ApplicationDraft>): void {
    this.draft = { ...this.draft!, ...change };
    this.#form.edited(field);
    this.#form.recheck();
  }

  async #edit(): Promise<void> {
    this.editing = true;
    this.draft = undefined;
    this.announcement = '';
    this.#form.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#topics')?.focus();
  }

  async #stopEditing(): Promise<void> {
    this.editing = false;
    this.draft = undefined;
    this.#form.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#edit')?.focus();
  }

  async #askWithdraw(): Promise<void> {
    this.confirmingWithdraw = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw-question')?.focus();
  }

  async #cancelWithdraw(): Promise<void> {
    this.confirmingWithdraw = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw')?.focus();
  }

  async #submit(event: SubmitEvent, cohortId: string, editing: boolean): Promise<void> {
    event.preventDefault();
    const adapter = this.#adapter;
    if (!adapter || !this.draft || this.busy || !this.#form.submit()) return;
    const draft = this.draft;
    this.busy = true;
    this.announcement = '';
    try {
      await adapter.cohorts!.applyToCohort(cohortId, draft.role, inputOf(draft));
      this.names = new Map([...this.names, ...draft.avoid.map((entry) => [entry.id, entry.name] as const)]);
      await this.#list.run([adapter]);
      this.editing = false;
      this.draft = undefined;
      this.avoidHits = undefined;
      this.avoidQuery = this.avoidStatus = '';
      this.#form.clear();
      this.announcement = editing ? 'cohort.apply.done.saved' : 'cohort.apply.done.applied';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#applied')?.focus();
      void this.emit(new MentorCohortApplicationEvent(editing ? 'update' : 'apply', cohortId, draft.role));
    } catch (error) {
      this.#form.refuse(error);
    } finally {
      this.busy = false;
    }
  }

  async #withdraw(sent: CohortApplication): Promise<void> {
    const adapter = this.#adapter;
    if (!adapter || this.busy) return;
    this.busy = true;
    this.announcement = '';
    try {
      await adapter.cohorts!.withdrawApplication(sent.cohortId, sent.role);
      await this.#list.run([adapter]);
      this.confirmingWithdraw = false;
      this.draft = undefined;
      this.announcement = 'cohort.apply.done.withdrawn';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#phase')?.focus();
      void this.emit(new MentorCohortApplicationEvent('withdraw', sent.cohortId, sent.role));
    } catch (error) {
      this.#form.failure = error;
      this.confirmingWithdraw = false;
    } finally {
      this.busy = false;
    }
  }
}
