import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Dashboard, DashboardQuery, MentoringChange, StaffAdapter, TopicBalance } from '@mentor-match/core';
import { topicWord, type Word } from '../../internal/program-words.ts';
import { word, wordList } from '../../internal/program-word-list.ts';
import { DAY_MS } from '@mentor-match/core/clock';
import { MEMBER_STANDINGS } from '@mentor-match/core/schemas/staff';
import { ROLES } from '@mentor-match/core/vocabulary';
import { OfficeView, isStaffOnly } from '../office-view.ts';
import { dateFilter } from '../filters.ts';
import { FormController } from '../../internal/form-controller.ts';
import { chartStyles, trendChart, trendTable } from './trend-chart.ts';
import { addMessages } from '../../i18n/localize.ts';
import { officeDashboardEn } from '../../i18n/en.ts';
import { sentence } from '../../internal/isolate.ts';

addMessages('en', officeDashboardEn);

/** The range the dashboard opens on: the last twelve months, this one included (UTC). */
export function lastTwelveMonths(now: Date): DashboardQuery {
  const to = now.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

/** Ten years: the longest range the dashboard answers. */
const MAX_RANGE_DAYS = 3653;

type Field = 'from' | 'to';
type Problem = 'office.dashboard.rangeMissing' | 'office.dashboard.rangeOrder' | 'office.dashboard.rangeLong' | 'form.checkField';

/**
 * The program office's dashboard for a date range (the last twelve months unless staff choose another):
 * mentors and mentees by standing, requests by outcome, mentorships started, completed and ended early,
 * the median time to a first answer, the acceptance rate, the use of mentor places, the monthly trend as a
 * chart and as a table, and per topic the demand (mentees seeking it) against the supply (mentor places
 * open), with the topics that need mentors first.
 *
 * @summary The dashboard of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeDashboard extends OfficeView {
  static override properties: PropertyDeclarations = {
    range: { state: true, attribute: false },
    asTable: { state: true, attribute: false },
  };

  static override styles = [
    ...OfficeView.styles,
    chartStyles,
    css`
      section {
        margin-block-end: calc(var(--_gap) * 1.5);
      }
      .recruit {
        margin-block: 0.5em;
      }
    `,
  ];

  /** The range being edited (applied on submit); the last twelve months until staff choose. */
  private range: DashboardQuery | undefined;
  /** Show the trend as a table instead of the chart. */
  private asTable = false;

  #applied: DashboardQuery | undefined;

  readonly #task = new Task<[StaffAdapter, DashboardQuery], Dashboard>(this, {
    autoRun: false,
    task: ([staff, query], { signal }) => staff.getDashboard(query, { signal }),
  });
  /** The last dashboard loaded: kept on screen while the next one loads. */
  #dashboard: Dashboard | undefined;

  readonly #form = new FormController<Field, Problem>(this, {
    check: () => {
      const { from, to } = this.range!;
      if (!from) return { from: 'office.dashboard.rangeMissing' };
      if (!to) return { to: 'office.dashboard.rangeMissing' };
      if (from > to) return { to: 'office.dashboard.rangeOrder' };
      if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_RANGE_DAYS) return { from: 'office.dashboard.rangeLong' };
      return {};
    },
    message: (_field, key) => this.i18n.t(key),
    refusal: (_error, path) => (path === 'from' || path === 'to' ? [path, 'form.checkField'] : undefined),
  });

  protected override staffReady(): void {
    void this.#load();
  }

  /** A topic renamed or retired shows so at once; the counts wait for Refresh (they are costly on a large program). */
  protected override onStaffChange(change: MentoringChange): void {
    if (change.kind === 'program') void this.#load();
  }

  async #load(): Promise<void> {
    if (!this.staff) return;
    this.#applied ??= lastTwelveMonths(this.today);
    this.range ??= this.#applied;
    void this.#task.run([this.staff, this.#applied]);
    try {
      this.#dashboard = await this.#task.taskComplete;
    } catch {
      // Shown by render from the task's error.
    }
    this.requestUpdate();
  }

  protected override render() {
    if (!this.program?.settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const failed = this.#task.status === TaskStatus.ERROR;
    const error = failed ? this.#task.error : undefined;
    const retry = () => void this.#load();
    const data = this.#dashboard;
    let body: unknown;
    if (failed && (isStaffOnly(error) || !data)) body = this.renderFailure(error, retry);
    else if (!data) body = this.renderLoading();
    else body = html`${failed ? this.renderFailure(error, retry) : nothing}${this.#renderDashboard(data)}`;
    return html`<h3 id="dashboard-title" tabindex="-1">${t('office.dashboard.title')}</h3>
      ${this.#renderRange()}
      <div aria-busy=${this.#task.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
      ${this.renderAnnouncement()}`;
  }

  #renderRange(): TemplateResult | typeof nothing {
    if (!this.range) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const form = this.#form;
    const set = (change: Partial<DashboardQuery>, field: Field) => {
      this.range = { ...this.range!, ...change };
      form.edited(field);
      form.recheck();
    };
    return html`<form class="toolbar" part="range" aria-label=${t('office.dashboard.range')} novalidate @submit=${this.#apply}>
      <div>${dateFilter('from', t('office.filter.from'), this.range.from, (from) => set({ from }, 'from'))}${form.error('from')}</div>
      <div>${dateFilter('to', t('office.filter.to'), this.range.to, (to) => set({ to }, 'to'), this.range.from)}${form.error('to')}</div>
      <div class="row-actions">
        <button type="submit" class="button primary">${t('office.dashboard.show')}</button>
        <button type="button" class="button" @click=${this.#refresh}>${t('office.dashboard.refresh')}</button>
      </div>
    </form>`;
  }

  #renderDashboard(d: Dashboard): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const n = (value: number) => this.i18n.number(value);
    const percentage = new Intl.NumberFormat(this.i18n.lang, { style: 'percent', maximumFractionDigits: 1 });
    const percent = (rate: number | null) => (rate === null ? t('office.dashboard.none') : percentage.format(rate));
    const figure = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const range = t('office.dashboard.for', this.i18n.date(d.from, 'medium'), this.i18n.date(d.to, 'medium'));
    return html`<p class="muted" part="as-of">${range} · ${t('office.dashboard.asOf',
      new Intl.DateTimeFormat(this.i18n.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d.at)))}</p>

      <section aria-labelledby="members-heading">
        <h4 id="members-heading">${t('office.dashboard.members')}</h4>
        <div class="table-wrap" part="table">
          <table>
            <thead>
              <tr>
                <td></td>
                <th scope="col" class="number">${t('office.dashboard.enrolled')}</th>
                ${MEMBER_STANDINGS.map((s) => html`<th scope="col" class="number">${t(`office.standing.${s}`)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${ROLES.map(
                (role) => html`<tr>
                  <th scope="row">${t(`office.dashboard.${role}s`)}</th>
                  <td class="number">${n(d.members[role].enrolled)}</td>
                  ${MEMBER_STANDINGS.map((s) => html`<td class="number">${n(d.members[role][s])}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="requests-heading">
        <h4 id="requests-heading">${t('office.dashboard.requests')}</h4>
        <dl class="figures">
          ${figure(t('office.dashboard.made'), n(d.requests.made))}
          ${figure(t('office.state.pending'), n(d.requests.pending))}
          ${figure(t('office.dashboard.accepted'), n(d.requests.accepted))}
          ${figure(t('office.state.declined'), n(d.requests.declined))}
          ${figure(t('office.state.withdrawn'), n(d.requests.withdrawn))}
          ${figure(t('office.state.expired'), n(d.requests.expired))}
          ${figure(t('office.dashboard.acceptance'), percent(d.acceptanceRate))}
          ${figure(t('office.dashboard.firstAnswer'), d.medianHoursToFirstAnswer === null ? t('office.dashboard.none') : this.#hours(d.medianHoursToFirstAnswer))}
        </dl>
      </section>

      <section aria-labelledby="mentorships-heading">
        <h4 id="mentorships-heading">${t('office.dashboard.mentorships')}</h4>
        <dl class="figures">
          ${figure(t('office.dashboard.started'), n(d.mentorships.started))}
          ${figure(t('office.dashboard.stillActive'), n(d.mentorships.active))}
          ${figure(t('office.state.completed'), n(d.mentorships.completed))}
          ${figure(t('office.dashboard.endedEarly'), n(d.mentorships.endedEarly))}
          ${figure(t('office.dashboard.activeNow'), n(d.mentorships.activeNow))}
          ${figure(t('office.dashboard.places'), t('office.dashboard.placesUsed', d.mentorPlaces.used, d.mentorPlaces.offered))}
          ${figure(t('office.dashboard.placesRate'), percent(d.mentorPlaces.rate))}
        </dl>
      </section>

      <section aria-labelledby="trend-heading">
        <h4 id="trend-heading">${t('office.dashboard.trend')}</h4>
        <p><button type="button" class="button" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>
          ${t('office.dashboard.asTable')}
        </button></p>
        ${this.asTable ? nothing : trendChart(this.i18n, d.trend, this.#rtl)}
        ${trendTable(this.i18n, d.trend, !this.asTable)}
      </section>

      ${this.#renderTopics(d.topics)}`;
  }

  #renderTopics(topics: readonly TopicBalance[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const n = (value: number) => this.i18n.number(value);
    // Where mentees wait for mentors most, first.
    const sorted = [...topics].sort((a, b) => b.demand - b.supply - (a.demand - a.supply) || a.label.localeCompare(b.label));
    const short = sorted.filter((topic) => topic.demand > topic.supply && !topic.retired);
    return html`<section aria-labelledby="topics-heading">
      <h4 id="topics-heading">${t('office.dashboard.topics')}</h4>
      <p class="recruit" part="recruit">
        ${short.length
          ? sentence(this.i18n, 'office.dashboard.recruit', wordList(this.i18n, short.slice(0, 5).map((topic) => this.#topic(topic))))
          : t('office.dashboard.recruitNone')}
      </p>
      <div class="table-wrap" part="table">
        <table>
          <caption class="visually-hidden">${t('office.dashboard.topics')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('office.filter.topic')}</th>
              <th scope="col" class="number">${t('office.dashboard.demand')}</th>
              <th scope="col" class="number">${t('office.dashboard.supply')}</th>
              <th scope="col" class="number">${t('office.dashboard.shortfall')}</th>
            </tr>
          </thead>
          <tbody>
            ${sorted.map(
              (topic) => html`<tr>
                <th scope="row">${word(this.#topic(topic))}
                  ${topic.retired ? html`<span class="tag">${t('office.topic.retiredTag')}</span>` : nothing}
                  ${topic.demand > topic.supply && !topic.retired ? html`<span class="tag warning">${t('office.dashboard.needsMentors')}</span>` : nothing}</th>
                <td class="number">${n(topic.demand)}</td>
                <td class="number">${n(topic.supply)}</td>
                <td class="number">${n(Math.max(0, topic.demand - topic.supply))}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  /** Hours, or days and hours past two days. */
  /** A topic of the balance in the office's language where the program gives one (else marked with its own). */
  #topic(topic: TopicBalance): Word {
    const settings = this.program?.settings;
    return settings ? topicWord(this.i18n, settings, topic.id, topic.label) : { text: topic.label };
  }

  #hours(hours: number): string {
    const f = this.i18n.format;
    if (hours < 48) return f.duration(Math.round(hours * 10) / 10, 'hour', 'short');
    return f.duration(Math.round((hours / 24) * 10) / 10, 'day', 'short');
  }

  get #rtl(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return getComputedStyle(this).direction === 'rtl';
    }
  }

  readonly #apply = (event: Event): void => {
    event.preventDefault();
    if (!this.range || !this.#form.submit()) return;
    this.#applied = this.range;
    void this.#load();
  };

  readonly #refresh = async (): Promise<void> => {
    await this.#load();
    if (this.#task.status === TaskStatus.COMPLETE) void this.announce(this.i18n.t('office.dashboard.refreshed'));
  };
}
