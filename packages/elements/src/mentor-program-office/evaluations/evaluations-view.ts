import { html, type TemplateResult } from 'lit';
import type { Evaluation, EvaluationListFilter, EvaluationPage, MentoringChange, RatingAverage, Role, StaffAdapter } from '@mentor-match/core';
import { ROLES } from '@mentor-match/core/vocabulary';
import { OfficeView } from '../office-view.ts';
import { FilterDraft } from '../filter-draft.ts';
import { PagedList } from '../paged-list.ts';
import { CsvExport } from '../csv-export.ts';
import { dateFilter, filterButtons, present, selectFilter } from '../filters.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeEvaluationsEn } from '../../i18n/en.ts';
import { bdi, sentence } from '../../internal/isolate.ts';

addMessages('en', officeEvaluationsEn);

interface Draft {
  by: Role | '';
  rating: string;
  from: string;
  to: string;
}

const EMPTY: Draft = { by: '', rating: '', from: '', to: '' };

function filterOf(draft: Draft): EvaluationListFilter {
  return present({ by: draft.by || undefined, rating: draft.rating ? Number(draft.rating) : undefined, from: draft.from, to: draft.to });
}

/**
 * The program's evaluations: every partner's rating and comment after a mentorship ended, newest first,
 * with the average of all, of mentors' and of mentees' over everything the filters match (given by, rating,
 * dates). Partners never see each other's; staff do, here. Export as CSV.
 *
 * @summary The evaluations of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeEvaluations extends OfficeView {

  readonly #list = new PagedList<EvaluationListFilter, Evaluation, EvaluationPage>(this, {}, (staff, filter, paging, signal) =>
    staff.listEvaluations({ ...filter, ...paging }, { signal }));
  readonly #filters = new FilterDraft(this, { empty: () => EMPTY, filterOf, list: this.#list, staff: () => this.staff });
  readonly #export = new CsvExport(this, this.i18n, 'evaluations', (text) => void this.announce(text));

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.load(staff);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind === 'mentorship') void this.#list.reload();
  }

  protected override render() {
    if (!this.program?.settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const list = this.#list;
    const d = this.#filters.value;
    const set = (change: Partial<Draft>) => this.#filters.set(change);
    const any = t('office.filter.any');
    return html`<h3 id="evaluations-title" tabindex="-1">${t('office.evaluations.title')}</h3>
      <form class="toolbar" part="filters" role="search" aria-label=${t('office.evaluations.filters')} @submit=${this.#filters.apply}>
        ${selectFilter('e-by', t('office.evaluations.by'), d.by, ROLES.map((role) => [role, t(`role.${role}`)] as const),
          (by) => set({ by: by as Role | '' }), any)}
        ${selectFilter('e-rating', t('office.evaluations.rating'), d.rating, [1, 2, 3, 4, 5].map((n) => [String(n), t('office.evaluations.stars', n)] as const),
          (rating) => set({ rating }), any)}
        ${dateFilter('e-from', t('office.filter.from'), d.from, (from) => set({ from }))}
        ${dateFilter('e-to', t('office.filter.to'), d.to, (to) => set({ to }), d.from)}
        ${filterButtons(this.i18n, this.#filters.clear)}
      </form>
      ${this.#export.render(list.page?.total, () => this.staff && void this.#export.run(this.staff, { list: 'evaluations', filter: list.filter }))}
      ${this.renderList(list, (page) => html`${this.#averages(page as EvaluationPage)}
        ${this.renderTable(
          t('office.evaluations.title'),
          [t('office.mentorships.who'), t('office.evaluations.givenBy'), t('office.evaluations.rating'), t('office.evaluations.comment')],
          page.items, (e) => `${e.mentorshipId}:${e.feedback.memberId}`, (e) => this.#row(e),
          t('office.evaluations.empty'),
        )}`)}
      ${this.renderAnnouncement()}`;
  }

  #averages(page: EvaluationPage): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const figure = (label: string, { count, average }: RatingAverage) => html`<div>
      <dt>${label}</dt>
      <dd>${average === null ? t('office.evaluations.none') : t('office.evaluations.average', Math.round(average * 10) / 10, count)}</dd>
    </div>`;
    return html`<dl class="figures" part="averages">
      ${figure(t('office.evaluations.all'), page.averages.all)}
      ${figure(t('office.evaluations.byMentors'), page.averages.byMentors)}
      ${figure(t('office.evaluations.byMentees'), page.averages.byMentees)}
    </dl>`;
  }

  #row(e: Evaluation): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const giver = e.by === 'mentor' ? e.mentor : e.mentee;
    return html`<tr>
      <th scope="row">${sentence(this.i18n, 'office.mentorships.pair', bdi(e.mentor.name), bdi(e.mentee.name))}<div class="muted">${e.mentorshipId}</div></th>
      <td>${giver.name} (${t(`role.${e.by}`)})<div class="muted">${this.i18n.date(e.feedback.givenAt, 'medium')}</div></td>
      <td>${t('office.evaluations.stars', e.feedback.rating)}</td>
      <td class="member-text">${e.feedback.comment}</td>
    </tr>`;
  }

}
