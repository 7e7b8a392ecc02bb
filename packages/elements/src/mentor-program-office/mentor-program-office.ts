import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { MentoringChange, StaffAdapter } from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { officeStyles } from './styles.ts';
import { isStaffOnly } from './office-view.ts';
import { addMessages, registerLocale, type OfficeMessages } from '../i18n/localize.ts';
import { officeEn } from '../i18n/en.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', officeEn);

/** The office's views, in the order of its tabs. */
export const OFFICE_VIEWS = ['dashboard', 'members', 'mentorships', 'requests', 'cohorts', 'concerns', 'evaluations', 'audit', 'settings'] as const;
export type OfficeViewName = (typeof OFFICE_VIEWS)[number];

/**
 * Each view is a module of its own, imported the first time staff open its tab: the office is large, and
 * the dashboard alone is what most visits need.
 */
const VIEW_MODULES: Record<OfficeViewName, () => Promise<unknown>> = {
  dashboard: () => import('./dashboard/dashboard-define.ts'),
  members: () => import('./members/members-define.ts'),
  mentorships: () => import('./mentorships/mentorships-define.ts'),
  requests: () => import('./requests/requests-define.ts'),
  concerns: () => import('./concerns/concerns-define.ts'),
  evaluations: () => import('./evaluations/evaluations-define.ts'),
  audit: () => import('./audit/audit-define.ts'),
  settings: () => import('./settings/settings-define.ts'),
  cohorts: () => import('./cohorts/cohorts-define.ts'),
};

/**
 * The office's strings in the other languages, by base language: apart from the member elements' catalogs
 * (which every page in that language downloads), imported only when the office is shown in the language.
 */
const OFFICE_LOCALES: Readonly<Record<string, () => Promise<OfficeMessages>>> = {
  fr: async () => (await import('../i18n/office-fr.ts')).officeFr,
  es: async () => (await import('../i18n/office-es.ts')).officeEs,
  de: async () => (await import('../i18n/office-de.ts')).officeDe,
  ar: async () => (await import('../i18n/office-ar.ts')).officeAr,
};
const localesRequested = new Set<string>();

const isView = (value: string | null): value is OfficeViewName => (OFFICE_VIEWS as readonly string[]).includes(value ?? '');

/**
 * The program office, for staff: a dashboard of the whole program, the lists of members, mentorships and
 * requests waiting too long (search, filters, paging, CSV export), the staff actions (pair two members,
 * end, withdraw, pause, resume, approve, decline, suspend, lift), the concerns members raise, the
 * evaluations, the audit log and the program's settings. Each is a tab; a tab's code downloads the first
 * time it is opened. A member who is not staff sees that the page is for program staff, and no data.
 *
 * Place it inside `<mentor-program>`: with `api` or `demo` the program makes the staff adapter itself;
 * with `.adapter` set from script, set `.staffAdapter` beside it.
 *
 * @summary The program office: the dashboard, lists, staff actions, concerns, evaluations, audit log and settings.
 *
 * @csspart title - The office's heading.
 * @csspart tabs - The row of tabs; each is a `tab` (the one shown also `selected`).
 * @csspart panel - The tab panel holding the view.
 * @csspart notice - The program's own messages (loading, sign in), and the "for program staff" message (also `forbidden`).
 * @csspart error - A loading error, with Try again.
 * @csspart dialog - The dialogs of the staff actions, the concerns and pairing.
 *
 * @cssproperty --mentor-office-gap - Space between the office's parts. Default `var(--mentor-space, 1rem)`.
 * @cssproperty --mentor-office-loading-min-block-size - Space held while a view first loads. Default `8rem`.
 * @cssproperty --mentor-chart-1 - The trend chart's first series (requests); `--mentor-chart-2` … `-5` the others.
 * @cssproperty --mentor-dialog-background - The dialogs' background.
 *
 * @event {MentorStaffActionEvent} mentor-staff-action - A staff action succeeded (`action`, `subjectId`).
 * @event {MentorExportEvent} mentor-export - A list was exported as CSV (`list`, `rows`, `fileName`, `file`); cancelable, to keep the file from being saved.
 */
