import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MentoringChange, MentorshipListFilter, MentorshipState, StaffAdapter, StaffMentorshipAction, StaffMentorshipItem, StaffMentorshipPage } from '@mentor-match/core';
import { MENTORSHIP_STATES } from '@mentor-match/core/schemas/mentorship';
import { OfficeView } from '../office-view.ts';
import { FilterDraft } from '../filter-draft.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { ReasonDialog } from '../reason-dialog.ts';
import { dateFilter, filterButtons, present, selectFilter, textFilter, topicOptions } from '../filters.ts';
import { actionButton, areasText, askAndAct, datesText, pairContent, pairLine, stateTags } from './mentorship-rows.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import type { MentorOfficePair } from '../pair/pair-dialog.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeMentorshipsEn } from '../../i18n/en.ts';

addMessages('en', officeMentorshipsEn);

interface Draft {
  text: string;
  states: MentorshipState[];
  topic: string;
  from: string;
  to: string;
  pairedByStaff: '' | 'yes' | 'no';
  /** Only the active pairs with no meeting logged (to follow up). */
  withoutMeeting: boolean;
}

const EMPTY: Draft = { text: '', states: [], topic: '', from: '', to: '', pairedByStaff: '', withoutMeeting: false };

function filterOf(draft: Draft): MentorshipListFilter {
  return present({
    text: draft.text.trim(),
    states: draft.states.length ? draft.states : undefined,
    topic: draft.topic,
    from: draft.from,
    to: draft.to,
    pairedByStaff: draft.pairedByStaff === '' ? undefined : draft.pairedByStaff === 'yes',
    withoutMeeting: draft.withoutMeeting || undefined,
  });
}

/**
 * The program office's mentorships and requests in every state, newest first: search by either member or
 * the id, filter by state, topic, dates, staff pairings and the active pairs with no meeting logged; export as CSV; pair two members directly; end an
 * active mentorship or withdraw an open request for its members, with a reason both are told.
 *
 * @summary The mentorships list of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeMentorships extends OfficeView {
  static override properties: PropertyDeclarations = {
    pairing: { state: true, attribute: false },
  };

  private pairing = false;

  readonly #list = new PagedList<MentorshipListFilter, StaffMentorshipItem, StaffMentorshipPage>(this, {}, (staff, filter, paging, signal) =>
    staff.listMentorships({ ...filter, ...paging }, { signal }));
  readonly #filters = new FilterDraft(this, { empty: () => EMPTY, filterOf, list: this.#list, staff: () => this.staff });
  readonly #export = new CsvExport(this, this.i18n, 'mentorships', (text) => void this.announce(text));
  readonly #dialog = new ReasonDialog(this, this.i18n, (error) => this.renderError(error), () =>
    this.renderRoot.querySelector<HTMLElement>('#mentorships-title'));

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
    const any = t('office.filter.any');
    return html`<h3 id="mentorships-title" tabindex="-1">${t('office.mentorships.title')}</h3>
      <p><button type="button" class="button primary" aria-haspopup="dialog" @click=${(event: Event) => void this.#pair(event)}>
        ${t('office.pair.title')}
      </button></p>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.mentorships.filters')} @submit=${this.#filters.apply}>
        ${textFilter('ms-text', t('office.mentorships.text'), d.text, (text) => set({ text }))}
        <fieldset>
          <legend>${t('office.mentorships.states')}</legend>
          <div class="checks">
            ${MENTORSHIP_STATES.map(
              (s) => html`<label><input type="checkbox" .checked=${d.states.includes(s)}
                @change=${() => set({ states: d.states.includes(s) ? d.states.filter((x) => x !== s) : [...d.states, s] })} />
                ${t(`office.state.${s}`)}</label>`,
            )}
          </div>
        </fieldset>
        ${selectFilter('ms-topic', t('office.filter.topic'), d.topic, topicOptions(settings, this.i18n), (topic) => set({ topic }), any)}
        ${dateFilter('ms-from', t('office.filter.from'), d.from, (from) => set({ from }))}
        ${dateFilter('ms-to', t('office.filter.to'), d.to, (to) => set({ to }), d.from)}
        ${selectFilter('ms-staff', t('office.mentorships.pairedByStaff'), d.pairedByStaff,
          [['yes', t('office.filter.yes')], ['no', t('office.filter.no')]], (pairedByStaff) => set({ pairedByStaff: pairedByStaff as Draft['pairedByStaff'] }), any)}
        <div class="checks"><label><input type="checkbox" .checked=${d.withoutMeeting}
          @change=${(event: Event) => set({ withoutMeeting: (event.target as HTMLInputElement).checked })} />
          ${t('office.mentorships.withoutMeeting')}</label></div>
        ${filterButtons(this.i18n, this.#filters.clear)}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'mentorships', filter: list.filter }))}
      ${this.renderList(list, (page) =>
        this.renderTable(
          t('office.mentorships.title'),
          [t('office.mentorships.who'), t('office.mentorships.state'), t('office.mentorships.areas'), t('office.mentorships.dates'), t('office.actions')],
          page.items, (item) => item.mentorship.id, (item) => this.#row(item),
          t('office.mentorships.empty'),
        ))}
      ${this.renderAnnouncement()} ${this.#dialog.render()}
      ${this.pairing ? html`<mentor-office-pair .staff=${this.staff} exportparts="dialog"></mentor-office-pair>` : nothing}`;
  }

  #row(item: StaffMentorshipItem): TemplateResult {
    const settings = this.program!.settings!;
    return html`<tr>
      <th scope="row"><span id="pair-${item.mentorship.id}">${pairContent(this.i18n, item)}</span><div class="muted">${item.mentorship.id}</div></th>
      <td>${stateTags(this.i18n, item)}</td>
      <td>${areasText(this.i18n, settings, item)}</td>
      <td>${datesText(this.i18n, item)}</td>
      <td>${actionButton(this.i18n, item, (event, it, action) => this.#act(event, it, action))}</td>
    </tr>`;
  }

  #act(event: Event, item: StaffMentorshipItem, action: StaffMentorshipAction): void {
    askAndAct(this.#dialog, this.i18n, event.currentTarget as HTMLElement, item, action, async (reason) => {
      const staff = this.staff!;
      await staff.actOnMentorship(item.mentorship.id, action, { reason, version: item.mentorship.version });
      await this.#list.reload();
      void this.announce(this.i18n.t(`office.mentorshipAction.done.${action}`, pairLine(this.i18n, item)));
      void this.emit(new MentorStaffActionEvent(action, item.mentorship.id));
    });
  }

  async #pair(event: Event): Promise<void> {
    const trigger = event.currentTarget as HTMLElement;
    await import('../pair/pair-define.ts');
    this.pairing = true;
    await this.updateComplete;
    await this.renderRoot.querySelector<MentorOfficePair>('mentor-office-pair')?.show({}, trigger);
  }
}
