// <mentor-workspace>: one mentorship's shared workspace, for its two partners: goals with milestones and a
// status (seeded from the request's goals), the meetings they logged, the cadence they agreed, the next
// meeting and its calendar file. Read only, with its history, once the mentorship has ended. Loaded by the
// console the first time a member opens a workspace (workspace-define.ts): no page downloads it before. Everything a
// member wrote is shown as text, marked with its author's language and isolated from the page's direction.
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type {
  Cadence, GoalStatus, MentoringChange, MentorshipItem, Workspace, WorkspaceAdapter, WorkspaceChange,
} from '@mentor-match/core';
import { CADENCES, GOAL_STATUSES } from '@mentor-match/core/schemas/workspace';
import { MentorElement } from '../internal/mentor-element.ts';
import { loadWorkspaceLocale } from './strings.ts';
import { workspaceStyles } from './styles.ts';
import { bdi, sentence } from '../internal/isolate.ts';

/** The value of a named field of a submitted form. */
const field = (form: HTMLFormElement, name: string): string => String(new FormData(form).get(name) ?? '').trim();

/**
 * One mentorship's workspace. Set `item` (the mentorship and partner, as the console lists them); the
 * workspace calls come from `<mentor-program>` (its `workspace` adapter).
 *
 * @summary A mentorship's shared goals, meeting log, cadence and next meeting.
 *
 * @csspart title - The workspace's heading.
 * @csspart read-only - The notice that the mentorship has ended.
 * @csspart goals - The list of goals; each is a `goal`.
 * @csspart meetings - The meeting log; each is a `meeting`.
 * @csspart cadence - The agreed cadence.
 * @csspart next-meeting - The next meeting and its calendar file.
 * @csspart error - A refusal or a loading error.
 */
export class MentorWorkspace extends MentorElement {
  static override properties: PropertyDeclarations = {
    item: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    busy: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    workspace: { state: true, attribute: false },
  };

  static override styles = [...MentorElement.styles, workspaceStyles];

  /** The mentorship (and partner) whose workspace this is. */
  item: MentorshipItem | undefined;

  /** The level of the workspace's heading; its parts are headed one level below. */
  headingLevel = 4;

  /** The day a new meeting's date starts at. Default: today (the console passes its own, which tests pin). */
  now: Date | undefined;

  private busy = false;
  private refusal: unknown;
  private announcement = '';

  /** The loaded workspace; replaced by each change's answer. */
  private workspace: Workspace | undefined;

