// The console's cohort part (issue 14), a module of its own that the console imports only in a program that
// runs cohorts: the matches the program office proposed to the viewer (with the reasons, to accept or
// decline with a reason), mentorships whose term is ending (complete, or extend when both agree, with
// "waiting for your partner"), and, after an early end, "ask for a new match".
import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { MemberCohort, MemberCohortMatch, MentoringChange } from '@mentor-match/core';
import { DAY_MS, addMonths } from '@mentor-match/core/clock';
import { termEndNoticeDays } from '../internal/cohort-text.ts';
import { MentorElement } from '../internal/mentor-element.ts';
import { avatar } from '../internal/avatar.ts';
import { reasonText } from '../mentor-profile-card/describe.ts';
import { ReasonDialog } from '../mentor-program-office/reason-dialog.ts';
import { MentorMentorshipChangeEvent } from '../events/mentorship-change.ts';
import type { ResourceCache } from '../mentor-program/resource-cache.ts';
import { consoleStyles } from './styles.ts';
import { addMessages } from '../i18n/localize.ts';
import { cardEn } from '../i18n/en.ts';
import { cohortCommonEn, cohortConsoleEn } from '../i18n/cohort-en.ts';
import { loadCohortLocale } from '../i18n/cohort-locales.ts';
import { bdi, isolate, sentence } from '../internal/isolate.ts';

addMessages('en', { ...cardEn, ...cohortCommonEn, ...cohortConsoleEn });

/** The most months an extension is offered in, one option a month. */
const MAX_EXTENSION_OPTIONS = 12;

interface Shown {
  cohort: MemberCohort;
  match: MemberCohortMatch;
}

/** Is the term of this active match's mentorship ending (within the program's notice), or an extension asked? */
function termEnding(match: MemberCohortMatch, noticeDays: number, now: Date): boolean {
  const end = match.mentorship?.endsAt;
  if (match.extension) return true;
  return Boolean(end && match.actions.includes('extend') && Date.parse(end) - now.getTime() <= noticeDays * DAY_MS);
}

/** The matches the console shows: answers due or awaited, terms ending, a partner's decline still news. */
export function shownMatches(cohorts: MemberCohort[], noticeDays: number, now: Date): Shown[] {
  const shown: Shown[] = [];
  for (const cohort of cohorts) {
    const live = cohort.matches.some((m) => m.status === 'proposed' || m.status === 'active');
    for (const match of cohort.matches) {
      if (match.status === 'proposed') shown.push({ cohort, match });
      else if (match.status === 'active' && termEnding(match, noticeDays, now)) shown.push({ cohort, match });
      else if (match.status === 'declined' && match.declinedBy === 'partner' && !live) shown.push({ cohort, match });
    }
  }
  return shown;
}

/** The end dates an extension may ask for: whole months after the current end, up to the latest allowed. */
export function extensionChoices(match: MemberCohortMatch): string[] {
  const end = match.mentorship?.endsAt;
  if (!end) return [];
  const latest = Date.parse(match.latestEnd);
  const choices: string[] = [];
  for (let months = 1; months <= MAX_EXTENSION_OPTIONS; months += 1) {
    const next = addMonths(new Date(end), months);
    if (next.getTime() > latest) break;
    choices.push(next.toISOString());
  }
  return choices;
}

/**
 * The viewer's cohort matches, inside `<mentor-relationships-console>` (not a page tag: the console shows it
 * in a program that runs cohorts).
 */