export class MentorProgramOffice extends MentorElement {
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    now: { attribute: false },
    ready: { state: true, attribute: false },
    viewFailed: { state: true, attribute: false },
    newConcerns: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    ...officeStyles,
    css`
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        margin-block-end: var(--_gap);
        border-block-end: 1px solid var(--_border);
      }
      [role='tab'] {
        min-block-size: 2.75rem;
        padding: 0.4em 0.9em;
        border: 1px solid transparent;
        border-block-end: none;
        border-start-start-radius: var(--_radius);
        border-start-end-radius: var(--_radius);
        background: none;
        color: var(--_accent);
        font-weight: 600;
        cursor: pointer;
        margin-block-end: -1px;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--_surface);
        border-color: var(--_border);
        border-block-end: 1px solid var(--_surface);
        color: var(--_text);
      }
      [role='tabpanel']:focus-visible {
        outline: var(--_focus);
      }
      .count {
        margin-inline-start: 0.35em;
        padding: 0 0.45em;
        border-radius: 1em;
        background: var(--_accent);
        color: var(--_on-accent);
        font-size: 0.85em;
      }
      @media (forced-colors: active) {
        [role='tab'][aria-selected='true'] {
          border-color: CanvasText;
          text-decoration: underline;
        }
        .count {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  /** The tab shown: `dashboard`, `members`, `mentorships`, `requests`, `cohorts`, `concerns`, `evaluations`, `audit` or `settings`. */
  view: OfficeViewName = 'dashboard';

  /** The moment date ranges and days waiting count from. Default: now (stories and tests pin it). */
  now: Date | undefined;

  /** The views whose module has loaded (they stay in the page once opened, keeping their filters). */
  private ready: ReadonlySet<OfficeViewName> = new Set();
  /** A view's module that did not download. */
  private viewFailed: OfficeViewName | undefined;
  /** How many concerns are new, for the Concerns tab. */
  private newConcerns = 0;

  /** The staff adapter, asked of the program once the viewer is known to be staff. */
  readonly #staff = new Task<[() => Promise<StaffAdapter>], StaffAdapter>(this, {
    autoRun: false,
    task: ([get]) => get(),
    onComplete: (staff) => this.#watch(staff),
  });
  #askedWith: (() => Promise<StaffAdapter>) | undefined;
  #unwatch: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#staff.value && !this.#unwatch) this.#watch(this.#staff.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#loadLocale();
    const program = this.program;
    if (program?.viewer?.staff && !program.error && program.staff !== this.#askedWith) {
      this.#askedWith = program.staff;
      void this.#staff.run([program.staff]);
    }
    if (!isView(this.view)) this.view = 'dashboard';
    if (this.#staff.value) void this.#loadView(this.view);
  }

  /** The office's strings in the language it is shown in, the first time it is shown in it. */
  #loadLocale(): void {
    const base = this.i18n.lang.toLowerCase().split('-')[0] ?? '';
    const load = OFFICE_LOCALES[base];
    if (!load || localesRequested.has(base)) return;
    localesRequested.add(base);
    load().then((messages) => registerLocale(base, messages)).catch((error: unknown) => {
      localesRequested.delete(base);
      console.error(`mentor-match: could not load the program office's ${base} strings.`, error);
    });
  }

  async #loadView(view: OfficeViewName): Promise<void> {
    if (this.ready.has(view)) return;
    try {
      await VIEW_MODULES[view]();
      this.ready = new Set([...this.ready, view]);
      if (this.viewFailed === view) this.viewFailed = undefined;
    } catch (error) {
      this.viewFailed = view;
      console.error(`mentor-match: could not load the program office's ${view} view.`, error);
    }
  }

  #watch(staff: StaffAdapter): void {
    this.#unwatch?.();
    this.#unwatch = staff.subscribe((change) => this.#onStaffChange(change));
    void this.#countConcerns(staff);
  }

  #onStaffChange(change: MentoringChange): void {
    if (change.kind === 'concern' && this.#staff.value) void this.#countConcerns(this.#staff.value);
  }

  async #countConcerns(staff: StaffAdapter): Promise<void> {
    try {
      this.newConcerns = (await staff.listConcerns({ status: 'new', limit: 1 })).total;
    } catch {
      // The count is a courtesy: the Concerns tab says what went wrong when opened.
    }
  }

  protected override render() {
    const t = this.i18n.t.bind(this.i18n);
    const title = html`<h2 part="title">${t('office.title')}</h2>`;
    const gate = this.renderProgramGate();
    if (gate) return html`${title}${gate}`;
    const viewer = this.program!.viewer;
    if (!viewer?.staff) {
      return html`${title}<p class="notice" part="notice forbidden">${t('office.forbidden')}</p>`;
    }
    const task = this.#staff;
    if (task.status === TaskStatus.ERROR) {
      return html`${title}${isStaffOnly(task.error)
        ? html`<p class="notice" part="notice forbidden">${t('office.forbidden')}</p>`
        : this.renderError(task.error, () => this.program && void task.run([this.program.staff]))}`;
    }
    const staff = task.value;
    if (!staff) return html`${title}<p class="notice" part="notice" role="status">${t('office.loading')}</p>`;
    return html`${title}${this.#renderTabs()}
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${this.view}" tabindex="0">
        ${OFFICE_VIEWS.map((view) => (this.ready.has(view) ? this.#renderView(view, staff) : nothing))}
        ${this.ready.has(this.view) ? nothing : this.#renderViewLoading()}
      </div>`;
  }

  #renderTabs(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<div role="tablist" part="tabs" aria-label=${t('office.title')} @keydown=${this.#onTabKey}>
      ${OFFICE_VIEWS.map((view) => {
        const selected = view === this.view;
        const count = view === 'concerns' && this.newConcerns > 0
          ? html`<span class="count" aria-hidden="true">${this.i18n.number(this.newConcerns)}</span>
              <span class="visually-hidden">${t('office.tab.newConcerns', this.newConcerns)}</span>`
          : nothing;
        return html`<button type="button" role="tab" id="tab-${view}" part="tab${selected ? ' selected' : ''}"
          aria-selected=${selected ? 'true' : 'false'} aria-controls="panel" tabindex=${selected ? '0' : '-1'}
          @click=${() => this.#select(view)}>${t(`office.tab.${view}`)}${count}</button>`;
      })}
    </div>`;
  }

  #renderView(view: OfficeViewName, staff: StaffAdapter): TemplateResult {
    const hidden = view !== this.view;
    // Literal tags: each view's element is defined by its own module (VIEW_MODULES).
    switch (view) {
      case 'dashboard':
        return html`<mentor-office-dashboard .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-dashboard>`;
      case 'members':
        return html`<mentor-office-members .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-members>`;
      case 'mentorships':
        return html`<mentor-office-mentorships .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-mentorships>`;
      case 'requests':
        return html`<mentor-office-requests .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-requests>`;
      case 'concerns':
        return html`<mentor-office-concerns .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-concerns>`;
      case 'evaluations':
        return html`<mentor-office-evaluations .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-evaluations>`;
      case 'audit':
        return html`<mentor-office-audit .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-audit>`;
      case 'settings':
        return html`<mentor-office-settings .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-settings>`;
      case 'cohorts':
        return html`<mentor-office-cohorts .staff=${staff} .now=${this.now} ?hidden=${hidden} exportparts="dialog"></mentor-office-cohorts>`;
    }
  }

  #renderViewLoading(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    if (this.viewFailed === this.view) {
      const view = this.view;
      return html`<div class="notice error" part="error" role="alert">
        <p>${t('error.network')}</p>
        <button type="button" class="button" @click=${() => void this.#loadView(view)}>${t('action.retry')}</button>
      </div>`;
    }
    return html`<p class="loading" part="loading" role="status">${t('office.loading')}</p>`;
  }

  #select(view: OfficeViewName): void {
    this.view = view;
  }

  /** Arrow keys move between tabs (mirrored right to left), Home and End to the ends; Enter or Space opens one. */
  readonly #onTabKey = (event: KeyboardEvent): void => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (current + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    for (const [index, tab] of tabs.entries()) tab.tabIndex = index === next ? 0 : -1;
    tabs[next]!.focus();
  };
}
