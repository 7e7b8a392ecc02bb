import { html, type TemplateResult } from 'lit';
// `import type`, not `import { type … }`: with verbatimModuleSyntax the latter stays an import of core's index,
// which brings its side-effect modules (the memory staff adapter, the cohorts' services) to the office's tab.
import type {
  MentoringChange, RequestListFilter, StaffAdapter, StaffMentorshipAction, StaffMentorshipItem, StaffMentorshipPage,
} from '@mentor-match/core';
import { OfficeView } from '../office-view.ts';
import { FilterDraft } from '../filter-draft.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { ReasonDialog } from '../reason-dialog.ts';
import { filterButtons, present, selectFilter, textFilter, topicOptions } from '../filters.ts';
import { actionButton, areasText, askAndAct, daysWaiting, pairContent, pairLine, stateTags } from '../mentorships/mentorship-rows.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeRequestsEn } from '../../i18n/en.ts';

addMessages('en', officeRequestsEn);

/** Requests waiting this many days or more, until staff say otherwise. */
export const DEFAULT_WAITING_DAYS = 14;

interface Draft {
  days: string;
  text: string;
  topic: string;
}

const emptyDraft = (): Draft => ({ days: String(DEFAULT_WAITING_DAYS), text: '', topic: '' });

function filterOf(draft: Draft): RequestListFilter {
  const days = Math.min(3650, Math.max(0, Math.floor(Number(draft.days)) || 0));
  return { olderThanDays: days, ...present({ text: draft.text.trim(), topic: draft.topic }) };
}

/**
 * The program office's open requests waiting longer than N days, the longest waiting first: nobody has
 * answered them yet. Search by either member, filter by topic, export as CSV, and withdraw a stale request
 * for its members with a reason both are told.
 *
 * @summary The waiting requests of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeRequests extends OfficeView {

  readonly #list = new PagedList<RequestListFilter, StaffMentorshipItem, StaffMentorshipPage>(
    this,
    filterOf(emptyDraft()),
    (staff, filter, paging, signal) => staff.listRequests({ ...filter, ...paging }, { signal }),
  );
  readonly #filters = new FilterDraft(this, { empty: emptyDraft, filterOf, list: this.#list, staff: () => this.staff });
  readonly #export = new CsvExport(this, this.i18n, 'requests', (text) => void this.announce(text));
  readonly #dialog = new ReasonDialog(this, this.i18n, (error) => this.renderError(error), () =>
    this.renderRoot.querySelector<HTMLElement>('#requests-title'));

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.load(staff);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind === 'mentorship' || change.kind === 'member' || change.kind === 'program') void this.#list.reload();
  }

  protected override render() {
    const settings = this.program?.settings;
    if (!settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const list = this.#list;
    const d = this.#filters.value;
    const set = (change: Partial<Draft>) => this.#filters.set(change);
    const now = this.today;
    return html`<h3 id="requests-title" tabindex="-1">${t('office.requests.title')}</h3>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.requests.filters')} @submit=${this.#filters.apply}>
        <div>
          <label for="rq-days">${t('office.requests.days')}</label>
          <input id="rq-days" type="number" min="0" max="3650" step="1" inputmode="numeric" .value=${d.days}
            @input=${(event: Event) => set({ days: (event.target as HTMLInputElement).value })} />
        </div>
        ${textFilter('rq-text', t('office.requests.text'), d.text, (text) => set({ text }))}
        ${selectFilter('rq-topic', t('office.filter.topic'), d.topic, topicOptions(settings, this.i18n), (topic) => set({ topic }), t('office.filter.any'))}
        ${filterButtons(this.i18n, this.#filters.clear)}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'requests', filter: list.filter }))}
      ${this.renderList(list, (page) =>
        this.renderTable(
          t('office.requests.title'),
          [t('office.mentorships.who'), t('office.requests.waiting'), t('office.mentorships.state'), t('office.mentorships.areas'), t('office.actions')],
          page.items, (item) => item.mentorship.id, (item) => this.#row(item, now),
          t('office.requests.empty', list.filter.olderThanDays),
        ))}
      ${this.renderAnnouncement()} ${this.#dialog.render()}`;
  }

  #row(item: StaffMentorshipItem, now: Date): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const m = item.mentorship;
    return html`<tr>
      <th scope="row"><span id="pair-${m.id}">${pairContent(this.i18n, item)}</span><div class="muted">${m.id}</div></th>
      <td>
        <div>${t('office.requests.daysWaiting', daysWaiting(item, now))}</div>
        <div class="muted">${t('office.requests.expires', this.i18n.date(m.expiresAt, 'medium'))}</div>
      </td>
      <td>${stateTags(this.i18n, item)}</td>
      <td>${areasText(this.i18n, this.program!.settings!, item)}</td>
      <td>${actionButton(this.i18n, item, (event, it, action) => this.#act(event, it, action))}</td>
    </tr>`;
  }

  #act(event: Event, item: StaffMentorshipItem, action: StaffMentorshipAction): void {
    askAndAct(this.#dialog, this.i18n, event.currentTarget as HTMLElement, item, action, async (reason) => {
      await this.staff!.actOnMentorship(item.mentorship.id, action, { reason, version: item.mentorship.version });
      await this.#list.reload();
      void this.announce(this.i18n.t(`office.mentorshipAction.done.${action}`, pairLine(this.i18n, item)));
      void this.emit(new MentorStaffActionEvent(action, item.mentorship.id));
    });
  }
}
