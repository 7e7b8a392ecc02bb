import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type { MentoringAdapter, MentoringChange, Mentorship, MentorshipAction, MentorshipItem } from '@mentor-match/core';
import { isMentoringError } from '@mentor-match/core/errors';
import { isOpen } from '@mentor-match/core/lifecycle';
import { codeOfConductDue } from '@mentor-match/core/standing';
import { MentorElement } from '../internal/mentor-element.ts';
import { MentorMentorshipChangeEvent, type MentorshipChangeAction } from '../events/mentorship-change.ts';
import { MentorPendingCountEvent } from '../events/pending-count.ts';
import type { ConfirmDialog } from './confirm-dialog.ts';
import { needsConfirmation, type ConfirmedAction } from './confirmed-actions.ts';
import type { FeedbackForms } from './feedback-form.ts';
import { groupItems, viewerMentors } from './groups.ts';
import { renderItem, type ItemContext, type Panel } from './item.ts';
import { consoleParts, loadActionWords } from './parts.ts';
import { consoleStyles } from './styles.ts';
import { addMessages } from '../i18n/localize.ts';
import { consoleEn } from '../i18n/en.ts';
import { isolate } from '../internal/isolate.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', consoleEn);

export { CONFIRMED_ACTIONS } from './confirmed-actions.ts';

type Section = 'pending' | 'active' | 'ended';

/** After these the member carries on with the section they were in; after the others, with the item. */
const LEAVES: readonly MentorshipChangeAction[] = ['decline', 'withdraw'];

/**
 * The viewer's mentorships in three sections: **Pending** (requests to answer, and the viewer's own to
 * withdraw), **Active** (partners with their contact details, term and progress) and **Ended** (history
 * and feedback). Every action the lifecycle allows is a button; declining, withdrawing, completing and
 * ending ask for confirmation in a modal dialog. Each action names the version the member saw, so a view
 * made stale by another tab or the partner is refused and refreshed. Place it inside `<mentor-program>`.
 *
 * The host reflects `pending-count`, the number of requests waiting for the viewer's answer, for a
 * navigation badge (`mentor-relationships-console[pending-count]:not([pending-count='0'])`).
 *
 * @summary The member's pending, active and ended mentorships, with every action they may take.
 *
 * @slot empty - Shown with the "no mentorships yet" line, e.g. a link to the page with `<mentor-search>`.
 *
 * @csspart title - The console's heading ("My mentoring").
 * @csspart section - Each section (also `pending`, `active` or `ended`).
 * @csspart heading - Each section's heading, with its count.
 * @csspart list - The list of mentorships in a section.
 * @csspart item - One mentorship (also `incoming` or `outgoing` while pending).
 * @csspart photo - The partner's photo, or their initials (also `initials`).
 * @csspart name - The partner's name.
 * @csspart headline - The partner's headline.
 * @csspart relation - Who asked whom, or who mentors whom.
 * @csspart saved - The "Saved for later" mark.
 * @csspart details - What the request asks for: areas of guidance, goals, term, meeting mode, message (and contact details once active).
 * @csspart dates - When a request was sent and expires, or when a mentorship started and ends.
 * @csspart expiry - The warning that few days are left before a request expires.
 * @csspart contact - An active partner's email and phone links (in `details`).
 * @csspart progress - The term's progress bar and "Month 2 of 6".
 * @csspart term-over - The note that the agreed term is over.
 * @csspart state - How and when an ended mentorship ended; `reason` the reason given.
 * @csspart actions - The row of action buttons; each is an `action` and its name (`accept`, `end`, …).
 * @csspart feedback - The feedback form; `thanks` once feedback is given.
 * @csspart older - The `<details>` folding older history.
 * @csspart empty - The "no mentorships yet" message.
 * @csspart loading - Shown (with reserved space) while the list first loads.
 * @csspart dialog - The confirmation `<dialog>`.
 * @csspart error - A refusal or a loading error, with Try again for the latter.
 * @csspart notice - The program's own messages (loading, sign in).
 *
 * @cssproperty --mentor-console-gap - Space between sections and items. Default `var(--mentor-space, 1rem)`.
 * @cssproperty --mentor-console-item-background - An item's background.
 * @cssproperty --mentor-console-item-border-color - An item's border colour.
 * @cssproperty --mentor-console-item-padding - Space inside an item.
 * @cssproperty --mentor-console-photo-size - The partner's photo's width and height. Default `3rem`.
 * @cssproperty --mentor-console-loading-min-block-size - Space held while the list first loads. Default `12rem`.
 * @cssproperty --mentor-dialog-background - The confirmation dialog's background.
 *
 * @event {MentorMentorshipChangeEvent} mentor-mentorship-change - The member's action succeeded (`MentorMentorshipChangeEvent`: `action`, `mentorship`).
 * @event {MentorPendingCountEvent} mentor-pending-count - A status event, not a member's action: after the list loads (the first
 * time, and whenever a load changes it), the number of requests awaiting the viewer's answer
 * (`MentorPendingCountEvent`: `count`). Never fired when a page script sets properties.
 */
