import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import type {
  Cohort, CohortAction, CohortInput, CohortProposal, MentoringChange, ProposalEdit, Role, StaffAdapter, StaffApplicant,
  StaffCohortItem, StaffCohortMatch,
} from '@mentor-match/core';
import { OfficeView } from '../office-view.ts';
import { ReasonDialog } from '../reason-dialog.ts';
import { CohortFormDialog } from './cohort-form.ts';
import { cohortPhase, scheduleText, windowText } from '../../internal/cohort-text.ts';
import { reasonText } from '../../mentor-profile-card/describe.ts';
import { topicWord } from '../../internal/program-words.ts';
import { wordList } from '../../internal/program-word-list.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import { addMessages } from '../../i18n/localize.ts';
import { cardEn } from '../../i18n/en.ts';
import { cohortCommonEn, cohortOfficeEn } from '../../i18n/cohort-en.ts';
import { loadCohortLocale } from '../../i18n/cohort-locales.ts';
import { bdi, isolate, sentence } from '../../internal/isolate.ts';

addMessages('en', { ...cardEn, ...cohortCommonEn, ...cohortOfficeEn });

/** What staff may do to a cohort in each state. */
const COHORT_ACTIONS_FOR: Record<Cohort['state'], CohortAction[]> = {
  open: ['close', 'archive'],
  closed: ['reopen', 'archive'],
  archived: [],
};

interface Detail {
  applicants: StaffApplicant[];
  proposal: CohortProposal | null;
  declines: StaffCohortMatch[];
}

/** The pair an edit is about: its two members (a pair added by hand has no score or reasons yet). */
type ProposalPair = Pick<CohortProposal['pairs'][number], 'mentor' | 'mentee'>;

/**
 * The program office's cohorts: create and edit a cohort (name, application window, match date, term, roles),
 * the list with each one's state and applicants, close, reopen and archive; then, for one cohort, its
 * applicants per role, "Propose matches" and the review of the proposal (score and reasons per pair; swap two
 * mentees' mentors, remove a pair, add a pair by hand, lock a pair so a rerun keeps it, rerun for the rest),
 * publishing it, and the matches members declined, with their reasons.
 *
 * @summary The Cohorts tab of `<mentor-program-office>` (one of its views).
 */
export class MentorOfficeCohorts extends OfficeView {
  static override properties: PropertyDeclarations = {
    selected: { state: true, attribute: false },
    proposal: { state: true, attribute: false },
    swapWith: { state: true, attribute: false },
    adding: { state: true, attribute: false },
    running: { state: true, attribute: false },
    actionError: { state: true, attribute: false },
  };

  /** The cohort under review, by id; none: the list. */
  private selected: string | undefined;
  /** The proposal shown (the draft after each run or edit). */
  private proposal: CohortProposal | null | undefined;
  /** The mentee each row's swap would trade mentors with. */
  private swapWith: Readonly<Record<string, string>> = {};
  /** The pair staff are adding by hand (mentee and mentor ids; none chosen: the first of each list). */
  private adding: { menteeId?: string; mentorId?: string } = {};
  private running = '';
  private actionError: unknown;

