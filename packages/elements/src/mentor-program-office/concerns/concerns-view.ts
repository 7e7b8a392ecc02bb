import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ConcernListFilter, ConcernStatus, ConcernUpdate, MentoringChange, StaffAdapter, StaffConcern, StaffConcernPage } from '@mentor-match/core';
import { CONCERN_STATUSES } from '@mentor-match/core/schemas/concern';
import { OfficeView } from '../office-view.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { filterButtons, selectFilter } from '../filters.ts';
import { FormController, describedBy } from '../../internal/form-controller.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeConcernsEn } from '../../i18n/en.ts';
import { bdi, isolate, sentence } from '../../internal/isolate.ts';

addMessages('en', officeConcernsEn);

type Field = 'status' | 'reply' | 'note';
type Problem = 'office.concerns.nothing' | 'form.checkField';

interface Answer {
  concern: StaffConcern;
  status: ConcernStatus;
  reply: string;
  note: string;
}

/**
 * The program office's queue of concerns members raised about a mentorship or a request (new, in progress,
 * resolved), newest first: each with both members, the member's words and its history. Staff answer in a
 * dialog: move it on, reply to the member (who reads the reply and the status in their console), or add a
 * note only staff read. Export as CSV.
 *
 * @summary The concerns queue of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeConcerns extends OfficeView {
  static override properties: PropertyDeclarations = {
    status: { state: true, attribute: false },
    answer: { state: true, attribute: false },
    saving: { state: true, attribute: false },
  };

  private status: ConcernStatus | '' = '';
  private answer: Answer | undefined;
  private saving = false;
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog#answer')!;
  }
  #trigger: HTMLElement | undefined;

  readonly #list = new PagedList<ConcernListFilter, StaffConcern, StaffConcernPage>(this, {}, (staff, filter, paging, signal) =>
    staff.listConcerns({ ...filter, ...paging }, { signal }));
  readonly #export = new CsvExport(this, this.i18n, 'concerns', (text) => void this.announce(text));
  readonly #form = new FormController<Field, Problem>(this, {
    check: () => {
      const a = this.answer;
      return a && a.status === a.concern.status && !a.reply.trim() && !a.note.trim() ? { status: 'office.concerns.nothing' } : {};
    },
    message: (_field, key) => this.i18n.t(key),
    refusal: (_error, path) => (['status', 'reply', 'note'].includes(path) ? [path as Field, 'form.checkField'] : undefined),
  });

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.load(staff);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind === 'concern' || change.kind === 'member') void this.#list.reload();
  }

  protected override render() {
    if (!this.program?.settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const list = this.#list;
    return html`<h3 id="concerns-title" tabindex="-1">${t('office.concerns.title')}</h3>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.concerns.filters')} @submit=${this.#apply}>
        ${selectFilter('c-status', t('office.concerns.status'), this.status, CONCERN_STATUSES.map((s) => [s, t(`office.concern.${s}`)] as const),
          (status) => (this.status = status as ConcernStatus | ''), t('office.filter.any'))}
        ${filterButtons(this.i18n, () => this.#clear())}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'concerns', filter: list.filter }))}
      ${this.renderList(list, (page) =>
        page.items.length === 0
          ? html`<p class="notice" part="empty">${t('office.concerns.empty')}</p>`
          : html`<ul class="concerns" part="list" aria-labelledby="concerns-title">
              ${repeat(page.items, (c) => c.id, (c) => this.#concern(c))}
            </ul>`)}
      ${this.renderAnnouncement()} ${this.#renderDialog()}`;
  }

  #concern(c: StaffConcern): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const date = (value: string) => this.i18n.date(value, 'medium');
    return html`<li class="concern" part="concern" aria-labelledby="c-${c.id}">
      <h4 id="c-${c.id}">${sentence(this.i18n, 'office.concerns.from', bdi(c.raisedBy.name), bdi(c.about.name))}</h4>
      <p><span class="tag ${c.status === 'new' ? 'warning' : ''}">${t(`office.concern.${c.status}`)}</span>
        <span class="muted">${t('office.concerns.raised', date(c.createdAt))} · ${t('office.concerns.mentorship', c.mentorshipId)}</span></p>
      <p class="member-text">${c.text}</p>
      <details part="history">
        <summary>${t('office.concerns.history', c.history.length)}</summary>
        <ol>
          ${c.history.map(
            (event) => html`<li>
              ${t(event.staffId === null ? 'office.concerns.byMember' : 'office.concerns.byStaff', date(event.at), event.staffId ?? '')}
              · ${t(`office.concern.${event.status}`)}
              ${event.reply === null ? nothing : html`<div class="member-text">${sentence(this.i18n, 'office.concerns.reply', bdi(event.reply))}</div>`}
              ${event.note === null ? nothing : html`<div class="member-text muted">${sentence(this.i18n, 'office.concerns.note', bdi(event.note))}</div>`}
            </li>`,
          )}
        </ol>
      </details>
      <button type="button" class="button" aria-haspopup="dialog" aria-describedby="c-${c.id}" @click=${(event: Event) => void this.#open(event, c)}>
        ${t('office.concerns.answer')}
      </button>
    </li>`;
  }

  #renderDialog(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const a = this.answer;
    const form = this.#form;
    const set = (change: Partial<Answer>, field: Field) => {
      this.answer = { ...this.answer!, ...change };
      form.edited(field);
      form.recheck();
    };
    return html`<dialog id="answer" part="dialog" aria-labelledby="answer-title" @close=${this.#closed}>
      ${a
        ? html`<form novalidate @submit=${this.#save}>
            <h2 id="answer-title">${sentence(this.i18n, 'office.concerns.answerTitle', bdi(a.concern.raisedBy.name))}</h2>
            <p class="member-text">${a.concern.text}</p>
            ${form.failure ? this.renderError(form.failure) : nothing}
            <div class="field">
              <label for="status">${t('office.concerns.status')}</label>
              <select id="status" aria-invalid=${form.invalid('status')} aria-describedby=${describedBy(form.errorId('status'))}
                @change=${(e: Event) => set({ status: (e.target as HTMLSelectElement).value as ConcernStatus }, 'status')}>
                ${CONCERN_STATUSES.map((s) => html`<option value=${s} ?selected=${s === a.status}>${t(`office.concern.${s}`)}</option>`)}
              </select>
              ${form.error('status')}
            </div>
            <label for="reply">${t('office.concerns.replyLabel')}</label>
            <textarea id="reply" rows="4" maxlength="4000" .value=${a.reply} aria-describedby="reply-hint"
              @input=${(e: Event) => set({ reply: (e.target as HTMLTextAreaElement).value }, 'reply')}></textarea>
            <p class="hint" id="reply-hint">${t('office.concerns.replyHint')}</p>
            <label for="note">${t('office.concerns.noteLabel')}</label>
            <textarea id="note" rows="2" maxlength="4000" .value=${a.note} aria-describedby="note-hint"
              @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value }, 'note')}></textarea>
            <p class="hint" id="note-hint">${t('office.concerns.noteHint')}</p>
            <div class="buttons">
              <button type="button" class="button" @click=${() => this.dialog.close()}>${t('action.cancel')}</button>
              <button type="submit" class="button primary" aria-disabled=${this.saving ? 'true' : nothing}>
                ${this.saving ? t('office.busy') : t('office.concerns.save')}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  readonly #apply = (event: Event): void => {
    event.preventDefault();
    if (this.staff) void this.#list.load(this.staff, this.status ? { status: this.status } : {});
  };

  #clear(): void {
    this.status = '';
    if (this.staff) void this.#list.load(this.staff, {});
  }

  async #open(event: Event, concern: StaffConcern): Promise<void> {
    this.#trigger = event.currentTarget as HTMLElement;
    // A new concern is being looked at: in progress, unless staff choose otherwise.
    this.answer = { concern, status: concern.status === 'new' ? 'in-progress' : concern.status, reply: '', note: '' };
    this.#form.clear();
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
  }

  readonly #save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const a = this.answer;
    const staff = this.staff;
    if (!a || !staff || this.saving || !this.#form.submit()) return;
    const reply = a.reply.trim();
    const note = a.note.trim();
    const update: ConcernUpdate = {
      version: a.concern.version,
      ...(a.status === a.concern.status ? {} : { status: a.status }),
      ...(reply ? { reply } : {}),
      ...(note ? { note } : {}),
    };
    this.saving = true;
    try {
      const saved = await staff.updateConcern(a.concern.id, update);
      this.dialog.close();
      await this.#list.reload();
      const t = this.i18n.t.bind(this.i18n);
      void this.announce(t(reply ? 'office.concerns.doneReply' : 'office.concerns.done', isolate(saved.raisedBy.name), t(`office.concern.${saved.status}`)));
      void this.emit(new MentorStaffActionEvent('concern', saved.id));
    } catch (error) {
      // Stale: someone else answered first. The list shows their answer; what was typed stays here.
      this.#form.refuse(error);
      void this.#list.reload();
    } finally {
      this.saving = false;
    }
  };

  readonly #closed = (): void => {
    const trigger = this.#trigger;
    this.#trigger = undefined;
    if (trigger?.isConnected) trigger.focus();
    else this.renderRoot.querySelector<HTMLElement>('#concerns-title')?.focus();
  };
}
