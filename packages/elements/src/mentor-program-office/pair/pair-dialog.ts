import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MeetingMode, PairInput, Role, StaffMemberItem, TermMonths } from '@mentor-match/core';
import { offeredEntries } from '@mentor-match/core/settings-rules';
import { MEETING_MODES } from '@mentor-match/core/vocabulary';
import { OfficeView } from '../office-view.ts';
import { entry } from '../../internal/program-words.ts';
import { word } from '../../internal/program-word-list.ts';
import { FormController, describedBy } from '../../internal/form-controller.ts';
import { MentorStaffActionEvent } from '../../events/staff-action.ts';
import { addMessages, meetingModeKey } from '../../i18n/localize.ts';
import { officePairEn } from '../../i18n/en.ts';
import { isolate } from '../../internal/isolate.ts';

addMessages('en', officePairEn);

/** A member chosen for one side of the pair. */
export interface Chosen {
  id: string;
  name: string;
  /** What they offer (mentor) or seek (mentee), once known: the areas start from what the two share. */
  topics?: readonly string[];
}

const FIELDS = ['mentorId', 'menteeId', 'areas', 'goals', 'termMonths', 'meetingMode', 'reason', 'overrideReason'] as const;
type Field = (typeof FIELDS)[number];
type Problem = 'office.pair.chooseMentor' | 'office.pair.chooseMentee' | 'office.pair.sameMember' | 'office.pair.chooseAreas'
  | 'office.reason.missing' | 'form.checkField';

interface Draft {
  mentor: Chosen | null;
  mentee: Chosen | null;
  areas: string[];
  goals: string;
  termMonths: TermMonths | null;
  meetingMode: MeetingMode;
  reason: string;
  override: boolean;
  overrideReason: string;
}

const emptyDraft = (): Draft => ({
  mentor: null, mentee: null, areas: [], goals: '', termMonths: null, meetingMode: 'video', reason: '', override: false, overrideReason: '',
});

/** The search for one side: what staff typed, and the members found. */
interface Finder {
  text: string;
  found: StaffMemberItem[] | null;
  searching: boolean;
}

/** How many members a search for one side of the pair offers. */
const FINDERS = 8;

/**
 * Pairs two members directly, in a modal dialog: the mentor and the mentee (each found by name), the areas
 * of guidance, goals, term and way to meet, and the reason both are told. The mentorship is active at once.
 * The program's limits still apply unless staff override them, with a reason of its own.
 *
 * @summary The pairing dialog of `<mentor-program-office>`.
 *
 * @csspart dialog - The `<dialog>`.
 * @event {MentorStaffActionEvent} mentor-staff-action - The pair was made (`action` `pair`, `subjectId` the mentorship).
 */
export class MentorOfficePair extends OfficeView {
  static override properties: PropertyDeclarations = {
    draft: { state: true, attribute: false },
    finders: { state: true, attribute: false },
    sending: { state: true, attribute: false },
  };