export class MentorRelationshipsConsole extends MentorElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    recentEnded: { type: Number, attribute: 'recent-ended' },
    pendingCount: { type: Number, attribute: 'pending-count', reflect: true },
    now: { attribute: false },
    busy: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    concernsReady: { state: true, attribute: false },
    reportsOpen: { state: true, attribute: false },
    conductReady: { state: true, attribute: false },
    cohortsReady: { state: true, attribute: false },
    panels: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, ...consoleStyles];

  /**
   * The level of the console's title (1–4), so it fits the host page's outline; its sections are headed one
   * level below, each mentorship two.
   */
  headingLevel = 2;

  /** How many ended mentorships show before the rest fold into "Older mentorships". */
  recentEnded = 5;

  /**
   * Read-only: requests waiting for the viewer's answer (incoming, pending or saved for later), set after
   * each load and reflected for styling a navigation badge. Absent until the list has loaded.
   */
  pendingCount: number | undefined;

  /** The moment days left and term progress count from. Default: now (stories and tests pin it). */
  now: Date | undefined;

  /** The action running: its button shows it is busy and the others wait. */
  private busy: { id: string; action: MentorshipChangeAction } | undefined;
  /** Why the adapter refused the member's last action, in words. */
  private refusal = '';
  /** What the member's last action led to, for the polite live region. */
  private announcement = '';
  /** The modules of the reports to the program office (concerns-define.ts) and the code of conduct notice, once loaded. */
  private concernsReady = false;
  private reportsOpen = false;
  private conductReady = false;
  /** The cohort part's module (cohort-matches-define.ts), loaded in a program that runs cohorts. */
  private cohortsReady = false;
  /** The workspace or follow-up open under each item, by mentorship id (their module loads when first opened). */
  private panels = new Map<string, Panel>();

  /** The confirmation asked before declining, withdrawing, completing or ending (its module loads when first asked for). */
  #confirmation: ConfirmDialog | undefined;
  /** The feedback forms of the mentorships that are over (their module loads when the list first shows one). */
  #feedback: FeedbackForms | undefined;

  /** The last list loaded; kept on screen while a refresh runs or if it fails. */
  #items: MentorshipItem[] | undefined;
  /** The adapter the list comes from: another one (another viewer) starts afresh. */
  #adapter: MentoringAdapter | undefined;

  #list = new Task<[MentoringAdapter], MentorshipItem[]>(this, {
    autoRun: false,
    task: async ([adapter], { signal }) => {
      const items = await adapter.listMentorships({ signal });
      await this.#loadFeedback(items);
      return items;
    },
    onComplete: (items) => {
      this.#keepFocus();
      this.#items = items;
      const count = groupItems(items).awaiting;
      if (count !== this.pendingCount) {
        this.pendingCount = count;
        void this.emit(new MentorPendingCountEvent(count));
      }
    },
  });

  /**
   * The feedback forms' module, the first time the list holds a mentorship that is over (completed or ended:
   * where a form or its thanks shows), before the list shows with them. If it cannot be downloaded, the list
   * shows without them and the next load asks again.
   */
  async #loadFeedback(items: MentorshipItem[]): Promise<void> {
    if (this.#feedback || !items.some(({ mentorship: { state } }) => state === 'completed' || state === 'ended')) return;
    try {
      const { FeedbackForms } = await consoleParts.feedback();
      this.#feedback ??= new FeedbackForms(this, this.i18n, (item, input) =>
        void this.#run(item, 'feedback', (adapter) => adapter.giveFeedback(item.mentorship.id, input)));
    } catch (error) {
      // Shown without the forms: everything else works; the web team sees why.
      console.error('mentor-match: could not load the console\'s feedback form.', error);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: notifications were missed while detached.
    if (this.#adapter) void this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#list.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const program = this.program;
    const adapter = program?.settings && !program.error ? program.adapter : undefined;
    if (adapter && adapter !== this.#adapter) {
      this.#items = undefined;
      this.refusal = this.announcement = '';
      void this.#reload();
    }
  }

  protected override onMentoringChange(change: MentoringChange): void {
    // A request sent from a card elsewhere on the page, a partner's answer, a partner's new name.
    if (change.kind !== 'member' || this.#items?.some((item) => item.partner.id === change.id)) void this.#reload();
  }

  /**
   * Loads the list again and waits until it is on screen (a failure shows in the list). `restart: false`
   * waits for a load already under way instead: after the member's own action, the change it made has
   * started one, and a second would stop it only to ask for the same list again.
   */
  async #reload(restart = true): Promise<void> {
    const adapter = this.program?.adapter;
    if (!adapter) return;
    this.#adapter = adapter;
    if (restart || this.#list.status !== TaskStatus.PENDING) void this.#list.run([adapter]);
    await this.#list.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /**
   * A load may take away what has focus (a request the member was about to accept, withdrawn meanwhile):
   * focus then follows the mentorship to where it went, or goes to the heading of the section it left.
   */
  #keepFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const item = root.activeElement?.closest('li.item');
    if (!item) return;
    const heading = item.closest('section')!.getAttribute('aria-labelledby')!;
    // The task asks for the render after this: ask now, so updateComplete waits for that render.
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (root.activeElement) return;
      const moved = root.getElementById(item.id);
      (moved && !moved.closest('details:not([open])') ? moved : root.getElementById(heading))?.focus();
    });
  }

  get #now(): Date {
    return this.now ?? new Date();
  }

  protected override render() {
    return this.renderProgramGate() ?? this.#renderConsole();
  }

  #renderConsole(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const items = this.#items;
    const failed = this.#list.status === TaskStatus.ERROR;
    // The button goes with the error: the title keeps focus in the console meanwhile.
    const retry = () => {
      this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
      void this.#reload();
    };
    const error = failed ? this.renderError(this.#list.error, retry) : nothing;
    let body: unknown;
    if (!items) {
      body = failed ? error : html`<p class="loading" part="loading" role="status">${t('console.loading')}</p>`;
    } else if (items.length === 0) {
      body = html`${error}<div class="notice" part="empty"><p>${t('console.empty')}</p><slot name="empty"></slot></div>`;
    } else {
      const groups = groupItems(items);
      const recent = Math.max(0, Math.floor(this.recentEnded) || 0);
      const context = this.#itemContext();
      body = html`${error}${this.#renderSection(context, 'pending', groups.pending)}${this.#renderSection(context, 'active', groups.active)}
        ${this.#renderSection(context, 'ended', groups.ended.slice(0, recent), groups.ended.slice(recent))}`;
    }
    return html`<div role="heading" aria-level=${this.headingLevel} part="title" tabindex="-1">${t('console.title')}</div>
      <div role="alert">
        ${this.refusal ? html`<p class="notice error" part="error" id="refusal" tabindex="-1">${this.refusal}</p>` : nothing}
      </div>
      ${this.#renderCohorts()}
      <div aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.#renderConduct()}
      <details part="reports" @toggle=${this.#toggleReports}>
        <summary>${t('console.reports')}</summary>
        ${this.reportsOpen && this.concernsReady ? html`<mentor-concern-list .items=${items ?? []}></mentor-concern-list>` : nothing}
      </details>
      ${this.concernsReady ? html`<mentor-concern-dialog exportparts="dialog"></mentor-concern-dialog>` : nothing}
      ${this.#confirmation?.render() ?? nothing}`;
  }

  /** The code of conduct notice, loaded the first time the program asks this member to accept a version. */
  #renderConduct(): TemplateResult | typeof nothing {
    const { settings, viewer } = this.program ?? {};
    const due = Boolean(settings && viewer?.enrolled && codeOfConductDue(viewer.member, settings));
    if (due && !this.conductReady) {
      void import('./code-of-conduct-define.ts').then(() => (this.conductReady = true));
    }
    return this.conductReady ? html`<mentor-code-of-conduct></mentor-code-of-conduct>` : nothing;
  }

  /** Proposed matches, terms ending and rematch, in a program that runs cohorts (its module loaded then only). */
  #renderCohorts(): TemplateResult | typeof nothing {
    const { settings, adapter } = this.program ?? {};
    if (!settings?.mode || settings.mode === 'self-serve' || !adapter?.cohorts) return nothing;
    if (!this.cohortsReady) void import('./cohort-matches-define.ts').then(() => (this.cohortsReady = true));
    return this.cohortsReady
      ? html`<mentor-cohort-matches heading-level=${this.headingLevel + 1} .now=${this.now} exportparts="dialog"></mentor-cohort-matches>`
      : nothing;
  }

  readonly #toggleReports = async (event: Event): Promise<void> => {
    if (!(event.target as HTMLDetailsElement).open) return;
    await import('./concerns-define.ts');
    this.concernsReady = this.reportsOpen = true;
  };

  async #report(item: MentorshipItem, trigger: HTMLElement): Promise<void> {
    await import('./concerns-define.ts');
    this.concernsReady = true;
    await this.updateComplete;
    await this.renderRoot.querySelector('mentor-concern-dialog')?.report(item, trigger);
  }

  async #togglePanel(id: string, panel: Panel): Promise<void> {
    const panels = new Map(this.panels);
    if (panels.get(id) === panel) panels.delete(id);
    else {
      await import('../mentor-workspace/workspace-define.ts');
      panels.set(id, panel);
    }
    this.panels = panels;
  }

  /** What every item is shown with in this render. */
  #itemContext(): ItemContext {
    const busy = this.busy;
    return {
      i18n: this.i18n,
      headingLevel: this.headingLevel + 2,
      viewerTextLanguage: this.program!.viewer?.member.textLanguage,
      settings: this.program!.settings!,
      now: this.#now,
      busy,
      onAction: (event, item, action) => this.#onAction(event, item, action),
      feedback: (item) => this.#feedback?.render(item, Boolean(busy), busy?.id === item.mentorship.id) ?? nothing,
      onReport: (event, item) => void this.#report(item, event.currentTarget as HTMLElement),
      panel: (item) => this.panels.get(item.mentorship.id),
      onPanel: (item, panel) => void this.#togglePanel(item.mentorship.id, panel),
    };
  }

  #renderSection(context: ItemContext, section: Section, list: MentorshipItem[], older: MentorshipItem[] = []): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const count = list.length + older.length;
    return html`<section part="section ${section}" aria-labelledby="${section}-heading">
      <div role="heading" aria-level=${this.headingLevel + 1} part="heading" id="${section}-heading" tabindex="-1">${t(`console.${section}`, count)}</div>
      ${list.length ? this.#renderList(context, list) : older.length ? nothing : html`<p class="none">${t(`console.none.${section}`)}</p>`}
      ${older.length
        ? html`<details part="older"><summary>${t('console.older', older.length)}</summary>${this.#renderList(context, older)}</details>`
        : nothing}
    </section>`;
  }

  #renderList(context: ItemContext, list: MentorshipItem[]): TemplateResult {
    return html`<ul class="list" part="list">
      ${repeat(list, (item) => item.mentorship.id, (item) => renderItem(context, item))}
    </ul>`;
  }

  #onAction(event: Event, item: MentorshipItem, action: MentorshipAction): void {
    // aria-disabled keeps a busy button focusable; clicks must still do nothing.
    if (this.busy) return;
    if (needsConfirmation(action)) void this.#confirm(item, action, event.currentTarget as HTMLElement);
    else void this.#run(item, action, (adapter) => adapter.act(item.mentorship.id, action, { version: item.mentorship.version }));
  }

  async #confirm(item: MentorshipItem, action: ConfirmedAction, trigger: HTMLElement): Promise<void> {
    if (!this.#confirmation) {
      const { ConfirmDialog } = await import('./confirm-dialog.ts');
      this.#confirmation ??= new ConfirmDialog(this, this.i18n, (item, action, input) =>
        void this.#run(item, action, (adapter) => adapter.act(item.mentorship.id, action, input)));
    }
    await this.#confirmation.open(item, action, trigger);
  }

  /**
   * Runs the member's action, then refreshes the list either way, so what is shown is the truth. Success
   * is announced and focus moves to where the item went (or the section it left); a refusal is said in
   * words and focused.
   */
  async #run(item: MentorshipItem, action: MentorshipChangeAction, call: (adapter: MentoringAdapter) => Promise<Mentorship>): Promise<void> {
    const adapter = this.program?.adapter;
    if (!adapter || this.busy) return;
    const id = item.mentorship.id;
    this.busy = { id, action };
    this.refusal = this.announcement = '';
    const worded = loadActionWords();
    let result: Mentorship | undefined;
    let failure: unknown;
    try {
      result = await call(adapter);
    } catch (error) {
      failure = error;
    }
    // A refusal made the cache forget what it concerned (no change is told of it): load afresh.
    await this.#reload(!result);
    const words = await worded;
    this.busy = undefined;
    if (!result) {
      this.refusal = this.#refusalText(failure, item, words);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#refusal')?.focus();
      return;
    }
    const name = isolate(item.partner.name);
    const t = this.i18n.t.bind(this.i18n);
    this.announcement = !words
      ? t('console.done')
      : action === 'feedback'
        ? t('console.done.feedback')
        : action === 'accept'
          ? t(viewerMentors(item) ? 'console.done.acceptMentee' : 'console.done.acceptMentor', name)
          : t(`console.done.${action}`, name);
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const moved = root.getElementById(`m-${id}`);
    const heading = (m: Mentorship) => root.getElementById(`${sectionOf(m)}-heading`);
    const target = LEAVES.includes(action)
      ? heading(item.mentorship)
      : moved && !moved.closest('details:not([open])') ? moved : heading(result);
    target?.focus();
    void this.emit(new MentorMentorshipChangeEvent(action, result));
  }

  /**
   * The refusal in words. After the refresh the record shows what happened: a request that expired
   * while on screen is refused as stale (its version moved when it expired), and is said to be expired.
   * Limits are worded for the viewer when the viewer is the mentor whose places are full (once the actions'
   * words are here: `worded`).
   */
  #refusalText(error: unknown, item: MentorshipItem, worded: boolean): string {
    const fresh = this.#items?.find((i) => i.mentorship.id === item.mentorship.id)?.mentorship;
    if (!isMentoringError(error)) return this.errorText(error);
    if (error.code === 'expired' || (error.code === 'conflict' && fresh?.state === 'expired')) return this.i18n.t('error.expired');
    if (worded && error.code === 'capacity-reached' && viewerMentors(item)) {
      if (error.reason === 'mentor-full') return this.i18n.t('console.mentorFull');
      if (error.reason === 'mentors-per-mentee') return this.i18n.t('console.menteeFull');
    }
    return this.errorText(error);
  }
}

const sectionOf = (m: Mentorship): Section =>
  isOpen(m.state) ? 'pending' : m.state === 'active' ? 'active' : 'ended';