  readonly #load = new Task<[(() => Promise<WorkspaceAdapter>) | undefined, string | undefined], Workspace | undefined>(this, {
    task: async ([workspace, id], { signal }) => (workspace && id ? (await workspace()).getWorkspace(id, { signal }) : undefined),
    args: () => [this.program?.workspace, this.item?.mentorship.id],
    onComplete: (value) => (this.workspace = value),
  });

  protected override onMentoringChange(change: MentoringChange): void {
    // The partner's entry, or the mentorship ending: load again.
    if (change.kind === 'mentorship' && change.id === this.item?.mentorship.id && !this.busy) void this.#load.run();
  }

  /** Sends one change; its answer is the workspace now. A refusal is said in words and focused. */
  async #change(change: WorkspaceChange, form?: HTMLFormElement): Promise<void> {
    const make = this.program?.workspace;
    const id = this.item?.mentorship.id;
    if (!make || !id || this.busy) return;
    this.busy = true;
    this.refusal = undefined;
    this.announcement = '';
    try {
      this.workspace = await (await make()).changeWorkspace(id, change);
      form?.reset();
      this.announcement = this.i18n.t('workspace.saved');
    } catch (error) {
      this.refusal = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="error"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  readonly #submit = (event: SubmitEvent, build: (form: HTMLFormElement) => WorkspaceChange): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void this.#change(build(form), form);
  };

  /** The calendar file of the next meeting, saved through a link to it made in the page. */
  async #download(): Promise<void> {
    const make = this.program?.workspace;
    const id = this.item?.mentorship.id;
    if (!make || !id) return;
    try {
      const ics = await (await make()).nextMeetingIcs(id);
      const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: 'next-meeting.ics' });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.refusal = error;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadWorkspaceLocale(this.i18n.lang);
  }

  protected override render(): TemplateResult {
    const gate = this.renderProgramGate();
    if (gate) return gate;
    const t = this.i18n.t.bind(this.i18n);
    const item = this.item;
    const workspace = this.workspace;
    if (!item) return html``;
    const title = html`<div role="heading" aria-level=${this.headingLevel} part="title" id="ws-title" tabindex="-1" dir="auto">
      ${sentence(this.i18n, 'workspace.title', bdi(item.partner.name))}</div>`;
    if (!workspace) {
      return html`${title}${this.#load.status === TaskStatus.ERROR
        ? this.renderError(this.#load.error, () => void this.#load.run())
        : html`<p class="muted" role="status">${t('workspace.loading')}</p>`}`;
    }
    const editable = !workspace.readOnly;
    return html`<section aria-labelledby="ws-title">
      ${title}
      ${workspace.readOnly ? html`<p class="notice" part="read-only">${t('workspace.readOnly')}</p>` : nothing}
      <div role="alert">${this.refusal === undefined ? nothing : html`<div part="error" tabindex="-1">${this.renderError(this.refusal)}</div>`}</div>
      ${this.#renderGoals(workspace, editable)} ${this.#renderMeetings(workspace, editable)}
      ${this.#renderCadence(workspace, editable)} ${this.#renderNextMeeting(workspace, editable)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  #heading(id: string, text: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.headingLevel + 1} id=${id}>${text}</div>`;
  }

  /** Who wrote something: "you", or the partner's name; and the language they write in. */
  #author(memberId: string | null): { name: string; lang: string | undefined } {
    const item = this.item!;
    const viewer = this.program?.viewer?.member;
    const id = memberId ?? item.mentorship.requesterId;
    if (id === item.partner.id) return { name: item.partner.name, lang: item.partner.textLanguage ?? undefined };
    return { name: this.i18n.t('workspace.you'), lang: viewer?.textLanguage ?? undefined };
  }

  #text(value: string, memberId: string | null): TemplateResult {
    return html`<span class="member-text" dir="auto" lang=${this.#author(memberId).lang ?? nothing}>${value}</span>`;
  }

  #renderGoals(workspace: Workspace, editable: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const disabled = this.busy ? 'true' : nothing;
    return html`${this.#heading('ws-goals', t('workspace.goals'))}
      ${workspace.goals.length === 0 ? html`<p class="muted">${t('workspace.noGoals')}</p>` : nothing}
      <ul part="goals" aria-labelledby="ws-goals">
        ${workspace.goals.map(
          (goal) => html`<li part="goal">
            ${this.#text(goal.title, goal.addedBy)}
            <span class="muted">· ${goal.addedBy === null ? t('workspace.fromRequest') : sentence(this.i18n, 'workspace.addedBy', bdi(this.#author(goal.addedBy).name))}</span>
            ${editable
              ? html`<label class="check">${t('workspace.status')}
                  <select aria-disabled=${disabled} @change=${(event: Event) =>
                    void this.#change({ type: 'set-goal-status', goalId: goal.id, status: (event.target as HTMLSelectElement).value as GoalStatus })}>
                    ${GOAL_STATUSES.map((status) => html`<option value=${status} ?selected=${status === goal.status}>${t(`workspace.status.${status}`)}</option>`)}
                  </select></label>`
              : html`<span class="tag">${t(`workspace.status.${goal.status}`)}</span>`}
            ${goal.milestones.length
              ? html`<ul aria-label=${t('workspace.milestones')}>
                  ${goal.milestones.map((milestone) => html`<li>
                    ${editable
                      ? html`<label class="check"><input type="checkbox" .checked=${milestone.done} @change=${(event: Event) =>
                          void this.#change({ type: 'set-milestone', goalId: goal.id, milestoneId: milestone.id, done: (event.target as HTMLInputElement).checked })} />
                          ${this.#text(milestone.title, goal.addedBy)}</label>`
                      : html`${milestone.done ? '✓ ' : ''}${this.#text(milestone.title, goal.addedBy)}`}
                  </li>`)}
                </ul>`
              : nothing}
            ${editable
              ? html`<form @submit=${(event: SubmitEvent) => this.#submit(event, (form) => ({ type: 'add-milestone', goalId: goal.id, title: field(form, 'title') }))}>
                  <label>${t('workspace.newMilestone')}<input name="title" required maxlength="300" autocomplete="off" /></label>
                  <button class="button" aria-disabled=${disabled}>${t('workspace.addMilestone')}</button>
                </form>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${editable
        ? html`<form @submit=${(event: SubmitEvent) => this.#submit(event, (form) => ({ type: 'add-goal', title: field(form, 'title') }))}>
            <label>${t('workspace.newGoal')}<input name="title" required maxlength="500" autocomplete="off" /></label>
            <button class="button" aria-disabled=${disabled}>${t('workspace.addGoal')}</button>
          </form>`
        : nothing}`;
  }

  #renderMeetings(workspace: Workspace, editable: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const today = (this.now ?? new Date()).toISOString().slice(0, 10);
    return html`${this.#heading('ws-meetings', t('workspace.meetings'))}
      ${workspace.meetings.length === 0 ? html`<p class="muted">${t('workspace.noMeetings')}</p>` : nothing}
      <ul part="meetings" aria-labelledby="ws-meetings">
        ${workspace.meetings.map(
          (meeting) => html`<li part="meeting">
            <p>${t('workspace.meeting', this.i18n.date(meeting.date, 'long'), meeting.minutes)}
              <span class="muted">· ${sentence(this.i18n, 'workspace.loggedBy', bdi(this.#author(meeting.loggedBy).name))}</span></p>
            ${meeting.notes ? html`<p>${t('workspace.notes')}: ${this.#text(meeting.notes, meeting.loggedBy)}</p>` : nothing}
            ${meeting.nextSteps ? html`<p>${t('workspace.nextSteps')}: ${this.#text(meeting.nextSteps, meeting.loggedBy)}</p>` : nothing}
          </li>`,
        )}
      </ul>
      ${editable
        ? html`<form aria-label=${t('workspace.logMeeting')} @submit=${(event: SubmitEvent) =>
            this.#submit(event, (form) => ({
              type: 'log-meeting', date: field(form, 'date'), minutes: Number(field(form, 'minutes')), notes: field(form, 'notes'), nextSteps: field(form, 'nextSteps'),
            }))}>
            <label>${t('workspace.date')}<input type="date" name="date" required max=${today} .value=${today} /></label>
            <label>${t('workspace.minutes')}<input type="number" name="minutes" required min="1" max="1440" value="60" /></label>
            <label>${t('workspace.notes')}<textarea name="notes" rows="2" maxlength="4000"></textarea></label>
            <label>${t('workspace.nextSteps')}<textarea name="nextSteps" rows="2" maxlength="2000"></textarea></label>
            <button class="button" aria-disabled=${this.busy ? 'true' : nothing}>${t('workspace.log')}</button>
          </form>`
        : nothing}`;
  }

  #renderCadence(workspace: Workspace, editable: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const label = (cadence: Cadence | null) => t(cadence ? `workspace.cadence.${cadence}` : 'workspace.cadence.none');
    return html`<p part="cadence">
      ${editable
        ? html`<label class="check">${t('workspace.cadence')}
            <select @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              void this.#change({ type: 'set-cadence', cadence: value ? (value as Cadence) : null });
            }}>
              <option value="" ?selected=${workspace.cadence === null}>${label(null)}</option>
              ${CADENCES.map((cadence) => html`<option value=${cadence} ?selected=${cadence === workspace.cadence}>${label(cadence)}</option>`)}
            </select></label>`
        : html`${t('workspace.cadence')}: ${label(workspace.cadence)}`}
    </p>`;
  }

  #renderNextMeeting(workspace: Workspace, editable: boolean): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const next = workspace.nextMeeting;
    const zone = this.program?.viewer?.member.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const when = (start: string) =>
      t('workspace.when', new Intl.DateTimeFormat(this.i18n.lang, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(start)), zone);
    return html`<div part="next-meeting">
      ${this.#heading('ws-next', t('workspace.nextMeeting'))}
      ${next
        ? html`<p>${when(next.start)} · ${t('workspace.length', next.minutes)}</p>
            <button type="button" class="button" @click=${() => void this.#download()}>${t('workspace.calendar')}</button>`
        : html`<p class="muted">${t('workspace.noNextMeeting')}</p>`}
      ${editable
        ? html`<form aria-labelledby="ws-next" @submit=${(event: SubmitEvent) =>
            this.#submit(event, (form) => ({
              type: 'set-next-meeting',
              // The browser reads the field in its own zone; the instant is the same wherever the partner is.
              start: new Date(field(form, 'start')).toISOString(),
              minutes: Number(field(form, 'minutes')),
              timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            }))}>
            <label>${t('workspace.start')}<input type="datetime-local" name="start" required /></label>
            <label>${t('workspace.minutes')}<input type="number" name="minutes" required min="5" max="1440" value="60" /></label>
            <button class="button" aria-disabled=${this.busy ? 'true' : nothing}>${t('workspace.plan')}</button>
          </form>`
        : nothing}
    </div>`;
  }
}