  readonly #list = new Task<[StaffAdapter], StaffCohortItem[]>(this, {
    autoRun: false,
    task: ([staff], { signal }) => staff.listCohorts({ includeArchived: true }, { signal }),
  });

  readonly #detail = new Task<[StaffAdapter, string], Detail>(this, {
    autoRun: false,
    task: async ([staff, id], { signal }) => {
      const [applicants, proposal, declines] = await Promise.all([
        staff.listApplicants(id, { status: 'applied' }, { signal }),
        staff.getProposal(id, { signal }),
        staff.listCohortMatches(id, { status: 'declined' }, { signal }),
      ]);
      return { applicants, proposal, declines };
    },
    onComplete: (detail) => (this.proposal = detail.proposal),
  });

  readonly #reason = new ReasonDialog(this, this.i18n, (error) => this.renderError(error), () =>
    this.renderRoot.querySelector<HTMLElement>('#cohorts-title'));
  readonly #form = new CohortFormDialog(this, this.i18n, (error) => this.renderError(error), (input, editing) => this.#save(input, editing));

  protected override staffReady(staff: StaffAdapter): void {
    void this.#list.run([staff]);
    if (this.selected) void this.#detail.run([staff, this.selected]);
  }

  protected override onStaffChange(change: MentoringChange): void {
    if (!this.staff || !['cohort', 'program', 'mentorship', 'member'].includes(change.kind)) return;
    void this.#list.run([this.staff]);
    if (this.selected && !this.running) void this.#detail.run([this.staff, this.selected]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadCohortLocale(this.i18n.lang);
  }

  protected override render() {
    const settings = this.program?.settings;
    if (!settings) return this.renderProgramGate();
    const t = this.i18n.t.bind(this.i18n);
    const items = this.#list.value;
    let body: unknown;
    if (this.#list.status === TaskStatus.ERROR && !items) body = this.renderFailure(this.#list.error, () => this.staff && void this.#list.run([this.staff]));
    else if (!items) body = this.renderLoading();
    else {
      const item = this.selected ? items.find((i) => i.cohort.id === this.selected) : undefined;
      body = item ? this.#renderCohort(item) : this.#renderList(items);
    }
    const selfServe = !settings.mode || settings.mode === 'self-serve';
    return html`<h3 id="cohorts-title" tabindex="-1">${t('cohort.office.title')}</h3>
      ${selfServe ? html`<p class="notice" part="notice">${t('cohort.office.modeOff')}</p>` : nothing}
      ${this.actionError ? this.renderError(this.actionError) : nothing}
      <div aria-busy=${this.#list.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
      ${this.renderAnnouncement()} ${this.#reason.render()} ${this.#form.render()}`;
  }

  // ----------------------------------------------------------------------------------------------
  // The list

  #renderList(items: StaffCohortItem[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="toolbar">
        <button type="button" class="button primary" id="new-cohort" aria-haspopup="dialog"
          @click=${(event: Event) => void this.#form.open(undefined, event.currentTarget as HTMLElement)}>${t('cohort.office.new')}</button>
      </div>
      ${this.renderTable(
        t('cohort.office.list'),
        [t('cohort.office.name'), t('cohort.office.state'), t('cohort.office.dates'), t('cohort.office.applicants'), t('cohort.office.actions')],
        items, (item) => item.cohort.id, (item) => this.#row(item), t('cohort.office.empty'),
      )}`;
  }

  #row({ cohort, applicants, draftVersion }: StaffCohortItem): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const phase = cohortPhase(cohort, this.today);
    return html`<tr>
      <th scope="row"><span id="c-${cohort.id}">${cohort.name}</span></th>
      <td>${t(`cohort.phase.${phase}`)}${draftVersion !== null ? html`<div class="muted">${t('cohort.office.draftWaiting')}</div>` : nothing}</td>
      <td><div>${windowText(this.i18n, cohort)}</div><div class="muted">${scheduleText(this.i18n, cohort)}</div></td>
      <td>${t('cohort.office.applicantCounts', applicants.mentors, applicants.mentees)}</td>
      <td>
        <div class="row-actions">
          <button type="button" class="button primary" id="review-${cohort.id}" aria-describedby="c-${cohort.id}"
            @click=${() => void this.#select(cohort.id)}>${t('cohort.office.open')}</button>
          ${cohort.state === 'archived'
            ? nothing
            : html`<button type="button" class="button" aria-describedby="c-${cohort.id}" aria-haspopup="dialog"
                @click=${(event: Event) => void this.#form.open(cohort, event.currentTarget as HTMLElement)}>${t('cohort.office.edit')}</button>`}
          ${COHORT_ACTIONS_FOR[cohort.state].map((action) => html`<button type="button" class="button ${action === 'archive' ? 'danger' : ''}"
            aria-describedby="c-${cohort.id}" aria-haspopup="dialog"
            @click=${(event: Event) => this.#act(event, cohort, action)}>${t(`cohort.office.${action}`)}</button>`)}
        </div>
      </td>
    </tr>`;
  }

  async #save(input: CohortInput, editing: Cohort | undefined): Promise<void> {
    const staff = this.staff!;
    const saved = editing
      ? await staff.updateCohort(editing.id, { ...input, version: editing.version })
      : await staff.createCohort(input);
    await this.#list.run([staff]);
    const t = this.i18n.t.bind(this.i18n);
    void this.announce(editing ? t('cohort.office.done.updated', isolate(saved.cohort.name)) : t('cohort.office.done.created', isolate(saved.cohort.name)));
    void this.emit(new MentorStaffActionEvent(editing ? 'cohort-update' : 'cohort-create', saved.cohort.id));
  }

  #act(event: Event, cohort: Cohort, action: CohortAction): void {
    const t = this.i18n.t.bind(this.i18n);
    void this.#reason.open({
      title: sentence(this.i18n, `cohort.office.actionTitle.${action}`, bdi(cohort.name)),
      explain: t(`cohort.office.actionExplain.${action}`),
      confirm: t(`cohort.office.${action}`),
      danger: action === 'archive',
      run: async (reason) => {
        await this.staff!.actOnCohort(cohort.id, action, { reason, version: cohort.version });
        await this.#list.run([this.staff!]);
        void this.announce(t(`cohort.office.done.${action}`, isolate(cohort.name)));
        void this.emit(new MentorStaffActionEvent(`cohort-${action}`, cohort.id));
      },
    }, event.currentTarget as HTMLElement);
  }

  async #select(id: string | undefined): Promise<void> {
    const previous = this.selected;
    this.selected = id;
    this.proposal = undefined;
    this.swapWith = {};
    this.adding = {};
    this.actionError = undefined;
    if (id && this.staff) void this.#detail.run([this.staff, id]);
    await this.updateComplete;
    const target = id ? this.renderRoot.querySelector<HTMLElement>('#cohort-name') : this.renderRoot.querySelector<HTMLElement>(`#review-${previous}`);
    target?.focus();
  }

  // ----------------------------------------------------------------------------------------------
  // One cohort: applicants, the proposal, the declines

  #renderCohort({ cohort, pool }: StaffCohortItem): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const detail = this.#detail.value;
    const current = detail && this.#detail.status !== TaskStatus.ERROR ? detail : undefined;
    let body: unknown;
    if (this.#detail.status === TaskStatus.ERROR) body = this.renderFailure(this.#detail.error, () => this.staff && void this.#detail.run([this.staff, cohort.id]));
    else if (!current) body = this.renderLoading();
    else {
      body = html`${cohort.roles.map((role) => this.#renderApplicants(role, current.applicants.filter((a) => a.application.role === role)))}
        ${this.#renderProposal(cohort, pool)} ${this.#renderDeclines(current.declines)}`;
    }
    return html`<div class="toolbar">
        <button type="button" class="button" @click=${() => void this.#select(undefined)}>${t('cohort.office.back')}</button>
      </div>
      <h4 id="cohort-name" tabindex="-1">${cohort.name}</h4>
      <p>${t(`cohort.phase.${cohortPhase(cohort, this.today)}`)} · ${windowText(this.i18n, cohort)}</p>
      <p class="muted">${scheduleText(this.i18n, cohort)}</p>
      <div aria-busy=${this.#detail.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>`;
  }

  #renderApplicants(role: Role, applicants: StaffApplicant[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program!.settings!;
    const headers = [t('cohort.office.member'), t('cohort.office.topics'), ...(role === 'mentor' ? [t('cohort.office.capacity')] : []), t('cohort.office.avoid'), t('cohort.office.applied')];
    return html`<h4>${t(`cohort.office.applicants.${role}`)} (${this.i18n.number(applicants.length)})</h4>
      ${this.renderTable(t(`cohort.office.applicants.${role}`), headers, applicants, (a) => a.member.id, (a) => html`<tr>
        <th scope="row"><span>${a.member.name}</span> <div class="muted">${a.inPool ? t('cohort.office.inPool') : t('cohort.office.matched')}</div></th>
        <td>${wordList(this.i18n, a.application.topics.map((id) => topicWord(this.i18n, settings, id)))}</td>
        ${role === 'mentor' ? html`<td>${t('cohort.office.places', a.placesLeft, a.application.capacity)}</td>` : nothing}
        <td>${this.i18n.number(a.application.avoid.length)}</td>
        <td>${this.i18n.date(a.application.updatedAt, 'medium')}</td>
      </tr>`, t('cohort.office.noApplicants'))}`;
  }

  #renderProposal(cohort: Cohort, pool: StaffCohortItem['pool']): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const proposal = this.proposal;
    const archived = cohort.state === 'archived';
    const busy = this.running ? 'true' : nothing;
    const run = html`<button type="button" class="button ${proposal ? '' : 'primary'}" id="run" aria-disabled=${busy}
      @click=${() => void this.#run(cohort)}>${this.running === 'run' ? t('cohort.office.proposing') : t(proposal ? 'cohort.office.rerun' : 'cohort.office.propose')}</button>`;
    return html`<h4 id="proposal-title" tabindex="-1">${t('cohort.office.proposal')}</h4>
      <p class="muted">${t('cohort.office.pool', pool.mentors, pool.mentees)}</p>
      ${archived ? nothing : html`<div class="toolbar">${run}
        ${proposal && proposal.pairs.length
          ? html`<button type="button" class="button primary" id="publish" aria-haspopup="dialog" aria-disabled=${busy}
              @click=${(event: Event) => this.#publish(event, cohort, proposal)}>${t('cohort.office.publish')}</button>`
          : nothing}
      </div>`}
      ${proposal
        ? html`<p role="status">${t('cohort.office.proposalSummary', proposal.pairs.length, proposal.unmatched.length)}
            ${t('cohort.office.total', proposal.totalScore)}</p>
            ${this.#renderPairs(cohort, proposal)}
            ${proposal.unmatched.length
              ? html`<h4>${t('cohort.office.unmatched')}</h4>
                  <ul>${proposal.unmatched.map((u) => html`<li>${u.member.name} · ${t(`role.${u.role}`)}</li>`)}</ul>`
              : nothing}
            ${archived ? nothing : this.#renderAddPair(cohort, proposal)}`
        : html`<p class="notice" part="empty">${t('cohort.office.noProposal')}</p>`}`;
  }

  #renderPairs(cohort: Cohort, proposal: CohortProposal): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program!.settings!;
    if (proposal.pairs.length === 0) return html``;
    const busy = this.running ? 'true' : nothing;
    return html`<div class="table-wrap" part="table">
      <table>
        <caption class="visually-hidden">${t('cohort.office.proposal')}</caption>
        <thead><tr>
          <th scope="col">${t('cohort.office.pair')}</th><th scope="col">${t('cohort.office.score')}</th>
          <th scope="col">${t('cohort.office.reasons')}</th><th scope="col">${t('cohort.office.actions')}</th>
        </tr></thead>
        <tbody>${repeat(proposal.pairs, (pair) => pair.mentee.id, (pair) => {
          const line = sentence(this.i18n, 'cohort.office.pairLine', bdi(pair.mentor.name), bdi(pair.mentee.name));
          const others = proposal.pairs.filter((other) => other.mentee.id !== pair.mentee.id && !other.locked);
          const swapTo = this.swapWith[pair.mentee.id] ?? others[0]?.mentee.id;
          return html`<tr>
            <th scope="row"><span id="p-${pair.mentee.id}">${line}</span> ${pair.locked ? html`<div class="tag">${t('cohort.office.locked')}</div>` : nothing}</th>
            <td>${t('cohort.office.scoreValue', pair.score)}</td>
            <td>${pair.reasons.length ? html`<ul>${pair.reasons.map((reason) => html`<li>${reasonText(this.i18n, settings, reason)}</li>`)}</ul>` : '—'}</td>
            <td><div class="row-actions">
              <button type="button" class="button" id="lock-${pair.mentee.id}" aria-pressed=${pair.locked ? 'true' : 'false'} aria-describedby="p-${pair.mentee.id}"
                aria-disabled=${busy} @click=${() => void this.#edit(cohort, { kind: 'lock', version: proposal.version, mentorId: pair.mentor.id, menteeId: pair.mentee.id, locked: !pair.locked }, pair)}>
                ${t('cohort.office.lock')}</button>
              ${pair.locked
                ? nothing
                : html`<button type="button" class="button danger" aria-describedby="p-${pair.mentee.id}" aria-disabled=${busy}
                    @click=${() => void this.#edit(cohort, { kind: 'remove', version: proposal.version, mentorId: pair.mentor.id, menteeId: pair.mentee.id }, pair)}>
                    ${t('cohort.office.remove')}</button>
                  ${others.length && swapTo
                    ? html`<label class="visually-hidden" for="swap-${pair.mentee.id}">${sentence(this.i18n, 'cohort.office.swapWith', bdi(pair.mentee.name))}</label>
                        <select id="swap-${pair.mentee.id}" @change=${(event: Event) => (this.swapWith = { ...this.swapWith, [pair.mentee.id]: (event.target as HTMLSelectElement).value })}>
                          ${others.map((other) => html`<option value=${other.mentee.id} ?selected=${other.mentee.id === swapTo}>${t('cohort.office.swapOption', isolate(other.mentor.name), isolate(other.mentee.name))}</option>`)}
                        </select>
                        <button type="button" class="button" id="swap-button-${pair.mentee.id}" aria-describedby="p-${pair.mentee.id}" aria-disabled=${busy}
                          @click=${() => void this.#edit(cohort, { kind: 'swap', version: proposal.version, menteeIds: [pair.mentee.id, swapTo] }, pair)}>
                          ${t('cohort.office.swap')}</button>`
                    : nothing}`}
            </div></td>
          </tr>`;
        })}</tbody>
      </table>
    </div>`;
  }

  /**
   * Add a pair by hand: an unmatched mentee with a mentor who still has a place in the draft (their places left
   * after published matches, less the draft's pairs). The server checks the rest (pairs to avoid, repeats) and
   * its refusal is said above the list, the choice kept.
   */
  #renderAddPair(cohort: Cohort, proposal: CohortProposal): TemplateResult | typeof nothing {
    const t = this.i18n.t.bind(this.i18n);
    const mentees = proposal.unmatched.filter((u) => u.role === 'mentee').map((u) => u.member);
    const inDraft = (mentorId: string) => proposal.pairs.filter((p) => p.mentor.id === mentorId).length;
    const mentors = (this.#detail.value?.applicants ?? [])
      .filter((a) => a.application.role === 'mentor' && a.inPool)
      .map((a) => ({ member: a.member, left: a.placesLeft - inDraft(a.member.id) }))
      .filter((m) => m.left > 0);
    if (!mentees.length || !mentors.length) return nothing;
    const menteeId = mentees.some((m) => m.id === this.adding.menteeId) ? this.adding.menteeId! : mentees[0]!.id;
    const mentorId = mentors.some((m) => m.member.id === this.adding.mentorId) ? this.adding.mentorId! : mentors[0]!.member.id;
    const choose = (key: 'menteeId' | 'mentorId') => (event: Event) => (this.adding = { ...this.adding, [key]: (event.target as HTMLSelectElement).value });
    // What the selects show when pressed (a change re-renders only after the event).
    const add = () => {
      const chosen = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(id)!.value;
      const mentee = mentees.find((m) => m.id === chosen('#add-mentee'))!;
      const mentor = mentors.find((m) => m.member.id === chosen('#add-mentor'))!.member;
      void this.#edit(cohort, { kind: 'add', version: proposal.version, mentorId: mentor.id, menteeId: mentee.id }, { mentor, mentee });
    };
    return html`<fieldset class="toolbar" id="add-pair"><legend>${t('cohort.office.addPair')}</legend>
      <div><label for="add-mentee">${t('role.mentee')}</label>
        <select id="add-mentee" @change=${choose('menteeId')}>${mentees.map((m) => html`<option value=${m.id} ?selected=${m.id === menteeId}>${m.name}</option>`)}</select></div>
      <div><label for="add-mentor">${t('role.mentor')}</label>
        <select id="add-mentor" @change=${choose('mentorId')}>${mentors.map((m) => html`<option value=${m.member.id} ?selected=${m.member.id === mentorId}>${t('cohort.office.addOption', isolate(m.member.name), m.left)}</option>`)}</select></div>
      <button type="button" class="button" id="add-button" aria-disabled=${this.running ? 'true' : nothing}
        @click=${add}>${t('cohort.office.add')}</button>
    </fieldset>`;
  }

  #renderDeclines(declines: StaffCohortMatch[]): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const answerOf = (d: StaffCohortMatch) => (d.match.mentorAnswer && !d.match.mentorAnswer.accepted ? { who: d.mentor, answer: d.match.mentorAnswer } : { who: d.mentee, answer: d.match.menteeAnswer });
    return html`<h4>${t('cohort.office.declines')}</h4>
      ${this.renderTable(t('cohort.office.declines'),
        [t('cohort.office.pair'), t('cohort.office.declinedBy'), t('cohort.office.when'), t('cohort.office.reason')],
        declines, (d) => d.match.id, (d) => {
          const { who, answer } = answerOf(d);
          return html`<tr>
            <th scope="row">${sentence(this.i18n, 'cohort.office.pairLine', bdi(d.mentor.name), bdi(d.mentee.name))}</th>
            <td>${who.name}</td>
            <td>${answer ? this.i18n.date(answer.at, 'medium') : '—'}</td>
            <td dir="auto">${answer?.reason || t('cohort.office.noReason')}</td>
          </tr>`;
        }, t('cohort.office.noDeclines'))}`;
  }

  // ----------------------------------------------------------------------------------------------
  // Running, editing and publishing the proposal

  async #run(cohort: Cohort): Promise<void> {
    if (this.running || !this.staff) return;
    await this.#proposalCall('run', async () => {
      const proposal = await this.staff!.runMatching(cohort.id, {});
      this.proposal = proposal;
      void this.announce(this.i18n.t('cohort.office.done.proposed', proposal.pairs.length));
      void this.emit(new MentorStaffActionEvent('cohort-run', cohort.id));
    });
    this.renderRoot.querySelector<HTMLElement>('#run')?.focus();
  }

  async #edit(cohort: Cohort, edit: ProposalEdit, pair: ProposalPair): Promise<void> {
    if (this.running || !this.staff) return;
    const t = this.i18n.t.bind(this.i18n);
    const line = t('cohort.office.pairLine', isolate(pair.mentor.name), isolate(pair.mentee.name));
    await this.#proposalCall(edit.kind, async () => {
      const proposal = await this.staff!.editProposal(cohort.id, edit);
      this.proposal = proposal;
      let words: string;
      if (edit.kind === 'lock') words = t(edit.locked ? 'cohort.office.done.locked' : 'cohort.office.done.unlocked', line);
      else if (edit.kind === 'remove') words = t('cohort.office.done.removed', line);
      else if (edit.kind === 'add') words = t('cohort.office.done.added', line);
      else {
        const now = proposal.pairs.find((p) => p.mentee.id === pair.mentee.id);
        words = now ? t('cohort.office.done.swapped', t('cohort.office.pairLine', isolate(now.mentor.name), isolate(now.mentee.name))) : '';
      }
      void this.announce(words);
      void this.emit(new MentorStaffActionEvent('cohort-edit', cohort.id));
    });
    // Focus stays on the row (the same button), goes to the new row (a pair added), or to the proposal's heading
    // when the row left; a refused addition keeps it on its button.
    const target = edit.kind === 'lock' || edit.kind === 'add' ? `#lock-${pair.mentee.id}` : edit.kind === 'swap' ? `#swap-button-${pair.mentee.id}` : '#proposal-title';
    const fallback = edit.kind === 'add' ? '#add-button' : '#proposal-title';
    (this.renderRoot.querySelector<HTMLElement>(target) ?? this.renderRoot.querySelector<HTMLElement>(fallback))?.focus();
  }

  #publish(event: Event, cohort: Cohort, proposal: CohortProposal): void {
    if (this.running) return;
    const t = this.i18n.t.bind(this.i18n);
    void this.#reason.open({
      title: t('cohort.office.publishTitle', proposal.pairs.length),
      explain: t('cohort.office.publishExplain'),
      confirm: t('cohort.office.publish'),
      run: async (reason) => {
        const result = await this.staff!.publishProposal(cohort.id, { version: proposal.version, reason });
        this.proposal = null;
        await Promise.all([this.#list.run([this.staff!]), this.#detail.run([this.staff!, cohort.id])]);
        void this.announce(t('cohort.office.done.published', result.published));
        void this.emit(new MentorStaffActionEvent('cohort-publish', cohort.id));
      },
    }, event.currentTarget as HTMLElement);
  }

  /** One call on the proposal at a time; a refusal is said above the list (and the draft read again). */
  async #proposalCall(what: string, call: () => Promise<void>): Promise<void> {
    this.running = what;
    this.actionError = undefined;
    try {
      await call();
    } catch (error) {
      this.actionError = error;
      if (this.staff && this.selected) void this.#detail.run([this.staff, this.selected]);
    } finally {
      this.running = '';
    }
    await this.updateComplete;
  }
}