export class MentorCohortMatches extends MentorElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    busy: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    refusal: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    confirmingComplete: { state: true, attribute: false },
  };

  static override styles = [
    ...MentorElement.styles,
    ...consoleStyles,
    css`
      .why {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.5em;
      }
      .field {
        display: grid;
        gap: 0.25em;
      }
      label {
        font-weight: 600;
      }
    `,
  ];

  /** The level of the section's heading; each match's is one below. */
  headingLevel = 3;

  /** The moment a term's end is judged near at (the console gives its own). Default: now. */
  now: Date | undefined;

  private busy: string | undefined;
  private announcement = '';
  private refusal: unknown;
  /** The extension chosen per match, before it is asked. */
  private chosen: Readonly<Record<string, string>> = {};
  private confirmingComplete: string | undefined;

  #adapter: ResourceCache | undefined;

  readonly #list = new Task<[ResourceCache], MemberCohort[]>(this, {
    autoRun: false,
    task: async ([adapter], { signal }) => (adapter.cohorts ? adapter.cohorts.listCohorts({ signal }) : []),
  });

  readonly #decline = new ReasonDialog(this, this.i18n, (error) => this.renderError(error), () =>
    this.renderRoot.querySelector<HTMLElement>('#cohort-heading'));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    loadCohortLocale(this.i18n.lang);
    const adapter = this.program?.settings && !this.program.error ? this.program.adapter : undefined;
    if (adapter && adapter !== this.#adapter) {
      this.#adapter = adapter;
      this.announcement = '';
      this.refusal = undefined;
      void this.#list.run([adapter]);
    }
  }

  protected override onMentoringChange(change: MentoringChange): void {
    // A mentorship's change matters only when it is one of the viewer's cohort mentorships (ended early by the
    // partner: ask for a new match); any other request or mentorship leaves the cohorts as they were.
    const ours = change.kind === 'mentorship' && Boolean(this.#list.value?.some((c) => c.matches.some((m) => m.mentorship?.id === change.id)));
    if ((change.kind === 'cohort' || ours) && this.#adapter) void this.#list.run([this.#adapter]);
  }

  protected override render() {
    const cohorts = this.#list.value;
    if (this.renderProgramGate() || !cohorts) {
      return this.#list.status === TaskStatus.ERROR ? this.renderError(this.#list.error, () => this.#adapter && void this.#list.run([this.#adapter])) : nothing;
    }
    const t = this.i18n.t.bind(this.i18n);
    const shown = shownMatches(cohorts, termEndNoticeDays(this.program!.settings!), this.now ?? new Date());
    const rematch = cohorts.filter((c) => c.canAskRematch || c.applications.some((a) => a.rematchAskedAt && a.status === 'applied'));
    // The live region and the dialog stay whatever is shown: the last match may leave as the dialog closes.
    return html`${shown.length === 0 && rematch.length === 0
        ? nothing
        : html`<section part="section cohorts" aria-labelledby="cohort-heading">
            <div role="heading" aria-level=${this.headingLevel} part="heading" id="cohort-heading" tabindex="-1">${t('cohort.console.title', shown.length)}</div>
            ${this.refusal ? this.renderError(this.refusal) : nothing}
            ${shown.length ? html`<ul class="list" part="list">${shown.map((entry) => this.#renderMatch(entry))}</ul>` : nothing}
            ${rematch.map((cohort) => this.#renderRematch(cohort))}
          </section>`}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.#decline.render()}`;
  }

  #renderMatch({ cohort, match }: Shown): TemplateResult {
    const { partner } = match;
    const settings = this.program!.settings!;
    let body: TemplateResult;
    if (match.status === 'proposed') body = this.#renderProposed(cohort, match);
    else if (match.status === 'active') body = this.#renderTermEnd(match);
    else body = html`<p>${sentence(this.i18n, 'cohort.console.partnerDeclined', bdi(partner.name))}</p>`;
    return html`<li class="item" part="item cohort-match" id="cm-${match.id}" tabindex="-1" aria-labelledby="cn-${match.id}">
      ${avatar(partner, '', settings.photoOrigins)}
      <div class="body">
        <div role="heading" aria-level=${this.headingLevel + 1} part="name" id="cn-${match.id}" dir="auto">${partner.name}</div>
        ${partner.headline ? html`<p part="headline" class="muted" dir="auto" lang=${partner.textLanguage ?? nothing}>${partner.headline}</p>` : nothing}
        <p part="relation">${sentence(this.i18n, match.role === 'mentor' ? 'cohort.console.asMentor' : 'cohort.console.asMentee', bdi(cohort.cohort.name))}</p>
        ${body}
      </div>
    </li>`;
  }

  #renderProposed(cohort: MemberCohort, match: MemberCohortMatch): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const settings = this.program!.settings!;
    const name = bdi(match.partner.name);
    const running = this.busy === match.id;
    const busy = this.busy ? 'true' : nothing;
    return html`<p part="proposed">${sentence(this.i18n, 'cohort.console.proposed', bdi(cohort.cohort.name))}</p>
      ${match.reasons.length
        ? html`<p id="why-${match.id}">${t('cohort.console.why')}</p>
            <ul class="why" part="reasons" aria-labelledby="why-${match.id}">${match.reasons.map((reason) => html`<li>${reasonText(this.i18n, settings, reason)}</li>`)}</ul>`
        : nothing}
      <p part="dates">${t('cohort.console.answerBy', this.i18n.date(match.expiresAt, 'long'))} · ${t('cohort.console.term', this.i18n.date(cohort.cohort.termStartsAt, 'long'), this.i18n.date(cohort.cohort.termEndsAt, 'long'))}</p>
      ${match.actions.includes('accept')
        ? html`<div class="actions" part="actions">
            <button type="button" class="button primary" part="action accept" aria-describedby="cn-${match.id}" aria-disabled=${busy}
              @click=${() => void this.#answer(match, true)}>${running ? t('cohort.console.busy') : t('cohort.console.accept')}</button>
            <button type="button" class="button danger" part="action decline" aria-describedby="cn-${match.id}" aria-haspopup="dialog" aria-disabled=${busy}
              @click=${(event: Event) => this.#askDecline(event, match)}>${t('cohort.console.decline')}</button>
          </div>`
        : match.answer?.accepted
          ? html`<p part="waiting">${sentence(this.i18n, 'cohort.console.waitingPartner', name)}</p>`
          : nothing}`;
  }

  #renderTermEnd(match: MemberCohortMatch): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const m = match.mentorship!;
    const name = bdi(match.partner.name);
    const date = (value: string) => this.i18n.date(value, 'long');
    const busy = this.busy ? 'true' : nothing;
    const ask = match.extension;
    const viewerId = this.program!.viewer?.member.id;
    let extension: TemplateResult;
    if (ask && ask.askedBy === viewerId) {
      extension = html`<p part="waiting">${t('cohort.console.extendAsked', date(ask.endsAt))} ${sentence(this.i18n, 'cohort.console.waitingExtend', name)}</p>
        <div class="actions" part="actions">
          <button type="button" class="button" aria-disabled=${busy} @click=${() => void this.#extend(match, null)}>${t('cohort.console.withdrawAsk')}</button>
        </div>`;
    } else if (ask) {
      extension = html`<p part="partner-ask">${sentence(this.i18n, 'cohort.console.partnerExtend', name, date(ask.endsAt))}</p>
        <div class="actions" part="actions">
          <button type="button" class="button primary" aria-disabled=${busy} @click=${() => void this.#extend(match, ask.endsAt)}>${t('cohort.console.agreeExtend')}</button>
          <button type="button" class="button" aria-disabled=${busy} @click=${() => void this.#extend(match, null)}>${t('cohort.console.refuseExtend')}</button>
        </div>`;
    } else {
      const choices = extensionChoices(match);
      const chosen = this.chosen[match.id] ?? choices[0];
      extension = choices.length && chosen
        ? html`<div class="row" part="extend">
            <div class="field">
              <label for="ext-${match.id}">${t('cohort.console.extendTo')}</label>
              <select id="ext-${match.id}" @change=${(event: Event) => (this.chosen = { ...this.chosen, [match.id]: (event.target as HTMLSelectElement).value })}>
                ${choices.map((value) => html`<option value=${value} ?selected=${value === chosen}>${date(value)}</option>`)}
              </select>
            </div>
            <button type="button" class="button primary" aria-disabled=${busy}
              @click=${() => void this.#extend(match, this.chosen[match.id] ?? chosen)}>${t('cohort.console.extend')}</button>
          </div>`
        : html``;
    }
    return html`<p part="term-end">${t('cohort.console.termEnds', date(m.endsAt ?? match.latestEnd))}</p>
      ${extension}
      ${this.confirmingComplete === match.id
        ? html`<div class="notice" role="group" aria-labelledby="cq-${match.id}">
            <p id="cq-${match.id}" tabindex="-1">${sentence(this.i18n, 'cohort.console.completeQuestion', name)}</p>
            <div class="actions">
              <button type="button" class="button primary" aria-disabled=${busy} @click=${() => void this.#complete(match)}>${t('cohort.console.complete')}</button>
              <button type="button" class="button" id="cc-${match.id}" @click=${() => void this.#cancelComplete(match)}>${t('action.cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions"><button type="button" class="button" id="c-${match.id}" @click=${() => void this.#askComplete(match)}>${t('cohort.console.complete')}</button></div>`}`;
  }

  #renderRematch(cohort: MemberCohort): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    if (!cohort.canAskRematch) return html`<p class="notice" part="rematch">${sentence(this.i18n, 'cohort.console.rematchAsked', bdi(cohort.cohort.name))}</p>`;
    return html`<div class="notice" part="rematch">
      <p>${sentence(this.i18n, 'cohort.console.rematchOffer', bdi(cohort.cohort.name))}</p>
      <button type="button" class="button primary" id="rematch-${cohort.cohort.id}" aria-disabled=${this.busy ? 'true' : nothing}
        @click=${() => void this.#rematch(cohort)}>${t('cohort.console.rematch')}</button>
    </div>`;
  }

  #askDecline(event: Event, match: MemberCohortMatch): void {
    if (this.busy) return;
    const t = this.i18n.t.bind(this.i18n);
    const name = isolate(match.partner.name);
    void this.#decline.open({
      title: sentence(this.i18n, 'cohort.console.declineTitle', bdi(match.partner.name)),
      explain: t('cohort.console.declineExplain'),
      confirm: t('cohort.console.declineConfirm'),
      danger: true,
      words: { label: t('cohort.console.declineReason'), hint: t('cohort.console.declineHint'), missing: t('cohort.console.declineMissing'), busy: t('cohort.console.busy') },
      run: async (reason) => {
        await this.#run(match.id, () => this.#cohorts().answerMatch(match.id, { accept: false, reason, version: match.version }), t('cohort.console.done.decline', name), true);
      },
    }, event.currentTarget as HTMLElement);
  }

  #cohorts() {
    return this.#adapter!.cohorts!;
  }

  async #answer(match: MemberCohortMatch, accept: boolean): Promise<void> {
    if (this.busy) return;
    const t = this.i18n.t.bind(this.i18n);
    await this.#run(match.id, () => this.#cohorts().answerMatch(match.id, { accept, version: match.version }), t('cohort.console.done.accept', isolate(match.partner.name))).catch(() => undefined);
  }

  async #extend(match: MemberCohortMatch, endsAt: string | null): Promise<void> {
    if (this.busy) return;
    const t = this.i18n.t.bind(this.i18n);
    const agreed = endsAt !== null && match.extension !== null && match.extension.askedBy !== this.program?.viewer?.member.id && match.extension.endsAt === endsAt;
    const words = endsAt === null
      ? t('cohort.console.done.askWithdrawn')
      : agreed ? t('cohort.console.done.extended', this.i18n.date(endsAt, 'long')) : t('cohort.console.done.extendAsked', isolate(match.partner.name));
    await this.#run(match.id, () => this.#cohorts().extendMentorship(match.mentorship!.id, { endsAt }), words).catch(() => undefined);
  }

  async #askComplete(match: MemberCohortMatch): Promise<void> {
    this.confirmingComplete = match.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#cq-${match.id}`)?.focus();
  }

  async #cancelComplete(match: MemberCohortMatch): Promise<void> {
    this.confirmingComplete = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#c-${match.id}`)?.focus();
  }

  async #complete(match: MemberCohortMatch): Promise<void> {
    if (this.busy) return;
    const m = match.mentorship!;
    const t = this.i18n.t.bind(this.i18n);
    await this.#run(match.id, async () => {
      const done = await this.#adapter!.act(m.id, 'complete', { version: m.version });
      void this.emit(new MentorMentorshipChangeEvent('complete', done));
      return done;
    }, t('console.done.complete', isolate(match.partner.name))).catch(() => undefined);
    this.confirmingComplete = undefined;
  }

  async #rematch(cohort: MemberCohort): Promise<void> {
    if (this.busy) return;
    await this.#run(cohort.cohort.id, () => this.#cohorts().requestRematch(cohort.cohort.id), this.i18n.t('cohort.console.done.rematch')).catch(() => undefined);
  }

  /**
   * Runs the member's action and loads the list again either way. Success is announced and focus goes to the
   * section's heading (the match moved or left); a refusal is said in words (in the dialog, for a decline:
   * `rethrow` hands it back there).
   */
  async #run(id: string, call: () => Promise<unknown>, done: string, rethrow = false): Promise<void> {
    this.busy = id;
    this.announcement = '';
    this.refusal = undefined;
    try {
      await call();
    } catch (error) {
      this.busy = undefined;
      if (this.#adapter) void this.#list.run([this.#adapter]);
      if (rethrow) throw error;
      this.refusal = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="error"]')?.focus();
      throw error;
    }
    if (this.#adapter) await this.#list.run([this.#adapter]);
    this.busy = undefined;
    this.announcement = done;
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`#cm-${id}`);
    (item ?? this.renderRoot.querySelector<HTMLElement>('#cohort-heading') ?? this.#consoleTitle())?.focus();
  }

  /** The section left the page (nothing more to show): focus goes to the console's title. */
  #consoleTitle(): HTMLElement | null {
    const root = this.getRootNode();
    return root instanceof ShadowRoot ? root.querySelector<HTMLElement>('[part="title"]') : null;
  }
}
