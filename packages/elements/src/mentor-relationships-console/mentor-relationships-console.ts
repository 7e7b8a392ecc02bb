import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import {
  DAY_MS, MENTORSHIP_ACTIONS, addMonths, availableActions, canGiveFeedback,
  isAccepted, isMentoringError, isOpen, type MentoringAdapter, type MentoringChange, type Mentorship, type MentorshipAction,
  type MentorshipItem,
} from '@mentor-match/core';
import { MentorElement } from '../internal/mentor-element.ts';
import { avatar } from '../internal/avatar.ts';
import { meetingModeKey } from '../i18n/en.ts';
import { MentorMentorshipChangeEvent, type MentorshipChangeAction } from '../events/mentorship-change.ts';
import { MentorPendingCountEvent } from '../events/pending-count.ts';
import { topicLabel } from '../mentor-profile-card/describe.ts';
import { mailtoHref, telHref } from './contact.ts';
import { groupItems, isIncoming, viewerMentors } from './groups.ts';
import { consoleStyles } from './styles.ts';
import { addMessages } from '../i18n/localize.ts';
import { consoleEn } from './messages.ts';

// This element's English strings join the catalog when it is imported (the page's other elements' do not).
addMessages('en', consoleEn);

/** The actions that ask for confirmation first, in a modal dialog. */
export const CONFIRMED_ACTIONS = ['decline', 'withdraw', 'complete', 'end'] as const satisfies readonly MentorshipAction[];
type ConfirmedAction = (typeof CONFIRMED_ACTIONS)[number];
type Section = 'pending' | 'active' | 'ended';

const needsConfirmation = (action: MentorshipAction): action is ConfirmedAction =>
  (CONFIRMED_ACTIONS as readonly string[]).includes(action);
/** After these the member carries on with the section they were in; after the others, with the item. */
const LEAVES: readonly MentorshipChangeAction[] = ['decline', 'withdraw'];