  private draft: Draft = emptyDraft();
  private finders: Record<Role, Finder> = { mentor: emptyFinder(), mentee: emptyFinder() };
  private sending = false;
  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }
  #trigger: HTMLElement | undefined;

  readonly #form = new FormController<Field, Problem>(this, {
    check: () => {
      const d = this.draft;
      const problems: Partial<Record<Field, Problem>> = {};
      if (!d.mentor) problems.mentorId = 'office.pair.chooseMentor';
      if (!d.mentee) problems.menteeId = 'office.pair.chooseMentee';
      else if (d.mentor && d.mentor.id === d.mentee.id) problems.menteeId = 'office.pair.sameMember';
      if (d.areas.length === 0) problems.areas = 'office.pair.chooseAreas';
      if (!d.reason.trim()) problems.reason = 'office.reason.missing';
      if (d.override && !d.overrideReason.trim()) problems.overrideReason = 'office.reason.missing';
      return problems;
    },
    message: (_field, key) => this.i18n.t(key),
    refusal: (_error, path) => {
      const field = path === 'overrideLimits.reason' ? 'overrideReason' : FIELDS.find((name) => name === path.split('.')[0]);
      return field && [field, 'form.checkField'];
    },
  });

  /** Opens the dialog, with one side (or both) already chosen; `trigger` gets focus back when it closes. */
  async show(prefill: Partial<Record<Role, Chosen>>, trigger: HTMLElement | null): Promise<void> {
    this.#trigger = trigger ?? undefined;
    this.draft = { ...emptyDraft(), mentor: prefill.mentor ?? null, mentee: prefill.mentee ?? null };
    this.finders = { mentor: emptyFinder(), mentee: emptyFinder() };
    this.#form.clear();
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('dialog input, dialog button')?.focus();
  }

  protected override render() {
    const settings = this.program?.settings;
    if (!settings) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const d = this.draft;
    const form = this.#form;
    const terms = settings.termMonths;
    const term = d.termMonths ?? terms[0]!;
    const shared = sharedTopics(d);
    // Areas: the program's topics on offer, those the two share first.
    const topics = offeredEntries(settings.topics).sort((a, b) => Number(shared.includes(b.id)) - Number(shared.includes(a.id)));
    return html`<dialog part="dialog" aria-labelledby="pair-title" @close=${this.#closed}>
        <form novalidate @submit=${this.#submit} @focusout=${() => form.recheck()} @change=${() => form.recheck()}>
          <h2 id="pair-title">${t('office.pair.title')}</h2>
          <p>${t('office.pair.explain')}</p>
          ${form.failure ? this.renderError(form.failure) : nothing}
          ${this.#side('mentor')} ${this.#side('mentee')}
          <fieldset>
            <legend>${t('office.pair.areas')}</legend>
            ${shared.length ? html`<p class="hint">${t('office.pair.shared', shared.length)}</p>` : nothing}
            <div class="checks">
              ${topics.map(
                (topic) => html`<label><input type="checkbox" value=${topic.id} .checked=${d.areas.includes(topic.id)}
                  aria-invalid=${form.invalid('areas')} aria-describedby=${describedBy(form.errorId('areas'))}
                  @change=${() => this.#set({ areas: toggle(this.draft.areas, topic.id) }, 'areas')} />${word(entry(this.i18n, settings, topic))}</label>`,
              )}
            </div>
            ${form.error('areas')}
          </fieldset>
          <label for="goals">${t('office.pair.goals')}</label>
          <textarea id="goals" rows="2" maxlength="2000" .value=${d.goals} @input=${(e: Event) => this.#set({ goals: value(e) }, 'goals')}></textarea>
          <div class="field">
            <label for="termMonths">${t('office.pair.term')}</label>
            <select id="termMonths" @change=${(e: Event) => this.#set({ termMonths: Number(value(e)) as TermMonths }, 'termMonths')}>
              ${terms.map((n) => html`<option value=${n} ?selected=${n === term}>${t('months', n)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="meetingMode">${t('office.pair.meetingMode')}</label>
            <select id="meetingMode" @change=${(e: Event) => this.#set({ meetingMode: value(e) as MeetingMode }, 'meetingMode')}>
              ${MEETING_MODES.map((mode) => html`<option value=${mode} ?selected=${mode === d.meetingMode}>${t(meetingModeKey(mode))}</option>`)}
            </select>
          </div>
          <label for="reason">${t('office.reason')}</label>
          <textarea id="reason" rows="2" maxlength="500" required .value=${d.reason}
            aria-invalid=${form.invalid('reason')} aria-describedby=${describedBy('pair-reason-hint', form.errorId('reason'))}
            @input=${(e: Event) => this.#set({ reason: value(e) }, 'reason')}></textarea>
          <p class="hint" id="pair-reason-hint">${t('office.pair.reasonHint')}</p>
          ${form.error('reason')}
          <fieldset>
            <legend>${t('office.pair.limits')}</legend>
            <p class="hint" id="limits-hint">${t('office.pair.limitsHint')}</p>
            <label><input type="checkbox" id="override" .checked=${d.override} aria-describedby="limits-hint"
              @change=${(e: Event) => this.#set({ override: (e.target as HTMLInputElement).checked }, 'overrideReason')} />
              ${t('office.pair.override')}</label>
            ${d.override
              ? html`<label for="overrideReason">${t('office.pair.overrideReason')}</label>
                  <textarea id="overrideReason" rows="2" maxlength="500" required .value=${d.overrideReason}
                    aria-invalid=${form.invalid('overrideReason')} aria-describedby=${describedBy(form.errorId('overrideReason'))}
                    @input=${(e: Event) => this.#set({ overrideReason: value(e) }, 'overrideReason')}></textarea>
                  ${form.error('overrideReason')}`
              : nothing}
          </fieldset>
          <div class="buttons">
            <button type="button" class="button" @click=${() => this.dialog.close()}>${t('action.cancel')}</button>
            <button type="submit" class="button primary" aria-disabled=${this.sending ? 'true' : nothing}>
              ${this.sending ? t('office.busy') : t('office.pair.submit')}
            </button>
          </div>
        </form>
      </dialog>
      ${this.renderAnnouncement()}`;
  }

  /** One side of the pair: the member chosen (with Change), or a search for one. */
  #side(role: Role): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const form = this.#form;
    const field: Field = role === 'mentor' ? 'mentorId' : 'menteeId';
    const chosen = this.draft[role];
    const finder = this.finders[role];
    const legend = t(role === 'mentor' ? 'office.pair.mentor' : 'office.pair.mentee');
    if (chosen) {
      return html`<fieldset>
        <legend>${legend}</legend>
        <p><strong id=${field} tabindex="-1">${chosen.name}</strong> <span class="muted">${chosen.id}</span>
          <button type="button" class="link" aria-label=${t(role === 'mentor' ? 'office.pair.changeMentor' : 'office.pair.changeMentee')}
            @click=${() => this.#choose(role, null)}>${t('office.pair.change')}</button></p>
        ${form.error(field)}
      </fieldset>`;
    }
    const search = `${role}-search`;
    return html`<fieldset>
      <legend>${legend}</legend>
      <label for=${search}>${t('office.pair.find')}</label>
      <div class="export">
        <input id=${search} type="search" maxlength="200" .value=${finder.text}
          aria-invalid=${form.invalid(field)} aria-describedby=${describedBy(form.errorId(field))}
          @input=${(e: Event) => this.#setFinder(role, { text: value(e) })}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void this.#find(role);
            }
          }} />
        <button type="button" class="button" aria-disabled=${finder.searching ? 'true' : nothing} @click=${() => void this.#find(role)}>
          ${t('office.pair.search')}
        </button>
      </div>
      <span id=${field} tabindex="-1"></span>
      ${form.error(field)}
      ${finder.found === null
        ? nothing
        : finder.found.length === 0
          ? html`<p role="status">${t('office.pair.noneFound')}</p>`
          : html`<p role="status" class="visually-hidden">${t('office.pair.found', finder.found.length)}</p>
              <ul class="checks" aria-label=${t('office.pair.results', legend)}>
                ${finder.found.map(
                  (item) => html`<li><button type="button" class="button" @click=${() => this.#choose(role, chosenOf(item, role))}>
                    ${item.member.name} <span class="muted">(${item.member.id})</span>
                  </button></li>`,
                )}
              </ul>`}
    </fieldset>`;
  }

  async #find(role: Role): Promise<void> {
    const staff = this.staff;
    const finder = this.finders[role];
    if (!staff || finder.searching) return;
    this.#setFinder(role, { searching: true });
    try {
      const text = finder.text.trim();
      const page = await staff.listMembers({ role, limit: FINDERS, ...(text ? { text } : {}) });
      this.#setFinder(role, { found: page.items, searching: false });
    } catch (error) {
      this.#setFinder(role, { found: null, searching: false });
      this.#form.failure = error;
    }
  }

  async #choose(role: Role, chosen: Chosen | null): Promise<void> {
    const draft = { ...this.draft, [role]: chosen };
    // The areas start from what the two share, until staff choose otherwise.
    if (chosen && this.draft.areas.length === 0) draft.areas = sharedTopics(draft);
    this.draft = draft;
    this.#form.edited(role === 'mentor' ? 'mentorId' : 'menteeId');
    this.#form.recheck();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(chosen ? `#${role === 'mentor' ? 'mentorId' : 'menteeId'}` : `#${role}-search`)?.focus();
  }

  #setFinder(role: Role, change: Partial<Finder>): void {
    this.finders = { ...this.finders, [role]: { ...this.finders[role], ...change } };
  }

  #set(change: Partial<Draft>, field: Field): void {
    this.draft = { ...this.draft, ...change };
    this.#form.edited(field);
  }

  // Arrow functions: Lit calls listeners with the host element as `this`, and these are passed as they are.
  readonly #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const staff = this.staff;
    const settings = this.program?.settings;
    if (!staff || !settings || this.sending || !this.#form.submit()) return;
    const d = this.draft;
    const input: PairInput = {
      mentorId: d.mentor!.id,
      menteeId: d.mentee!.id,
      areas: d.areas,
      goals: d.goals.trim(),
      termMonths: d.termMonths ?? settings.termMonths[0]!,
      meetingMode: d.meetingMode,
      reason: d.reason.trim(),
      ...(d.override ? { overrideLimits: { reason: d.overrideReason.trim() } } : {}),
    };
    this.sending = true;
    try {
      const { mentorship, mentor, mentee } = await staff.pair(input);
      this.dialog.close();
      void this.announce(this.i18n.t('office.pair.done', isolate(mentor.name), isolate(mentee.name)));
      void this.emit(new MentorStaffActionEvent('pair', mentorship.id));
    } catch (error) {
      this.#form.refuse(error);
    } finally {
      this.sending = false;
    }
  };

  readonly #closed = (): void => {
    const trigger = this.#trigger;
    this.#trigger = undefined;
    if (trigger?.isConnected) trigger.focus();
  };
}

const emptyFinder = (): Finder => ({ text: '', found: null, searching: false });

function chosenOf(item: StaffMemberItem, role: Role): Chosen {
  return { id: item.member.id, name: item.member.name, topics: item.member[role]?.topics ?? [] };
}

/** The topics the mentor offers that the mentee seeks (none until both are known). */
function sharedTopics(draft: Pick<Draft, 'mentor' | 'mentee'>): string[] {
  const offered = draft.mentor?.topics;
  const sought = draft.mentee?.topics;
  return offered && sought ? sought.filter((topic) => offered.includes(topic)) : [];
}

const toggle = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

const value = (event: Event) => (event.target as HTMLInputElement).value;