interface Confirming {
  item: MentorshipItem;
  action: ConfirmedAction;
  trigger: HTMLElement;
}

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
  static override styles = [...MentorElement.styles, ...consoleStyles];

  /** How many ended mentorships show before the rest fold into "Older mentorships". */
  @property({ type: Number, attribute: 'recent-ended' }) recentEnded = 5;

  /**
   * Read-only: requests waiting for the viewer's answer (incoming, pending or saved for later), set after
   * each load and reflected for styling a navigation badge. Absent until the list has loaded.
   */
  @property({ type: Number, attribute: 'pending-count', reflect: true }) pendingCount: number | undefined;

  /** The moment days left and term progress count from. Default: now (stories and tests pin it). */
  @property({ attribute: false }) now: Date | undefined;

  /** The action running: its button shows it is busy and the others wait. */
  @state() private busy: { id: string; action: MentorshipChangeAction } | undefined;
  @state() private confirming: Confirming | undefined;
  @state() private reasonMissing = false;
  /** The mentorship whose feedback form was sent without a rating. */
  @state() private ratingMissing: string | undefined;
  /** Why the adapter refused the member's last action, in words. */
  @state() private refusal = '';
  /** What the member's last action led to, for the polite live region. */
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The last list loaded; kept on screen while a refresh runs or if it fails. */
  #items: MentorshipItem[] | undefined;
  /** The adapter the list comes from: another one (another viewer) starts afresh. */
  #adapter: MentoringAdapter | undefined;

  #list = new Task<[MentoringAdapter], MentorshipItem[]>(this, {
    autoRun: false,
    task: ([adapter], { signal }) => adapter.listMentorships({ signal }),
    onComplete: (items) => {
      this.#items = items;
      const count = groupItems(items).awaiting;
      if (count !== this.pendingCount) {
        this.pendingCount = count;
        void this.emit(new MentorPendingCountEvent(count));
      }
    },
  });

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
    const error = failed ? this.renderError(this.#list.error, () => void this.#reload()) : nothing;
    let body: unknown;
    if (!items) {
      body = failed ? error : html`<p class="loading" part="loading" role="status">${t('console.loading')}</p>`;
    } else if (items.length === 0) {
      body = html`${error}<div class="notice" part="empty"><p>${t('console.empty')}</p><slot name="empty"></slot></div>`;
    } else {
      const groups = groupItems(items);
      const recent = Math.max(0, Math.floor(this.recentEnded) || 0);
      body = html`${error}${this.#renderSection('pending', groups.pending)}${this.#renderSection('active', groups.active)}
        ${this.#renderSection('ended', groups.ended.slice(0, recent), groups.ended.slice(recent))}`;
    }
    return html`<h2 part="title">${t('console.title')}</h2>
      <div role="alert">
        ${this.refusal ? html`<p class="notice error" part="error" id="refusal" tabindex="-1">${this.refusal}</p>` : nothing}
      </div>
      <div aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.#renderDialog()}`;
  }

  #renderSection(section: Section, list: MentorshipItem[], older: MentorshipItem[] = []): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const count = list.length + older.length;
    return html`<section part="section ${section}" aria-labelledby="${section}-heading">
      <h3 part="heading" id="${section}-heading" tabindex="-1">${t(`console.${section}`, count)}</h3>
      ${list.length ? this.#renderList(list) : older.length ? nothing : html`<p class="none">${t(`console.none.${section}`)}</p>`}
      ${older.length
        ? html`<details part="older"><summary>${t('console.older', older.length)}</summary>${this.#renderList(older)}</details>`
        : nothing}
    </section>`;
  }

  #renderList(list: MentorshipItem[]): TemplateResult {
    return html`<ul class="list" part="list">
      ${repeat(list, (item) => item.mentorship.id, (item) => this.#renderItem(item))}
    </ul>`;
  }

  #renderItem(item: MentorshipItem): TemplateResult {
    const { mentorship: m, partner } = item;
    const t = this.i18n.t.bind(this.i18n);
    const open = isOpen(m.state);
    const direction = open ? (isIncoming(item) ? 'incoming' : 'outgoing') : '';
    return html`<li class="item" part="item ${direction}" id="m-${m.id}" tabindex="-1" aria-labelledby="n-${m.id}">
      ${avatar(partner, '')}
      <div class="body">
        <h4 part="name" id="n-${m.id}">${partner.name}</h4>
        ${partner.headline ? html`<p part="headline" class="muted">${partner.headline}</p>` : nothing}
        <p part="relation">${this.#relation(item)}${m.state === 'saved'
          ? html`<span class="tag" part="saved">${t('console.saved')}</span>`
          : nothing}</p>
        ${open ? this.#renderRequest(item) : m.state === 'active' ? this.#renderActive(item) : this.#renderEnded(item)}
        ${this.#renderActions(item)} ${this.#renderFeedback(item)}
      </div>
    </li>`;
  }

  /** Who asked whom while it is a request (or never became more); who mentors whom once accepted. */
  #relation(item: MentorshipItem): string {
    const t = this.i18n.t.bind(this.i18n);
    const mentors = viewerMentors(item);
    const { state } = item.mentorship;
    if (state === 'active') return mentors ? t('console.youMentor', item.partner.name) : t('console.yourMentor');
    if (isAccepted(state)) return mentors ? t('console.youMentored', item.partner.name) : t('console.wasYourMentor');
    if (isIncoming(item)) return t(mentors ? 'console.asksMentor' : 'console.invitesMentee');
    return t(mentors ? 'console.invitedMentee' : 'console.askedMentor');
  }

  /** What the request asks for: areas of guidance, goals, term, meeting mode, message (while open); `before` comes first. */
  #renderDetails({ mentorship: m }: MentorshipItem, before: unknown = nothing): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program!.settings!;
    return html`<dl part="details">
      ${before} ${row(t('console.areas'), this.i18n.list(m.areas.map((id) => topicLabel(settings, id))))}
      ${row(t('console.goals'), m.goals)} ${row(t('console.term'), t('months', m.termMonths))}
      ${row(t('console.meetingMode'), t(meetingModeKey(m.meetingMode)))} ${isOpen(m.state) ? row(t('console.message'), m.message) : nothing}
    </dl>`;
  }

  #renderRequest(item: MentorshipItem): TemplateResult {
    const { mentorship: m } = item;
    const t = this.i18n.t.bind(this.i18n);
    const date = (value: string) => this.i18n.date(value, 'long');
    const daysLeft = Math.ceil((Date.parse(m.expiresAt) - this.#now.getTime()) / DAY_MS);
    const warnFrom = this.program!.settings!.reminderDays || 7;
    return html`${this.#renderDetails(item)}
      <p part="dates">${t('console.sent', date(m.createdAt))} · ${t('console.expires', date(m.expiresAt))}</p>
      ${daysLeft <= warnFrom ? html`<p class="warning" part="expiry">${t('console.daysLeft', daysLeft)}</p>` : nothing}`;
  }

  #renderActive(item: MentorshipItem): TemplateResult {
    const { mentorship: m, partner } = item;
    const t = this.i18n.t.bind(this.i18n);
    const date = (value: string) => this.i18n.date(value, 'long');
    const start = new Date(m.startedAt ?? m.respondedAt ?? m.createdAt);
    const end = m.endsAt ?? addMonths(start, m.termMonths).toISOString();
    const now = this.#now;
    // The month of the term now in: whole calendar months since the start, plus one, at most the term.
    let month = 1;
    while (month < m.termMonths && addMonths(start, month) <= now) month += 1;
    const over = now.getTime() >= Date.parse(end);
    const contact = partner.contact;
    const link = (href: string | undefined, value: string) => (href ? html`<a part="contact" href=${href}>${value}</a>` : value);
    return html`${this.#renderDetails(
        item,
        contact && [
          row(t('meetingMode.email'), link(mailtoHref(contact.email), contact.email)),
          contact.phone ? row(t('meetingMode.phone'), link(telHref(contact.phone), contact.phone)) : nothing,
        ],
      )}
      <p part="dates">${t('console.dates', date(start.toISOString()), date(end))}</p>
      <p part="progress">
        <progress max=${m.termMonths} .value=${month} aria-labelledby="p-${m.id}"></progress>
        <span id="p-${m.id}">${t('console.month', month, m.termMonths)}</span>
      </p>
      ${over ? html`<p class="warning" part="term-over">${t('console.termOver', date(end))}</p>` : nothing}`;
  }

  #renderEnded({ mentorship: m }: MentorshipItem): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const state = m.state as 'completed' | 'ended' | 'declined' | 'withdrawn' | 'expired';
    const reason = m.endReason ?? m.declineReason;
    return html`<p part="state">${t(`console.state.${state}`, this.i18n.date(m.endedAt ?? m.respondedAt ?? m.expiresAt, 'long'))}</p>
      ${reason ? html`<p part="reason">${t('console.reason', reason)}</p>` : nothing}`;
  }

  #renderActions(item: MentorshipItem): TemplateResult | typeof nothing {
    const { mentorship: m, partner } = item;
    // `unsave` is the lifecycle's own step: a saved request is answered, not moved back.
    const actions = availableActions(m, m.mentorId === partner.id ? m.menteeId : m.mentorId, this.#now)
      .filter((action): action is MentorshipAction => (MENTORSHIP_ACTIONS as readonly string[]).includes(action));
    if (actions.length === 0) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const busy = this.busy;
    return html`<div class="actions" part="actions">
      ${actions.map((action) => {
        const kind = action === 'accept' ? 'primary' : needsConfirmation(action) && action !== 'complete' ? 'danger' : '';
        const running = busy?.id === m.id && busy.action === action;
        return html`<button type="button" class="button ${kind}" part="action ${action}" aria-describedby="n-${m.id}"
          aria-haspopup=${needsConfirmation(action) ? 'dialog' : nothing} aria-disabled=${busy ? 'true' : nothing}
          @click=${(event: Event) => this.#onAction(event, item, action)}>
          ${running ? t('console.busy') : t(`console.action.${action}`)}
        </button>`;
      })}
    </div>`;
  }

  #renderFeedback(item: MentorshipItem): TemplateResult | typeof nothing {
    const { mentorship: m, partner } = item;
    const me = m.mentorId === partner.id ? m.menteeId : m.mentorId;
    const t = this.i18n.t.bind(this.i18n);
    if (m.feedback.some((feedback) => feedback.memberId === me)) return html`<p class="thanks" part="thanks">${t('console.thanks')}</p>`;
    if (!canGiveFeedback(m, me)) return nothing;
    const missing = this.ratingMissing === m.id;
    const running = this.busy?.id === m.id;
    return html`<form class="feedback" part="feedback" novalidate @submit=${(event: SubmitEvent) => this.#onFeedback(event, item)}>
      <fieldset>
        <legend>${t('console.feedback', partner.name)}</legend>
        <div class="ratings">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label><input type="radio" name="rating" value=${n} aria-invalid=${missing ? 'true' : nothing}
              aria-describedby=${missing ? `r-${m.id}` : nothing} @change=${() => (this.ratingMissing = undefined)} />
              ${t('console.rating', n)}</label>`,
          )}
        </div>
        ${missing ? html`<p class="error" id="r-${m.id}">${t('console.ratingMissing')}</p>` : nothing}
      </fieldset>
      <label class="block">${t('console.comment')}<textarea name="comment" rows="2" maxlength="2000"></textarea></label>
      <button type="submit" class="button" aria-disabled=${this.busy ? 'true' : nothing}>
        ${running ? t('console.busy') : t('console.sendFeedback')}
      </button>
    </form>`;
  }

  #renderDialog(): TemplateResult {
    const confirming = this.confirming;
    const t = this.i18n.t.bind(this.i18n);
    let content: unknown = nothing;
    if (confirming) {
      const { action, item } = confirming;
      const reason = action === 'decline' || action === 'end';
      const missing = this.reasonMissing;
      content = html`<form novalidate @submit=${this.#confirm}>
        <h2 id="dialog-title">${t(`console.confirm.${action}`, item.partner.name)}</h2>
        <p id="dialog-text">${t(`console.explain.${action}`)}</p>
        ${reason
          ? html`<label class="block" for="reason">${t(action === 'end' ? 'console.reasonRequired' : 'console.reasonOptional')}</label>
              <textarea id="reason" name="reason" rows="3" maxlength="500" ?required=${action === 'end'}
                aria-invalid=${missing ? 'true' : nothing} aria-describedby=${missing ? 'reason-error' : nothing}
                @input=${() => (this.reasonMissing = false)}></textarea>
              ${missing ? html`<p class="error" id="reason-error">${t('console.reasonMissing')}</p>` : nothing}`
          : nothing}
        <div class="buttons">
          <button type="button" class="button" @click=${() => this.dialog.close()}>${t('action.cancel')}</button>
          <button type="submit" class="button ${action === 'complete' ? 'primary' : 'danger'}">${t(`console.action.${action}`)}</button>
        </div>
      </form>`;
    }
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${this.#closed}>
      ${content}
    </dialog>`;
  }

  async #onAction(event: Event, item: MentorshipItem, action: MentorshipAction): Promise<void> {
    // aria-disabled keeps a busy button focusable; clicks must still do nothing.
    if (this.busy) return;
    if (!needsConfirmation(action)) return this.#run(item, action, (adapter) => adapter.act(item.mentorship.id, action, { version: item.mentorship.version }));
    this.confirming = { item, action, trigger: event.currentTarget as HTMLElement };
    this.reasonMissing = false;
    await this.updateComplete;
    this.dialog.showModal();
    // Into the dialog: the reason when there is one to give, else Cancel, the safe choice.
    this.dialog.querySelector<HTMLElement>('textarea, button')?.focus();
  }

  #confirm(event: SubmitEvent): void {
    event.preventDefault();
    const confirming = this.confirming;
    if (!confirming) return;
    const field = this.dialog.querySelector('textarea');
    const reason = field?.value.trim() ?? '';
    if (confirming.action === 'end' && !reason) {
      this.reasonMissing = true;
      field?.focus();
      return;
    }
    const { item, action, trigger } = confirming;
    const input = { version: item.mentorship.version, ...(reason ? { reason } : {}) };
    // Focus goes back now, not on the close event, which could come after the action's own focus move.
    this.confirming = undefined;
    this.dialog.close();
    trigger.focus();
    void this.#run(item, action, (adapter) => adapter.act(item.mentorship.id, action, input));
  }

  /** Cancelled (Esc, Cancel) or confirmed: focus goes back to the button that opened the dialog. */
  #closed(): void {
    const trigger = this.confirming?.trigger;
    this.confirming = undefined;
    trigger?.focus();
  }

  #onFeedback(event: SubmitEvent, item: MentorshipItem): void {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rating = Number(data.get('rating'));
    if (!rating) {
      this.ratingMissing = item.mentorship.id;
      void this.updateComplete.then(() => form.querySelector('input')?.focus());
      return;
    }
    const comment = String(data.get('comment') ?? '').trim();
    void this.#run(item, 'feedback', (adapter) => adapter.giveFeedback(item.mentorship.id, { rating, comment }));
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
    let result: Mentorship | undefined;
    let failure: unknown;
    try {
      result = await call(adapter);
    } catch (error) {
      failure = error;
    }
    // A refusal made the cache forget what it concerned (no change is told of it): load afresh.
    await this.#reload(!result);
    this.busy = undefined;
    if (!result) {
      this.refusal = this.#refusalText(failure, item);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#refusal')?.focus();
      return;
    }
    const name = item.partner.name;
    const t = this.i18n.t.bind(this.i18n);
    this.announcement =
      action === 'feedback'
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
   * Limits are worded for the viewer when the viewer is the mentor whose places are full.
   */
  #refusalText(error: unknown, item: MentorshipItem): string {
    const fresh = this.#items?.find((i) => i.mentorship.id === item.mentorship.id)?.mentorship;
    if (!isMentoringError(error)) return this.errorText(error);
    if (error.code === 'expired' || (error.code === 'conflict' && fresh?.state === 'expired')) return this.i18n.t('error.expired');
    if (error.code === 'capacity-reached' && viewerMentors(item)) {
      if (error.reason === 'mentor-full') return this.i18n.t('console.mentorFull');
      if (error.reason === 'mentors-per-mentee') return this.i18n.t('console.menteeFull');
    }
    return this.errorText(error);
  }
}

const row = (term: string, value: unknown) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);

const sectionOf = (m: Mentorship): Section =>
  isOpen(m.state) ? 'pending' : m.state === 'active' ? 'active' : 'ended';
